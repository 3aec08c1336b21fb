package dev.stepwise.engine.asl.model;

/** A Succeed: ends its machine successfully. */
public record SucceedState(StateBase base, DataPaths paths) implements State {

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }
}
