package dev.stepwise.engine.store;

/** Storage failed (I/O, a broken database, a bug in a query): never the user's fault. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
