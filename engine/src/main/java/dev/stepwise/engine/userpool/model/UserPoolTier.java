package dev.stepwise.engine.userpool.model;

/** A user pool's feature plan ({@code UserPoolTier}); ESSENTIALS is the default for new pools. */
public enum UserPoolTier {
    LITE, ESSENTIALS, PLUS
}
