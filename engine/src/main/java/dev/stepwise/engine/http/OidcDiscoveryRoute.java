package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.UserPoolService;
import java.net.URI;
import java.util.Objects;

/**
 * {@code GET /<poolId>/.well-known/openid-configuration}: the pool's OIDC discovery document, with the members and
 * values Cognito publishes (in its alphabetical order). The issuer is the one in the pool's tokens; the OAuth 2.0
 * endpoints sit at the endpoint's root, where Cognito's sit at the pool's domain.
 */
public final class OidcDiscoveryRoute implements Route {

    static final String DOCUMENT = "openid-configuration";

    private final UserPoolService userPools;
    private final String base;

    public OidcDiscoveryRoute(UserPoolService userPools, URI baseUri) {
        this.userPools = Objects.requireNonNull(userPools, "userPools");
        String text = baseUri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public boolean matches(EndpointRequest request) {
        return PoolPaths.isWellKnown(request, DOCUMENT);
    }

    @Override
    public EndpointResponse handle(EndpointRequest request) {
        String poolId = PoolPaths.poolIdOf(request, DOCUMENT).orElseThrow();
        if (!PoolPaths.exists(userPools, poolId)) {
            return PoolPaths.unknownPool(poolId);
        }
        String issuer = userPools.issuer(poolId);
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("authorization_endpoint", base + "/oauth2/authorize");
        document.put("end_session_endpoint", base + "/logout");
        strings(document, "id_token_signing_alg_values_supported", "RS256");
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/.well-known/jwks.json");
        strings(document, "response_types_supported", "code"); // the implicit grant is not offered
        document.put("revocation_endpoint", base + "/oauth2/revoke");
        strings(document, "scopes_supported", "openid", "email", "phone", "profile");
        strings(document, "subject_types_supported", "public");
        document.put("token_endpoint", base + "/oauth2/token");
        strings(document, "token_endpoint_auth_methods_supported", "client_secret_basic", "client_secret_post");
        document.put("userinfo_endpoint", base + "/oauth2/userInfo");
        return EndpointResponse.json(200, document);
    }

    private static void strings(ObjectNode document, String member, String... values) {
        ArrayNode array = document.putArray(member);
        for (String value : values) {
            array.add(value);
        }
    }
}
