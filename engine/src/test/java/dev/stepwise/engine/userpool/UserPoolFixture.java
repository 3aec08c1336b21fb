package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;

/** A service on a fresh in-memory database, a manual clock, seeded randomness and a cheap password hash. */
public abstract class UserPoolFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    protected final ManualClock clock = new ManualClock(T0);
    protected final H2Store store = H2Store.inMemory();
    protected final SecureRandom random = seeded();
    protected final UserPoolService service = UserPoolService.builder(store)
            .clock(clock)
            .random(random)
            .passwordHasher(new PasswordHasher(1_000, random))
            .issuerBase("http://127.0.0.1:9229")
            .build();

    @AfterEach
    void closeStore() {
        store.close();
    }

    static SecureRandom seeded() {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(42L);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Parses JSON written with single quotes for readability. */
    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError("bad test JSON: " + text, e);
        }
    }

    protected JsonNode call(String operation, String request) {
        return service.call(operation, json(request));
    }

    protected static void assertRefused(String type, String message, Executable call) {
        UserPoolException e = assertThrows(UserPoolException.class, call);
        assertEquals(type + ": " + message, e.type() + ": " + e.getMessage());
    }

    protected String createPool(String extra) {
        return call("CreateUserPool", "{'PoolName': 'people'" + extra + "}").get("UserPool").get("Id").asText();
    }

    protected JsonNode createClient(String poolId, String extra) {
        return call("CreateUserPoolClient", "{'UserPoolId': '" + poolId + "', 'ClientName': 'web'" + extra + "}")
                .get("UserPoolClient");
    }
}
