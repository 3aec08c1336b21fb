package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.auth.Totp;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the service through every path of the password sign-in flow and fails if a transition of
 * {@link AuthFlowMachine} was never taken (STYLE.md #10, like Temporal's {@code TimerStateMachineTest#generateCoverage}):
 * a transition added to the table needs a scenario here.
 */
class AuthFlowCoverageTest {

    final Set<AuthFlowMachine.Transition> visited = new LinkedHashSet<>();
    final ManualClock clock = new ManualClock(UserPoolFixture.T0);
    final H2Store store = H2Store.inMemory();
    final UserPoolService service = UserPoolService.builder(store).clock(clock).random(UserPoolFixture.seeded())
            .passwordHasher(new PasswordHasher(1_000, UserPoolFixture.seeded())).authFlowObserver(visited::add)
            .build();
    String pool;
    String client;

    @AfterEach
    void close() {
        store.close();
    }

    JsonNode call(String operation, String request) {
        return service.call(operation, UserPoolFixture.json(request));
    }

    void quietly(Runnable r) {
        try {
            r.run();
        } catch (UserPoolException expected) {
            // the refusal is the point of the scenario
        }
    }

    JsonNode signIn(String username, String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': '" + username + "', 'PASSWORD': '" + password + "'}}");
    }

    void create(String username) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'TemporaryPassword': 'Temp0rary!', 'MessageAction': 'SUPPRESS'}");
    }

    JsonNode answer(String session, String username, String password) {
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'NEW_PASSWORD_REQUIRED',"
                + " 'Session': '" + session + "', 'ChallengeResponses': {'USERNAME': '" + username + "',"
                + " 'NEW_PASSWORD': '" + password + "'}}");
    }

    /** USER_SRP_AUTH as the JS client does it; with {@code spoil} the secret block is replaced before answering. */
    JsonNode srp(String username, String password, boolean spoil) {
        JsSrpClient js = new JsSrpClient(pool, UserPoolFixture.seeded());
        JsonNode p = call("InitiateAuth", "{'AuthFlow': 'USER_SRP_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'USERNAME': '" + username + "', 'SRP_A': '" + js.srpA() + "'}}").get("ChallengeParameters");
        String userId = p.get("USER_ID_FOR_SRP").asText();
        String block = spoil ? "c3BvaWxlZA==" : p.get("SECRET_BLOCK").asText();
        String now = JsSrpClient.nowString(clock.instant());
        String signature = js.signature(js.passwordAuthenticationKey(userId, password, p.get("SRP_B").asText(),
                p.get("SALT").asText()), userId, block, now);
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'PASSWORD_VERIFIER',"
                + " 'ChallengeResponses': {'USERNAME': '" + userId + "', 'PASSWORD_CLAIM_SECRET_BLOCK': '" + block
                + "', 'PASSWORD_CLAIM_SIGNATURE': '" + signature + "', 'TIMESTAMP': '" + now + "'}}");
    }

    // ---------------------------------------------------------------- second factors

    static final String PASSWORD = "Passw0rd!";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    void mfaUser(String username, MfaSettings settings, boolean phone) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'TemporaryPassword': 'Temp0rary!', 'MessageAction': 'SUPPRESS', 'UserAttributes':"
                + " [{'Name': 'email', 'Value': '" + username + "@example.com'}"
                + (phone ? ", {'Name': 'phone_number', 'Value': '+15555550100'}" : "") + "]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'Password': '" + PASSWORD + "', 'Permanent': true}");
        store.write(tx -> {
            tx.putUserMfa(pool, username, settings);
            return null;
        });
    }

    /** The first factor along one path; answers with the MFA challenge that follows. */
    JsonNode firstFactor(String path, String username) {
        switch (path) {
            case "password":
                return signIn(username, PASSWORD);
            case "srp":
                return srp(username, PASSWORD, false);
            default:
                call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                        + " 'Password': 'Temp0rary!', 'Permanent': false}");
                String session = signIn(username, "Temp0rary!").get("Session").asText();
                return answer(session, username, PASSWORD);
        }
    }

    String code(JsonNode challenge, String username) {
        if (challenge.get("ChallengeName").asText().equals("SOFTWARE_TOKEN_MFA")) {
            clock.advance(Duration.ofSeconds(30));
            return Totp.code(SECRET, Totp.step(clock.instant()));
        }
        List<dev.stepwise.engine.userpool.model.OutboxMessage> sent = service.outbox(pool, username);
        return sent.get(sent.size() - 1).code();
    }

    JsonNode answerMfa(JsonNode challenge, String username, String code) {
        String name = challenge.get("ChallengeName").asText();
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': '" + name + "',"
                + " 'Session': '" + challenge.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': '"
                + username + "', '" + name + "_CODE': '" + code + "'}}");
    }

    JsonNode respond(String name, JsonNode challenge, String username, String extra) {
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': '" + name + "',"
                + " 'Session': '" + challenge.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': '"
                + username + "'" + extra + "}}");
    }

    void disabled(String username, Runnable during) {
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "'}");
        quietly(during);
        call("AdminEnableUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "'}");
    }

    void secondFactors() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON',"
                + " 'SmsMfaConfiguration': {}, 'SoftwareTokenMfaConfiguration': {'Enabled': true},"
                + " 'EmailMfaConfiguration': {}}");
        MfaSettings totp = MfaSettings.NONE.withNewSecret(SECRET).withVerifiedStep(-1);
        mfaUser("sms", MfaSettings.NONE.withMethod("SMS_MFA", true).withPreferred("SMS_MFA"), true);
        mfaUser("mail", MfaSettings.NONE.withMethod("EMAIL_OTP", true).withPreferred("EMAIL_OTP"), true);
        mfaUser("totp", totp.withMethod("SOFTWARE_TOKEN_MFA", true).withPreferred("SOFTWARE_TOKEN_MFA"), true);
        for (String user : List.of("sms", "mail", "totp")) {
            for (String path : List.of("password", "srp", "new")) {
                JsonNode challenge = firstFactor(path, user);
                if (path.equals("password")) {
                    quietly(() -> answerMfa(challenge, user, "000000"));
                }
                answerMfa(challenge, user, code(challenge, user));
                quietly(() -> answerMfa(challenge, user, code(challenge, user)));
            }
            JsonNode challenge = firstFactor("password", user);
            disabled(user, () -> answerMfa(challenge, user, code(challenge, user)));
        }
        // several methods, none preferred: the user selects
        mfaUser("choosy", totp.withMethod("SMS_MFA", true).withMethod("EMAIL_OTP", true)
                .withMethod("SOFTWARE_TOKEN_MFA", true), true);
        for (String path : List.of("password", "srp", "new")) {
            firstFactor(path, "choosy");
        }
        for (String answer : List.of("SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA")) {
            JsonNode select = signIn("choosy", PASSWORD);
            respond("SELECT_MFA_TYPE", select, "choosy", ", 'ANSWER': '" + answer + "'");
            quietly(() -> respond("SELECT_MFA_TYPE", select, "choosy", ", 'ANSWER': '" + answer + "'"));
        }
        JsonNode select = signIn("choosy", PASSWORD);
        quietly(() -> respond("SELECT_MFA_TYPE", select, "choosy", ", 'ANSWER': 'BOGUS'"));
        disabled("choosy", () -> respond("SELECT_MFA_TYPE", select, "choosy", ", 'ANSWER': 'SMS_MFA'"));
        // MFA ON and no method yet: set one up
        mfaUser("novice", MfaSettings.NONE, false);
        for (String path : List.of("password", "srp", "new")) {
            store.write(tx -> {
                tx.putUserMfa(pool, "novice", MfaSettings.NONE);
                return null;
            });
            JsonNode setup = firstFactor(path, "novice");
            if (path.equals("password")) {
                quietly(() -> respond("MFA_SETUP", setup, "novice", ""));
                continue;
            }
            JsonNode associated = call("AssociateSoftwareToken", "{'Session': '" + setup.get("Session").asText()
                    + "'}");
            String secret = associated.get("SecretCode").asText();
            JsonNode verified = call("VerifySoftwareToken", "{'Session': '" + associated.get("Session").asText()
                    + "', 'UserCode': '" + Totp.code(secret, Totp.step(clock.instant())) + "'}");
            if (path.equals("srp")) {
                respond("MFA_SETUP", verified, "novice", "");
            } else {
                disabled("novice", () -> respond("MFA_SETUP", verified, "novice", ""));
            }
        }
        // locked out after five wrong codes: at the code, then at the password and the SRP claim
        for (String user : List.of("sms", "mail", "totp")) {
            JsonNode challenge = firstFactor("password", user);
            for (int i = 0; i < 5; i++) {
                quietly(() -> answerMfa(challenge, user, "000000"));
            }
            quietly(() -> answerMfa(challenge, user, "111111")); // refused before the code is looked at
            quietly(() -> signIn(user, PASSWORD));
            quietly(() -> srp(user, PASSWORD, false));
        }
    }

    @Test
    void everyTransitionIsVisited() {
        pool = call("CreateUserPool", "{'PoolName': 'coverage'}").get("UserPool").get("Id").asText();
        client = call("CreateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientName': 'c', 'ExplicitAuthFlows':"
                + " ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']}").get("UserPoolClient").get("ClientId")
                .asText();

        // temporary password -> challenge -> rejected new password -> accepted -> tokens
        create("ann");
        String session = signIn("ann", "Temp0rary!").get("Session").asText();
        quietly(() -> answer(session, "ann", "weak"));
        JsonNode tokens = answer(session, "ann", "N3wPassword!").get("AuthenticationResult");
        // used session
        quietly(() -> answer(session, "ann", "N3wPassword!"));
        // password, refresh, bad refresh
        signIn("ann", "N3wPassword!");
        call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'REFRESH_TOKEN': '" + tokens.get("RefreshToken").asText() + "'}}");
        quietly(() -> call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'REFRESH_TOKEN': 'nope'}}"));
        quietly(() -> signIn("ann", "wrong"));
        // SRP: right, wrong, spoiled secret block, temporary password
        srp("ann", "N3wPassword!", false);
        quietly(() -> srp("ann", "wrong", false));
        quietly(() -> srp("ann", "N3wPassword!", true));
        create("abe");
        srp("abe", "Temp0rary!", false);
        // disabled during the challenge, and at sign-in
        create("bob");
        String bobSession = signIn("bob", "Temp0rary!").get("Session").asText();
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}");
        quietly(() -> answer(bobSession, "bob", "N3wPassword!"));
        quietly(() -> signIn("bob", "Temp0rary!"));
        quietly(() -> srp("bob", "Temp0rary!", false));
        // unconfirmed
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'cy', 'Password': 'Passw0rd!'}");
        quietly(() -> signIn("cy", "Passw0rd!"));
        quietly(() -> srp("cy", "Passw0rd!", false));
        // temporary password expired
        create("dee");
        clock.advance(Duration.ofDays(8));
        quietly(() -> signIn("dee", "Temp0rary!"));
        quietly(() -> srp("dee", "Temp0rary!", false));
        // reset required
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'eve', 'TemporaryPassword': 'Temp0rary!',"
                + " 'MessageAction': 'SUPPRESS', 'UserAttributes': [{'Name': 'email', 'Value': 'eve@example.com'},"
                + " {'Name': 'email_verified', 'Value': 'true'}]}");
        call("AdminResetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'eve'}");
        quietly(() -> signIn("eve", "Temp0rary!"));
        quietly(() -> srp("eve", "Temp0rary!", false));

        secondFactors();

        Set<AuthFlowMachine.Transition> unvisited = new LinkedHashSet<>(AuthFlowMachine.transitions());
        unvisited.removeAll(visited);
        unvisited.removeAll(AuthFlowMachine.customAuthTransitions()); // triggers: trigger.CustomAuthTest#everyCustomAuthTransitionIsVisited
        unvisited.removeAll(AuthFlowMachine.choiceTransitions()); // ChoiceSignInTest#everyChoiceTransitionIsVisited
        assertEquals(List.of(), List.copyOf(unvisited), "transitions no scenario takes");
    }
}
