package dev.stepwise.engine.interp.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

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

    /** Events are equal when everything GetExecutionHistory would show of them is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryEvent event && id == event.id && previousEventId == event.previousEventId
                && type == event.type && Objects.equals(timestamp, event.timestamp)
                && Objects.equals(details(), event.details());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, previousEventId, type, timestamp);
    }

    @Override
    public String toString() {
        return "HistoryEvent[id=" + id + ", previousEventId=" + previousEventId + ", type=" + type + ", timestamp="
                + timestamp + ", details=" + details() + "]";
    }
}
