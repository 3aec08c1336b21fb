package dev.stepwise.engine.userpool.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A stored password: the algorithm, its cost parameter, the salt and the derived hash. Never the password.
 * {@link #encode()} gives the stored form {@code algorithm$iterations$salt$hash} (Base64).
 */
public final class PasswordHash {

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    public PasswordHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.contains("$")) {
            throw new IllegalArgumentException("algorithm name must not contain '$': " + algorithm);
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    public String algorithm() {
        return algorithm;
    }

    public int iterations() {
        return iterations;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] hash() {
        return hash.clone();
    }

    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return algorithm + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static PasswordHash decode(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a stored password hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(parts[0], Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && algorithm.equals(other.algorithm) && iterations == other.iterations
                && Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }
}
