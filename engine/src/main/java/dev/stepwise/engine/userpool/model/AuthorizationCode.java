package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An authorization code handed out by the authorize endpoint, known only by its hash. It is bound to the client,
 * redirect URI, PKCE challenge, nonce and scopes of the request that made it, and answers once, before
 * {@code expires}. {@code authTime} is when the user signed in on the hosted page.
 */
public record AuthorizationCode(String codeHash, String userPoolId, String clientId, String username,
        String redirectUri, List<String> scopes, String nonce, String codeChallenge, String codeChallengeMethod,
        Instant authTime, Instant expires, boolean used) {

    public AuthorizationCode {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(expires, "expires");
        scopes = List.copyOf(scopes);
    }
}
