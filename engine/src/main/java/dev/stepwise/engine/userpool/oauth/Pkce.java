package dev.stepwise.engine.userpool.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** Proof Key for Code Exchange (RFC 7636): the challenge methods and the verifier check. */
final class Pkce {

    static final String S256 = "S256";
    static final String PLAIN = "plain";
    /** 43 to 128 characters of the unreserved set (RFC 7636 section 4.1); challenges have the same form. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private Pkce() {
    }

    static boolean wellFormed(String value) {
        return VALUE.matcher(value).matches();
    }

    /** Whether {@code verifier} answers {@code challenge} made with {@code method}; compared in constant time. */
    static boolean verifies(String challenge, String method, String verifier) {
        if (!wellFormed(verifier)) {
            return false;
        }
        String expected = method.equals(S256) ? s256(verifier) : verifier;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
