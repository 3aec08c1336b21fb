package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;

/** Pass: its {@code Result} if it has one, else its effective input. */
record PassHandler(JsonNode result) implements StateHandler {

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) {
        return HandlerResult.of(result != null ? result : effectiveInput);
    }
}
