package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in waiting for a challenge answer. Only the hash of the {@code Session} string handed to the client is
 * stored; a session answers once ({@code used}) and not after {@code expires}.
 */
public record AuthSession(String sessionHash, String userPoolId, String clientId, String username,
        String challengeName, Instant expires, boolean used) {

    public AuthSession {
        Objects.requireNonNull(sessionHash);
        Objects.requireNonNull(userPoolId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(username);
        Objects.requireNonNull(challengeName);
        Objects.requireNonNull(expires);
    }
}
