package dev.stepwise.engine.asl.model;

/** A Fail: ends the execution with an error and a cause, static or read from a path (or JSONata). */
public record FailState(StateBase base, String error, String errorPath, String cause, String causePath) implements State {

    @Override
    public StateType type() {
        return StateType.FAIL;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }
}
