package dev.stepwise.engine.userpool.error;

import java.util.Objects;

/**
 * An error that Cognito would answer with: the AWS exception name and AWS's message. Bad input and refused operations
 * are reported this way; our own bugs and I/O failures are not.
 */
public final class UserPoolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient UserPoolErrorCode code;

    public UserPoolException(UserPoolErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public UserPoolErrorCode code() {
        return code;
    }

    /** The exception name as it appears in {@code __type}. */
    public String type() {
        return code.name();
    }

    public static UserPoolException invalidParameter(String message) {
        return new UserPoolException(UserPoolErrorCode.INVALID_PARAMETER, message);
    }

    public static UserPoolException notAuthorized(String message) {
        return new UserPoolException(UserPoolErrorCode.NOT_AUTHORIZED, message);
    }

    public static UserPoolException resourceNotFound(String message) {
        return new UserPoolException(UserPoolErrorCode.RESOURCE_NOT_FOUND, message);
    }

    @Override
    public String toString() {
        return code.name() + ": " + getMessage();
    }
}
