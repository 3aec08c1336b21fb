package dev.stepwise.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StepwiseEndpointTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final H2Store store = H2Store.inMemory();
    private StepwiseEndpoint endpoint;
    private EndpointClient client;

    @BeforeEach
    void start() {
        endpoint = StepwiseEndpoint.builder(store)
                .userPools(b -> b.passwordHasher(new PasswordHasher(1_000, new SecureRandom()))
                        .clock(Clock.fixed(NOW, ZoneOffset.UTC)))
                .start();
        client = new EndpointClient(endpoint.baseUri());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void signsUpConfirmsAndSignsInOverHttpWithTokensTheServedKeysVerify() throws Exception {
        String pool = createPool("people");
        String appClient = createClient(pool);
        client.cognito("SignUp", "{'ClientId': '" + appClient + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'jane@example.com'}]}");
        client.cognito("AdminConfirmSignUp", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");

        JsonNode result = client.cognito("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '"
                + appClient + "', 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}")
                .get("AuthenticationResult");

        JsonNode discovery = EndpointClient.parse(client.get("/" + pool + "/.well-known/openid-configuration").body());
        String issuer = endpoint.baseUri() + "/" + pool;
        assertThat(discovery.get("issuer").asText()).isEqualTo(issuer);
        JWKSet keys = JWKSet.parse(client.get("/" + pool + "/.well-known/jwks.json").body());
        for (String token : List.of(result.get("IdToken").asText(), result.get("AccessToken").asText())) {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
            assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
            assertThat(jwt.getState()).isEqualTo(JWSObject.State.VERIFIED);
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(discovery.get("issuer").asText());
        }
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(issuer + "/.well-known/jwks.json");
    }

    @Test
    void answersWithTheProtocolsContentTypeAndARequestId() {
        HttpResponse<String> response = client.post(EndpointClient.signed(Map.of("X-Amz-Target",
                EndpointClient.COGNITO + "ListUserPools", "Content-Type", EndpointClient.JSON_1_1)),
                "{\"MaxResults\": 10}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(EndpointClient.JSON_1_1);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().hasSize(36);
        assertThat(EndpointClient.parse(response.body()).get("UserPools").size()).isZero();
    }

    @Test
    void discoveryListsCognitosMembersWithTheEndpointsOAuthPaths() {
        String pool = createPool("people");

        JsonNode discovery = EndpointClient.parse(client.get("/" + pool + "/.well-known/openid-configuration").body());

        String base = endpoint.baseUri().toString();
        assertThat(discovery.get("authorization_endpoint").asText()).isEqualTo(base + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asText()).isEqualTo(base + "/oauth2/token");
        assertThat(discovery.get("userinfo_endpoint").asText()).isEqualTo(base + "/oauth2/userInfo");
        assertThat(discovery.get("revocation_endpoint").asText()).isEqualTo(base + "/oauth2/revoke");
        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo(base + "/logout");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");
        assertThat(discovery.get("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(discovery.get("subject_types_supported").toString()).isEqualTo("[\"public\"]");
        assertThat(discovery.get("scopes_supported").toString())
                .isEqualTo("[\"openid\",\"email\",\"phone\",\"profile\"]");
        assertThat(discovery.get("token_endpoint_auth_methods_supported").toString())
                .isEqualTo("[\"client_secret_basic\",\"client_secret_post\"]");
    }

    @Test
    void unknownPoolIsNotFoundForDiscoveryAndKeys() {
        for (String document : List.of("openid-configuration", "jwks.json")) {
            HttpResponse<String> response = client.get("/us-east-1_Missing1/.well-known/" + document);

            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode body = EndpointClient.parse(response.body());
            assertThat(body.get("code").asText()).isEqualTo("ResourceNotFoundException");
            assertThat(body.get("message").asText()).isEqualTo("User pool us-east-1_Missing1 does not exist.");
        }
    }

    @Test
    void headAnswersWithHeadersOnly() {
        String pool = createPool("people");

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create(endpoint.baseUri() + "/" + pool + "/.well-known/jwks.json"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void bindsTheLoopbackAddressByDefault() throws Exception {
        URI base = endpoint.baseUri();

        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
        assertThat(InetAddress.getByName(base.getHost()).isLoopbackAddress()).isTrue();
    }

    @Test
    void aWildcardBindNamesLocalhostInUrlsAndTokenIssuers() {
        try (StepwiseEndpoint everywhere = StepwiseEndpoint.builder(store).host("0.0.0.0").start()) {
            URI base = everywhere.baseUri();
            assertThat(base.getHost()).isEqualTo("localhost");
            EndpointClient wide = new EndpointClient(base);
            String pool = wide.cognito("CreateUserPool", "{'PoolName': 'wide'}").get("UserPool").get("Id").asText();
            JsonNode discovery = EndpointClient.parse(wide.get("/" + pool + "/.well-known/openid-configuration").body());
            assertThat(discovery.get("issuer").asText()).isEqualTo("http://localhost:" + base.getPort() + "/" + pool);
        }
    }

    @Test
    void aTakenPortIsAClearError() {
        int taken = endpoint.baseUri().getPort();

        assertThatThrownBy(() -> StepwiseEndpoint.builder(store).port(taken).start())
                .isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + taken + ": the address is already in use");
    }

    @Test
    void outboxListsMessagesOldestFirstAndFiltersByPoolAndUser() {
        String first = createPool("first");
        String second = createPool("second");
        signUp(createClient(first), "ann");
        signUp(createClient(first), "bob");
        signUp(createClient(second), "ann");

        JsonNode all = EndpointClient.parse(client.get(OutboxRoute.PATH).body());
        JsonNode ofFirst = EndpointClient.parse(client.get(OutboxRoute.PATH + "?poolId=" + first).body());
        JsonNode ofAnn = EndpointClient.parse(client.get(OutboxRoute.PATH + "?username=ann").body());
        JsonNode annInSecond = EndpointClient.parse(
                client.get(OutboxRoute.PATH + "?poolId=" + second + "&username=ann").body());

        assertThat(pairs(all)).containsExactly(first + "/ann", first + "/bob", second + "/ann");
        assertThat(pairs(ofFirst)).containsExactly(first + "/ann", first + "/bob");
        assertThat(pairs(ofAnn)).containsExactly(first + "/ann", second + "/ann");
        assertThat(pairs(annInSecond)).containsExactly(second + "/ann");
        JsonNode message = annInSecond.get(0);
        assertThat(message.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(message.get("destination").asText()).isEqualTo("ann@example.com");
        assertThat(message.get("code").asText()).matches("\\d{6}");
        assertThat(message.get("message").asText()).contains(message.get("code").asText());
        assertThat(message.get("sentAt").asText()).isEqualTo(NOW.toString());
    }

    private static List<String> pairs(JsonNode messages) {
        List<String> pairs = new ArrayList<>();
        messages.forEach(m -> pairs.add(m.get("poolId").asText() + "/" + m.get("username").asText()));
        return pairs;
    }

    private void signUp(String appClient, String username) {
        client.cognito("SignUp", "{'ClientId': '" + appClient + "', 'Username': '" + username + "',"
                + " 'Password': 'Passw0rd!', 'UserAttributes': [{'Name': 'email', 'Value': '" + username
                + "@example.com'}]}");
    }

    private String createPool(String name) {
        return client.cognito("CreateUserPool", "{'PoolName': '" + name + "', 'AutoVerifiedAttributes': ['email']}")
                .get("UserPool").get("Id").asText();
    }

    private String createClient(String pool) {
        return client.cognito("CreateUserPoolClient", "{'UserPoolId': '" + pool + "', 'ClientName': 'web',"
                + " 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']}")
                .get("UserPoolClient").get("ClientId").asText();
    }
}
