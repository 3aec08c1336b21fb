package dev.stepwise.designer.canvas.dnd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.input.DataFormat;

/**
 * What a palette drag carries: the base name for the new state ("Task" becomes "Task 2" when taken) and its JSON.
 * On the {@link javafx.scene.input.Dragboard} it travels as text in the {@link #FORMAT} data format.
 */
public record StateTemplate(String baseName, ObjectNode state) {

    public static final DataFormat FORMAT = dataFormat("application/x-stepwise-state-template");

    public StateTemplate {
        Objects.requireNonNull(baseName, "baseName");
        state = Objects.requireNonNull(state, "state").deepCopy();
    }

    @Override
    public ObjectNode state() {
        return state.deepCopy();
    }

    /** {@code {"name": ..., "state": {...}}}, compact. */
    public String toPayload() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("name", baseName);
        payload.set("state", state);
        return JsonPrinter.compact(payload);
    }

    public static Optional<StateTemplate> fromPayload(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        try {
            JsonNode root = JsonReader.readJson(payload).root();
            if (root.path("name").isTextual() && root.path("state").isObject()) {
                return Optional.of(new StateTemplate(root.get("name").textValue(), (ObjectNode) root.get("state")));
            }
        } catch (JsonSyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static DataFormat dataFormat(String id) {
        DataFormat existing = DataFormat.lookupMimeType(id);
        return existing != null ? existing : new DataFormat(id);
    }
}
