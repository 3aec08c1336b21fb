package dev.stepwise.engine.userpool.token;

/** A token failed verification: {@link #expired()} tells an expired token from one that is not valid at all. */
public final class TokenVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean expired;

    public TokenVerificationException(String message, boolean expired, Throwable cause) {
        super(message, cause);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
