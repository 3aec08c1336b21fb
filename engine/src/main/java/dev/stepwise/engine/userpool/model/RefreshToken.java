package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An issued refresh token, known only by its hash. {@code originJti} links it to the access and ID tokens of the
 * same sign-in (their {@code origin_jti} claim), so revoking it revokes them. {@code rotatedAt} is when refresh-token
 * rotation replaced it (null while it is current).
 */
public record RefreshToken(String tokenHash, String userPoolId, String clientId, String username, String originJti,
        Instant issued, Instant expires, boolean revoked, Instant rotatedAt) {

    public RefreshToken(String tokenHash, String userPoolId, String clientId, String username, String originJti,
            Instant issued, Instant expires, boolean revoked) {
        this(tokenHash, userPoolId, clientId, username, originJti, issued, expires, revoked, null);
    }

    public RefreshToken {
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(userPoolId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(username);
        Objects.requireNonNull(originJti);
        Objects.requireNonNull(issued);
        Objects.requireNonNull(expires);
    }
}
