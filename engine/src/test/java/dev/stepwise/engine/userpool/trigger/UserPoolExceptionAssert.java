package dev.stepwise.engine.userpool.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.engine.userpool.error.UserPoolException;
import org.junit.jupiter.api.function.Executable;

final class UserPoolExceptionAssert {

    private UserPoolExceptionAssert() {
    }

    /** For refusals whose message carries machine-dependent detail (an I/O error text). */
    static void typeIs(String type, Executable call) {
        assertEquals(type, assertThrows(UserPoolException.class, call).type());
    }
}
