package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A Parallel: runs every branch on the same input; the result is the array of branch outputs. */
public record ParallelState(StateBase base, Transition transition, DataPaths paths, JsonNode arguments,
                            List<StateMachine> branches, List<Retrier> retry, List<Catcher> catches) implements State {

    public ParallelState {
        branches = List.copyOf(branches);
        retry = List.copyOf(retry);
        catches = List.copyOf(catches);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }
}
