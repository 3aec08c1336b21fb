-- OAuth 2.0 / OIDC: app clients' OAuth settings, resource servers with custom scopes, authorization codes and the
-- hosted login page's sessions. Codes and session keys are stored only as SHA-256 hashes (Base64url) of what the
-- browser or client holds, so a copy of the database cannot redeem them.

CREATE TABLE app_client_oauth (
    client_id            VARCHAR(128)   NOT NULL PRIMARY KEY REFERENCES app_clients (client_id) ON DELETE CASCADE,
    enabled              BOOLEAN        NOT NULL,
    flows                VARCHAR(200)   NOT NULL,
    scopes               VARCHAR(20000) NOT NULL,
    callback_urls        VARCHAR(200000) NOT NULL,
    logout_urls          VARCHAR(200000) NOT NULL,
    default_redirect_uri VARCHAR(1024),
    identity_providers   VARCHAR(20000) NOT NULL
);

CREATE TABLE resource_servers (
    user_pool_id VARCHAR(55)  NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    identifier   VARCHAR(256) NOT NULL,
    name         VARCHAR(256) NOT NULL,
    -- [{"ScopeName": ..., "ScopeDescription": ...}] in the order given
    scopes       VARCHAR(100000) NOT NULL,
    PRIMARY KEY (user_pool_id, identifier)
);

CREATE TABLE authorization_codes (
    code_hash             VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_pool_id          VARCHAR(55)   NOT NULL,
    client_id             VARCHAR(128)  NOT NULL,
    username              VARCHAR(128)  NOT NULL,
    redirect_uri          VARCHAR(1024) NOT NULL,
    scopes                VARCHAR(20000) NOT NULL,
    nonce                 VARCHAR(2048),
    code_challenge        VARCHAR(128),
    code_challenge_method VARCHAR(8),
    auth_time             TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    used                  BOOLEAN       NOT NULL,
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);

-- A sign-in in progress on the hosted page (LOGIN: the authorize request and the pending challenge, keyed by a
-- hidden form field) or a browser that has signed in (SIGNED_IN: keyed by the session cookie).
CREATE TABLE hosted_sessions (
    session_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    user_pool_id VARCHAR(55)  NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    client_id    VARCHAR(128) NOT NULL,
    username     VARCHAR(128),
    state        CLOB         NOT NULL,
    created      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires      TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- The scopes granted to a sign-in through the token endpoint, by the origin_jti its tokens share: refreshing it
-- gives tokens with the same scopes.
CREATE TABLE oauth_grants (
    origin_jti VARCHAR(64)    NOT NULL PRIMARY KEY,
    scopes     VARCHAR(20000) NOT NULL
);
