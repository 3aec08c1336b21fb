package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response of an OAuth endpoint: status, headers (a name may repeat, as {@code Set-Cookie} does) and body.
 */
public record OAuthResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public OAuthResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    static OAuthResponse json(int status, JsonNode body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json;charset=UTF-8"));
        headers.put("Cache-Control", List.of("no-store"));
        headers.put("Pragma", List.of("no-cache"));
        return new OAuthResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static OAuthResponse html(int status, String page) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("text/html;charset=UTF-8"));
        headers.put("Cache-Control", List.of("no-store"));
        // The page has no scripts and nobody may frame it (clickjacking). No form-action: browsers apply it to the
        // redirect that follows the form, and that goes to the application's callback URL.
        headers.put("Content-Security-Policy", List.of("default-src 'none'; style-src 'unsafe-inline'; "
                + "frame-ancestors 'none'"));
        headers.put("X-Frame-Options", List.of("DENY"));
        return new OAuthResponse(status, headers, page.getBytes(StandardCharsets.UTF_8));
    }

    static OAuthResponse redirect(String location) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Location", List.of(location));
        headers.put("Cache-Control", List.of("no-store"));
        return new OAuthResponse(302, headers, new byte[0]);
    }

    static OAuthResponse empty(int status) {
        return new OAuthResponse(status, Map.of("Cache-Control", List.of("no-store")), new byte[0]);
    }

    /** This response with one more header value (e.g. a second {@code Set-Cookie}). */
    OAuthResponse with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, values);
        return new OAuthResponse(status, copy, body);
    }
}
