package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OAuth 2.0 error response of the token and revoke endpoints (RFC 6749 section 5.2): {@code {"error": ...,
 * "error_description": ...}} with status 400, or 401 for {@code invalid_client}.
 */
final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String INVALID_REQUEST = "invalid_request";
    static final String INVALID_CLIENT = "invalid_client";
    static final String INVALID_GRANT = "invalid_grant";
    static final String UNAUTHORIZED_CLIENT = "unauthorized_client";
    static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    static final String INVALID_SCOPE = "invalid_scope";
    static final String UNSUPPORTED_TOKEN_TYPE = "unsupported_token_type";

    private final String error;

    OAuthError(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    String error() {
        return error;
    }

    int status() {
        return error.equals(INVALID_CLIENT) ? 401 : 400;
    }

    OAuthResponse response() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", error);
        if (getMessage() != null) {
            body.put("error_description", getMessage());
        }
        OAuthResponse response = OAuthResponse.json(status(), body);
        return error.equals(INVALID_CLIENT) ? response.with("WWW-Authenticate", "Basic realm=\"oauth2\"") : response;
    }
}
