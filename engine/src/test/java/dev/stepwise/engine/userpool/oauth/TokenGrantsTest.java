package dev.stepwise.engine.userpool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenGrantsTest extends OAuthFlowFixture {

    JsonNode codeTokens(String scope) {
        String code = callbackParameters(signIn(authorizeParameters(scope))).get("code");
        return body(redeem(code, VERIFIER));
    }

    OAuthResponse userInfo(String authorization) {
        return endpoints.userInfo(OAuthRequest.get("/oauth2/userInfo", Map.of(),
                authorization == null ? Map.of() : Map.of("Authorization", authorization)));
    }

    // ---------------------------------------------------------------- refresh_token

    @Test
    void refreshKeepsTheGrantedScopes() throws Exception {
        JsonNode first = codeTokens("openid api/read");
        OAuthResponse refreshed = token(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", first.get("refresh_token").asText()));
        assertEquals(200, refreshed.status(), refreshed.bodyText());
        JsonNode tokens = body(refreshed);
        assertFalse(tokens.has("refresh_token"));
        assertEquals("openid api/read", verified(tokens.get("access_token").asText()).getStringClaim("scope"));
        JWTClaimsSet id = verified(tokens.get("id_token").asText());
        assertEquals("jane", id.getStringClaim("cognito:username"));
        assertEquals(900, tokens.get("expires_in").asLong());
    }

    @Test
    void refreshTokensFromInitiateAuthWorkToo() throws Exception {
        call("UpdateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientId': '" + clientId + "',"
                + " 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],"
                + " 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'],"
                + " 'AllowedOAuthScopes': ['openid'], 'CallbackURLs': ['" + CALLBACK + "']}");
        String refresh = call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + clientId + "',"
                + " 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': '" + PASSWORD + "'}}")
                .get("AuthenticationResult").get("RefreshToken").asText();
        JsonNode tokens = body(token(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", refresh)));
        assertEquals("aws.cognito.signin.user.admin",
                verified(tokens.get("access_token").asText()).getStringClaim("scope"));
        assertTrue(tokens.has("id_token"));
    }

    @Test
    void anUnknownRefreshTokenIsAnInvalidGrant() {
        OAuthResponse response = token(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", "not-a-token"));
        assertOAuthError(400, "invalid_grant", response);
        assertEquals("Invalid Refresh Token", body(response).get("error_description").asText());
    }

    // ---------------------------------------------------------------- client_credentials

    JsonNode machineClient() {
        return createClient(pool, ", 'GenerateSecret': true, 'AllowedOAuthFlowsUserPoolClient': true,"
                + " 'AllowedOAuthFlows': ['client_credentials'], 'AllowedOAuthScopes': ['api/read']");
    }

    @Test
    void clientCredentialsGiveAnAccessTokenForTheClientItself() throws Exception {
        JsonNode machine = machineClient();
        String id = machine.get("ClientId").asText();
        OAuthResponse response = endpoints.token(OAuthRequest.post("/oauth2/token", Map.of("grant_type",
                "client_credentials", "scope", "api/read"), Map.of("Authorization",
                        basic(id, machine.get("ClientSecret").asText()))));
        assertEquals(200, response.status(), response.bodyText());
        JsonNode tokens = body(response);
        assertFalse(tokens.has("id_token"));
        assertFalse(tokens.has("refresh_token"));
        assertEquals(3600, tokens.get("expires_in").asLong());
        JWTClaimsSet access = verified(tokens.get("access_token").asText());
        assertEquals(id, access.getSubject());
        assertEquals(id, access.getStringClaim("client_id"));
        assertEquals("api/read", access.getStringClaim("scope"));
        assertEquals("access", access.getStringClaim("token_use"));
    }

    @Test
    void clientCredentialsRefusals() {
        JsonNode machine = machineClient();
        String id = machine.get("ClientId").asText();
        String secret = machine.get("ClientSecret").asText();
        assertOAuthError(401, "invalid_client", endpoints.token(OAuthRequest.post("/oauth2/token",
                Map.of("grant_type", "client_credentials"), Map.of("Authorization", basic(id, "wrong")))));
        OAuthResponse noSecret = token(Map.of("grant_type", "client_credentials", "client_id", id));
        assertOAuthError(401, "invalid_client", noSecret);
        assertTrue(noSecret.header("WWW-Authenticate").isPresent());
        assertOAuthError(400, "invalid_scope", token(Map.of("grant_type", "client_credentials", "client_id", id,
                "client_secret", secret, "scope", "openid")));
        // a public client (no secret) cannot authenticate itself for client_credentials
        assertOAuthError(401, "invalid_client", token(Map.of("grant_type", "client_credentials",
                "client_id", clientId)));
        // the machine client may not use the authorization code grant
        assertOAuthError(400, "unauthorized_client", token(Map.of("grant_type", "authorization_code", "client_id",
                id, "client_secret", secret, "code", "x", "redirect_uri", CALLBACK)));
    }

    // ---------------------------------------------------------------- userInfo

    @Test
    void userInfoGivesTheUsersClaimsAsStrings() throws Exception {
        JsonNode tokens = codeTokens("openid email profile");
        OAuthResponse response = userInfo("Bearer " + tokens.get("access_token").asText());
        assertEquals(200, response.status(), response.bodyText());
        JsonNode info = body(response);
        assertEquals(verified(tokens.get("id_token").asText()).getSubject(), info.get("sub").asText());
        assertEquals("jane@example.com", info.get("email").asText());
        assertEquals("true", info.get("email_verified").asText());
        assertEquals("Jane Doe", info.get("name").asText());
        assertEquals("jane", info.get("username").asText());
    }

    @Test
    void userInfoLimitsAttributesToTheScopes() {
        JsonNode info = body(userInfo("Bearer " + codeTokens("openid email").get("access_token").asText()));
        assertEquals("jane@example.com", info.get("email").asText());
        assertFalse(info.has("name"));
    }

    @Test
    void userInfoRefusesTokensWithoutOpenidOrValidity() {
        OAuthResponse noOpenid = userInfo("Bearer " + codeTokens("api/read").get("access_token").asText());
        assertEquals(401, noOpenid.status());
        OAuthResponse garbage = userInfo("Bearer not-a-token");
        assertEquals(401, garbage.status());
        assertEquals("error=\"invalid_token\", error_description=\"Access token is expired, disabled, or deleted, or"
                + " the user has globally signed out.\"", garbage.header("WWW-Authenticate").orElseThrow());
        OAuthResponse missing = userInfo(null);
        assertEquals(400, missing.status());
        assertEquals("invalid_request", body(missing).get("error").asText());
    }

    // ---------------------------------------------------------------- revoke

    @Test
    void revokingARefreshTokenEndsItsSignIn() {
        JsonNode tokens = codeTokens("openid");
        OAuthResponse revoked = endpoints.revoke(OAuthRequest.post("/oauth2/revoke", Map.of("token",
                tokens.get("refresh_token").asText(), "client_id", clientId), Map.of()));
        assertEquals(200, revoked.status(), revoked.bodyText());
        assertEquals(0, revoked.body().length);
        assertOAuthError(400, "invalid_grant", token(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", tokens.get("refresh_token").asText())));
        assertEquals(401, userInfo("Bearer " + tokens.get("access_token").asText()).status());
    }

    @Test
    void revokeRefusals() {
        JsonNode tokens = codeTokens("openid");
        assertOAuthError(400, "invalid_request", endpoints.revoke(OAuthRequest.post("/oauth2/revoke",
                Map.of("client_id", clientId), Map.of())));
        assertOAuthError(400, "unsupported_token_type", endpoints.revoke(OAuthRequest.post("/oauth2/revoke",
                Map.of("client_id", clientId, "token", tokens.get("access_token").asText()), Map.of())));
        assertOAuthError(401, "invalid_client", endpoints.revoke(OAuthRequest.post("/oauth2/revoke",
                Map.of("client_id", "nope", "token", "x"), Map.of())));
        // an unknown token is not an error (RFC 7009)
        assertEquals(200, endpoints.revoke(OAuthRequest.post("/oauth2/revoke", Map.of("client_id", clientId,
                "token", "unknown"), Map.of())).status());
    }
}
