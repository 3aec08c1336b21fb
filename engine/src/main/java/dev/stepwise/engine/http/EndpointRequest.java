package dev.stepwise.engine.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the routes see it: method, decoded path, raw query, headers (names compared ignoring case) and
 * the whole body, already read within the endpoint's size limit.
 */
public final class EndpointRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public EndpointRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        this.path = Objects.requireNonNull(path, "path");
        this.rawQuery = rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    public String method() {
        return method;
    }

    /** The decoded path, e.g. {@code /us-east-1_AbC/.well-known/jwks.json}. */
    public String path() {
        return path;
    }

    /** The first value of a header, if it was sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a query parameter, decoded ({@code ?poolId=a&username=b}). */
    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every query parameter with all its values, decoded, in the order sent. */
    public Map<String, List<String>> queryParameters() {
        return UrlEncoded.parse(rawQuery);
    }

    /** Every header with all its values; names as sent. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
    }
}
