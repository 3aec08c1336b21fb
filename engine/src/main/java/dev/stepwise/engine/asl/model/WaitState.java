package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A Wait: exactly one of the four forms is set; {@code seconds} and {@code timestamp} may be JSONata strings. */
public record WaitState(StateBase base, Transition transition, DataPaths paths, JsonNode seconds, JsonNode timestamp,
                        String secondsPath, String timestampPath) implements State {

    @Override
    public StateType type() {
        return StateType.WAIT;
    }
}
