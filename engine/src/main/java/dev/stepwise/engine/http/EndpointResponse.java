package dev.stepwise.engine.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One HTTP response: status, headers and body bytes. */
public record EndpointResponse(int status, Map<String, String> headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EndpointResponse {
        headers = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A JSON document with the given content type ({@code application/json} or an AWS JSON protocol's). */
    public static EndpointResponse json(int status, JsonNode document, String contentType) {
        try {
            return new EndpointResponse(status, Map.of("Content-Type", contentType), JSON.writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    public static EndpointResponse json(int status, JsonNode document) {
        return json(status, document, "application/json");
    }

    public static EndpointResponse text(int status, String text, String contentType) {
        return new EndpointResponse(status, Map.of("Content-Type", contentType),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response without a body, such as AWS's 413 for a request that is too large. */
    public static EndpointResponse empty(int status) {
        return new EndpointResponse(status, Map.of(), new byte[0]);
    }

    /** The same response with one more header. */
    public EndpointResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new EndpointResponse(status, more, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
