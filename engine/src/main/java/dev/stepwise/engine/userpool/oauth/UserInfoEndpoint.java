package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.OAuthBackend;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.UserAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET|POST /oauth2/userInfo}: the user's attributes for an access token from the token endpoint (one with the
 * openid scope), limited by its scopes as Cognito does: {@code email} and {@code phone} give those attributes,
 * {@code profile} the others, and openid alone (or with aws.cognito.signin.user.admin) every attribute the client
 * may read. Values are strings, as Cognito returns them.
 */
final class UserInfoEndpoint {

    private static final String BAD_REQUEST = "Bad OAuth2 request at UserInfo Endpoint";
    private static final String BAD_TOKEN =
            "Access token is expired, disabled, or deleted, or the user has globally signed out.";
    private static final Set<String> EMAIL = Set.of("email", "email_verified");
    private static final Set<String> PHONE = Set.of("phone_number", "phone_number_verified");

    private final OAuthBackend backend;

    UserInfoEndpoint(OAuthBackend backend) {
        this.backend = backend;
    }

    OAuthResponse userInfo(OAuthRequest request) {
        Optional<String> token = request.header("Authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).map(h -> h.substring(7).trim())
                .filter(t -> !t.isEmpty());
        if (token.isEmpty()) {
            return error(400, "invalid_request", BAD_REQUEST);
        }
        OAuthBackend.AuthorizedUser authorized;
        try {
            authorized = backend.authorize(token.get());
        } catch (UserPoolException e) {
            return error(401, "invalid_token", BAD_TOKEN);
        }
        Object scopeClaim = authorized.claims().getClaim("scope");
        List<String> scopes = scopeClaim == null ? List.of() : Arrays.asList(scopeClaim.toString().split(" "));
        if (!scopes.contains("openid")) {
            return error(401, "invalid_token", "Access token does not contain openid scope");
        }
        Optional<AppClient> client = backend.store().read(q -> q.findClient(
                String.valueOf(authorized.claims().getClaim("client_id"))));
        boolean all = scopes.contains("aws.cognito.signin.user.admin")
                || !(scopes.contains("email") || scopes.contains("phone") || scopes.contains("profile"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sub", authorized.user().sub());
        for (UserAttribute a : authorized.user().attributes()) {
            if (a.name().equals("sub") || !readable(client, a.name())) {
                continue;
            }
            boolean granted = all || (EMAIL.contains(a.name()) ? scopes.contains("email")
                    : PHONE.contains(a.name()) ? scopes.contains("phone") : scopes.contains("profile"));
            if (granted) {
                body.put(a.name(), a.value());
            }
        }
        body.put("username", authorized.user().username());
        return OAuthResponse.json(200, body);
    }

    private static boolean readable(Optional<AppClient> client, String attribute) {
        List<String> read = client.map(AppClient::readAttributes).orElse(List.of());
        return read.isEmpty() || read.contains(attribute);
    }

    /** Cognito's userInfo errors: the OAuth error in {@code WWW-Authenticate} and in a JSON body. */
    private static OAuthResponse error(int status, String error, String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", error)
                .put("error_description", description);
        return OAuthResponse.json(status, body).with("WWW-Authenticate",
                "error=\"" + error + "\", error_description=\"" + description + "\"");
    }
}
