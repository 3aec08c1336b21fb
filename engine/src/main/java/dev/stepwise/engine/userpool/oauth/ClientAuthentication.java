package dev.stepwise.engine.userpool.oauth;

import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.userpool.model.AppClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling the token or revoke endpoint: HTTP Basic ({@code client_id:client_secret}) or {@code client_id} and
 * {@code client_secret} form fields. A client with a secret must present it; a client without one names itself.
 */
final class ClientAuthentication {

    /** The authenticated client and the secret it presented (null for a client without one). */
    record Authenticated(AppClient client, String secret) {
    }

    private ClientAuthentication() {
    }

    static Authenticated authenticate(UserPoolStore store, OAuthRequest request) {
        Optional<String[]> basic = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                .map(h -> basic(h.substring(6).trim()));
        Optional<String> formId = request.formParameter("client_id");
        String clientId = basic.map(b -> b[0]).or(() -> formId)
                .orElseThrow(() -> new OAuthError(OAuthError.INVALID_CLIENT, "Client authentication is missing: "
                        + "send HTTP Basic credentials or the client_id parameter"));
        if (basic.isPresent() && formId.isPresent() && !formId.get().equals(clientId)) {
            throw new OAuthError(OAuthError.INVALID_CLIENT, "client_id does not match the HTTP Basic credentials");
        }
        String secret = basic.map(b -> b[1]).or(() -> request.formParameter("client_secret")).orElse(null);
        AppClient client = store.read(q -> q.findClient(clientId))
                .orElseThrow(() -> new OAuthError(OAuthError.INVALID_CLIENT, "Client " + clientId
                        + " does not exist"));
        if (client.clientSecret().isPresent()) {
            if (secret == null) {
                throw new OAuthError(OAuthError.INVALID_CLIENT, "Client " + clientId
                        + " is configured with a secret but none was received");
            }
            if (!MessageDigest.isEqual(client.clientSecret().get().getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_8))) {
                throw new OAuthError(OAuthError.INVALID_CLIENT, "Unable to verify the secret of client " + clientId);
            }
        }
        return new Authenticated(client, client.clientSecret().isPresent() ? secret : null);
    }

    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new OAuthError(OAuthError.INVALID_CLIENT, "The HTTP Basic credentials are not Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new OAuthError(OAuthError.INVALID_CLIENT, "The HTTP Basic credentials lack a ':'");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
