package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

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

    /**
     * Input and output processing in JSONPath mode. A Fail state has none: it reads its error and cause from its raw
     * input, so its paths are the defaults with the result discarded.
     */
    default DataPaths paths() {
        return DataPaths.NONE;
    }

    /** {@code Retry}; only Task, Parallel and Map states have one. */
    default List<Retrier> retry() {
        return List.of();
    }

    /** {@code Catch}; only Task, Parallel and Map states have one. */
    default List<Catcher> catches() {
        return List.of();
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
