package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;

/** Succeed: ends its scope with its effective input. */
record SucceedHandler() implements StateHandler {

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) {
        return HandlerResult.of(effectiveInput);
    }
}
