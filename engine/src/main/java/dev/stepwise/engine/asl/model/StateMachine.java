package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A state machine, or one of its nested scopes (a Parallel branch, a Map's item processor). {@code json} is the
 * definition as written and is what {@link dev.stepwise.engine.asl.parse.AslWriter} writes back; the typed fields are
 * read from it. States keep the order they were written in.
 *
 * @param queryLanguage the language in force in this scope: its own {@code QueryLanguage} or the enclosing one's
 */
public record StateMachine(ObjectNode json, String comment, String startAt, Map<String, State> states, String version,
                           Integer timeoutSeconds, QueryLanguage queryLanguage) {

    public StateMachine {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(queryLanguage, "queryLanguage");
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    public State state(String name) {
        return states.get(name);
    }

    public State startState() {
        return states.get(startAt);
    }
}
