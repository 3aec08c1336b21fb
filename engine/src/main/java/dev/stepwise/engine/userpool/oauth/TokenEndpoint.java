package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.OAuthBackend;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthorizationCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /oauth2/token}: the authorization_code (with PKCE), refresh_token and client_credentials grants. Tokens
 * are the engine's own, as InitiateAuth issues them, with the granted scopes in the access token's {@code scope}.
 */
final class TokenEndpoint {

    private final OAuthBackend backend;

    TokenEndpoint(OAuthBackend backend) {
        this.backend = backend;
    }

    OAuthResponse token(OAuthRequest request) {
        try {
            if (!request.method().equalsIgnoreCase("POST")) {
                throw new OAuthError(OAuthError.INVALID_REQUEST, "The token endpoint takes POST requests only");
            }
            String grantType = request.formParameter("grant_type").orElseThrow(() -> new OAuthError(
                    OAuthError.INVALID_REQUEST, "grant_type is required"));
            if (!List.of("authorization_code", "refresh_token", "client_credentials").contains(grantType)) {
                throw new OAuthError(OAuthError.UNSUPPORTED_GRANT_TYPE, "grant_type " + grantType
                        + " is not supported");
            }
            ClientAuthentication.Authenticated caller = ClientAuthentication.authenticate(backend.store(), request);
            return switch (grantType) {
                case "authorization_code" -> authorizationCode(request, caller.client());
                case "refresh_token" -> refreshToken(request, caller.client());
                default -> clientCredentials(request, caller);
            };
        } catch (OAuthError e) {
            return e.response();
        }
    }

    private OAuthResponse authorizationCode(OAuthRequest request, AppClient client) {
        String code = required(request, "code");
        String redirectUri = required(request, "redirect_uri");
        if (!client.oauth().allows("code")) {
            throw new OAuthError(OAuthError.UNAUTHORIZED_CLIENT, "Client " + client.clientId()
                    + " is not allowed the authorization code grant");
        }
        String hash = OAuthBackend.hash(code);
        AuthorizationCode stored = backend.store().write(tx -> {
            Optional<AuthorizationCode> found = tx.findAuthorizationCode(hash)
                    .filter(c -> c.clientId().equals(client.clientId()));
            // Any redemption spends the code, so a wrong verifier cannot be retried against it.
            if (found.isEmpty() || !tx.markAuthorizationCodeUsed(hash)) {
                return null;
            }
            return found.get();
        });
        if (stored == null || !backend.now().isBefore(stored.expires())) {
            throw new OAuthError(OAuthError.INVALID_GRANT, "The authorization code is invalid, expired or used");
        }
        if (!stored.redirectUri().equals(redirectUri)) {
            throw new OAuthError(OAuthError.INVALID_GRANT, "redirect_uri does not match the authorize request");
        }
        if (stored.codeChallenge() != null) {
            String verifier = request.formParameter("code_verifier").orElseThrow(() -> new OAuthError(
                    OAuthError.INVALID_GRANT, "code_verifier is required: the authorize request had a "
                            + "code_challenge"));
            if (!Pkce.verifies(stored.codeChallenge(), stored.codeChallengeMethod(), verifier)) {
                throw new OAuthError(OAuthError.INVALID_GRANT, "code_verifier does not match the code_challenge");
            }
        }
        try {
            return success(backend.tokensForCode(stored));
        } catch (UserPoolException e) {
            throw new OAuthError(OAuthError.INVALID_GRANT, e.getMessage());
        }
    }

    private OAuthResponse refreshToken(OAuthRequest request, AppClient client) {
        String token = required(request, "refresh_token");
        try {
            return success(backend.refresh(client.clientId(), token));
        } catch (UserPoolException e) {
            throw new OAuthError(OAuthError.INVALID_GRANT, e.getMessage());
        }
    }

    /** Only for a client with a secret and the client_credentials flow; only custom scopes; an access token only. */
    private OAuthResponse clientCredentials(OAuthRequest request, ClientAuthentication.Authenticated caller) {
        AppClient client = caller.client();
        if (client.clientSecret().isEmpty()) {
            throw new OAuthError(OAuthError.INVALID_CLIENT, "The client_credentials grant needs a client with a "
                    + "secret");
        }
        if (!client.oauth().allows("client_credentials")) {
            throw new OAuthError(OAuthError.UNAUTHORIZED_CLIENT, "Client " + client.clientId()
                    + " is not allowed the client_credentials grant");
        }
        List<String> allowed = client.oauth().scopes().stream().filter(s -> s.contains("/")).toList();
        List<String> scopes = request.formParameter("scope").map(s -> Arrays.asList(s.trim().split("\\s+")))
                .orElse(allowed);
        for (String scope : scopes) {
            if (!allowed.contains(scope)) {
                throw new OAuthError(OAuthError.INVALID_SCOPE, "Scope " + scope + " is not a custom scope allowed "
                        + "for client " + client.clientId());
            }
        }
        if (scopes.isEmpty()) {
            throw new OAuthError(OAuthError.INVALID_SCOPE, "Client " + client.clientId()
                    + " has no custom scopes for the client_credentials grant");
        }
        return success(backend.clientCredentials(client.clientId(), scopes));
    }

    private static String required(OAuthRequest request, String name) {
        return request.formParameter(name).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new OAuthError(OAuthError.INVALID_REQUEST, name + " is required"));
    }

    /** The engine's AuthenticationResult in the token endpoint's shape. */
    private static OAuthResponse success(JsonNode result) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (result.has("IdToken")) {
            body.put("id_token", result.get("IdToken").asText());
        }
        body.put("access_token", result.get("AccessToken").asText());
        if (result.has("RefreshToken")) { // a code grant's, or a refresh grant's when the client rotates them
            body.put("refresh_token", result.get("RefreshToken").asText());
        }
        body.put("expires_in", result.get("ExpiresIn").asLong());
        body.put("token_type", "Bearer");
        return OAuthResponse.json(200, body);
    }
}
