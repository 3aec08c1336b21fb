package dev.stepwise.engine.userpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verifies a pool's tokens the way a careful resource server does: a Nimbus {@link DefaultJWTProcessor} that accepts
 * only RS256 signatures by the pool's keys (so {@code alg: none}, HMAC and unknown keys are refused), then checks the
 * issuer, {@code token_use}, the audience ({@code aud} for ID tokens, {@code client_id} for access tokens) and expiry
 * against the injected clock.
 */
public final class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public TokenVerifier(JWKSet publicKeys, String issuer, String tokenUse, Set<String> audiences, Clock clock) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(tokenUse, "tokenUse");
        Objects.requireNonNull(clock, "clock");
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        // Cognito's tokens carry no "typ" header; accept none or JWT.
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(null, com.nimbusds.jose.JOSEObjectType.JWT));
        p.setJWSKeySelector(new PoolKeySelector(publicKeys));
        p.setJWTClaimsSetVerifier(new CognitoClaims(issuer, tokenUse, audiences, clock));
        this.processor = p;
    }

    public JWTClaimsSet verify(String token) throws TokenVerificationException {
        try {
            return processor.process(token, null);
        } catch (ExpiredException e) {
            throw new TokenVerificationException(e.getMessage(), true, e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new TokenVerificationException(e.getMessage(), false, e);
        }
    }

    private static final class ExpiredException extends BadJWTException {
        private static final long serialVersionUID = 1L;

        ExpiredException(String message) {
            super(message);
        }
    }

    private static final class CognitoClaims implements JWTClaimsSetVerifier<SecurityContext> {
        private final String issuer;
        private final String tokenUse;
        private final Set<String> audiences;
        private final Clock clock;

        CognitoClaims(String issuer, String tokenUse, Set<String> audiences, Clock clock) {
            this.issuer = issuer;
            this.tokenUse = tokenUse;
            this.audiences = audiences == null ? null : Set.copyOf(audiences);
            this.clock = clock;
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            Set<String> missing = new TreeSet<>();
            for (String name : List.of("sub", "iss", "exp", "iat", "token_use", "jti")) {
                if (claims.getClaim(name) == null) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new BadJWTException("JWT missing required claims: " + missing);
            }
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("JWT iss claim has value " + claims.getIssuer() + ", must be " + issuer);
            }
            if (!tokenUse.equals(claims.getClaim("token_use"))) {
                throw new BadJWTException("JWT token_use claim has value " + claims.getClaim("token_use")
                        + ", must be " + tokenUse);
            }
            if (audiences != null) {
                String audience = tokenUse.equals("id")
                        ? (claims.getAudience().size() == 1 ? claims.getAudience().get(0) : null)
                        : (String) claims.getClaim("client_id");
                if (audience == null || !audiences.contains(audience)) {
                    throw new BadJWTException("JWT audience rejected: " + audience);
                }
            }
            Date exp = claims.getExpirationTime();
            if (!Instant.now(clock).isBefore(exp.toInstant())) {
                throw new ExpiredException("Expired JWT");
            }
        }
    }
}
