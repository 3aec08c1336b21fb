package dev.stepwise.engine.userpool.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UserPoolErrorCodeTest {

    @Test
    void knownNamesGiveTheConstants() {
        assertSame(UserPoolErrorCode.NOT_AUTHORIZED, UserPoolErrorCode.of("NotAuthorizedException"));
        assertSame(UserPoolErrorCode.INTERNAL_ERROR, UserPoolErrorCode.of("InternalErrorException"));
        assertEquals(500, UserPoolErrorCode.INTERNAL_ERROR.httpStatus());
        assertEquals(400, UserPoolErrorCode.USERNAME_EXISTS.httpStatus());
    }

    @Test
    void unknownNamesGiveNewClientErrorCodes() {
        UserPoolErrorCode code = UserPoolErrorCode.of("SomethingNewException");
        assertEquals("SomethingNewException", code.name());
        assertEquals(400, code.httpStatus());
        assertEquals(code, UserPoolErrorCode.of("SomethingNewException"));
        assertNotSame(code, UserPoolErrorCode.of("SomethingNewException"));
    }

    @Test
    void exceptionsCarryTypeAndMessage() {
        UserPoolException e = UserPoolException.notAuthorized("Incorrect username or password.");
        assertEquals("NotAuthorizedException", e.type());
        assertEquals("NotAuthorizedException: Incorrect username or password.", e.toString());
    }
}
