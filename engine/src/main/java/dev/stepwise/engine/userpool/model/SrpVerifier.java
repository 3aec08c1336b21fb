package dev.stepwise.engine.userpool.model;

import java.util.Objects;

/**
 * A user's SRP-6a verifier for USER_SRP_AUTH: the salt and {@code v = g^x mod N}, both as lower-case hex of the
 * non-negative integer. Like the password hash, it is derived from the password and never is the password.
 */
public record SrpVerifier(String saltHex, String verifierHex) {

    public SrpVerifier {
        Objects.requireNonNull(saltHex, "saltHex");
        Objects.requireNonNull(verifierHex, "verifierHex");
    }

    @Override
    public String toString() {
        return "SrpVerifier[salt " + saltHex + "]";
    }
}
