package dev.stepwise.engine.userpool.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.ManualClock;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** A user-pool service whose Lambda ARNs are bound to small ASL machines (and sometimes an HTTP function). */
abstract class TriggerFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

    final ManualClock clock = new ManualClock(T0);
    final H2Store store = H2Store.inMemory();
    final List<AuthFlowMachine.Transition> transitions = new ArrayList<>();
    UserPoolService service;
    String pool;
    String client;

    void start(Map<String, TriggerTarget> bindings) {
        SecureRandom random = seeded();
        service = UserPoolService.builder(store).clock(clock).random(random)
                .passwordHasher(new PasswordHasher(1_000, random)).issuerBase("http://127.0.0.1:9229")
                .triggers(Triggers.of(bindings)).authFlowObserver(transitions::add).build();
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

    /** JSON written with single quotes (and backticks for a single quote inside a string). */
    static ObjectNode json(String text) {
        return (ObjectNode) jsonValue(text);
    }

    static JsonNode jsonValue(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"').replace('`', '\''));
        } catch (Exception e) {
            throw new AssertionError("bad test JSON: " + text, e);
        }
    }

    static TriggerTarget machine(String name, String definition) {
        try {
            return TriggerTarget.stateMachine(name, AslParser.parse(json(definition)));
        } catch (Exception e) {
            throw new AssertionError("bad machine " + name, e);
        }
    }

    /** A machine of one Pass state that sets {@code $.response} to {@code response}. */
    static TriggerTarget respond(String name, String response) {
        return machine(name, "{'StartAt': 'Answer', 'States': {'Answer': {'Type': 'Pass', 'Result': " + response
                + ", 'ResultPath': '$.response', 'End': true}}}");
    }

    /** A machine that fails with {@code cause}, as a function that throws. */
    static TriggerTarget fail(String name, String cause) {
        return machine(name, "{'StartAt': 'Throw', 'States': {'Throw': {'Type': 'Fail', 'Error': 'Error',"
                + " 'Cause': '" + cause + "'}}}");
    }

    JsonNode call(String operation, String request) {
        return service.call(operation, json(request));
    }

    /** A pool with these {@code LambdaConfig} members and a client that allows password and custom sign-in. */
    void createPool(String lambdaConfig, String extra) {
        pool = call("CreateUserPool", "{'PoolName': 'triggers', 'LambdaConfig': " + lambdaConfig + extra + "}")
                .get("UserPool").get("Id").asText();
        client = call("CreateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientName': 'web',"
                + " 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']}")
                .get("UserPoolClient").get("ClientId").asText();
    }

    void createUser(String username, String password) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'MessageAction': 'SUPPRESS', 'UserAttributes': [{'Name': 'email', 'Value': '" + username
                + "@example.com'}]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "', 'Password': '"
                + password + "', 'Permanent': true}");
    }

    JsonNode signIn(String username, String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': '" + username + "', 'PASSWORD': '" + password + "'}}");
    }

    List<TriggerInvocation> invocations() {
        return service.triggerInvocations(pool);
    }

    TriggerInvocation last(String trigger) {
        List<TriggerInvocation> all = invocations().stream().filter(i -> i.trigger().equals(trigger)).toList();
        return all.get(all.size() - 1);
    }

    static void assertRefused(String type, String message, Executable call) {
        UserPoolException e = assertThrows(UserPoolException.class, call);
        assertEquals(type + ": " + message, e.type() + ": " + e.getMessage());
    }

    void close() {
        store.close();
    }
}
