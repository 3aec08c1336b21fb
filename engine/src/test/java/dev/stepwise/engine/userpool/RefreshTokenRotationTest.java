package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest extends UserPoolFixture {

    String pool;
    String rotating;
    String plain;

    @BeforeEach
    void poolClientsAndUser() {
        pool = createPool("");
        rotating = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],"
                + " 'RefreshTokenRotation': {'Feature': 'ENABLED', 'RetryGracePeriodSeconds': 10}").get("ClientId")
                .asText();
        plain = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']")
                .get("ClientId").asText();
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'TemporaryPassword': 'Temp0rary!'}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'Permanent': true}");
    }

    JsonNode signIn(String client) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}").get("AuthenticationResult");
    }

    JsonNode refresh(String client, String token) {
        return call("GetTokensFromRefreshToken", "{'ClientId': '" + client + "', 'RefreshToken': '" + token + "'}")
                .get("AuthenticationResult");
    }

    @Test
    void theClientDescribesItsRotation() {
        JsonNode described = call("DescribeUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '"
                + rotating + "'}").get("UserPoolClient");

        assertEquals(json("{'Feature': 'ENABLED', 'RetryGracePeriodSeconds': 10}"),
                described.get("RefreshTokenRotation"));
    }

    @Test
    void rotationSettingsAreValidated() {
        assertRefused("InvalidParameterException", "1 validation error detected: Value '61' at "
                + "'retryGracePeriodSeconds' failed to satisfy constraint: Member must have value less than or equal "
                + "to 60", () -> createClient(pool, ", 'RefreshTokenRotation': {'Feature': 'ENABLED',"
                        + " 'RetryGracePeriodSeconds': 61}"));
    }

    @Test
    void aRotatingClientIssuesANewRefreshTokenEachTime() {
        String first = signIn(rotating).get("RefreshToken").asText();

        JsonNode refreshed = refresh(rotating, first);
        String second = refreshed.get("RefreshToken").asText();

        assertNotEquals(first, second);
        assertTrue(refreshed.has("AccessToken"));
        assertTrue(refresh(rotating, second).has("RefreshToken"));
    }

    @Test
    void theRotatedOutTokenWorksForTheGracePeriodOnly() {
        String first = signIn(rotating).get("RefreshToken").asText();
        String second = refresh(rotating, first).get("RefreshToken").asText();

        clock.advance(Duration.ofSeconds(9));
        assertTrue(refresh(rotating, first).has("AccessToken"), "a retry within the grace period");
        clock.advance(Duration.ofSeconds(1));

        assertRefused("RefreshTokenReuseException", "Refresh token has been rotated out and can no longer be used",
                () -> refresh(rotating, first));
        // reuse ends the whole sign-in
        assertRefused("NotAuthorizedException", "Refresh Token has been revoked", () -> refresh(rotating, second));
    }

    @Test
    void refreshTokenAuthIsRefusedWhenRotationIsOn() {
        String token = signIn(rotating).get("RefreshToken").asText();

        assertRefused("InvalidParameterException", "REFRESH_TOKEN_AUTH is not allowed when refresh token rotation is "
                + "enabled for the client; use GetTokensFromRefreshToken", () -> call("InitiateAuth",
                        "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + rotating + "', 'AuthParameters':"
                                + " {'REFRESH_TOKEN': '" + token + "'}}"));
    }

    @Test
    void withoutRotationOnlyIdAndAccessTokensAreIssued() {
        String token = signIn(plain).get("RefreshToken").asText();

        JsonNode refreshed = refresh(plain, token);

        assertTrue(refreshed.has("IdToken"));
        assertFalse(refreshed.has("RefreshToken"));
        assertTrue(refresh(plain, token).has("AccessToken"));
    }

    @Test
    void aTokenOfAnotherClientOrUnknownIsInvalid() {
        String token = signIn(plain).get("RefreshToken").asText();

        assertRefused("NotAuthorizedException", "Invalid Refresh Token", () -> refresh(rotating, token));
        assertRefused("NotAuthorizedException", "Invalid Refresh Token", () -> refresh(rotating, "nope"));
        assertRefused("ResourceNotFoundException", "User pool client nope does not exist.",
                () -> refresh("nope", token));
    }

    @Test
    void aClientWithASecretNeedsIt() {
        JsonNode client = createClient(pool, ", 'GenerateSecret': true, 'ExplicitAuthFlows': ['ALLOW_ADMIN_USER_PASSWORD_AUTH',"
                + " 'ALLOW_REFRESH_TOKEN_AUTH']");
        String id = client.get("ClientId").asText();
        String secret = client.get("ClientSecret").asText();
        String token = call("AdminInitiateAuth", "{'AuthFlow': 'ADMIN_USER_PASSWORD_AUTH', 'UserPoolId': '" + pool
                + "', 'ClientId': '" + id + "', 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!',"
                + " 'SECRET_HASH': '" + UserOperations.secretHash(secret, "jane", id) + "'}}")
                .get("AuthenticationResult").get("RefreshToken").asText();

        assertRefused("NotAuthorizedException", "Client " + id + " is configured with secret but ClientSecret was "
                + "not received", () -> refresh(id, token));
        assertRefused("NotAuthorizedException", "Unable to verify secret for client " + id,
                () -> call("GetTokensFromRefreshToken", "{'ClientId': '" + id + "', 'RefreshToken': '" + token
                        + "', 'ClientSecret': 'wrong'}"));
        assertTrue(call("GetTokensFromRefreshToken", "{'ClientId': '" + id + "', 'RefreshToken': '" + token
                + "', 'ClientSecret': '" + secret + "'}").has("AuthenticationResult"));
    }

    @Test
    void revokeTokenEndsTheSignIn() {
        JsonNode tokens = signIn(plain);
        String refresh = tokens.get("RefreshToken").asText();
        String access = tokens.get("AccessToken").asText();

        assertEquals(json("{}"), call("RevokeToken", "{'ClientId': '" + plain + "', 'Token': '" + refresh + "'}"));

        assertRefused("NotAuthorizedException", "Refresh Token has been revoked", () -> refresh(plain, refresh));
        assertRefused("NotAuthorizedException", "Access Token has been revoked",
                () -> call("GetUser", "{'AccessToken': '" + access + "'}"));
    }

    @Test
    void revokingAnUnknownTokenIsNotAnError() {
        assertEquals(json("{}"), call("RevokeToken", "{'ClientId': '" + plain + "', 'Token': 'nope'}"));
    }

    @Test
    void revocationMustBeEnabledForTheClient() {
        String client = createClient(pool, ", 'EnableTokenRevocation': false").get("ClientId").asText();

        assertRefused("UnsupportedOperationException", "Token revocation is not enabled for this app client.",
                () -> call("RevokeToken", "{'ClientId': '" + client + "', 'Token': 'nope'}"));
    }
}
