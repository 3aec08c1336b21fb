package dev.stepwise.engine.asl.path;

import com.fasterxml.jackson.databind.JsonNode;

/** What a path may read besides its input: the context object ({@code $$}) and the variables ({@code $name}). */
public interface DataScope {

    DataScope EMPTY = new DataScope() {
        @Override
        public JsonNode contextObject() {
            return com.fasterxml.jackson.databind.node.NullNode.instance;
        }

        @Override
        public JsonNode variable(String name) {
            return null;
        }
    };

    JsonNode contextObject();

    /** The variable's value, or null when no such variable is in scope. */
    JsonNode variable(String name);
}
