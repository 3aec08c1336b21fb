package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/** A code sent to a user for a purpose (e.g. {@code SIGN_UP}), valid until {@code expires}. */
public record ConfirmationCode(String userPoolId, String username, String purpose, String code, Instant expires) {

    public static final String SIGN_UP = "SIGN_UP";
    public static final String FORGOT_PASSWORD = "FORGOT_PASSWORD";

    public ConfirmationCode {
        Objects.requireNonNull(userPoolId);
        Objects.requireNonNull(username);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(code);
        Objects.requireNonNull(expires);
    }
}
