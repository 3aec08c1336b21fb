package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Talks to an endpoint the way the SDKs do, through the JDK's HTTP client. */
final class EndpointClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String COGNITO = "AWSCognitoIdentityProviderService.";
    static final String JSON_1_1 = "application/x-amz-json-1.1";
    /** A well-formed SigV4 header with dummy credentials, as an SDK sends it (the endpoint checks only its form). */
    static final Map<String, String> SIGNATURE = Map.of("X-Amz-Date", "20250101T000000Z", "Authorization",
            "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/cognito-idp/aws4_request, "
                    + "SignedHeaders=host;x-amz-date, Signature=00ff");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    EndpointClient(URI base) {
        this.base = base;
    }

    /** A signed Cognito call that must succeed; returns the response body. */
    JsonNode cognito(String operation, String body) {
        HttpResponse<String> response = post(signed(Map.of("X-Amz-Target", COGNITO + operation,
                "Content-Type", JSON_1_1)), body.replace('\'', '"'));
        if (response.statusCode() != 200) {
            throw new AssertionError(operation + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** The headers with a SigV4 signature added. */
    static Map<String, String> signed(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(SIGNATURE);
        return all;
    }

    HttpResponse<String> post(Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
