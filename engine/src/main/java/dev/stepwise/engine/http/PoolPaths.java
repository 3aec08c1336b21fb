package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.UserPoolService;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paths under a pool's issuer, {@code /<poolId>/.well-known/<document>}, and Cognito's 404 for an unknown pool. */
final class PoolPaths {

    /** Cognito's pool-id pattern (what amazon-cognito-identity-js checks too). */
    private static final Pattern WELL_KNOWN = Pattern.compile("/([\\w-]+_[0-9a-zA-Z]+)/\\.well-known/([^/]+)");

    private PoolPaths() {
    }

    /** The pool id of {@code /<poolId>/.well-known/<document>}, if the path is that. */
    static Optional<String> poolIdOf(EndpointRequest request, String document) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Optional.empty();
        }
        Matcher m = WELL_KNOWN.matcher(request.path());
        return m.matches() && m.group(2).equals(document) ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isWellKnown(EndpointRequest request, String document) {
        return poolIdOf(request, document).isPresent();
    }

    static EndpointResponse unknownPool(String poolId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", "ResourceNotFoundException");
        body.put("message", "User pool " + poolId + " does not exist.");
        return EndpointResponse.json(404, body);
    }

    static boolean exists(UserPoolService userPools, String poolId) {
        return userPools.hasPool(poolId);
    }
}
