package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.auth.Srp;
import dev.stepwise.engine.userpool.model.User;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpAuthTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool("");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH',"
                + " 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_PASSWORD_AUTH']").get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!'}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'Permanent': true}");
    }

    JsonNode initiate(JsSrpClient srp, String username) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_SRP_AUTH', 'ClientId': '" + client + "', 'AuthParameters':"
                + " {'USERNAME': '" + username + "', 'SRP_A': '" + srp.srpA() + "'}}");
    }

    JsonNode respond(JsonNode challenge, String username, String signature, String timestamp) {
        ObjectNode request = json("{'ClientId': '" + client + "', 'ChallengeName': 'PASSWORD_VERIFIER'}");
        ObjectNode responses = request.putObject("ChallengeResponses");
        responses.put("USERNAME", username);
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("ChallengeParameters").get("SECRET_BLOCK").asText());
        responses.put("PASSWORD_CLAIM_SIGNATURE", signature);
        responses.put("TIMESTAMP", timestamp);
        return service.call("RespondToAuthChallenge", request);
    }

    /** What CognitoUser.authenticateUser does with the PASSWORD_VERIFIER challenge. */
    JsonNode answer(JsSrpClient srp, JsonNode challenge, String password) {
        JsonNode p = challenge.get("ChallengeParameters");
        String userId = p.get("USER_ID_FOR_SRP").asText();
        byte[] hkdf = srp.passwordAuthenticationKey(userId, password, p.get("SRP_B").asText(), p.get("SALT").asText());
        String now = JsSrpClient.nowString(clock.instant());
        return respond(challenge, userId, srp.signature(hkdf, userId, p.get("SECRET_BLOCK").asText(), now), now);
    }

    JsSrpClient client() {
        return new JsSrpClient(pool, random);
    }

    @Test
    void signsInEndToEndAsTheJavaScriptClientDoes() throws Exception {
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "jane");

        assertEquals("PASSWORD_VERIFIER", challenge.get("ChallengeName").asText());
        assertFalse(challenge.has("Session"));
        JsonNode p = challenge.get("ChallengeParameters");
        assertEquals("jane", p.get("USER_ID_FOR_SRP").asText());
        assertEquals("jane", p.get("USERNAME").asText());
        assertTrue(p.get("SALT").asText().matches("[0-9a-f]+"));
        assertTrue(p.get("SRP_B").asText().matches("[0-9a-f]+"));

        JsonNode result = answer(srp, challenge, "Passw0rd!").get("AuthenticationResult");
        assertEquals("jane", AuthOperationsTest.claims(result.get("AccessToken").asText()).getClaim("username"));
        assertTrue(result.has("RefreshToken"));
    }

    @Test
    void adminInitiateAuthOffersSrpToo() {
        JsSrpClient srp = client();
        JsonNode challenge = call("AdminInitiateAuth", "{'AuthFlow': 'USER_SRP_AUTH', 'UserPoolId': '" + pool + "',"
                + " 'ClientId': '" + client + "', 'AuthParameters': {'USERNAME': 'jane', 'SRP_A': '" + srp.srpA()
                + "'}}");
        JsonNode p = challenge.get("ChallengeParameters");
        byte[] hkdf = srp.passwordAuthenticationKey("jane", "Passw0rd!", p.get("SRP_B").asText(),
                p.get("SALT").asText());
        String now = JsSrpClient.nowString(clock.instant());
        ObjectNode request = json("{'UserPoolId': '" + pool + "', 'ClientId': '" + client + "',"
                + " 'ChallengeName': 'PASSWORD_VERIFIER'}");
        ObjectNode responses = request.putObject("ChallengeResponses");
        responses.put("USERNAME", "jane");
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK").asText());
        responses.put("PASSWORD_CLAIM_SIGNATURE", srp.signature(hkdf, "jane", p.get("SECRET_BLOCK").asText(), now));
        responses.put("TIMESTAMP", now);

        assertTrue(service.call("AdminRespondToAuthChallenge", request).has("AuthenticationResult"));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheChallengeIsSpent() {
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "jane");

        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answer(srp, challenge, "Wr0ngPassword!"));
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answer(srp, challenge, "Passw0rd!"));
    }

    @Test
    void aTimestampOtherThanTheClientsRenderingIsAWrongClaim() {
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "jane");
        JsonNode p = challenge.get("ChallengeParameters");
        byte[] hkdf = srp.passwordAuthenticationKey("jane", "Passw0rd!", p.get("SRP_B").asText(),
                p.get("SALT").asText());
        String padded = "Sat Mar 01 10:00:00 UTC 2025";
        assertEquals("Sat Mar 1 10:00:00 UTC 2025", JsSrpClient.nowString(T0));

        assertRefused("NotAuthorizedException", "Incorrect username or password.", () -> respond(challenge, "jane",
                srp.signature(hkdf, "jane", p.get("SECRET_BLOCK").asText(), padded), padded));
    }

    /** Answers with a claim signed for {@code signedAt}, a time the client's clock shows. */
    JsonNode answerSignedAt(JsSrpClient srp, JsonNode challenge, java.time.Instant signedAt) {
        JsonNode p = challenge.get("ChallengeParameters");
        byte[] hkdf = srp.passwordAuthenticationKey("jane", "Passw0rd!", p.get("SRP_B").asText(),
                p.get("SALT").asText());
        String at = JsSrpClient.nowString(signedAt);
        return respond(challenge, "jane", srp.signature(hkdf, "jane", p.get("SECRET_BLOCK").asText(), at), at);
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300, 0, 59})
    void aTimestampWithinFiveMinutesOfTheServerClockIsAccepted(long offsetSeconds) {
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "jane");

        JsonNode tokens = answerSignedAt(srp, challenge, clock.instant().plusSeconds(offsetSeconds));

        assertTrue(tokens.has("AuthenticationResult"));
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86_400, 3_600})
    void aRightClaimSignedForATimeTooFarFromTheServerClockIsRefused(long offsetSeconds) {
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "jane");

        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answerSignedAt(srp, challenge, clock.instant().plusSeconds(offsetSeconds)));
    }

    @Test
    void aMalformedTimestampIsAnInvalidParameter() {
        JsonNode challenge = initiate(client(), "jane");

        assertRefused("InvalidParameterException", "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.",
                () -> respond(challenge, "jane", "c2ln", "2025-03-01T10:00:00Z"));
    }

    @Test
    void anUnknownSecretBlockIsRefused() {
        JsonNode challenge = initiate(client(), "jane");
        ((ObjectNode) challenge.get("ChallengeParameters")).put("SECRET_BLOCK", "bm90IGEgYmxvY2s=");

        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> respond(challenge, "jane", "c2ln", JsSrpClient.nowString(T0)));
    }

    @Test
    void anUnknownUserIsNotFoundAtInitiate() {
        assertRefused("UserNotFoundException", "User does not exist.", () -> initiate(client(), "nobody"));
    }

    @Test
    void withPreventUserExistenceErrorsAnUnknownUserGetsAChallengeThatCannotBeAnswered() {
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_SRP_AUTH'],"
                + " 'PreventUserExistenceErrors': 'ENABLED'").get("ClientId").asText();
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "nobody");

        assertEquals("PASSWORD_VERIFIER", challenge.get("ChallengeName").asText());
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answer(srp, challenge, "Passw0rd!"));
    }

    @Test
    void aTemporaryPasswordLeadsToNewPasswordRequired() {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'tim', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!'}");
        JsSrpClient srp = client();

        JsonNode next = answer(srp, initiate(srp, "tim"), "Temp0rary!");

        assertEquals("NEW_PASSWORD_REQUIRED", next.get("ChallengeName").asText());
        assertTrue(next.has("Session"));
    }

    @Test
    void anUnconfirmedUserIsToldSoAfterARightClaim() {
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'cy', 'Password': 'Passw0rd!'}");
        JsSrpClient srp = client();
        JsonNode challenge = initiate(srp, "cy");

        assertRefused("UserNotConfirmedException", "User is not confirmed.", () -> answer(srp, challenge, "Passw0rd!"));
    }

    @Test
    void aPoolSigningInWithEmailUsesTheStoredUserNameAsUserIdForSrp() {
        pool = createPool(", 'UsernameAttributes': ['email']");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_SRP_AUTH']").get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'ann@example.com', 'MessageAction':"
                + " 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!'}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'ann@example.com',"
                + " 'Password': 'Passw0rd!', 'Permanent': true}");
        JsSrpClient srp = client();

        JsonNode challenge = initiate(srp, "ann@example.com");
        String userId = challenge.get("ChallengeParameters").get("USER_ID_FOR_SRP").asText();

        assertTrue(userId.matches("[0-9a-f-]{36}"), userId);
        assertTrue(answer(srp, challenge, "Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void theFlowMustBeEnabledForTheClient() {
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH']").get("ClientId").asText();

        assertRefused("InvalidParameterException", "USER_SRP_AUTH flow not enabled for this client",
                () -> initiate(client(), "jane"));
    }

    @Test
    void anSrpAThatIsZeroModuloNIsRefused() {
        assertRefused("InvalidParameterException", "SRP_A is not a valid SRP value",
                () -> call("InitiateAuth", "{'AuthFlow': 'USER_SRP_AUTH', 'ClientId': '" + client + "',"
                        + " 'AuthParameters': {'USERNAME': 'jane', 'SRP_A': '" + Srp.N.toString(16) + "'}}"));
    }

    @Test
    void aUserWithoutAVerifierGetsOneAtTheNextPasswordSignIn() {
        store.write(tx -> {
            User jane = tx.findUser(pool, "jane", true).orElseThrow();
            tx.updateUser(new User.Builder(jane).srpVerifier(null).build());
            return null;
        });
        JsSrpClient first = client();
        JsonNode challenge = initiate(first, "jane");
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> answer(first, challenge, "Passw0rd!"));

        call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}");

        JsSrpClient second = client();
        assertTrue(answer(second, initiate(second, "jane"), "Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void theGroupConstantsMatchTheJavaScriptClient() {
        JsSrpClient js = client();
        assertEquals(js.n, Srp.N);
        assertEquals(js.k, Srp.K);
        assertEquals("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6", Srp.K.toString(16));
    }

    @Test
    void padHexIsTheTwosComplementByteArray() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            BigInteger value = new BigInteger(1 + r.nextInt(300), r);
            if (r.nextBoolean()) {
                value = value.negate();
            }
            assertEquals(HexFormat.of().formatHex(value.toByteArray()), JsSrpClient.padHex(value).toLowerCase(),
                    value.toString(16));
        }
    }

    @Test
    void timestampsAreReadOnlyInTheClientsShape() {
        assertEquals(Instant.parse("2025-11-04T09:05:03Z"), Srp.parseTimestamp("Tue Nov 4 09:05:03 UTC 2025")
                .orElseThrow());
        assertTrue(Srp.isCanonical("Tue Nov 4 09:05:03 UTC 2025"));
        assertFalse(Srp.isCanonical("Tue Nov 04 09:05:03 UTC 2025"));
        assertFalse(Srp.isCanonical("Wed Nov 4 09:05:03 UTC 2025"));
        assertTrue(Srp.parseTimestamp("2025-11-04T09:05:03Z").isEmpty());
    }
}
