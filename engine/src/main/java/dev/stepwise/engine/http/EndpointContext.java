package dev.stepwise.engine.http;

import dev.stepwise.engine.userpool.UserPoolService;
import java.net.URI;
import java.util.Objects;

/** What routes added to the endpoint may need: its bound base URI and its user-pool service. */
public record EndpointContext(URI baseUri, UserPoolService userPools) {

    public EndpointContext {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(userPools, "userPools");
    }
}
