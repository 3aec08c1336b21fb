package dev.stepwise.engine.interp.history;

/** The execution needed more history events than its limit allows; it ends the execution. */
public final class HistoryLimitExceededException extends RuntimeException {

    public HistoryLimitExceededException(int limit) {
        super("The execution reached the maximum number of history events (" + limit + ").", null, false, false);
    }
}
