package dev.stepwise.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization-code flow with PKCE as a browser and a back end drive it: hosted page, code, tokens, userInfo. */
class OAuthOverHttpTest {

    private static final String CALLBACK = "http://localhost:3000/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final H2Store store = H2Store.inMemory();
    private StepwiseEndpoint endpoint;
    private EndpointClient client;

    @BeforeEach
    void start() {
        endpoint = StepwiseEndpoint.builder(store)
                .userPools(b -> b.passwordHasher(new PasswordHasher(1_000, new SecureRandom())))
                .start();
        client = new EndpointClient(endpoint.baseUri());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void aBrowserSignsInOnTheHostedPageAndTheBackEndRedeemsTheCode() throws Exception {
        String pool = client.cognito("CreateUserPool", "{'PoolName': 'web'}").at("/UserPool/Id").asText();
        String clientId = client.cognito("CreateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientName': 'spa',"
                + " 'AllowedOAuthFlowsUserPoolClient': true, 'AllowedOAuthFlows': ['code'],"
                + " 'AllowedOAuthScopes': ['openid', 'email'], 'CallbackURLs': ['" + CALLBACK + "'],"
                + " 'SupportedIdentityProviders': ['COGNITO']}").at("/UserPoolClient/ClientId").asText();
        client.cognito("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane', 'MessageAction': 'SUPPRESS',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'jane@example.com'}]}");
        client.cognito("AdminSetUserPassword", "{'UserPoolId': '" + pool + "', 'Username': 'jane',"
                + " 'Password': 'Passw0rd!', 'Permanent': true}");

        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> authorize = client.get("/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", clientId, "redirect_uri", CALLBACK, "scope", "openid email", "state", "xyz",
                "nonce", "n-1", "code_challenge", challenge, "code_challenge_method", "S256")));
        assertThat(authorize.statusCode()).isEqualTo(302);
        String loginPath = authorize.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = client.get(URI.create(loginPath).isAbsolute()
                ? URI.create(loginPath).getRawPath() + "?" + URI.create(loginPath).getRawQuery() : loginPath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Matcher session = Pattern.compile("name=\"login_session\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(session.find()).as(page.body()).isTrue();

        HttpResponse<String> signedIn = postForm("/login", Map.of("login_session", session.group(1),
                "username", "jane", "password", "Passw0rd!"), Map.of());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        URI callback = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(CALLBACK + "?");
        Map<String, String> returned = parse(callback.getRawQuery());
        assertThat(returned).containsEntry("state", "xyz").containsKey("code");
        assertThat(signedIn.headers().firstValue("Set-Cookie")).isPresent();

        HttpResponse<String> tokens = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "client_id", clientId, "code", returned.get("code"), "redirect_uri", CALLBACK,
                "code_verifier", VERIFIER), Map.of());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = EndpointClient.parse(tokens.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        SignedJWT id = SignedJWT.parse(body.get("id_token").asText());
        assertThat(id.getJWTClaimsSet().getIssuer()).isEqualTo(endpoint.baseUri() + "/" + pool);
        assertThat(id.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-1");

        HttpResponse<String> userInfo = client.send(HttpRequest.newBuilder(endpoint.baseUri().resolve("/oauth2/userInfo"))
                .header("Authorization", "Bearer " + body.get("access_token").asText()).GET().build());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(EndpointClient.parse(userInfo.body()).get("email").asText()).isEqualTo("jane@example.com");

        HttpResponse<String> again = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "client_id", clientId, "code", returned.get("code"), "redirect_uri", CALLBACK,
                "code_verifier", VERIFIER), Map.of());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(EndpointClient.parse(again.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.baseUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        headers.forEach(request::header);
        return client.send(request.build());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        UrlEncoded.parse(query).forEach((key, list) -> values.put(key, list.get(0)));
        return values;
    }
}
