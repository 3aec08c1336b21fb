package dev.stepwise.engine.userpool.auth;

import dev.stepwise.engine.userpool.model.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with a 16-byte random salt, by default with Argon2id at OWASP's recommended cost (19 MiB of
 * memory, 2 passes, 1 lane); PBKDF2-HMAC-SHA256 (OWASP 2023: 600,000 iterations) is the alternative. The algorithm
 * and its cost are stored with each hash, so every stored hash still verifies after the default changes; tests use a
 * cheap PBKDF2 cost through {@link #PasswordHasher(int, SecureRandom)}.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    /** Argon2id with 19 MiB and 1 lane; the stored cost is the number of passes. */
    public static final String ARGON2ID = "ARGON2ID-M19456-P1";
    public static final int OWASP_ITERATIONS = 600_000;
    private static final int ARGON2_MEMORY_KIB = 19_456;
    private static final int ARGON2_PASSES = 2;
    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final String algorithm;
    private final int cost;
    private final SecureRandom random;

    /** Argon2id at OWASP's cost. */
    public PasswordHasher(SecureRandom random) {
        this(ARGON2ID, ARGON2_PASSES, random);
    }

    /** PBKDF2-HMAC-SHA256 with the given iteration count. */
    public PasswordHasher(int iterations, SecureRandom random) {
        this(ALGORITHM, iterations, random);
    }

    private PasswordHasher(String algorithm, int cost, SecureRandom random) {
        if (cost < 1) {
            throw new IllegalArgumentException("the cost must be positive: " + cost);
        }
        this.algorithm = algorithm;
        this.cost = cost;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** PBKDF2-HMAC-SHA256 at OWASP's 2023 cost. */
    public static PasswordHasher pbkdf2(SecureRandom random) {
        return new PasswordHasher(OWASP_ITERATIONS, random);
    }

    public String algorithm() {
        return algorithm;
    }

    /** The iteration count (PBKDF2) or number of passes (Argon2id) of new hashes. */
    public int iterations() {
        return cost;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(algorithm, cost, salt, derive(algorithm, password, salt, cost));
    }

    /** Whether {@code password} is the one {@code stored} was made from; compares in constant time. */
    public boolean matches(String password, PasswordHash stored) {
        return MessageDigest.isEqual(derive(stored.algorithm(), password, stored.salt(), stored.iterations()),
                stored.hash());
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int cost) {
        if (algorithm.equals(ARGON2ID)) {
            return argon2id(password, salt, cost);
        }
        if (algorithm.equals(ALGORITHM)) {
            return pbkdf2(password, salt, cost);
        }
        throw new IllegalArgumentException("unsupported password hash algorithm: " + algorithm);
    }

    private static byte[] argon2id(String password, byte[] salt, int passes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(ARGON2_MEMORY_KIB)
                .withIterations(passes)
                .withParallelism(1)
                .withSalt(salt)
                .build());
        byte[] hash = new byte[HASH_BYTES];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
