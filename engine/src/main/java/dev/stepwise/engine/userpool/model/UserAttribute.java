package dev.stepwise.engine.userpool.model;

import java.util.Objects;

/** One {@code {Name, Value}} attribute of a user. */
public record UserAttribute(String name, String value) {

    public UserAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
