package dev.stepwise.engine.interp.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One history event, as GetExecutionHistory shows it: ids count from 1, {@code previousEventId} links each event to
 * the one it follows in its branch (0 for the first). The details object (e.g. {@code stateEnteredEventDetails}) is
 * built when asked for, from payloads that never change, so recording a long history stays cheap;
 * {@link History#toAwsJson} prints it.
 */
public record HistoryEvent(long id, long previousEventId, HistoryEventType type, Instant timestamp,
                           History.DetailsBuilder detailsBuilder) {

    /** The event type's details, with JSON payloads still as trees; null when the type has none. */
    public ObjectNode details() {
        return detailsBuilder == null ? null : detailsBuilder.build();
    }
}
