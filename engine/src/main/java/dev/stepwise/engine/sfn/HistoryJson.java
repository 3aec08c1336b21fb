package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.history.History;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.sfn.model.StoredEvent;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** History events between the interpreter, the store and GetExecutionHistory's wire shape. */
final class HistoryJson {

    private HistoryJson() {
    }

    /** The event as it is kept: its details already in AWS's shape (payloads as JSON strings). */
    static StoredEvent stored(HistoryEvent event) {
        JsonNode aws = History.toAwsJson(List.of(event)).get(0);
        JsonNode details = aws.get(History.detailsKey(event.type()));
        // Milliseconds, as AWS's timestamps and the database have them: a running history reads as the stored one.
        return new StoredEvent(event.id(), event.previousEventId(), event.type().name(),
                event.timestamp().truncatedTo(ChronoUnit.MILLIS),
                details == null ? null : (ObjectNode) details);
    }

    /**
     * One element of GetExecutionHistory's {@code events}; without execution data, the details lose their
     * {@code input} and {@code output}.
     */
    static ObjectNode wire(StoredEvent event, boolean includeExecutionData) {
        ObjectNode json = SfnWire.object();
        json.put("timestamp", SfnWire.timestamp(event.timestamp()));
        json.put("type", event.type());
        json.put("id", event.id());
        json.put("previousEventId", event.previousEventId());
        if (event.details() != null) {
            ObjectNode details = event.details().deepCopy();
            if (!includeExecutionData) {
                details.remove(List.of("input", "output"));
            }
            json.set(History.detailsKey(HistoryEventType.valueOf(event.type())), details);
        }
        return json;
    }

    /** Details with an error and a cause, either possibly null, as ExecutionAborted and ExecutionFailed carry. */
    static ObjectNode errorDetails(String error, String cause) {
        ObjectNode details = SfnWire.object();
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
        return details;
    }
}
