package dev.stepwise.engine.userpool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OidcDiscoveryTest {

    @Test
    void endpointsHangOffTheBaseAndKeysOffTheIssuer() {
        ObjectNode d = OidcDiscovery.document("http://127.0.0.1:9229/us-east-1_abc", "http://127.0.0.1:9229");
        assertEquals("http://127.0.0.1:9229/us-east-1_abc", d.get("issuer").asText());
        assertEquals("http://127.0.0.1:9229/us-east-1_abc/.well-known/jwks.json", d.get("jwks_uri").asText());
        assertEquals("http://127.0.0.1:9229/oauth2/authorize", d.get("authorization_endpoint").asText());
        assertEquals("http://127.0.0.1:9229/oauth2/token", d.get("token_endpoint").asText());
        assertEquals("http://127.0.0.1:9229/oauth2/userInfo", d.get("userinfo_endpoint").asText());
        assertEquals("[\"RS256\"]", d.get("id_token_signing_alg_values_supported").toString());
        assertEquals("[\"code\"]", d.get("response_types_supported").toString());
    }
}
