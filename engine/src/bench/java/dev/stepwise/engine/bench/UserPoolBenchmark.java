package dev.stepwise.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.model.PasswordHash;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserStatus;
import dev.stepwise.engine.userpool.token.TokenVerifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The user-pool engine's hot paths, through {@link UserPoolService#call} on an in-memory H2 store:
 * ListUsers with a Filter over 100,000 users, a USER_PASSWORD_AUTH sign-in end to end at the default PBKDF2 cost
 * (600,000 iterations), and access-token verification (RS256 signature and Cognito's claim checks) alone and as
 * GetUser.
 */
public class UserPoolBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int USERS = 100_000;

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A pool of 100,000 users written straight to the store (hashing 100,000 passwords is not what is measured). */
    @State(Scope.Benchmark)
    public static class BigPool {
        H2Store store;
        UserPoolService service;
        String pool;
        JsonNode prefixFilter;
        JsonNode exactFilter;
        JsonNode firstPage;

        @Setup(Level.Trial)
        public void fill() {
            store = H2Store.inMemory();
            service = UserPoolService.builder(store).build();
            pool = service.call("CreateUserPool", json("{'PoolName': 'big'}")).get("UserPool").get("Id").asText();
            PasswordHash hash = new PasswordHasher(1, new SecureRandom()).hash("Passw0rd!");
            Instant now = Instant.now();
            for (int batch = 0; batch < USERS; batch += 10_000) {
                int from = batch;
                store.write(tx -> {
                    for (int i = from; i < from + 10_000; i++) {
                        String name = String.format("user%06d", i);
                        tx.insertUser(new User.Builder(pool, name, UUID.nameUUIDFromBytes(name.getBytes()).toString(),
                                now).status(UserStatus.CONFIRMED).passwordHash(hash)
                                .attributes(List.of(new UserAttribute("email", name + "@example.com"),
                                        new UserAttribute("email_verified", "true"),
                                        new UserAttribute("given_name", i % 2 == 0 ? "Ann" : "Bob")))
                                .build());
                    }
                    return null;
                });
            }
            prefixFilter = json("{'UserPoolId': '" + pool + "', 'Filter': 'email ^= \\'user09999\\'',"
                    + " 'Limit': 60}");
            exactFilter = json("{'UserPoolId': '" + pool + "', 'Filter': 'email = \\'user050000@example.com\\''}");
            firstPage = json("{'UserPoolId': '" + pool + "', 'Filter': 'given_name = \\'Ann\\'', 'Limit': 60}");
            check(service.call("ListUsers", prefixFilter).get("Users").size(), 10);
            check(service.call("ListUsers", exactFilter).get("Users").size(), 1);
            check(service.call("ListUsers", firstPage).get("Users").size(), 60);
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
        }
    }

    static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " users, got " + actual);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode listUsersEmailPrefix(BigPool p) {
        return p.service.call("ListUsers", p.prefixFilter);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode listUsersEmailExact(BigPool p) {
        return p.service.call("ListUsers", p.exactFilter);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode listUsersFirstPageOfFiftyThousandMatches(BigPool p) {
        return p.service.call("ListUsers", p.firstPage);
    }

    /** One pool, one app client, one confirmed user whose password was hashed at the default cost. */
    @State(Scope.Benchmark)
    public static class SignedUp {
        H2Store store;
        UserPoolService service;
        JsonNode signIn;
        String accessToken;
        JsonNode getUser;
        TokenVerifier verifier;

        @Setup(Level.Trial)
        public void create() throws Exception {
            store = H2Store.inMemory();
            service = UserPoolService.builder(store).build();
            String pool = service.call("CreateUserPool", json("{'PoolName': 'bench'}")).get("UserPool").get("Id")
                    .asText();
            String client = service.call("CreateUserPoolClient", json("{'UserPoolId': '" + pool + "', 'ClientName':"
                    + " 'web', 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']}"))
                    .get("UserPoolClient").get("ClientId").asText();
            service.call("AdminCreateUser", json("{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                    + " 'TemporaryPassword': 'Temp0rary!', 'MessageAction': 'SUPPRESS'}"));
            service.call("AdminSetUserPassword", json("{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                    + " 'Password': 'Passw0rd!', 'Permanent': true}"));
            signIn = json("{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                    + " {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}");
            accessToken = service.call("InitiateAuth", signIn).get("AuthenticationResult").get("AccessToken")
                    .asText();
            getUser = json("{'AccessToken': '" + accessToken + "'}");
            verifier = new TokenVerifier(JWKSet.parse(service.jwks(pool).toString()), service.issuer(pool), "access",
                    null, Clock.systemUTC());
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode passwordSignInAtDefaultCost(SignedUp s) {
        return s.service.call("InitiateAuth", s.signIn);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public JWTClaimsSet verifyAccessToken(SignedUp s) throws Exception {
        return s.verifier.verify(s.accessToken);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public JsonNode getUserWithAccessToken(SignedUp s) {
        return s.service.call("GetUser", s.getUser);
    }
}
