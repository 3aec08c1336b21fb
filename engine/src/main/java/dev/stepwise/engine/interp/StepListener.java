package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;

/** Told of each state as it starts and as it completes (for {@code --trace} and the debugger). */
@FunctionalInterface
public interface StepListener {

    void onStep(StepTrace step);

    /**
     * Called in the execution's thread before a state is entered, so a debugger can hold the execution there.
     *
     * @param scope as in {@link StepTrace#scope()}
     * @throws InterruptedException to stop the execution (it ends ABORTED)
     */
    default void onEnter(String stateName, String scope, JsonNode input) throws InterruptedException {
    }
}
