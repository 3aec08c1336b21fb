package dev.stepwise.engine.userpool.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to an OAuth endpoint, independent of any server: the method, the path, the decoded query and form
 * parameters (form only for {@code application/x-www-form-urlencoded} bodies) and the headers (names in any case;
 * {@code Authorization} and {@code Cookie} are the ones that matter here).
 */
public record OAuthRequest(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> form, Map<String, String> headers) {

    public OAuthRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(lower);
    }

    /** A GET with these query parameters (one value each) and headers. */
    public static OAuthRequest get(String path, Map<String, String> query, Map<String, String> headers) {
        return new OAuthRequest("GET", path, single(query), Map.of(), headers);
    }

    /** A POST of an HTML form (one value per field) with these headers. */
    public static OAuthRequest post(String path, Map<String, String> form, Map<String, String> headers) {
        return new OAuthRequest("POST", path, Map.of(), single(form), headers);
    }

    private static Map<String, List<String>> single(Map<String, String> values) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        values.forEach((k, v) -> result.put(k, List.of(v)));
        return result;
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        return first(query, name);
    }

    /** The first value of a form field. */
    public Optional<String> formParameter(String name) {
        return first(form, name);
    }

    /** A parameter from the query or, failing that, the form (the endpoints that accept both). */
    public Optional<String> parameter(String name) {
        return queryParameter(name).or(() -> formParameter(name));
    }

    /** Whether a parameter is given more than once, which OAuth forbids (RFC 6749 section 3.1). */
    public boolean repeated(String name) {
        return query.getOrDefault(name, List.of()).size() + form.getOrDefault(name, List.of()).size() > 1;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A cookie from the {@code Cookie} header. */
    public Optional<String> cookie(String name) {
        for (String pair : header("Cookie").orElse("").split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                return Optional.of(pair.substring(eq + 1).trim());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
