package dev.stepwise.engine.http;

import dev.stepwise.engine.userpool.oauth.OAuthEndpoints;
import dev.stepwise.engine.userpool.oauth.OAuthRequest;
import dev.stepwise.engine.userpool.oauth.OAuthResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Cognito's OAuth 2.0 endpoints and hosted login page on the endpoint: {@code /oauth2/authorize}, {@code /login},
 * {@code /oauth2/token}, {@code /oauth2/userInfo}, {@code /oauth2/revoke} and {@code /logout}. Translates HTTP to the
 * engine's {@link OAuthEndpoints}, which check methods, parameters and credentials themselves.
 */
public final class OAuthRoute implements Route {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Map<String, BiFunction<OAuthEndpoints, OAuthRequest, OAuthResponse>> byPath = Map.of(
            "/oauth2/authorize", OAuthEndpoints::authorize,
            "/login", OAuthEndpoints::login,
            "/oauth2/token", OAuthEndpoints::token,
            "/oauth2/userInfo", OAuthEndpoints::userInfo,
            "/oauth2/revoke", OAuthEndpoints::revoke,
            "/logout", OAuthEndpoints::logout);
    private final OAuthEndpoints endpoints;

    public OAuthRoute(OAuthEndpoints endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    @Override
    public boolean matches(EndpointRequest request) {
        return byPath.containsKey(request.path()) && !request.method().equals("OPTIONS");
    }

    @Override
    public EndpointResponse handle(EndpointRequest request) {
        OAuthResponse response = byPath.get(request.path()).apply(endpoints, toOAuth(request));
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach((name, values) -> {
            if (values.size() > 1) {
                // Only Set-Cookie may repeat, and the OAuth endpoints send at most one.
                throw new IllegalStateException("header " + name + " has " + values.size() + " values");
            }
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return new EndpointResponse(response.status(), headers, response.body());
    }

    private static OAuthRequest toOAuth(EndpointRequest request) {
        boolean isForm = request.header("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith(FORM)).orElse(false);
        Map<String, List<String>> form = isForm
                ? UrlEncoded.parse(new String(request.body(), StandardCharsets.UTF_8)) : Map.of();
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, String.join(", ", values));
            }
        });
        return new OAuthRequest(request.method(), request.path(), request.queryParameters(), form, headers);
    }
}
