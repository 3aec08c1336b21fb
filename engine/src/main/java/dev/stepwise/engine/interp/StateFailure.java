package dev.stepwise.engine.interp;

import dev.stepwise.engine.interp.error.StatesError;

/**
 * An error raised by what a state ran rather than by its data processing: a task's failure, a failed branch or
 * iteration, a Fail state. Its cause is shown as it is, without the "An error occurred while executing the state"
 * preamble that processing errors get.
 */
final class StateFailure extends RuntimeException {

    private final StatesError error;

    StateFailure(StatesError error) {
        super(error.error(), null, false, false);
        this.error = error;
    }

    StatesError error() {
        return error;
    }
}
