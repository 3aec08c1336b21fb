package dev.stepwise.engine.userpool.auth;

import dev.stepwise.engine.userpool.model.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a 16-byte random salt, at OWASP's 2023 cost (600,000 iterations) by
 * default. The iteration count is stored with each hash, so a hash made at one cost still verifies after the default
 * changes; tests use a small cost through {@link #PasswordHasher(int, SecureRandom)}.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    public static final int OWASP_ITERATIONS = 600_000;
    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    public PasswordHasher(SecureRandom random) {
        this(OWASP_ITERATIONS, random);
    }

    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    public int iterations() {
        return iterations;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(ALGORITHM, iterations, salt, derive(password, salt, iterations));
    }

    /** Whether {@code password} is the one {@code stored} was made from; compares in constant time. */
    public boolean matches(String password, PasswordHash stored) {
        if (!stored.algorithm().equals(ALGORITHM)) {
            throw new IllegalArgumentException("unsupported password hash algorithm: " + stored.algorithm());
        }
        return MessageDigest.isEqual(derive(password, stored.salt(), stored.iterations()), stored.hash());
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
