package dev.stepwise.engine.userpool;

import dev.stepwise.engine.store.UserPoolQueries;
import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.auth.Srp;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.SrpVerifier;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.trigger.TriggerRunner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What every operation shares: storage, and the seams for time and randomness. */
final class Context {

    static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    final UserPoolStore store;
    final Clock clock;
    final SecureRandom random;
    final PasswordHasher hasher;
    final String region;
    final String accountId;
    final String issuerBase;
    /** The pool's Lambda triggers (dev.stepwise.engine.userpool.trigger). */
    final TriggerRunner triggers;

    Context(UserPoolStore store, Clock clock, SecureRandom random, PasswordHasher hasher, String region,
            String accountId, String issuerBase, TriggerRunner triggers) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.hasher = hasher;
        this.region = region;
        this.accountId = accountId;
        this.issuerBase = issuerBase;
        this.triggers = triggers;
    }

    /** Now, to the millisecond (what the database keeps). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The SRP verifier of a password, stored beside its hash whenever a password is set. */
    SrpVerifier srpVerifier(String poolId, String username, String password) {
        return Srp.verifier(Srp.poolName(poolId), username, password, random);
    }

    String randomString(int length, String alphabet) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    String digits(int length) {
        return randomString(length, "0123456789");
    }

    /** A version-4 UUID drawn from the injected random source. */
    String uuid() {
        long most = random.nextLong();
        long least = random.nextLong();
        most = (most & ~0xF000L) | 0x4000L;
        least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    String poolArn(String poolId) {
        return "arn:aws:cognito-idp:" + poolId.substring(0, poolId.indexOf('_')) + ":" + accountId + ":userpool/"
                + poolId;
    }

    String issuer(String poolId) {
        return issuerBase + "/" + poolId;
    }

    static UserPool requirePool(UserPoolQueries q, String poolId) {
        return q.findPool(poolId).orElseThrow(() -> UserPoolException.resourceNotFound(
                "User pool " + poolId + " does not exist."));
    }

    static AppClient requireClient(UserPoolQueries q, String clientId) {
        return q.findClient(clientId).orElseThrow(() -> UserPoolException.resourceNotFound(
                "User pool client " + clientId + " does not exist."));
    }

    static AppClient requireClient(UserPoolQueries q, String poolId, String clientId) {
        return q.findClient(clientId).filter(c -> c.userPoolId().equals(poolId))
                .orElseThrow(() -> UserPoolException.resourceNotFound(
                        "User pool client " + clientId + " does not exist."));
    }

    /**
     * The user a request names: by user name, or, in a pool that signs in with e-mail or phone number (or has them as
     * aliases), by that attribute.
     */
    static Optional<User> findUser(UserPoolQueries q, UserPool pool, String name) {
        Optional<User> byName = q.findUser(pool.id(), name, pool.usernameCaseSensitive());
        if (byName.isPresent()) {
            return byName;
        }
        for (String attribute : pool.usernameAttributes()) {
            List<User> found = q.findUsersByAttribute(pool.id(), attribute, name);
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        for (String attribute : pool.aliasAttributes()) {
            // An e-mail or phone alias works only once verified; preferred_username works at once.
            Optional<User> found = q.findUsersByAttribute(pool.id(), attribute, name).stream()
                    .filter(u -> attribute.equals("preferred_username")
                            || u.attribute(attribute + "_verified").orElse("false").equals("true"))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static User requireUser(UserPoolQueries q, UserPool pool, String name) {
        return findUser(q, pool, name).orElseThrow(() -> new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND,
                "User does not exist."));
    }
}
