package dev.stepwise.engine.sfn.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One history event as it is kept.
 *
 * @param type    the AWS event type, e.g. {@code TaskScheduled}
 * @param details the event's details member as GetExecutionHistory shows it (payloads as JSON strings), or null
 */
public record StoredEvent(long id, long previousEventId, String type, Instant timestamp, ObjectNode details) {

    public StoredEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
