package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.OAuthClientSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A checked {@code /oauth2/authorize} request: which client, where the code goes, the scopes granted, and what the
 * code must be bound to (state, nonce, PKCE challenge). {@code identity_provider} and {@code idp_identifier} may name
 * only the pool itself ({@code COGNITO}); Stepwise has no federated providers.
 */
record AuthorizeRequest(String clientId, String redirectUri, List<String> scopes, String state, String nonce,
        String codeChallenge, String codeChallengeMethod) {

    AuthorizeRequest {
        scopes = List.copyOf(scopes);
    }

    /** Why a request is refused: redirected back with {@code error=} when the redirect URI is good, else a page. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String error;
        private final String redirectUri;
        private final String state;

        Refusal(String error, String description, String redirectUri, String state) {
            super(description, null, false, false);
            this.error = error;
            this.redirectUri = redirectUri;
            this.state = state;
        }

        String error() {
            return error;
        }

        OAuthResponse response() {
            if (redirectUri == null) {
                return OAuthResponse.html(400, HostedLoginPage.error(error, getMessage()));
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("error", error);
            parameters.put("error_description", getMessage());
            if (state != null) {
                parameters.put("state", state);
            }
            return OAuthResponse.redirect(withParameters(redirectUri, parameters));
        }
    }

    /**
     * Checks the request against its client as Cognito does: an unknown client or a redirect URI that is not one of
     * the client's callback URLs gets an error page; every later problem goes back to the redirect URI.
     */
    static AuthorizeRequest check(OAuthRequest request, Function<String, Optional<AppClient>> clients) {
        String clientId = request.parameter("client_id").orElseThrow(() -> new Refusal("invalid_request",
                "client_id is required", null, null));
        AppClient client = clients.apply(clientId).orElseThrow(() -> new Refusal("invalid_request",
                "Client " + clientId + " does not exist", null, null));
        OAuthClientSettings oauth = client.oauth();
        String redirectUri = request.parameter("redirect_uri").or(oauth::defaultRedirect)
                .orElseThrow(() -> new Refusal("redirect_mismatch", "redirect_uri is required", null, null));
        if (!oauth.callbackUrls().contains(redirectUri)) {
            throw new Refusal("redirect_mismatch", "redirect_uri " + redirectUri
                    + " is not one of the client's callback URLs", null, null);
        }
        String state = request.parameter("state").orElse(null);
        for (String name : List.of("client_id", "redirect_uri", "response_type", "state", "scope", "nonce",
                "code_challenge", "code_challenge_method")) {
            if (request.repeated(name)) {
                throw new Refusal("invalid_request", name + " must not be repeated", redirectUri, state);
            }
        }
        String responseType = request.parameter("response_type").orElseThrow(() -> new Refusal("invalid_request",
                "response_type is required", redirectUri, state));
        if (!responseType.equals("code")) {
            throw new Refusal("unsupported_response_type", "response_type " + responseType
                    + " is not supported: use code", redirectUri, state);
        }
        if (!oauth.allows("code")) {
            throw new Refusal("unauthorized_client", "Client " + clientId
                    + " is not allowed the authorization code grant", redirectUri, state);
        }
        request.parameter("identity_provider").or(() -> request.parameter("idp_identifier"))
                .filter(p -> !p.equals("COGNITO"))
                .ifPresent(p -> {
                    throw new Refusal("invalid_request", "Identity provider " + p + " does not exist for this "
                            + "user pool", redirectUri, state);
                });
        List<String> scopes = request.parameter("scope").map(s -> List.of(s.trim().split("\\s+")))
                .orElse(oauth.scopes());
        for (String scope : scopes) {
            if (!oauth.scopes().contains(scope)) {
                throw new Refusal("invalid_scope", "Scope " + scope + " is not allowed for client " + clientId,
                        redirectUri, state);
            }
        }
        String challenge = request.parameter("code_challenge").orElse(null);
        String method = request.parameter("code_challenge_method").orElse(null);
        if (challenge != null) {
            method = method == null ? Pkce.PLAIN : method;
            if (!method.equals(Pkce.S256) && !method.equals(Pkce.PLAIN)) {
                throw new Refusal("invalid_request", "code_challenge_method must be S256 or plain", redirectUri,
                        state);
            }
            if (!Pkce.wellFormed(challenge)) {
                throw new Refusal("invalid_request", "code_challenge must be 43 to 128 characters of "
                        + "[A-Za-z0-9._~-]", redirectUri, state);
            }
        } else if (method != null) {
            throw new Refusal("invalid_request", "code_challenge_method without code_challenge", redirectUri, state);
        }
        return new AuthorizeRequest(clientId, redirectUri, List.copyOf(scopes), state,
                request.parameter("nonce").orElse(null), challenge, method);
    }

    /** The query string that repeats this request (what {@code /oauth2/authorize} passes on to {@code /login}). */
    String query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("response_type", "code");
        parameters.put("scope", String.join(" ", scopes));
        putIfPresent(parameters, "state", state);
        putIfPresent(parameters, "nonce", nonce);
        putIfPresent(parameters, "code_challenge", codeChallenge);
        putIfPresent(parameters, "code_challenge_method", codeChallengeMethod);
        return encode(parameters);
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("client_id", clientId).put("redirect_uri", redirectUri).put("state", state).put("nonce", nonce)
                .put("code_challenge", codeChallenge).put("code_challenge_method", codeChallengeMethod);
        scopes.forEach(n.putArray("scopes")::add);
        return n;
    }

    static AuthorizeRequest fromJson(JsonNode n) {
        List<String> scopes = new ArrayList<>();
        n.path("scopes").forEach(s -> scopes.add(s.asText()));
        return new AuthorizeRequest(n.get("client_id").asText(), n.get("redirect_uri").asText(), scopes,
                text(n, "state"), text(n, "nonce"), text(n, "code_challenge"), text(n, "code_challenge_method"));
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    static String encode(Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder();
        parameters.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    /** The URI with parameters appended to its query (kept if it has one). */
    static String withParameters(String uri, Map<String, String> parameters) {
        return uri + (uri.contains("?") ? "&" : "?") + encode(parameters);
    }
}
