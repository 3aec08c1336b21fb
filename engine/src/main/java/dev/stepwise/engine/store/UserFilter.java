package dev.stepwise.engine.store;

import java.util.Objects;

/**
 * A ListUsers filter: {@code attribute = "value"} or, with {@code prefix}, {@code attribute ^= "value"}. Besides
 * user attributes, {@code attribute} may be {@code username}, {@code sub}, {@code cognito:user_status} or
 * {@code status} ({@code Enabled}/{@code Disabled}). Comparisons are case-sensitive.
 */
public record UserFilter(String attribute, String value, boolean prefix) {

    public UserFilter {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }
}
