package dev.stepwise.engine.userpool.model;

/** A user's {@code UserStatus}, with AWS's names. */
public enum UserStatus {
    UNCONFIRMED, CONFIRMED, ARCHIVED, COMPROMISED, UNKNOWN, RESET_REQUIRED, FORCE_CHANGE_PASSWORD, EXTERNAL_PROVIDER
}
