package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.ChoiceState;

/** Choice: picks the next state. (Being wired to the rule evaluator.) */
final class ChoiceHandler implements StateHandler {

    static ChoiceHandler compile(ChoiceState state, Compiler compiler) {
        return new ChoiceHandler();
    }

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) {
        throw new UnsupportedOperationException("Choice");
    }
}
