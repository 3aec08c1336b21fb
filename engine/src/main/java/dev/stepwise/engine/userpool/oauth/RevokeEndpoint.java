package dev.stepwise.engine.userpool.oauth;

import dev.stepwise.engine.userpool.OAuthBackend;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;

/**
 * {@code POST /oauth2/revoke}: revokes a refresh token, as RevokeToken does (the access and ID tokens of its sign-in
 * stop working too). An unknown refresh token is not an error (RFC 7009); an access or ID token is.
 */
final class RevokeEndpoint {

    private final OAuthBackend backend;

    RevokeEndpoint(OAuthBackend backend) {
        this.backend = backend;
    }

    OAuthResponse revoke(OAuthRequest request) {
        try {
            if (!request.method().equalsIgnoreCase("POST")) {
                throw new OAuthError(OAuthError.INVALID_REQUEST, "The revoke endpoint takes POST requests only");
            }
            String token = request.formParameter("token").filter(t -> !t.isEmpty())
                    .orElseThrow(() -> new OAuthError(OAuthError.INVALID_REQUEST, "token is required"));
            ClientAuthentication.Authenticated caller = ClientAuthentication.authenticate(backend.store(), request);
            if (token.chars().filter(c -> c == '.').count() == 2) {
                throw new OAuthError(OAuthError.UNSUPPORTED_TOKEN_TYPE, "Only refresh tokens can be revoked");
            }
            try {
                backend.revoke(caller.client().clientId(), caller.secret(), token);
            } catch (UserPoolException e) {
                throw new OAuthError(e.code().equals(UserPoolErrorCode.UNSUPPORTED_OPERATION)
                        ? OAuthError.UNAUTHORIZED_CLIENT : OAuthError.INVALID_REQUEST, e.getMessage());
            }
            return OAuthResponse.empty(200);
        } catch (OAuthError e) {
            return e.response();
        }
    }
}
