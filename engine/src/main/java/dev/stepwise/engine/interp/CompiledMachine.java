package dev.stepwise.engine.interp;

import dev.stepwise.engine.asl.model.StateMachine;
import java.util.Map;

/** A state machine (or nested scope) with every expression compiled, ready to run many times. */
record CompiledMachine(StateMachine machine, String startAt, Map<String, CompiledState> states) {

    CompiledState state(String name) {
        return states.get(name);
    }
}
