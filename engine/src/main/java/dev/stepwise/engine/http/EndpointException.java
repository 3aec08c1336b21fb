package dev.stepwise.engine.http;

/** The endpoint could not start: the address is taken, the host does not resolve, or binding failed otherwise. */
public final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }

    public EndpointException(String message) {
        super(message);
    }
}
