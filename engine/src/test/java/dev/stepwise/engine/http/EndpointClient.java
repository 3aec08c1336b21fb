package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Talks to an endpoint the way the SDKs do, through the JDK's HTTP client. */
final class EndpointClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String COGNITO = "AWSCognitoIdentityProviderService.";
    static final String JSON_1_1 = "application/x-amz-json-1.1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    EndpointClient(URI base) {
        this.base = base;
    }

    /** A Cognito call that must succeed; returns the response body. */
    JsonNode cognito(String operation, String body) {
        HttpResponse<String> response = post(Map.of("X-Amz-Target", COGNITO + operation, "Content-Type", JSON_1_1),
                body.replace('\'', '"'));
        if (response.statusCode() != 200) {
            throw new AssertionError(operation + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
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
