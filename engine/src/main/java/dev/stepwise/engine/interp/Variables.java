package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workflow variables of one scope. A Map iteration or Parallel branch gets a child scope: it reads the outer
 * variables but its assignments stay its own, as in AWS.
 */
final class Variables {

    private final Variables parent;
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    Variables(Variables parent) {
        this.parent = parent;
    }

    JsonNode get(String name) {
        for (Variables scope = this; scope != null; scope = scope.parent) {
            JsonNode value = scope.values.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Assigns every value at once: each was computed from the values as they stood before. */
    void assignAll(Map<String, JsonNode> assignments) {
        values.putAll(assignments);
    }

    boolean isEmpty() {
        return values.isEmpty() && (parent == null || parent.isEmpty());
    }

    /** Every visible variable by name, inner scopes shadowing outer ones. */
    Map<String, JsonNode> asMap() {
        Map<String, JsonNode> all = parent == null ? new LinkedHashMap<>() : parent.asMap();
        all.putAll(values);
        return all;
    }

    /** Every visible variable, inner scopes shadowing outer ones. */
    ObjectNode snapshot() {
        ObjectNode out = parent == null ? JsonNodeFactory.instance.objectNode() : parent.snapshot();
        values.forEach(out::set);
        return out;
    }
}
