package dev.stepwise.engine.userpool.auth;

import dev.stepwise.engine.userpool.model.SrpVerifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of Cognito's SRP-6a (USER_SRP_AUTH), computed the way amazon-cognito-identity-js's
 * {@code AuthenticationHelper} computes the client side: the 3072-bit group of RFC 5054 (RFC 3526 prime) with g = 2,
 * SHA-256, {@code k = H(N | g)}, {@code u = H(A | B)}, {@code x = H(salt | H(poolName | userId | ":" | password))},
 * and a 16-byte HKDF key with info "Caldera Derived Key".
 *
 * <p>Every integer is hashed as its "padded hex" in the JavaScript client: the shortest even-length big-endian
 * two's-complement form, with a leading zero byte when the top bit is set. For the non-negative integers SRP uses
 * this is exactly {@link BigInteger#toByteArray()}.
 */
public final class Srp {

    public static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
            + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
            + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
            + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
            + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
            16);
    public static final BigInteger G = BigInteger.TWO;
    public static final BigInteger K = new BigInteger(1, sha256(N.toByteArray(), G.toByteArray()));
    private static final byte[] INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);
    private static final int SALT_BYTES = 16;
    private static final int SECRET_BYTES = 128;

    /** The TIMESTAMP of a PASSWORD_VERIFIER answer, e.g. {@code Tue Nov 4 09:05:03 UTC 2025}. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private Srp() {
    }

    /** The pool name SRP hashes: what follows the underscore of the pool id ({@code us-east-1_AbC} → {@code AbC}). */
    public static String poolName(String userPoolId) {
        return userPoolId.substring(userPoolId.indexOf('_') + 1);
    }

    /** A new verifier for this password: a random 16-byte salt and {@code v = g^x mod N}. */
    public static SrpVerifier verifier(String poolName, String userIdForSrp, String password, SecureRandom random) {
        byte[] saltBytes = new byte[SALT_BYTES];
        random.nextBytes(saltBytes);
        BigInteger salt = new BigInteger(1, saltBytes);
        BigInteger x = x(poolName, userIdForSrp, password, salt);
        return new SrpVerifier(salt.toString(16), G.modPow(x, N).toString(16));
    }

    static BigInteger x(String poolName, String userIdForSrp, String password, BigInteger salt) {
        byte[] inner = sha256((poolName + userIdForSrp + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new BigInteger(1, sha256(salt.toByteArray(), inner));
    }

    /** The server's ephemeral secret b and public value {@code B = (k·v + g^b) mod N}, never 0 mod N. */
    public record ServerValues(BigInteger b, BigInteger largeB) {
        @Override
        public String toString() {
            return "ServerValues[B=" + largeB.toString(16) + "]";
        }
    }

    public static ServerValues serverValues(SrpVerifier verifier, SecureRandom random) {
        BigInteger v = new BigInteger(verifier.verifierHex(), 16);
        while (true) {
            byte[] bytes = new byte[SECRET_BYTES];
            random.nextBytes(bytes);
            BigInteger b = new BigInteger(1, bytes).mod(N);
            BigInteger largeB = K.multiply(v).add(G.modPow(b, N)).mod(N);
            if (b.signum() != 0 && largeB.signum() != 0) {
                return new ServerValues(b, largeB);
            }
        }
    }

    /**
     * The 16-byte key both sides derive, or empty when A is not acceptable ({@code A mod N = 0}) or {@code u = 0}.
     * The server computes {@code S = (A · v^u)^b mod N}; the client reaches the same S from the password.
     */
    public static Optional<byte[]> serverKey(BigInteger largeA, ServerValues server, SrpVerifier verifier) {
        if (largeA.signum() <= 0 || largeA.mod(N).signum() == 0) {
            return Optional.empty();
        }
        BigInteger u = u(largeA, server.largeB());
        if (u.signum() == 0) {
            return Optional.empty();
        }
        BigInteger v = new BigInteger(verifier.verifierHex(), 16);
        BigInteger s = largeA.multiply(v.modPow(u, N)).mod(N).modPow(server.b(), N);
        return Optional.of(hkdf(s.toByteArray(), u.toByteArray()));
    }

    static BigInteger u(BigInteger largeA, BigInteger largeB) {
        return new BigInteger(1, sha256(largeA.toByteArray(), largeB.toByteArray()));
    }

    /** HKDF-SHA256 with one output block, truncated to 16 bytes, as the JS client's {@code computehkdf}. */
    static byte[] hkdf(byte[] ikm, byte[] salt) {
        byte[] prk = hmac(salt, ikm);
        byte[] info = Arrays.copyOf(INFO, INFO.length + 1);
        info[INFO.length] = 1;
        return Arrays.copyOf(hmac(prk, info), 16);
    }

    /**
     * {@code PASSWORD_CLAIM_SIGNATURE}: HMAC-SHA256 under the derived key of pool name, user id, the decoded secret
     * block and the timestamp string, Base64-encoded.
     */
    public static String signature(byte[] key, String poolName, String userIdForSrp, byte[] secretBlock,
            String timestamp) {
        byte[] message = concat(poolName.getBytes(StandardCharsets.UTF_8),
                userIdForSrp.getBytes(StandardCharsets.UTF_8), secretBlock, timestamp.getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getEncoder().encodeToString(hmac(key, message));
    }

    private static final java.util.regex.Pattern TIMESTAMP_SHAPE =
            java.util.regex.Pattern.compile(
                    "[A-Za-z]{3} ([A-Za-z]{3} \\d{1,2} \\d{2}:\\d{2}:\\d{2}) [A-Za-z]+ (\\d{4})");
    private static final DateTimeFormatter WITHOUT_WEEKDAY =
            DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    /**
     * The time a TIMESTAMP names, if it has the client's shape ({@code EEE MMM d HH:mm:ss z yyyy} in English). The
     * weekday and zone are not read here: a timestamp that is not exactly {@link #TIMESTAMP}'s rendering of this time
     * (a wrong weekday, a zero-padded day) is a wrong claim, not a malformed one.
     */
    public static Optional<Instant> parseTimestamp(String timestamp) {
        java.util.regex.Matcher m = TIMESTAMP_SHAPE.matcher(timestamp);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(WITHOUT_WEEKDAY.parse(m.group(1) + " " + m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * How far a TIMESTAMP may be from the server's clock, either way. Cognito does not document it; clients report
     * SRP sign-in failing once their clock is more than five minutes off, the tolerance of AWS request signing.
     */
    public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    /** Whether a TIMESTAMP is canonical and within {@link #TIMESTAMP_TOLERANCE} of {@code now}. */
    public static boolean isAcceptable(String timestamp, Instant now) {
        return isCanonical(timestamp) && parseTimestamp(timestamp)
                .map(t -> Duration.between(t, now).abs().compareTo(TIMESTAMP_TOLERANCE) <= 0).orElse(false);
    }

    /** Whether a TIMESTAMP is exactly how the JS client renders its time (weekday right, day not zero-padded). */
    public static boolean isCanonical(String timestamp) {
        return parseTimestamp(timestamp).map(t -> TIMESTAMP.format(t).equals(timestamp)).orElse(false);
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
