package dev.stepwise.engine.userpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.stepwise.engine.userpool.model.SigningKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pool's signing keys: RSA 2048 for RS256, the {@code kid} being the key's RFC 7638 thumbprint. The active key signs;
 * the JWKS publishes the public half of every key, retired ones included, so older tokens still verify.
 */
public final class KeyRing {

    private final List<RSAKey> keys;
    private final RSAKey active;

    public KeyRing(List<SigningKey> stored) {
        List<RSAKey> parsed = new ArrayList<>();
        RSAKey activeKey = null;
        for (SigningKey k : stored) {
            RSAKey key = parse(k);
            parsed.add(key);
            if (k.active()) {
                activeKey = key;
            }
        }
        this.keys = List.copyOf(parsed);
        this.active = activeKey;
    }

    /** Makes a new key for a pool, to be stored as its active key. */
    public static SigningKey generate(String userPoolId, SecureRandom random, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
            return new SigningKey(userPoolId, key.getKeyID(), key.toJSONString(), now, true);
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
    }

    private static RSAKey parse(SigningKey k) {
        try {
            return JWK.parse(k.privateJwk()).toRSAKey();
        } catch (ParseException e) {
            throw new IllegalStateException("corrupt signing key " + k.kid() + " of " + k.userPoolId(), e);
        }
    }

    public Optional<RSAKey> activeKey() {
        return Optional.ofNullable(active);
    }

    /** The public keys, as {@code /.well-known/jwks.json} serves them. */
    public JWKSet publicJwks() {
        List<JWK> publicKeys = new ArrayList<>();
        keys.forEach(k -> publicKeys.add(k.toPublicJWK()));
        return new JWKSet(publicKeys);
    }
}
