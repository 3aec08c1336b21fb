package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One state of a state machine: an immutable, typed view over the JSON it was read from. */
public sealed interface State
        permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    StateBase base();

    StateType type();

    default String name() {
        return base().name();
    }

    default ObjectNode json() {
        return base().json();
    }

    default String comment() {
        return base().comment();
    }

    default QueryLanguage queryLanguage() {
        return base().queryLanguage();
    }

    default JsonNode assign() {
        return base().assign();
    }

    default JsonNode output() {
        return base().output();
    }

    /** Where the state goes on success; Choice, Succeed and Fail have no such field and return {@link Transition#END}. */
    default Transition transition() {
        return Transition.END;
    }

    /** True for states that end their machine: Succeed, Fail, and any state with {@code "End": true}. */
    default boolean isTerminal() {
        return transition().end();
    }
}
