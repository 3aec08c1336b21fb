package dev.stepwise.engine.userpool.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.userpool.model.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void hashesWithArgon2idAtOwaspCostByDefault() {
        PasswordHasher hasher = new PasswordHasher(RANDOM);

        PasswordHash hash = hasher.hash("Corr3ct horse!");

        assertEquals(PasswordHasher.ARGON2ID, hash.algorithm());
        assertEquals(2, hash.iterations());
        assertEquals(16, hash.salt().length);
        assertEquals(32, hash.hash().length);
        assertTrue(hasher.matches("Corr3ct horse!", hash));
        assertFalse(hasher.matches("Corr3ct horse?", hash));
    }

    @Test
    void neverStoresThePasswordAndSaltsEachHash() {
        PasswordHasher hasher = new PasswordHasher(RANDOM);

        PasswordHash first = hasher.hash("Corr3ct horse!");
        PasswordHash second = hasher.hash("Corr3ct horse!");

        assertFalse(first.encode().contains("Corr3ct"));
        assertFalse(Arrays.equals("Corr3ct horse!".getBytes(StandardCharsets.UTF_8), first.hash()));
        assertNotEquals(first.encode(), second.encode());
    }

    @Test
    void pbkdf2HashesStillVerifyAfterTheDefaultChanged() {
        PasswordHash stored = new PasswordHasher(1_000, RANDOM).hash("Passw0rd!");

        PasswordHasher argon = new PasswordHasher(RANDOM);

        assertEquals(PasswordHasher.ALGORITHM, stored.algorithm());
        assertTrue(argon.matches("Passw0rd!", PasswordHash.decode(stored.encode())));
        assertFalse(argon.matches("Passw0rd", stored));
    }

    @Test
    void refusesAnUnknownAlgorithm() {
        PasswordHash unknown = new PasswordHash("MD5", 1, new byte[16], new byte[16]);

        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(RANDOM).matches("x", unknown));
    }
}
