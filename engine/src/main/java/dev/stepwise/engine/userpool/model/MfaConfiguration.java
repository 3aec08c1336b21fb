package dev.stepwise.engine.userpool.model;

/** A user pool's {@code MfaConfiguration}. */
public enum MfaConfiguration {
    OFF, ON, OPTIONAL
}
