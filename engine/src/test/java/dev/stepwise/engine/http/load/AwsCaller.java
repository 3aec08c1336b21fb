package dev.stepwise.engine.http.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls an AWS JSON endpoint the way the SDKs do: {@code POST /} with {@code X-Amz-Target}, the protocol's content
 * type and a well-formed SigV4 header (dummy credentials; the local endpoint checks only its form). Thread-safe: one
 * caller serves every client of a load run over HTTP/1.1 keep-alive connections.
 */
public final class AwsCaller {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** The two services the endpoint speaks, with their target prefixes and content types. */
    public enum Service {
        COGNITO("AWSCognitoIdentityProviderService.", "application/x-amz-json-1.1", "cognito-idp"),
        STEP_FUNCTIONS("AWSStepFunctions.", "application/x-amz-json-1.0", "states");

        final String targetPrefix;
        final String contentType;
        final String signingName;

        Service(String targetPrefix, String contentType, String signingName) {
            this.targetPrefix = targetPrefix;
            this.contentType = contentType;
            this.signingName = signingName;
        }
    }

    /** An answer: its HTTP status and JSON body ({@code null} when the body is not JSON). */
    public record Reply(int status, JsonNode body, String text) {
        public boolean ok() {
            return status == 200 && body != null;
        }

        /** {@code __type} of an error answer, or the status when there is none. */
        public String describe() {
            String type = body != null && body.has("__type") ? body.get("__type").asText() : "HTTP " + status;
            return type + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    public AwsCaller(URI base) {
        this.base = base.resolve("/");
    }

    public URI base() {
        return base;
    }

    /** @throws IOException when there is no answer (refused, reset, timed out) */
    public Reply call(Service service, String operation, JsonNode request) throws IOException {
        HttpRequest httpRequest = HttpRequest.newBuilder(base)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", service.contentType)
                .header("X-Amz-Target", service.targetPrefix + operation)
                .header("X-Amz-Date", "20250101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/"
                        + service.signingName + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=00ff")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(operation + " interrupted");
        }
        return new Reply(response.statusCode(), parseOrNull(response.body()), response.body());
    }

    /** A call that must succeed. @throws LoadFailure when it is refused */
    public JsonNode require(Service service, String operation, JsonNode request) throws IOException {
        Reply reply = call(service, operation, request);
        if (!reply.ok()) {
            throw new LoadFailure(operation + " answered " + reply.describe());
        }
        return reply.body();
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static JsonNode parseOrNull(String text) {
        try {
            return text.isEmpty() ? null : JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** An answer that broke the load's expectations (a refusal or a wrong value). */
    public static final class LoadFailure extends RuntimeException {
        public LoadFailure(String message) {
            super(message);
        }
    }
}
