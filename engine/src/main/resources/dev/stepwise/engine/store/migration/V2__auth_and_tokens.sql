-- Sign-in sessions waiting for a challenge answer, refresh tokens and per-pool signing keys.
-- Sessions and refresh tokens are stored only as SHA-256 hashes (Base64url) of what the client holds.

CREATE TABLE auth_sessions (
    session_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_pool_id   VARCHAR(55)  NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    client_id      VARCHAR(128) NOT NULL,
    username       VARCHAR(128) NOT NULL,
    challenge_name VARCHAR(64)  NOT NULL,
    expires        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    used           BOOLEAN      NOT NULL
);

CREATE TABLE refresh_tokens (
    token_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_pool_id VARCHAR(55)  NOT NULL,
    client_id    VARCHAR(128) NOT NULL,
    username     VARCHAR(128) NOT NULL,
    origin_jti   VARCHAR(64)  NOT NULL,
    issued       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    revoked      BOOLEAN      NOT NULL,
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_pool_id, username);
CREATE INDEX refresh_tokens_origin ON refresh_tokens (origin_jti);

CREATE TABLE signing_keys (
    user_pool_id VARCHAR(55)   NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    kid          VARCHAR(64)   NOT NULL,
    private_jwk  VARCHAR(8000) NOT NULL,
    created      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    active       BOOLEAN       NOT NULL,
    PRIMARY KEY (user_pool_id, kid)
);
