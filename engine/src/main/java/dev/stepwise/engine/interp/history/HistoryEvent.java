package dev.stepwise.engine.interp.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One history event, as GetExecutionHistory shows it: ids count from 1, {@code previousEventId} links each event to
 * the one it follows in its branch (0 for the first), and {@code details} holds the event type's details object
 * (e.g. {@code stateEnteredEventDetails}) with JSON payloads still as trees; {@link History#toAwsJson} prints them.
 */
public record HistoryEvent(long id, long previousEventId, HistoryEventType type, Instant timestamp, ObjectNode details) {
}
