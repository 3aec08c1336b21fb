package dev.stepwise.engine.interp.choice;

import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;

/**
 * The errors a Choice state raises, with AWS's wording. Causes are the state-local part: the interpreter prefixes them
 * with {@code An error occurred while executing the state 'X' (entered at the event id #N). } as for every state.
 */
public final class ChoiceErrors {

    private ChoiceErrors() {
    }

    /**
     * A {@code Variable} (or a {@code ...Path} operand) that selects nothing, for any operator but IsPresent:
     * {@code States.Runtime}, e.g. {@code Invalid path '$.x': The choice state's condition path references an invalid
     * value.}
     */
    public static StatesException invalidPath(String path) {
        return StatesException.runtime(
                "Invalid path '" + path + "': The choice state's condition path references an invalid value.");
    }

    /** No rule matched and the state has no {@code Default}; AWS gives no cause. */
    public static StatesException noChoiceMatched() {
        return new StatesException(StatesErrorNames.NO_CHOICE_MATCHED, null);
    }
}
