package dev.stepwise.engine.userpool.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A pool's token-signing key: its {@code kid} and the private RSA key as a JWK JSON object. The active key signs;
 * retired keys stay in the JWKS so tokens they signed still verify.
 */
public record SigningKey(String userPoolId, String kid, String privateJwk, Instant created, boolean active) {

    public SigningKey {
        Objects.requireNonNull(userPoolId);
        Objects.requireNonNull(kid);
        Objects.requireNonNull(privateJwk);
        Objects.requireNonNull(created);
    }

    @Override
    public String toString() {
        return "SigningKey[" + userPoolId + ", " + kid + (active ? ", active" : ", retired") + "]";
    }
}
