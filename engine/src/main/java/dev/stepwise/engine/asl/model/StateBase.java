package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What every state has.
 *
 * @param json          the state's own JSON as written, the source of truth for writing it back
 * @param queryLanguage the language in force for this state: its own {@code QueryLanguage} or its machine's
 * @param assign        {@code Assign}, or null
 * @param output        JSONata {@code Output}, or null
 */
public record StateBase(String name, ObjectNode json, String comment, QueryLanguage queryLanguage,
                        JsonNode assign, JsonNode output) {

    public StateBase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(queryLanguage, "queryLanguage");
    }
}
