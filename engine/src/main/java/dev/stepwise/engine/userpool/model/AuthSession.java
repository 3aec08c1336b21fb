package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in waiting for a challenge answer. Only the hash of the {@code Session} string (or, for PASSWORD_VERIFIER, of
 * the {@code SECRET_BLOCK}) handed to the client is stored; a session answers once ({@code used}) and not after
 * {@code expires}. {@code challengeState} is what the challenge needs to check the answer (a small JSON object), or
 * null.
 */
public record AuthSession(String sessionHash, String userPoolId, String clientId, String username,
        String challengeName, Instant expires, boolean used, String challengeState) {

    public AuthSession {
        Objects.requireNonNull(sessionHash);
        Objects.requireNonNull(userPoolId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(username);
        Objects.requireNonNull(challengeName);
        Objects.requireNonNull(expires);
    }

    public AuthSession(String sessionHash, String userPoolId, String clientId, String username,
            String challengeName, Instant expires, boolean used) {
        this(sessionHash, userPoolId, clientId, username, challengeName, expires, used, null);
    }
}
