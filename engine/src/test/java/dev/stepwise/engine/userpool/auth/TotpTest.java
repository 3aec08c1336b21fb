package dev.stepwise.engine.userpool.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, in Base32. */
    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource(textBlock = """
            59,         287082
            1111111109, 081804
            1111111111, 050471
            1234567890, 005924
            2000000000, 279037
            """)
    void codesAreRfc6238sLastSixDigits(long time, String code) {
        assertEquals(code, Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(time))));
    }

    @Test
    void oneStepOfDriftEitherWayIsAccepted() {
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long step = Totp.step(now);

        assertEquals(OptionalLong.of(step - 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, -1));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, -1));
    }

    @Test
    void aCodeIsGoodOnceAndOlderCodesAfterIt() {
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long step = Totp.step(now);

        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step));
    }

    @Test
    void malformedCodesAreRejected() {
        Instant now = Instant.ofEpochSecond(59);
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, "28708", now, -1));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, "2870822", now, -1));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, null, now, -1));
    }

    @Test
    void secretsAreFiftyTwoBase32CharactersThatRoundTrip() {
        String secret = Totp.newSecret(new SecureRandom());
        assertTrue(secret.matches("[A-Z2-7]{52}"), secret);
        assertEquals(secret, Totp.base32(Totp.unbase32(secret)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.unbase32("MZXW6YTBOI======"));
    }
}
