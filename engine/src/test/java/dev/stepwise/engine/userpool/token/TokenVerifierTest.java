package dev.stepwise.engine.userpool.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.stepwise.engine.userpool.model.SigningKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final String ISSUER = "http://127.0.0.1:9229/us-east-1_AbCdEfGh1";
    static final SigningKey POOL_KEY = KeyRing.generate("us-east-1_AbCdEfGh1", new SecureRandom(), NOW);
    static final SigningKey OTHER_KEY = KeyRing.generate("us-east-1_Other0000", new SecureRandom(), NOW);

    final KeyRing ring = new KeyRing(List.of(POOL_KEY));
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    static JWTClaimsSet.Builder accessClaims() {
        return new JWTClaimsSet.Builder().subject("sub-1").issuer(ISSUER).claim("client_id", "client-1")
                .claim("token_use", "access").issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plusSeconds(60))).jwtID("jti-1");
    }

    static String sign(SigningKey key, JWTClaimsSet claims) throws Exception {
        RSAKey rsa = new KeyRing(List.of(key)).activeKey().orElseThrow();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(rsa));
        return jwt.serialize();
    }

    TokenVerifier verifier(Set<String> audiences) {
        return new TokenVerifier(ring.publicJwks(), ISSUER, "access", audiences, clock);
    }

    @Test
    void acceptsAGoodToken() throws Exception {
        assertEquals("sub-1", verifier(Set.of("client-1")).verify(sign(POOL_KEY, accessClaims().build())).getSubject());
    }

    @Test
    void rejectsAlgNone() {
        String token = new PlainJWT(accessClaims().build()).serialize();
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(null).verify(token));
        assertFalse(e.expired());
    }

    @Test
    void rejectsHmacSignedTokens() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), accessClaims().build());
        jwt.sign(new MACSigner(new byte[32]));
        assertThrows(TokenVerificationException.class, () -> verifier(null).verify(jwt.serialize()));
    }

    @Test
    void rejectsAnotherKey() throws Exception {
        String token = sign(OTHER_KEY, accessClaims().build());
        assertThrows(TokenVerificationException.class, () -> verifier(null).verify(token));
    }

    @Test
    void rejectsAWrongIssuer() throws Exception {
        String token = sign(POOL_KEY, accessClaims().issuer("http://127.0.0.1:9229/us-east-1_Other0000").build());
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(null).verify(token));
        assertEquals("JWT iss claim has value http://127.0.0.1:9229/us-east-1_Other0000, must be " + ISSUER,
                e.getMessage());
    }

    @Test
    void rejectsAWrongAudience() throws Exception {
        String token = sign(POOL_KEY, accessClaims().build());
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(Set.of("client-2")).verify(token));
        assertEquals("JWT audience rejected: client-1", e.getMessage());
    }

    @Test
    void rejectsAWrongTokenUse() throws Exception {
        String token = sign(POOL_KEY, accessClaims().claim("token_use", "id").build());
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(null).verify(token));
        assertEquals("JWT token_use claim has value id, must be access", e.getMessage());
    }

    @Test
    void rejectsExpiredTokensAsExpired() throws Exception {
        String token = sign(POOL_KEY, accessClaims().expirationTime(Date.from(NOW)).build());
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(null).verify(token));
        assertTrue(e.expired());
    }

    @Test
    void rejectsMissingClaims() throws Exception {
        String token = sign(POOL_KEY, new JWTClaimsSet.Builder().issuer(ISSUER).claim("token_use", "access")
                .expirationTime(Date.from(NOW.plusSeconds(60))).build());
        TokenVerificationException e = assertThrows(TokenVerificationException.class,
                () -> verifier(null).verify(token));
        assertEquals("JWT missing required claims: [iat, jti, sub]", e.getMessage());
    }

    @Test
    void retiredKeysStillVerify() throws Exception {
        SigningKey retired = new SigningKey(POOL_KEY.userPoolId(), POOL_KEY.kid(), POOL_KEY.privateJwk(), NOW, false);
        SigningKey active = KeyRing.generate(POOL_KEY.userPoolId(), new SecureRandom(), NOW);
        KeyRing rotated = new KeyRing(List.of(retired, active));
        assertEquals(2, rotated.publicJwks().getKeys().size());
        assertEquals(active.kid(), rotated.activeKey().orElseThrow().getKeyID());
        new TokenVerifier(rotated.publicJwks(), ISSUER, "access", null, clock).verify(sign(POOL_KEY,
                accessClaims().build()));
    }
}
