package dev.stepwise.engine.userpool;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of USER_SRP_AUTH written step by step as amazon-cognito-identity-js's AuthenticationHelper and
 * CognitoUser do it, on hex strings, independently of the engine's {@code Srp}: padHex, hash/hexHash, k, A, u, x, S,
 * computehkdf, the PASSWORD_CLAIM_SIGNATURE and DateHelper's getNowString.
 */
final class JsSrpClient {

    static final String INIT_N = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
            + "29024E088A67CC74020BBEA63B139B22514A08798E3404DD" + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
            + "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
            + "DE2BCBF6955817183995497CEA956AE515D2261898FA0510" + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
            + "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C" + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";
    private static final String[] WEEK = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    final BigInteger n = new BigInteger(INIT_N, 16);
    final BigInteger g = new BigInteger("2", 16);
    final BigInteger k = new BigInteger(hexHash(padHex(n) + padHex(g)), 16);
    final String poolName;
    final BigInteger smallA;
    final BigInteger largeA;

    JsSrpClient(String userPoolId, SecureRandom random) {
        this.poolName = userPoolId.split("_")[1];
        byte[] bytes = new byte[128];
        random.nextBytes(bytes);
        this.smallA = new BigInteger(HexFormat.of().formatHex(bytes), 16);
        this.largeA = g.modPow(smallA, n);
    }

    /** SRP_A as the JS client sends it: {@code largeAValue.toString(16)}. */
    String srpA() {
        return largeA.toString(16);
    }

    /** AuthenticationHelper.padHex, including its two's-complement branch for negative values. */
    static String padHex(BigInteger bigInt) {
        boolean negative = bigInt.signum() < 0;
        String hex = bigInt.abs().toString(16);
        hex = hex.length() % 2 != 0 ? "0" + hex : hex;
        hex = hex.matches("^[89a-fA-F].*") ? "00" + hex : hex;
        if (negative) {
            StringBuilder inverted = new StringBuilder();
            for (char c : hex.toCharArray()) {
                inverted.append("0123456789ABCDEF".charAt(~Character.digit(c, 16) & 0xf));
            }
            hex = new BigInteger(inverted.toString(), 16).add(BigInteger.ONE).toString(16);
            if (hex.toUpperCase().startsWith("FF8")) {
                hex = hex.substring(2);
            }
        }
        return hex;
    }

    static String hash(byte[] buf) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf));
            return "0".repeat(Math.max(0, 63 - hex.length())) + hex;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String hexHash(String hex) {
        return hash(HexFormat.of().parseHex(hex));
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static byte[] computehkdf(byte[] ikm, byte[] salt) {
        byte[] info = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);
        byte[] prk = hmac(salt, ikm);
        return Arrays.copyOf(hmac(prk, info), 16);
    }

    /** getPasswordAuthenticationKey(username, password, serverBValue, salt). */
    byte[] passwordAuthenticationKey(String username, String password, String srpB, String saltHex) {
        BigInteger serverB = new BigInteger(srpB, 16);
        BigInteger salt = new BigInteger(saltHex, 16);
        if (serverB.mod(n).signum() == 0) {
            throw new IllegalStateException("B cannot be zero.");
        }
        BigInteger u = new BigInteger(hexHash(padHex(largeA) + padHex(serverB)), 16);
        if (u.signum() == 0) {
            throw new IllegalStateException("U cannot be zero.");
        }
        String usernamePasswordHash = hash((poolName + username + ":" + password).getBytes(StandardCharsets.UTF_8));
        BigInteger x = new BigInteger(hexHash(padHex(salt) + usernamePasswordHash), 16);
        BigInteger gModPowXN = g.modPow(x, n);
        BigInteger intValue2 = serverB.subtract(k.multiply(gModPowXN));
        BigInteger s = intValue2.modPow(smallA.add(u.multiply(x)), n).mod(n);
        return computehkdf(HexFormat.of().parseHex(padHex(s)), HexFormat.of().parseHex(padHex(u)));
    }

    /** CognitoUser's PASSWORD_CLAIM_SIGNATURE. */
    String signature(byte[] hkdf, String userIdForSrp, String secretBlock, String dateNow) {
        byte[] message = concat(poolName.getBytes(StandardCharsets.UTF_8),
                userIdForSrp.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(secretBlock),
                dateNow.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hmac(hkdf, message));
    }

    /** DateHelper.getNowString: {@code Tue Nov 4 09:05:03 UTC 2025}, the day not padded. */
    static String nowString(Instant now) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        return WEEK[t.getDayOfWeek().getValue() % 7] + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getDayOfMonth()
                + " " + two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()) + " UTC " + t.getYear();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
