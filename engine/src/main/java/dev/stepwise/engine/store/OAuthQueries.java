package dev.stepwise.engine.store;

import dev.stepwise.engine.userpool.model.AuthorizationCode;
import dev.stepwise.engine.userpool.model.HostedSession;
import dev.stepwise.engine.userpool.model.ResourceServer;
import java.util.List;
import java.util.Optional;

/** Read port for the OAuth 2.0 side of user pools: resource servers, authorization codes, hosted-page sessions. */
public interface OAuthQueries {

    Optional<ResourceServer> findResourceServer(String userPoolId, String identifier);

    /** The pool's resource servers by identifier. */
    List<ResourceServer> listResourceServers(String userPoolId);

    Optional<AuthorizationCode> findAuthorizationCode(String codeHash);

    Optional<HostedSession> findHostedSession(String sessionHash);

    /** The scopes the token endpoint granted to the sign-in with this {@code origin_jti}, if it granted any. */
    Optional<List<String>> grantedScopes(String originJti);
}
