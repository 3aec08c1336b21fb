package dev.stepwise.engine.interp;

/**
 * A SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat named a task token that no execution is waiting on: it was
 * never issued, or its task already completed, failed or timed out. The API answers it with AWS's
 * {@code TaskDoesNotExist} error.
 */
public final class TaskDoesNotExistException extends RuntimeException {

    /** AWS's error code for this failure. */
    public static final String CODE = "TaskDoesNotExist";

    private final String token;

    public TaskDoesNotExistException(String token) {
        super("Task does not exist anymore: no execution is waiting on the task token '" + token
                + "' (it is unknown, or its task already completed, failed or timed out)", null, false, false);
        this.token = token;
    }

    public String token() {
        return token;
    }

    public String code() {
        return CODE;
    }
}
