package dev.stepwise.engine.interp;

import dev.stepwise.engine.interp.error.StatesErrorNames;
import java.util.List;

/** Whether a retrier's or catcher's {@code ErrorEquals} covers an error. */
final class ErrorMatching {

    private ErrorMatching() {
    }

    static boolean matches(List<String> errorEquals, String error) {
        for (String name : errorEquals) {
            if (name.equals(error)) {
                return true;
            }
            if (StatesErrorNames.ALL.equals(name) && StatesErrorNames.isRecoverable(error)) {
                return true;
            }
        }
        return false;
    }
}
