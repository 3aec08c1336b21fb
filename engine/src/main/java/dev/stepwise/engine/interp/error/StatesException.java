package dev.stepwise.engine.interp.error;

/** A runtime ASL error raised while a state runs; Retry and Catch match it by {@link #error()}. */
public class StatesException extends RuntimeException {

    private final String error;
    private final String cause;

    public StatesException(String error, String cause) {
        super(error + (cause == null ? "" : ": " + cause), null, false, false);
        this.error = error;
        this.cause = cause;
    }

    public static StatesException runtime(String cause) {
        return new StatesException(StatesErrorNames.RUNTIME, cause);
    }

    public String error() {
        return error;
    }

    /** The cause text (not a Throwable cause), or null. */
    public String causeText() {
        return cause;
    }

    public StatesError toError() {
        return new StatesError(error, cause);
    }
}
