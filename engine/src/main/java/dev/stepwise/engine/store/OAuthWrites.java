package dev.stepwise.engine.store;

import dev.stepwise.engine.userpool.model.AuthorizationCode;
import dev.stepwise.engine.userpool.model.HostedSession;
import dev.stepwise.engine.userpool.model.ResourceServer;

/** Write port for the OAuth 2.0 side of user pools. */
public interface OAuthWrites {

    void insertResourceServer(ResourceServer server);

    void updateResourceServer(ResourceServer server);

    void deleteResourceServer(String userPoolId, String identifier);

    void insertAuthorizationCode(AuthorizationCode code);

    /** Spends a code; false when it was already spent (so two concurrent redemptions cannot both win). */
    boolean markAuthorizationCodeUsed(String codeHash);

    /** Stores a hosted-page session, replacing one with the same hash. */
    void putHostedSession(HostedSession session);

    void deleteHostedSession(String sessionHash);

    /** Forgets hosted-page sessions and authorization codes that expired before {@code now}. */
    void purgeExpiredOAuthRows(java.time.Instant now);

    /** Records the scopes granted to a sign-in (its tokens' {@code origin_jti}). */
    void insertGrantedScopes(String originJti, java.util.List<String> scopes);
}
