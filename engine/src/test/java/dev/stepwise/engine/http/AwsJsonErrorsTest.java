package dev.stepwise.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each way a request can be wrong, answered as AWS answers it; the endpoint keeps serving afterwards. */
class AwsJsonErrorsTest {

    private static final int MAX_REQUEST_BYTES = 4096;
    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final H2Store store = H2Store.inMemory();
    private final List<Throwable> internalFailures = new ArrayList<>();
    private StepwiseEndpoint endpoint;
    private EndpointClient client;

    @BeforeEach
    void start() {
        endpoint = StepwiseEndpoint.builder(store)
                .maxRequestBytes(MAX_REQUEST_BYTES)
                .userPools(b -> b.passwordHasher(new PasswordHasher(1_000, new SecureRandom())))
                .service(new BrokenService())
                .routes(context -> List.of(new BrokenRoute()))
                .onInternalFailure(internalFailures::add)
                .start();
        client = new EndpointClient(endpoint.baseUri());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void unknownOperationOfAKnownService() {
        HttpResponse<String> response = unsigned("FlyToTheMoon", "{}");

        assertError(response, 400, "UnknownOperationException");
        assertStillServing();
    }

    @Test
    void unsignedAdminOperationIsMissingAuthenticationToken() {
        HttpResponse<String> admin = unsigned("ListUserPools", "{\"MaxResults\": 1}");
        HttpResponse<String> signUp = unsigned("SignUp",
                "{\"ClientId\": \"nope\", \"Username\": \"jane\", \"Password\": \"Passw0rd!\"}");

        assertError(admin, 400, "MissingAuthenticationTokenException");
        assertThat(message(admin)).isEqualTo("Missing Authentication Token");
        assertError(signUp, 400, "ResourceNotFoundException"); // SignUp needs no credentials: it reached the pool
    }

    @Test
    void corsPreflightAllowsBrowserAppsAndResponsesExposeAwsHeaders() {
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(endpoint.baseUri().resolve("/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-user-agent").build());
        HttpResponse<String> actual = client.post(Map.of("Origin", "http://localhost:3000", "X-Amz-Target",
                EndpointClient.COGNITO + "SignUp", "Content-Type", EndpointClient.JSON_1_1), "{}");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("content-type,x-amz-target,x-amz-user-agent");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(actual.headers().firstValue("Access-Control-Expose-Headers")).get().asString()
                .contains("x-amzn-RequestId").contains("x-amzn-ErrorType");
    }

    @Test
    void missingTarget() {
        HttpResponse<String> response = client.post(Map.of("Content-Type", EndpointClient.JSON_1_1), "{}");

        assertError(response, 400, "UnknownOperationException");
        assertThat(message(response)).isEqualTo("Unknown operation: the X-Amz-Target header is missing");
        assertStillServing();
    }

    @Test
    void garbledTarget() {
        for (String target : List.of("ListUserPools", EndpointClient.COGNITO, "a.b.c", ".ListUserPools")) {
            HttpResponse<String> response = client.post(
                    Map.of("X-Amz-Target", target, "Content-Type", EndpointClient.JSON_1_1), "{}");

            assertError(response, 400, "UnknownOperationException");
            assertThat(message(response)).contains("'" + target + "'");
        }
        assertStillServing();
    }

    @Test
    void stepFunctionsWithoutItsServiceIsAnUnknownOperationInJson10() {
        HttpResponse<String> response = client.post(
                Map.of("X-Amz-Target", "AWSStepFunctions.ListStateMachines", "Content-Type", JSON_1_0), "{}");

        assertError(response, 400, "UnknownOperationException");
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_1_0);
        assertThat(message(response)).isEqualTo(
                "Unknown operation AWSStepFunctions.ListStateMachines: no service here answers AWSStepFunctions");
        assertStillServing();
    }

    @Test
    void malformedJsonIsASerializationException() {
        for (String body : List.of("{\"MaxResults\": ", "{} {}", "[]", "\"text\"", "")) {
            HttpResponse<String> response = cognito("ListUserPools", body);

            assertError(response, 400, "SerializationException");
        }
        assertThat(message(cognito("ListUserPools", "[1]"))).isEqualTo("Start of list found where not expected");
        assertStillServing();
    }

    @Test
    void wrongContentTypeIsNotFoundWithAwssBareBody() {
        HttpResponse<String> response = client.post(EndpointClient.signed(Map.of("X-Amz-Target",
                EndpointClient.COGNITO + "ListUserPools", "Content-Type", "text/plain")), "{\"MaxResults\": 1}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<UnknownOperationException/>\n");
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertStillServing();
    }

    @Test
    void plainJsonAndCharsetParametersAreAccepted() {
        for (String contentType : List.of("application/json", "application/x-amz-json-1.1; charset=utf-8")) {
            HttpResponse<String> response = client.post(EndpointClient.signed(Map.of("X-Amz-Target",
                    EndpointClient.COGNITO + "ListUserPools", "Content-Type", contentType)), "{\"MaxResults\": 1}");

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void getOnTheProtocolPathIsNotFound() {
        HttpResponse<String> response = client.get("/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<UnknownOperationException/>\n");
    }

    @Test
    void bodyOverTheLimitIs413WithoutABody() {
        String big = "{\"PoolName\": \"" + "x".repeat(MAX_REQUEST_BYTES) + "\"}";

        HttpResponse<String> response = cognito("CreateUserPool", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEmpty();
        assertStillServing();
    }

    @Test
    void serviceRefusalsKeepTheirTypeMessageAndStatus() {
        HttpResponse<String> response = cognito("DescribeUserPool", "{\"UserPoolId\": \"us-east-1_Nope1\"}");

        assertError(response, 400, "ResourceNotFoundException");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(message(response)).isNotBlank();
    }

    @Test
    void aFailingServiceIs500WithoutTheStackTrace() {
        HttpResponse<String> response = client.post(
                EndpointClient.signed(Map.of("X-Amz-Target", "Broken.Explode", "Content-Type", JSON_1_0)), "{}");

        assertError(response, 500, "InternalFailure");
        assertThat(message(response)).isEqualTo(AwsError.INTERNAL_FAILURE_MESSAGE);
        assertThat(response.body()).doesNotContain("secret detail").doesNotContain("at dev.stepwise");
        assertThat(internalFailures).singleElement().extracting(Throwable::getMessage).isEqualTo("secret detail");
        assertStillServing();
    }

    @Test
    void aStorageFailureIsCognitosInternalErrorException() {
        store.close();

        HttpResponse<String> response = cognito("ListUserPools", "{\"MaxResults\": 1}");

        assertError(response, 500, "InternalErrorException");
        assertThat(message(response)).isEqualTo("An internal error occurred.");
        assertThat(response.body()).doesNotContain("closed");
        assertThat(internalFailures).singleElement().extracting(Throwable::getMessage).isEqualTo("the store is closed");
        assertThat(client.get("/").statusCode()).isEqualTo(404); // and the server still answers
    }

    @Test
    void aFailingRouteIs500WithoutTheStackTrace() {
        HttpResponse<String> response = client.get(BrokenRoute.PATH);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(EndpointClient.parse(response.body()).get("__type").asText()).isEqualTo("InternalFailure");
        assertThat(response.body()).doesNotContain("route detail");
        assertThat(internalFailures).singleElement().extracting(Throwable::getMessage).isEqualTo("route detail");
        assertStillServing();
    }

    @Test
    void incompleteSignatureIsRefusedAndAnyCompleteOneAccepted() {
        HttpResponse<String> incomplete = client.post(Map.of("X-Amz-Target", EndpointClient.COGNITO + "ListUserPools",
                "Content-Type", EndpointClient.JSON_1_1, "Authorization", "AWS4-HMAC-SHA256 Credential=test/x",
                "X-Amz-Date", "20250101T000000Z"), "{\"MaxResults\": 1}");
        HttpResponse<String> signed = client.post(Map.of("X-Amz-Target", EndpointClient.COGNITO + "ListUserPools",
                "Content-Type", EndpointClient.JSON_1_1, "X-Amz-Date", "20250101T000000Z", "Authorization",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/cognito-idp/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=00ff"), "{\"MaxResults\": 1}");

        assertError(incomplete, 400, "IncompleteSignatureException");
        assertThat(message(incomplete)).startsWith("Authorization header requires 'Signature' parameter. "
                + "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256");
        assertThat(signed.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> cognito(String operation, String body) {
        return client.post(EndpointClient.signed(Map.of("X-Amz-Target", EndpointClient.COGNITO + operation,
                "Content-Type", EndpointClient.JSON_1_1)), body);
    }

    private HttpResponse<String> unsigned(String operation, String body) {
        return client.post(Map.of("X-Amz-Target", EndpointClient.COGNITO + operation,
                "Content-Type", EndpointClient.JSON_1_1), body);
    }

    private void assertStillServing() {
        JsonNode pools = client.cognito("ListUserPools", "{'MaxResults': 5}");
        assertThat(pools.has("UserPools")).isTrue();
    }

    private static void assertError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(EndpointClient.parse(response.body()).get("__type").asText()).isEqualTo(type);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    private static String message(HttpResponse<String> response) {
        return EndpointClient.parse(response.body()).path("message").asText();
    }

    /** A JSON-protocol service whose every call fails with an exception that is not one of its refusals. */
    private static final class BrokenService implements AwsJsonService {
        @Override
        public String targetPrefix() {
            return "Broken";
        }

        @Override
        public JsonProtocol protocol() {
            return JsonProtocol.AWS_JSON_1_0;
        }

        @Override
        public JsonNode call(String operation, JsonNode request) {
            throw new IllegalStateException("secret detail");
        }

        @Override
        public Optional<AwsError> error(RuntimeException exception) {
            return Optional.empty();
        }
    }

    /** A route with a bug. */
    private static final class BrokenRoute implements Route {
        static final String PATH = "/_test/broken";

        @Override
        public boolean matches(EndpointRequest request) {
            return request.path().equals(PATH);
        }

        @Override
        public EndpointResponse handle(EndpointRequest request) {
            throw new IllegalStateException("route detail");
        }
    }
}
