package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The hosted login page's memory, known only by the hash of the opaque key the browser holds. A {@link Kind#LOGIN}
 * session is one sign-in in progress: {@code state} holds the authorize request and the pending challenge (never a
 * password). A {@link Kind#SIGNED_IN} session is a browser that signed in at {@code created}: a later authorize
 * request from it gets a code without the form, until it expires or the user signs out.
 */
public record HostedSession(String sessionHash, Kind kind, String userPoolId, String clientId, String username,
        String state, Instant created, Instant expires) {

    public enum Kind { LOGIN, SIGNED_IN }

    public HostedSession {
        Objects.requireNonNull(sessionHash, "sessionHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }
}
