package dev.stepwise.engine.userpool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest extends OAuthFlowFixture {

    @Test
    void codeWithS256GivesTheEngineTokensWithGrantedScopesAndNonce() throws Exception {
        Map<String, String> callback = callbackParameters(signIn(authorizeParameters("openid email api/read")));
        assertEquals("st-123", callback.get("state"));
        OAuthResponse response = redeem(callback.get("code"), VERIFIER);
        assertEquals(200, response.status(), response.bodyText());
        assertEquals("application/json;charset=UTF-8", response.header("Content-Type").orElseThrow());
        assertEquals("no-store", response.header("Cache-Control").orElseThrow());
        JsonNode tokens = body(response);
        assertEquals("Bearer", tokens.get("token_type").asText());
        assertEquals(900, tokens.get("expires_in").asLong()); // AccessTokenValidity 15 minutes
        assertTrue(tokens.get("refresh_token").asText().length() > 40);
        JWTClaimsSet access = verified(tokens.get("access_token").asText());
        assertEquals("openid email api/read", access.getStringClaim("scope"));
        assertEquals("access", access.getStringClaim("token_use"));
        assertEquals(clientId, access.getStringClaim("client_id"));
        assertEquals("jane", access.getStringClaim("username"));
        JWTClaimsSet id = verified(tokens.get("id_token").asText());
        assertEquals("n-456", id.getStringClaim("nonce"));
        assertEquals(List.of(clientId), id.getAudience());
        assertEquals("jane@example.com", id.getStringClaim("email"));
        assertEquals(access.getSubject(), id.getSubject());
    }

    @Test
    void withoutOpenidThereIsNoIdToken() throws Exception {
        Map<String, String> callback = callbackParameters(signIn(authorizeParameters("api/read")));
        JsonNode tokens = body(redeem(callback.get("code"), VERIFIER));
        assertFalse(tokens.has("id_token"));
        assertEquals("api/read", verified(tokens.get("access_token").asText()).getStringClaim("scope"));
    }

    @Test
    void plainChallengeIsTheVerifierItself() {
        Map<String, String> parameters = authorizeParameters("openid");
        parameters.put("code_challenge", VERIFIER);
        parameters.put("code_challenge_method", "plain");
        Map<String, String> callback = callbackParameters(signIn(parameters));
        assertEquals(200, redeem(callback.get("code"), VERIFIER).status());
    }

    @Test
    void wrongVerifierIsRefusedAndSpendsTheCode() {
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        OAuthResponse wrong = redeem(code, VERIFIER.replace('d', 'e'));
        assertOAuthError(400, "invalid_grant", wrong);
        assertEquals("code_verifier does not match the code_challenge",
                body(wrong).get("error_description").asText());
        assertOAuthError(400, "invalid_grant", redeem(code, VERIFIER));
    }

    @Test
    void aCodeAnswersOnce() {
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        assertEquals(200, redeem(code, VERIFIER).status());
        OAuthResponse again = redeem(code, VERIFIER);
        assertOAuthError(400, "invalid_grant", again);
        assertEquals("The authorization code is invalid, expired or used",
                body(again).get("error_description").asText());
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String early = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        String late = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(200, redeem(early, VERIFIER).status());
        clock.advance(Duration.ofSeconds(1));
        assertOAuthError(400, "invalid_grant", redeem(late, VERIFIER));
    }

    @Test
    void redeemingNeedsTheSameRedirectUriAndClient() {
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        OAuthResponse otherUri = token(Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", "https://app.example.com/other", "code_verifier", VERIFIER));
        assertOAuthError(400, "invalid_grant", otherUri);
        assertEquals("redirect_uri does not match the authorize request",
                body(otherUri).get("error_description").asText());

        String second = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        String otherClient = createClient(pool, ", 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows':"
                + " ['code'], 'AllowedOAuthScopes': ['openid'], 'CallbackURLs': ['" + CALLBACK + "']")
                .get("ClientId").asText();
        assertOAuthError(400, "invalid_grant", token(Map.of("grant_type", "authorization_code", "client_id",
                otherClient, "code", second, "redirect_uri", CALLBACK, "code_verifier", VERIFIER)));
        assertEquals(200, redeem(second, VERIFIER).status()); // the other client's attempt did not spend it
    }

    @Test
    void aClientWithASecretMustAuthenticateToRedeem() {
        com.fasterxml.jackson.databind.JsonNode confidential = createClient(pool, ", 'GenerateSecret': true,"
                + " 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'], 'AllowedOAuthScopes':"
                + " ['openid'], 'CallbackURLs': ['" + CALLBACK + "']");
        clientId = confidential.get("ClientId").asText();
        String secret = confidential.get("ClientSecret").asText();
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        Map<String, String> form = Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", CALLBACK, "code_verifier", VERIFIER);
        OAuthResponse anonymous = token(form);
        assertOAuthError(401, "invalid_client", anonymous);
        assertEquals("Client " + clientId + " is configured with a secret but none was received",
                body(anonymous).get("error_description").asText());
        OAuthResponse basic = endpoints.token(OAuthRequest.post("/oauth2/token", form,
                Map.of("Authorization", basic(clientId, secret))));
        assertEquals(200, basic.status(), basic.bodyText());
    }

    @Test
    void tokenEndpointErrorsAreOAuthErrors() {
        assertOAuthError(400, "invalid_request", token(Map.of("client_id", clientId)));
        assertOAuthError(400, "unsupported_grant_type", token(Map.of("grant_type", "password",
                "client_id", clientId)));
        assertOAuthError(401, "invalid_client", token(Map.of("grant_type", "authorization_code",
                "client_id", "nope", "code", "x", "redirect_uri", CALLBACK)));
        assertOAuthError(400, "invalid_request", token(Map.of("grant_type", "authorization_code",
                "client_id", clientId, "redirect_uri", CALLBACK)));
    }

    @Test
    void authorizeRefusesAnUnregisteredRedirectUriWithAPageNotARedirect() {
        Map<String, String> parameters = authorizeParameters("openid");
        parameters.put("redirect_uri", "https://evil.example.com/cb");
        OAuthResponse response = endpoints.authorize(OAuthRequest.get("/oauth2/authorize", parameters, Map.of()));
        assertEquals(400, response.status());
        assertTrue(response.header("Location").isEmpty());
        assertTrue(response.bodyText().contains("redirect_mismatch"), response.bodyText());
    }

    @Test
    void authorizeSendsLaterProblemsBackToTheApplication() {
        Map<String, String> token = authorizeParameters("openid");
        token.put("response_type", "token");
        Map<String, String> refused = callbackParameters(endpoints.authorize(
                OAuthRequest.get("/oauth2/authorize", token, Map.of())));
        assertEquals("unsupported_response_type", refused.get("error"));
        assertEquals("st-123", refused.get("state"));
        assertNull(refused.get("code"));

        Map<String, String> scope = authorizeParameters("openid phone");
        assertEquals("invalid_scope", callbackParameters(endpoints.authorize(
                OAuthRequest.get("/oauth2/authorize", scope, Map.of()))).get("error"));

        Map<String, String> method = authorizeParameters("openid");
        method.put("code_challenge_method", "S512");
        assertEquals("invalid_request", callbackParameters(endpoints.authorize(
                OAuthRequest.get("/oauth2/authorize", method, Map.of()))).get("error"));
    }

    @Test
    void aClientWithoutTheCodeFlowIsUnauthorized() {
        String plain = createClient(pool, ", 'CallbackURLs': ['" + CALLBACK + "']").get("ClientId").asText();
        Map<String, String> parameters = authorizeParameters("openid");
        parameters.put("client_id", plain);
        assertEquals("unauthorized_client", callbackParameters(endpoints.authorize(
                OAuthRequest.get("/oauth2/authorize", parameters, Map.of()))).get("error"));
    }

    @Test
    void expiredCodesAreSweptWhenTheNextSignInStarts() {
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        String hash = dev.stepwise.engine.userpool.OAuthBackend.hash(code);
        clock.advance(Duration.ofMinutes(6));
        assertTrue(store.read(q -> q.findAuthorizationCode(hash)).isPresent());
        openLoginPage(authorizeParameters("openid"));
        assertTrue(store.read(q -> q.findAuthorizationCode(hash)).isEmpty());
    }

    @Test
    void codesAreStoredOnlyAsHashes() {
        String code = callbackParameters(signIn(authorizeParameters("openid"))).get("code");
        assertTrue(store.read(q -> q.findAuthorizationCode(code)).isEmpty());
        assertTrue(store.read(q -> q.findAuthorizationCode(dev.stepwise.engine.userpool.OAuthBackend.hash(code)))
                .isPresent());
    }
}
