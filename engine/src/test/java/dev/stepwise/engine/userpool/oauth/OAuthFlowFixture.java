package dev.stepwise.engine.userpool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.stepwise.engine.userpool.UserPoolFixture;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;

/**
 * A pool with a resource server, a public OAuth client and a user, and a minimal browser that drives the hosted page
 * the way the client-compat suite does: follow the redirect, read the form's hidden field, post the form.
 */
abstract class OAuthFlowFixture extends UserPoolFixture {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CALLBACK = "https://app.example.com/cb";
    static final String PASSWORD = "Passw0rd!";
    static final String VERIFIER = "dBjftJeZ4CVP-mJ0kI0Q3FJVgxGQw3rFxTQ1bbW7aqxQ"; // 44 characters

    final OAuthEndpoints endpoints = new OAuthEndpoints(service);
    String pool;
    String clientId;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool("");
        call("CreateResourceServer", "{'UserPoolId': '" + pool + "', 'Identifier': 'api', 'Name': 'api',"
                + " 'Scopes': [{'ScopeName': 'read', 'ScopeDescription': 'Read'}]}");
        clientId = createClient(pool, ", 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'],"
                + " 'AllowedOAuthScopes': ['openid', 'email', 'profile', 'api/read'], 'CallbackURLs': ['" + CALLBACK
                + "'], 'LogoutURLs': ['https://app.example.com/bye'], 'AccessTokenValidity': 15,"
                + " 'TokenValidityUnits': {'AccessToken': 'minutes'}").get("ClientId").asText();
        user("jane", false);
    }

    void user(String username, boolean phone) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "', 'MessageAction':"
                + " 'SUPPRESS', 'TemporaryPassword': 'Temp0rary!', 'UserAttributes': [{'Name': 'email', 'Value': '"
                + username + "@example.com'}, {'Name': 'email_verified', 'Value': 'true'}, {'Name': 'name',"
                + " 'Value': 'Jane Doe'}" + (phone ? ", {'Name': 'phone_number', 'Value': '+15555550100'}" : "")
                + "]}");
        call("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'Password': '" + PASSWORD + "', 'Permanent': true}");
    }

    static String s256(String verifier) {
        return Pkce.s256(verifier);
    }

    /** The standard authorize request: code, S256 PKCE, state and nonce. */
    Map<String, String> authorizeParameters(String scope) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", clientId);
        p.put("redirect_uri", CALLBACK);
        p.put("scope", scope);
        p.put("state", "st-123");
        p.put("nonce", "n-456");
        p.put("code_challenge", s256(VERIFIER));
        p.put("code_challenge_method", "S256");
        return p;
    }

    /** GET /oauth2/authorize, then the /login page it redirects to; returns the page. */
    OAuthResponse openLoginPage(Map<String, String> parameters) {
        OAuthResponse authorize = endpoints.authorize(OAuthRequest.get("/oauth2/authorize", parameters, Map.of()));
        assertEquals(302, authorize.status(), authorize.bodyText());
        URI login = URI.create(authorize.header("Location").orElseThrow());
        assertEquals("/login", login.getPath());
        return endpoints.login(OAuthRequest.get("/login", query(login.getRawQuery()), Map.of()));
    }

    static String loginKey(OAuthResponse page) {
        Matcher m = Pattern.compile("name=\"login_session\" value=\"([^\"]+)\"").matcher(page.bodyText());
        assertTrue(m.find(), "no login_session field in " + page.bodyText());
        return m.group(1);
    }

    OAuthResponse post(String key, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("login_session", key);
        return endpoints.login(OAuthRequest.post("/login", form, Map.of()));
    }

    /** The whole browser part for jane: returns the redirect to the callback. */
    OAuthResponse signIn(Map<String, String> parameters) {
        OAuthResponse page = openLoginPage(parameters);
        return post(loginKey(page), Map.of("username", "jane", "password", PASSWORD));
    }

    /** The parameters of a redirect to the callback URL. */
    static Map<String, String> callbackParameters(OAuthResponse redirect) {
        assertEquals(302, redirect.status(), redirect.bodyText());
        String location = redirect.header("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK + "?"), location);
        return query(URI.create(location).getRawQuery());
    }

    static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    OAuthResponse token(Map<String, String> form) {
        return endpoints.token(OAuthRequest.post("/oauth2/token", form, Map.of()));
    }

    OAuthResponse redeem(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", clientId);
        form.put("code", code);
        form.put("redirect_uri", CALLBACK);
        form.put("code_verifier", verifier);
        return token(form);
    }

    static JsonNode body(OAuthResponse response) {
        try {
            return MAPPER.readTree(response.bodyText());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.bodyText(), e);
        }
    }

    static void assertOAuthError(int status, String error, OAuthResponse response) {
        assertEquals(status, response.status(), response.bodyText());
        assertEquals(error, body(response).get("error").asText());
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Verifies a token's RS256 signature against the pool's JWKS, as a resource server would, and its issuer. */
    JWTClaimsSet verified(String token) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(service.jwks(pool).toString()))));
        processor.setJWTClaimsSetVerifier((claims, context) -> { }); // the test clock is not the wall clock
        JWTClaimsSet claims = processor.process(token, null);
        assertEquals(service.issuer(pool), claims.getIssuer());
        return claims;
    }
}
