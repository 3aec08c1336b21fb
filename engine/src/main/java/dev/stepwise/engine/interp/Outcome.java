package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesError;

/** How a scope (the machine, a branch, an iteration) ended: with an output, or with an error. */
record Outcome(JsonNode output, StatesError error) {

    static Outcome succeeded(JsonNode output) {
        return new Outcome(output, null);
    }

    static Outcome failed(StatesError error) {
        return new Outcome(null, error);
    }

    boolean isFailure() {
        return error != null;
    }
}
