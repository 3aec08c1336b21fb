package dev.stepwise.engine.interp.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonPrinter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The append-only event history of one execution. Ids are always counted (causes quote them: "entered at the event
 * id #4"), but events are kept only when recording is on. A limit on the number of events (25,000 for STANDARD
 * executions) fails the execution when it is passed.
 */
public final class History {

    /** The most events a STANDARD execution may have, as in AWS. */
    public static final int STANDARD_LIMIT = 25_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean recording;
    private final int limit;
    private final List<HistoryEvent> events = new ArrayList<>();
    private final Consumer<HistoryEvent> listener;
    private long lastId;

    /**
     * @param recording keep the events (ids are counted either way)
     * @param limit     the most events allowed, or 0 for no limit
     */
    public History(boolean recording, int limit) {
        this(recording, limit, null);
    }

    /**
     * @param listener told of each recorded event as it is appended, in id order (null: nobody)
     */
    public History(boolean recording, int limit, Consumer<HistoryEvent> listener) {
        this.recording = recording;
        this.limit = limit;
        this.listener = listener;
    }

    /**
     * Appends an event and returns its id. {@code details} is kept only when recording, and built only when read.
     *
     * @throws HistoryLimitExceededException when the limit is reached; nothing is appended and no id is used
     */
    public synchronized long append(HistoryEventType type, long previousEventId, Instant at, DetailsBuilder details) {
        if (limit > 0 && lastId >= limit) {
            throw new HistoryLimitExceededException(limit);
        }
        return add(type, previousEventId, at, details);
    }

    /**
     * Appends the event that ends the execution (ExecutionFailed, ExecutionTimedOut, ...), past the limit if need
     * be: however an execution ends, its history says so.
     */
    public synchronized long appendFinal(HistoryEventType type, long previousEventId, Instant at,
                                         DetailsBuilder details) {
        return add(type, previousEventId, at, details);
    }

    private long add(HistoryEventType type, long previousEventId, Instant at, DetailsBuilder details) {
        long id = ++lastId;
        if (recording) {
            HistoryEvent event = new HistoryEvent(id, previousEventId, type, at, details);
            events.add(event);
            if (listener != null) {
                listener.accept(event);
            }
        }
        return id;
    }

    /** Builds an event's details object only when it is needed. */
    @FunctionalInterface
    public interface DetailsBuilder {
        ObjectNode build();
    }

    public synchronized long lastId() {
        return lastId;
    }

    public synchronized List<HistoryEvent> events() {
        return Collections.unmodifiableList(new ArrayList<>(events));
    }

    public boolean isRecording() {
        return recording;
    }

    /** The events as GetExecutionHistory returns them: payloads as JSON strings, timestamps as ISO strings. */
    public static ArrayNode toAwsJson(List<HistoryEvent> events) {
        ArrayNode out = NODES.arrayNode();
        for (HistoryEvent event : events) {
            ObjectNode json = out.addObject();
            json.put("timestamp", event.timestamp().toString());
            json.put("type", event.type().name());
            json.put("id", event.id());
            json.put("previousEventId", event.previousEventId());
            ObjectNode details = event.details();
            if (details != null) {
                json.set(detailsKey(event.type()), stringifyPayloads(details));
            }
        }
        return out;
    }

    private static ObjectNode stringifyPayloads(ObjectNode details) {
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = details.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            boolean payload = key.equals("input") || key.equals("output") || key.equals("parameters")
                    || key.equals("result");
            out.set(key, payload && !field.getValue().isTextual()
                    ? NODES.textNode(JsonPrinter.compact(field.getValue())) : field.getValue());
        }
        return out;
    }

    /** The name AWS gives each event type's details member, e.g. {@code stateEnteredEventDetails}. */
    public static String detailsKey(HistoryEventType type) {
        String name = type.name();
        if (name.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (name.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        if (name.startsWith("MapIteration")) {
            return "mapIteration" + name.substring("MapIteration".length()) + "EventDetails";
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventDetails";
    }
}
