package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.path.PayloadTemplate;

/** What one state type does between its input processing and its result processing. */
interface StateHandler {

    /**
     * Readies one attempt before its input is processed: a callback Task issues its token here, so that Parameters
     * (or Arguments) can read {@code $$.Task.Token}.
     */
    default void prepare(StepContext step) {
    }

    /**
     * Runs the state on its effective input (after InputPath and Parameters).
     *
     * @throws dev.stepwise.engine.interp.error.StatesException for a data-processing error
     * @throws StateFailure for an error of the work itself (a task, a branch, an iteration, a Fail state)
     */
    HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException;

    /**
     * The handler's result; the next state when the handler chooses it (Choice), else null; and, when
     * {@code choosesAssign}, the Assign (and in JSONata the Output) that apply instead of the state's own: a Choice
     * rule's, possibly none.
     */
    record HandlerResult(JsonNode result, String next, boolean choosesAssign, PayloadTemplate assign,
                         JsonataTemplate jsonataAssign, JsonataTemplate jsonataOutput) {
        static HandlerResult of(JsonNode result) {
            return new HandlerResult(result, null, false, null, null, null);
        }
    }
}
