package dev.stepwise.engine.asl.validate;

import java.util.HashMap;
import java.util.Map;

/** State names are unique in the whole machine, across Parallel branches and Map processors. */
final class DuplicateStateNameRule implements Rule {

    static final String CODE = "DUPLICATE_STATE_NAME";

    @Override
    public void check(ValidationContext context) {
        Map<String, AslTree.State> first = new HashMap<>();
        for (AslTree.State state : AslTree.of(context).states()) {
            AslTree.State earlier = first.putIfAbsent(state.name(), state);
            if (earlier != null && earlier.scope() != state.scope()) {
                context.error(CODE, state.pointer(), "State name \"" + state.name() + "\" is already used at "
                        + earlier.pointer() + "; state names must be unique in the whole state machine");
            }
        }
    }
}
