package dev.stepwise.engine.userpool.oauth;

import dev.stepwise.engine.userpool.UserPoolService;

/**
 * Cognito's OAuth 2.0 / OpenID Connect endpoints of a user pool, without an HTTP server: an HTTP layer turns each
 * request into an {@link OAuthRequest}, calls the entry point for its path and writes back the {@link OAuthResponse}.
 *
 * <pre>
 * GET  /oauth2/authorize      {@link #authorize}
 * GET  /login, POST /login    {@link #login}  (the hosted login page)
 * POST /oauth2/token          {@link #token}
 * GET|POST /oauth2/userInfo   {@link #userInfo}
 * POST /oauth2/revoke         {@link #revoke}
 * GET  /logout                {@link #logout}
 * </pre>
 */
public final class OAuthEndpoints {

    private final HostedLogin hosted;
    private final TokenEndpoint token;
    private final UserInfoEndpoint userInfo;
    private final RevokeEndpoint revoke;

    public OAuthEndpoints(UserPoolService service) {
        this.hosted = new HostedLogin(service.oauth());
        this.token = new TokenEndpoint(service.oauth());
        this.userInfo = new UserInfoEndpoint(service.oauth());
        this.revoke = new RevokeEndpoint(service.oauth());
    }

    public OAuthResponse authorize(OAuthRequest request) {
        return hosted.authorize(request);
    }

    public OAuthResponse login(OAuthRequest request) {
        return hosted.login(request);
    }

    public OAuthResponse token(OAuthRequest request) {
        return token.token(request);
    }

    public OAuthResponse userInfo(OAuthRequest request) {
        return userInfo.userInfo(request);
    }

    public OAuthResponse revoke(OAuthRequest request) {
        return revoke.revoke(request);
    }

    public OAuthResponse logout(OAuthRequest request) {
        return hosted.logout(request);
    }
}
