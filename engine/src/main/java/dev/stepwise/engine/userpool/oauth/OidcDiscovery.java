package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A pool's OpenID Connect discovery document ({@code <issuer>/.well-known/openid-configuration}), with the members
 * Cognito publishes. The endpoints are where the HTTP layer serves {@link OAuthEndpoints}; Stepwise offers the
 * authorization code grant only, so that is the one response type it advertises.
 */
public final class OidcDiscovery {

    private OidcDiscovery() {
    }

    /**
     * @param issuer the pool's issuer, {@code <issuer base>/<pool id>}
     * @param endpointBase where the OAuth endpoints are served, without a trailing slash (Cognito: the pool's domain)
     */
    public static ObjectNode document(String issuer, String endpointBase) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("authorization_endpoint", endpointBase + "/oauth2/authorize");
        n.put("end_session_endpoint", endpointBase + "/logout");
        strings(n.putArray("id_token_signing_alg_values_supported"), List.of("RS256"));
        n.put("issuer", issuer);
        n.put("jwks_uri", issuer + "/.well-known/jwks.json");
        strings(n.putArray("response_types_supported"), List.of("code"));
        n.put("revocation_endpoint", endpointBase + "/oauth2/revoke");
        strings(n.putArray("scopes_supported"), List.of("openid", "email", "phone", "profile"));
        strings(n.putArray("subject_types_supported"), List.of("public"));
        n.put("token_endpoint", endpointBase + "/oauth2/token");
        strings(n.putArray("token_endpoint_auth_methods_supported"),
                List.of("client_secret_basic", "client_secret_post"));
        n.put("userinfo_endpoint", endpointBase + "/oauth2/userInfo");
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
