package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The scopes (machine, Parallel branches, Map processors) and states of a raw definition tree, found
 * without assuming anything about its shape: whatever is not where ASL puts it is simply skipped.
 */
final class AslTree {

    static final String JSONPATH = "JSONPath";
    static final String JSONATA = "JSONata";

    /** Where a scope comes from. */
    enum ScopeKind { MACHINE, BRANCH, PROCESSOR }

    /**
     * A set of states with its own StartAt.
     *
     * @param node  the object holding StartAt and States (not necessarily an object if the input is broken)
     * @param owner the Parallel or Map state the scope belongs to, null for the machine
     */
    record Scope(ScopeKind kind, String pointer, JsonNode node, String queryLanguage, State owner) {

        JsonNode states() {
            return Nodes.field(node, "States");
        }

        String statesPointer() {
            return JsonPointers.child(pointer, "States");
        }

        String describe() {
            return switch (kind) {
                case MACHINE -> "the state machine";
                case BRANCH -> "this Parallel branch";
                case PROCESSOR -> "this Map processor";
            };
        }
    }

    /** One state: its name, where it stands, its node, and the query language it is written in. */
    record State(String name, String pointer, JsonNode node, Scope scope, String queryLanguage) {

        /** The Type as written, or {@code ""} when it is missing or not a string. */
        String type() {
            String type = Nodes.text(node, "Type");
            return type == null ? "" : type;
        }

        boolean isJsonata() {
            return JSONATA.equals(queryLanguage);
        }

        JsonNode field(String name) {
            return Nodes.field(node, name);
        }

        boolean has(String name) {
            return Nodes.field(node, name) != null;
        }

        String pointer(String field) {
            return JsonPointers.child(pointer, field);
        }
    }

    /** A named way out of a state: {@code field} is how messages call it ("Next", "Default", ...). */
    record Transition(String field, String pointer, String target) {
    }

    /** Every transition a state names with a string: Next, Default, each Choice rule's Next, each catcher's Next. */
    static List<Transition> transitions(State state) {
        List<Transition> transitions = new ArrayList<>();
        add(transitions, "Next", state.pointer("Next"), state.field("Next"));
        if ("Choice".equals(state.type())) {
            add(transitions, "Default", state.pointer("Default"), state.field("Default"));
            JsonNode choices = state.field("Choices");
            if (choices != null && choices.isArray()) {
                for (int i = 0; i < choices.size(); i++) {
                    String pointer = JsonPointers.child(JsonPointers.child(state.pointer("Choices"), i), "Next");
                    add(transitions, "Next", pointer, Nodes.field(choices.get(i), "Next"));
                }
            }
        }
        JsonNode catchers = state.field("Catch");
        if (catchers != null && catchers.isArray()) {
            for (int i = 0; i < catchers.size(); i++) {
                String pointer = JsonPointers.child(JsonPointers.child(state.pointer("Catch"), i), "Next");
                add(transitions, "Next", pointer, Nodes.field(catchers.get(i), "Next"));
            }
        }
        return transitions;
    }

    private static void add(List<Transition> transitions, String field, String pointer, JsonNode target) {
        if (target != null && target.isTextual()) {
            transitions.add(new Transition(field, pointer, target.textValue()));
        }
    }

    private final List<Scope> scopes = new ArrayList<>();
    private final List<State> states = new ArrayList<>();

    AslTree(JsonNode root) {
        String language = languageOf(root, JSONPATH);
        walk(new Scope(ScopeKind.MACHINE, "", root, language, null));
    }

    /** The tree of the context's document: walked once per validation, and shared by every rule. */
    static AslTree of(ValidationContext context) {
        return context.tree();
    }

    List<Scope> scopes() {
        return Collections.unmodifiableList(scopes);
    }

    List<State> states() {
        return Collections.unmodifiableList(states);
    }

    List<State> statesOf(Scope scope) {
        return states.stream().filter(state -> state.scope() == scope).toList();
    }

    private static String languageOf(JsonNode node, String inherited) {
        String own = Nodes.text(node, "QueryLanguage");
        return JSONPATH.equals(own) || JSONATA.equals(own) ? own : inherited;
    }

    private void walk(Scope scope) {
        scopes.add(scope);
        JsonNode statesNode = scope.states();
        if (statesNode == null || !statesNode.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = JsonPointers.child(scope.statesPointer(), entry.getKey());
            State state = new State(entry.getKey(), pointer, entry.getValue(), scope,
                    languageOf(entry.getValue(), scope.queryLanguage()));
            states.add(state);
            String type = state.type();
            if ("Parallel".equals(type)) {
                JsonNode branches = state.field("Branches");
                if (branches != null && branches.isArray()) {
                    for (int i = 0; i < branches.size(); i++) {
                        walk(new Scope(ScopeKind.BRANCH, JsonPointers.child(state.pointer("Branches"), i),
                                branches.get(i), state.queryLanguage(), state));
                    }
                }
            } else if ("Map".equals(type)) {
                for (String key : List.of("ItemProcessor", "Iterator")) {
                    JsonNode processor = state.field(key);
                    if (processor != null) {
                        walk(new Scope(ScopeKind.PROCESSOR, state.pointer(key), processor, state.queryLanguage(), state));
                    }
                }
            }
        }
    }
}
