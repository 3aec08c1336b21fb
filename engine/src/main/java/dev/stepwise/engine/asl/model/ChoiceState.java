package dev.stepwise.engine.asl.model;

import java.util.List;

/** A Choice: the first rule that matches picks the next state, else {@code defaultNext} (null when absent). */
public record ChoiceState(StateBase base, DataPaths paths, List<Choice> choices, String defaultNext) implements State {

    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }
}
