package dev.stepwise.engine.http;

import dev.stepwise.engine.userpool.UserPoolService;
import java.util.Objects;

/** {@code GET /<poolId>/.well-known/jwks.json}: the public keys that verify the pool's tokens. */
public final class JwksRoute implements Route {

    static final String DOCUMENT = "jwks.json";

    private final UserPoolService userPools;

    public JwksRoute(UserPoolService userPools) {
        this.userPools = Objects.requireNonNull(userPools, "userPools");
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
        return EndpointResponse.json(200, userPools.jwks(poolId));
    }
}
