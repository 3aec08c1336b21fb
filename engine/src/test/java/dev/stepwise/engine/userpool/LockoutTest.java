package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.model.Lockout;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LockoutTest extends UserPoolFixture {

    static final String INCORRECT = "Incorrect username or password.";
    static final String EXCEEDED = "Password attempts exceeded";

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool("");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']")
                .get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': [{'Name': 'phone_number',"
                + " 'Value': '+15555550100'}]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'Permanent': true}");
    }

    JsonNode signIn(String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': '" + password + "'}}");
    }

    void fail(String message) {
        assertRefused("NotAuthorizedException", message, () -> signIn("Wr0ngPassword!"));
    }

    void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            fail(INCORRECT);
        }
    }

    @Test
    void fiveFailuresLockTheUserOutForOneSecond() {
        failTimes(5);

        assertRefused("NotAuthorizedException", EXCEEDED, () -> signIn("Passw0rd!"));
        clock.advance(Duration.ofMillis(999));
        assertRefused("NotAuthorizedException", EXCEEDED, () -> signIn("Passw0rd!"));
        clock.advance(Duration.ofMillis(1));
        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void fourFailuresDoNotLock() {
        failTimes(4);

        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void eachFurtherFailureDoublesTheLockout() {
        failTimes(5);
        for (long seconds : new long[] {1, 2, 4, 8, 16}) {
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            fail(EXCEEDED);
            clock.advance(Duration.ofMillis(1));
            fail(INCORRECT);
        }
        // the sixth doubling: 32 seconds
        clock.advance(Duration.ofSeconds(31));
        fail(EXCEEDED);
        clock.advance(Duration.ofSeconds(1));
        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void aSuccessfulSignInStartsTheCountOver() {
        failTimes(5);
        clock.advance(Duration.ofSeconds(1));
        signIn("Passw0rd!");

        failTimes(4);
        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void fifteenQuietMinutesAfterALockoutStartTheCountOver() {
        failTimes(5);
        clock.advance(Duration.ofSeconds(1));
        fail(INCORRECT); // the sixth failure: locked for 2 s
        clock.advance(Duration.ofMinutes(14));
        fail(INCORRECT); // the seventh failure: locked for 4 s, and the quiet time starts again
        clock.advance(Duration.ofMinutes(15));

        failTimes(4);
        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void refusalsDuringALockoutDoNotCount() {
        failTimes(5);
        for (int i = 0; i < 10; i++) {
            fail(EXCEEDED);
        }
        clock.advance(Duration.ofSeconds(1));
        fail(INCORRECT); // the sixth failure: 2 s
        clock.advance(Duration.ofSeconds(2));

        assertTrue(signIn("Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void srpPasswordClaimsCountAndAreLockedOutToo() {
        failTimes(4);
        JsSrpClient srp = new JsSrpClient(pool, random);
        JsonNode p = call("InitiateAuth", "{'AuthFlow': 'USER_SRP_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'SRP_A': '" + srp.srpA() + "'}}").get("ChallengeParameters");
        String now = JsSrpClient.nowString(clock.instant());
        String signature = srp.signature(srp.passwordAuthenticationKey("jane", "Wr0ng!", p.get("SRP_B").asText(),
                p.get("SALT").asText()), "jane", p.get("SECRET_BLOCK").asText(), now);
        assertRefused("NotAuthorizedException", INCORRECT, () -> call("RespondToAuthChallenge", "{'ClientId': '"
                + client + "', 'ChallengeName': 'PASSWORD_VERIFIER', 'ChallengeResponses': {'USERNAME': 'jane',"
                + " 'PASSWORD_CLAIM_SECRET_BLOCK': '" + p.get("SECRET_BLOCK").asText() + "',"
                + " 'PASSWORD_CLAIM_SIGNATURE': '" + signature + "', 'TIMESTAMP': '" + now + "'}}"));

        fail(EXCEEDED);
    }

    @Test
    void wrongMfaCodesCountToo() {
        call("SetUserPoolMfaConfig", "{'UserPoolId': '" + pool + "', 'MfaConfiguration': 'ON',"
                + " 'SmsMfaConfiguration': {}}");
        JsonNode challenge = signIn("Passw0rd!");
        String answer = "{'ClientId': '" + client + "', 'ChallengeName': 'SMS_MFA', 'Session': '"
                + challenge.get("Session").asText() + "', 'ChallengeResponses': {'USERNAME': 'jane',"
                + " 'SMS_MFA_CODE': '%s'}}";
        for (int i = 0; i < 5; i++) {
            assertRefused("CodeMismatchException", "Invalid code or auth state for the user.",
                    () -> call("RespondToAuthChallenge", String.format(answer, "000000")));
        }
        String code = service.outbox(pool, "jane").get(service.outbox(pool, "jane").size() - 1).code();

        assertRefused("NotAuthorizedException", EXCEEDED,
                () -> call("RespondToAuthChallenge", String.format(answer, code)));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(call("RespondToAuthChallenge", String.format(answer, code)).has("AuthenticationResult"));
    }

    @Test
    void theLockoutIsCappedAtFifteenMinutes() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        Lockout l = Lockout.NONE;
        for (int i = 0; i < 14; i++) {
            l = l.failed(t);
        }
        assertEquals(t.plusSeconds(512), l.lockedUntil());
        assertEquals(t.plus(Duration.ofMinutes(15)), l.failed(t).lockedUntil());
        assertEquals(t.plus(Duration.ofMinutes(15)), l.failed(t).failed(t).failed(t).lockedUntil());
        for (int i = 0; i < 100; i++) {
            l = l.failed(t);
        }
        assertEquals(t.plus(Duration.ofMinutes(15)), l.lockedUntil());
    }

    // ---------------------------------------------------------------- ChangePassword

    JsonNode changePassword(String accessToken, String previous) {
        return call("ChangePassword", "{'AccessToken': '" + accessToken + "', 'PreviousPassword': '" + previous
                + "', 'ProposedPassword': 'N3wPassw0rd!'}");
    }

    @Test
    void wrongPreviousPasswordsAtChangePasswordLockOutSignInAndThrottleTheCall() {
        String token = signIn("Passw0rd!").at("/AuthenticationResult/AccessToken").asText();
        for (int i = 0; i < 5; i++) {
            assertRefused("NotAuthorizedException", INCORRECT, () -> changePassword(token, "Wr0ngPassword!"));
        }

        assertRefused("LimitExceededException", "Attempt limit exceeded, please try after some time.",
                () -> changePassword(token, "Passw0rd!"));
        assertRefused("NotAuthorizedException", EXCEEDED, () -> signIn("Passw0rd!"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("{}", changePassword(token, "Passw0rd!").toString());
        assertTrue(signIn("N3wPassw0rd!").has("AuthenticationResult"));
    }

    @Test
    void failedSignInsCountTowardChangePasswordThrottling() {
        String token = signIn("Passw0rd!").at("/AuthenticationResult/AccessToken").asText();
        failTimes(5);

        assertRefused("LimitExceededException", "Attempt limit exceeded, please try after some time.",
                () -> changePassword(token, "Passw0rd!"));
    }
}
