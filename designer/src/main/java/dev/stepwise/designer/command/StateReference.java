package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A place in a scope that names a state: {@code StartAt}, a state's {@code Next} or {@code Default}, a Choice rule's
 * {@code Next} or a Catcher's {@code Next}.
 *
 * @param pointer   the JSON pointer of the string that holds the name
 * @param fromState the state whose field it is, or null for {@code StartAt}
 * @param target    the state named
 */
public record StateReference(String pointer, String fromState, String target) {

    /** The JSON pointer of a scope's {@code States} object. */
    public static String statesPointer(String scope) {
        return JsonPointers.child(scope, "States");
    }

    /** Every reference in a scope (its StartAt and its states' own fields; nested scopes are not entered). */
    public static List<StateReference> allIn(JsonNode root, String scope) {
        List<StateReference> references = new ArrayList<>();
        JsonNode machine = root.at(scope);
        if (machine.path("StartAt").isTextual()) {
            references.add(new StateReference(JsonPointers.child(scope, "StartAt"), null,
                    machine.get("StartAt").textValue()));
        }
        String statesPointer = statesPointer(scope);
        Iterator<Map.Entry<String, JsonNode>> states = machine.path("States").fields();
        while (states.hasNext()) {
            Map.Entry<String, JsonNode> entry = states.next();
            String name = entry.getKey();
            JsonNode state = entry.getValue();
            String statePointer = JsonPointers.child(statesPointer, name);
            addText(references, state, "Next", statePointer, name);
            addText(references, state, "Default", statePointer, name);
            addArray(references, state, "Choices", statePointer, name);
            addArray(references, state, "Catch", statePointer, name);
        }
        return references;
    }

    /** The references to one state. */
    public static List<StateReference> to(JsonNode root, String scope, String target) {
        return allIn(root, scope).stream().filter(reference -> reference.target().equals(target)).toList();
    }

    private static void addText(List<StateReference> out, JsonNode node, String field, String pointer, String from) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            out.add(new StateReference(JsonPointers.child(pointer, field), from, value.textValue()));
        }
    }

    private static void addArray(List<StateReference> out, JsonNode state, String field, String pointer, String from) {
        JsonNode array = state.get(field);
        if (array == null || !array.isArray()) {
            return;
        }
        String arrayPointer = JsonPointers.child(pointer, field);
        for (int i = 0; i < array.size(); i++) {
            addText(out, array.get(i), "Next", JsonPointers.child(arrayPointer, i), from);
        }
    }
}
