package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass: hands its input (or its {@code Result}) on. */
public record PassState(StateBase base, Transition transition, DataPaths paths, JsonNode result) implements State {

    @Override
    public StateType type() {
        return StateType.PASS;
    }
}
