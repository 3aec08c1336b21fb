package dev.stepwise.engine.sfn;

import java.util.Objects;

/**
 * An error that Step Functions would answer with: its {@code __type} (e.g. {@code StateMachineDoesNotExist}), AWS's
 * message and the HTTP status. Bad input and refused operations are reported this way; our own bugs and I/O failures
 * are not.
 */
public final class StepFunctionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int httpStatus;

    public StepFunctionsException(String type, String message) {
        this(type, message, 400);
    }

    public StepFunctionsException(String type, String message, int httpStatus) {
        super(message, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.httpStatus = httpStatus;
    }

    /** The exception name as it appears in {@code __type}. */
    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }

    static StepFunctionsException validation(String message) {
        return new StepFunctionsException("ValidationException", message);
    }

    static StepFunctionsException invalidArn(String arn) {
        return new StepFunctionsException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }

    static StepFunctionsException stateMachineDoesNotExist(String arn) {
        return new StepFunctionsException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    static StepFunctionsException executionDoesNotExist(String arn) {
        return new StepFunctionsException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    static StepFunctionsException typeNotSupported() {
        return new StepFunctionsException("StateMachineTypeNotSupported",
                "This operation is not supported by this type of state machine");
    }

    @Override
    public String toString() {
        return type + ": " + getMessage();
    }
}
