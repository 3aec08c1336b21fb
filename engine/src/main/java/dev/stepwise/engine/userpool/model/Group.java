package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of a user pool. {@code precedence} (0 is highest) and {@code roleArn} are optional; they decide the
 * {@code cognito:preferred_role} of a member's ID token.
 */
public record Group(String userPoolId, String groupName, String description, String roleArn, Long precedence,
        Instant creationDate, Instant lastModifiedDate) {

    /** Highest precedence (lowest number) first, groups without precedence last; then by name. */
    public static final Comparator<Group> BY_PRECEDENCE = Comparator
            .comparing((Group g) -> g.precedence() == null ? Long.MAX_VALUE : g.precedence())
            .thenComparing(Group::groupName);

    public Group {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    }

    public Optional<String> role() {
        return Optional.ofNullable(roleArn);
    }
}
