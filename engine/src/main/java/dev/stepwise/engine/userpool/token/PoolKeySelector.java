package dev.stepwise.engine.userpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys that may have signed a pool's token: its RSA public keys, for RS256 only, chosen by {@code kid} (all of
 * them when a token names none). Like Nimbus' JWSVerificationKeySelector, but the keys are converted to Java keys
 * once instead of on every token, which is most of the cost of a verification besides the signature itself.
 */
final class PoolKeySelector implements JWSKeySelector<SecurityContext> {

    private final Map<String, List<Key>> byKeyId = new HashMap<>();
    private final List<Key> all = new ArrayList<>();

    PoolKeySelector(JWKSet keys) {
        for (JWK jwk : keys.getKeys()) {
            if (jwk instanceof RSAKey rsa) {
                RSAPublicKey key;
                try {
                    key = rsa.toRSAPublicKey();
                } catch (JOSEException e) {
                    throw new IllegalArgumentException("unusable RSA key " + rsa.getKeyID() + ": " + e.getMessage(), e);
                }
                all.add(key);
                if (rsa.getKeyID() != null) {
                    byKeyId.computeIfAbsent(rsa.getKeyID(), id -> new ArrayList<>()).add(key);
                }
            }
        }
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            return List.of(); // the processor then rejects the token: "Another algorithm expected"
        }
        return header.getKeyID() == null ? all : byKeyId.getOrDefault(header.getKeyID(), List.of());
    }
}
