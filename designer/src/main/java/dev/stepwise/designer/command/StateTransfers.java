package dev.stepwise.designer.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the commands that move states in and out of a document as JSON: copy (the states' members as an object),
 * paste and duplicate (new names on collision, references among the pasted states rewired), and insertion of a new
 * state into a transition.
 */
public final class StateTransfers {

    /** What a paste did: the command to push and the names the pasted states got, by their copied names. */
    public record Paste(Command command, Map<String, String> names) {
    }

    private StateTransfers() {
    }

    /** The states' JSON as an object of members, {@code {"A": {...}, "B": {...}}}, pretty-printed. */
    public static String copy(WorkflowDocument document, String scope, Collection<String> names) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode states = document.getJson().root().at(scope).path("States");
        for (String name : names) {
            if (states.has(name)) {
                out.set(name, states.get(name).deepCopy());
            }
        }
        return JsonPrinter.pretty(out);
    }

    /**
     * Reads copied text: an object of states ({@code {"A": {"Type": ...}}}), a whole definition with {@code States},
     * or one state ({@code {"Type": ...}}, named "State"). Empty when the text is none of these.
     */
    public static Optional<Map<String, ObjectNode>> read(String text) {
        JsonNode root;
        try {
            root = JsonReader.readJson(text.strip()).root();
        } catch (JsonSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (root.path("States").isObject()) {
            root = root.get("States");
        } else if (root.path("Type").isTextual()) {
            return Optional.of(Map.of("State", (ObjectNode) root));
        }
        Map<String, ObjectNode> states = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isObject() || !field.getValue().path("Type").isTextual()) {
                return Optional.empty();
            }
            states.put(field.getKey(), (ObjectNode) field.getValue());
        }
        return states.isEmpty() ? Optional.empty() : Optional.of(states);
    }

    /**
     * Adds copied states to a scope as one command. Names that are taken get "Name 2", ...; references among the
     * pasted states follow; a {@code Next} to a state the document does not have becomes {@code "End": true} and a
     * {@code Default} to one is dropped, so that nothing points nowhere.
     *
     * @param position where each pasted state goes, by its copied name (null: the automatic layout places it)
     */
    public static Optional<Paste> paste(WorkflowDocument document, String scope, Map<String, ObjectNode> states,
                                        Function<String, Layout.Point> position) {
        if (!document.isStructurallyEditable() || states.isEmpty()) {
            return Optional.empty();
        }
        JsonNode existing = document.getJson().root().at(scope).path("States");
        Set<String> taken = new HashSet<>();
        existing.fieldNames().forEachRemaining(taken::add);
        Set<String> existingNames = Set.copyOf(taken);
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : states.keySet()) {
            String fresh = StateNames.unique(name, taken);
            taken.add(fresh);
            names.put(name, fresh);
        }
        List<Command> adds = new ArrayList<>();
        states.forEach((name, json) -> {
            ObjectNode rewired = rewire(json, names, existingNames);
            adds.add(new AddStateCommand(document, scope, names.get(name), rewired, position.apply(name)));
        });
        String description = states.size() == 1 ? "Paste State " + names.values().iterator().next()
                : "Paste " + states.size() + " States";
        return Optional.of(new Paste(new CompositeCommand(document, description, adds), names));
    }

    /**
     * Moves states to another scope (into a Parallel branch or a Map's processor, or out of one) as one command:
     * they are pasted there ({@link #paste}: fresh names on collision, transitions to states that scope lacks end
     * there) and deleted here. What pointed at them here (another state, {@code StartAt}) now points at the state
     * they led on to, as if they were taken out of the flow. Empty when the move cannot be made: the same scope, a
     * scope inside a moved state, or states referenced here that lead nowhere else.
     *
     * @param position where each moved state goes in the target scope, by its name (null: the automatic layout)
     */
    public static Optional<Paste> move(WorkflowDocument document, String from, Collection<String> names, String to,
                                       Function<String, Layout.Point> position) {
        if (!document.isStructurallyEditable() || names.isEmpty() || from.equals(to)) {
            return Optional.empty();
        }
        JsonNode states = document.getJson().root().at(from).path("States");
        Set<String> moved = new LinkedHashSet<>(names);
        for (String name : moved) {
            String pointer = JsonPointers.child(JsonPointers.child(from, "States"), name);
            if (!states.has(name) || to.startsWith(pointer + "/")) {
                return Optional.empty();
            }
        }
        RemoveStatesCommand remove = new RemoveStatesCommand(document, from, moved, null);
        String successor = null;
        if (!remove.danglingReferences().isEmpty()) {
            successor = successor(states, moved);
            if (successor == null) {
                return Optional.empty();
            }
            remove = new RemoveStatesCommand(document, from, moved, successor);
        }
        Map<String, ObjectNode> copies = new LinkedHashMap<>();
        moved.forEach(name -> copies.put(name, (ObjectNode) states.get(name).deepCopy()));
        Optional<Paste> paste = paste(document, to, copies, position);
        if (paste.isEmpty()) {
            return Optional.empty();
        }
        List<Command> parts = new ArrayList<>(List.of(remove, paste.get().command()));
        Map<String, Layout.Point> inside = positionsInside(document.getLayout(), from, to, paste.get().names());
        if (!inside.isEmpty()) {
            parts.add(new MoveNodesCommand(document, inside));
        }
        String description = moved.size() == 1 ? "Move State " + moved.iterator().next() + " to Another Branch"
                : "Move " + moved.size() + " States to Another Branch";
        return Optional.of(new Paste(new CompositeCommand(document, description, parts), paste.get().names()));
    }

    /**
     * The places the layout keeps for the states inside moved Parallel and Map states (relative to their container),
     * under the keys those states have once moved: a container keeps its inside as the user arranged it.
     */
    private static Map<String, Layout.Point> positionsInside(Layout layout, String from, String to,
                                                             Map<String, String> names) {
        Map<String, Layout.Point> inside = new LinkedHashMap<>();
        names.forEach((oldName, newName) -> {
            String before = JsonPointers.child(JsonPointers.child(from, "States"), oldName);
            String after = JsonPointers.child(JsonPointers.child(to, "States"), newName);
            for (String key : layout.keysInside(before)) {
                inside.put(after + key.substring(before.length()), layout.position(key).orElseThrow());
            }
        });
        return inside;
    }

    /** The first state that is not moved along the moved states' Next chain, from the first moved state; or null. */
    private static String successor(JsonNode states, Set<String> moved) {
        Set<String> seen = new HashSet<>();
        String at = moved.iterator().next();
        while (at != null && moved.contains(at) && seen.add(at)) {
            JsonNode next = states.path(at).get("Next");
            at = next != null && next.isTextual() ? next.textValue() : null;
        }
        return at != null && !moved.contains(at) && states.has(at) ? at : null;
    }

    private static ObjectNode rewire(ObjectNode state, Map<String, String> names, Set<String> existing) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = state.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue().deepCopy();
            if ((key.equals("Next") || key.equals("Default")) && value.isTextual()) {
                String target = names.get(value.textValue());
                if (target != null) {
                    copy.put(key, target);
                } else if (existing.contains(value.textValue())) {
                    copy.set(key, value);
                } else if (key.equals("Next")) {
                    copy.put("End", true);
                }
                continue;
            }
            if ((key.equals("Choices") || key.equals("Catch")) && value.isArray()) {
                for (JsonNode element : value) {
                    if (element instanceof ObjectNode object && object.path("Next").isTextual()) {
                        String target = names.get(object.get("Next").textValue());
                        if (target != null) {
                            object.put("Next", target);
                        }
                    }
                }
            }
            copy.set(key, value);
        }
        return copy;
    }

    /**
     * Inserts a new state into the transition held at {@code referencePointer} (a {@code Next}, {@code Default}, a
     * Choice rule's or a Catcher's {@code Next}): the state is added leading to the transition's target, and the
     * transition is pointed at it. Empty when the state cannot lead on (Succeed, Fail).
     */
    public static Optional<Command> insert(WorkflowDocument document, String scope, String referencePointer,
                                           String name, ObjectNode state, Layout.Point position) {
        if (!document.isStructurallyEditable()) {
            return Optional.empty();
        }
        JsonNode reference = document.getJson().root().at(referencePointer);
        String type = state.path("Type").asText();
        if (!reference.isTextual() || type.equals("Succeed") || type.equals("Fail")) {
            return Optional.empty();
        }
        String target = reference.textValue();
        ObjectNode leading = leadingTo(state, target);
        int slash = referencePointer.lastIndexOf('/');
        String owner = referencePointer.substring(0, slash);
        String field = JsonPointers.lastSegment(referencePointer);
        Command add = new AddStateCommand(document, scope, name, leading, position);
        Command point = new SetFieldCommand(document, owner, field, TextNode.valueOf(name));
        return Optional.of(new CompositeCommand(document, "Insert State " + name, List.of(add, point)));
    }

    /** The state with its way out set to {@code target}: Next in place of End, or a Choice's Default. */
    static ObjectNode leadingTo(ObjectNode state, String target) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean choice = state.path("Type").asText().equals("Choice");
        boolean placed = false;
        Iterator<Map.Entry<String, JsonNode>> fields = state.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (!choice && (key.equals("End") || key.equals("Next"))) {
                if (!placed) {
                    out.put("Next", target);
                    placed = true;
                }
                continue;
            }
            if (choice && key.equals("Default")) {
                out.put("Default", target);
                placed = true;
                continue;
            }
            out.set(key, field.getValue().deepCopy());
        }
        if (!placed) {
            out.put(choice ? "Default" : "Next", target);
        }
        return out;
    }

}
