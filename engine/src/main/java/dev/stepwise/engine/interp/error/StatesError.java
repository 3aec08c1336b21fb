package dev.stepwise.engine.interp.error;

/** An ASL error as Retry and Catch see it: a name such as {@code States.Runtime}, and a cause (both may be null). */
public record StatesError(String error, String cause) {
}
