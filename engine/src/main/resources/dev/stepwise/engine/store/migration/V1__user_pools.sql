-- User pools, their app clients and users, confirmation codes and the outbox.
-- Times are UTC instants; lists of names (auth flows, attribute names) are JSON arrays of strings.

CREATE TABLE user_pools (
    id                         VARCHAR(55)   NOT NULL PRIMARY KEY,
    name                       VARCHAR(128)  NOT NULL,
    creation_date              TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_modified_date         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    pw_minimum_length          INT           NOT NULL,
    pw_require_uppercase       BOOLEAN       NOT NULL,
    pw_require_lowercase       BOOLEAN       NOT NULL,
    pw_require_numbers         BOOLEAN       NOT NULL,
    pw_require_symbols         BOOLEAN       NOT NULL,
    pw_temporary_validity_days INT           NOT NULL,
    username_attributes        VARCHAR(1000) NOT NULL,
    alias_attributes           VARCHAR(1000) NOT NULL,
    auto_verified_attributes   VARCHAR(1000) NOT NULL,
    mfa_configuration          VARCHAR(16)   NOT NULL,
    deletion_protection        BOOLEAN       NOT NULL,
    tier                       VARCHAR(16)   NOT NULL,
    username_case_sensitive    BOOLEAN       NOT NULL,
    allow_admin_create_only    BOOLEAN       NOT NULL,
    email_verification_subject VARCHAR(140)  NOT NULL,
    email_verification_message VARCHAR(20000) NOT NULL,
    sms_verification_message   VARCHAR(140)  NOT NULL,
    invite_email_subject       VARCHAR(140)  NOT NULL,
    invite_email_message       VARCHAR(20000) NOT NULL,
    invite_sms_message         VARCHAR(140)  NOT NULL
);

CREATE TABLE user_pool_schema_attributes (
    user_pool_id   VARCHAR(55)  NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    position       INT          NOT NULL,
    name           VARCHAR(128) NOT NULL,
    data_type      VARCHAR(16)  NOT NULL,
    developer_only BOOLEAN      NOT NULL,
    mutable        BOOLEAN      NOT NULL,
    required       BOOLEAN      NOT NULL,
    min_length     BIGINT,
    max_length     BIGINT,
    min_value      BIGINT,
    max_value      BIGINT,
    PRIMARY KEY (user_pool_id, name)
);

CREATE TABLE app_clients (
    client_id                     VARCHAR(128)  NOT NULL PRIMARY KEY,
    user_pool_id                  VARCHAR(55)   NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    client_name                   VARCHAR(128)  NOT NULL,
    client_secret                 VARCHAR(64),
    explicit_auth_flows           VARCHAR(1000) NOT NULL,
    access_token_validity         BIGINT        NOT NULL,
    access_token_unit             VARCHAR(8)    NOT NULL,
    id_token_validity             BIGINT        NOT NULL,
    id_token_unit                 VARCHAR(8)    NOT NULL,
    refresh_token_validity        BIGINT        NOT NULL,
    refresh_token_unit            VARCHAR(8)    NOT NULL,
    read_attributes               VARCHAR(10000) NOT NULL,
    write_attributes              VARCHAR(10000) NOT NULL,
    prevent_user_existence_errors BOOLEAN       NOT NULL,
    enable_token_revocation       BOOLEAN       NOT NULL,
    auth_session_validity_minutes INT           NOT NULL,
    creation_date                 TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_modified_date            TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX app_clients_pool ON app_clients (user_pool_id);

CREATE TABLE users (
    user_pool_id               VARCHAR(55)  NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    username                   VARCHAR(128) NOT NULL,
    sub                        UUID         NOT NULL UNIQUE,
    status                     VARCHAR(32)  NOT NULL,
    enabled                    BOOLEAN      NOT NULL,
    creation_date              TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_modified_date         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    -- algorithm$iterations$salt$hash, never the password itself
    password_hash              VARCHAR(512),
    temporary_password_expires TIMESTAMP(3) WITH TIME ZONE,
    -- for pools whose user names are not case sensitive
    username_lower             VARCHAR(128) GENERATED ALWAYS AS (LOWER(username)),
    PRIMARY KEY (user_pool_id, username)
);
CREATE INDEX users_lower_username ON users (user_pool_id, username_lower);

CREATE TABLE user_attributes (
    user_pool_id VARCHAR(55)   NOT NULL,
    username     VARCHAR(128)  NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(160)  NOT NULL,
    attr_value   VARCHAR(2048) NOT NULL,
    PRIMARY KEY (user_pool_id, username, name),
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);
CREATE INDEX user_attributes_value ON user_attributes (user_pool_id, name, attr_value);

CREATE TABLE confirmation_codes (
    user_pool_id VARCHAR(55)  NOT NULL,
    username     VARCHAR(128) NOT NULL,
    purpose      VARCHAR(32)  NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    expires      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_pool_id, username, purpose),
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);

-- Every message that would have been e-mailed or texted. Kept when the user is deleted; gone with the pool.
CREATE TABLE outbox (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    user_pool_id VARCHAR(55)    NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    username     VARCHAR(128)   NOT NULL,
    channel      VARCHAR(8)     NOT NULL,
    destination  VARCHAR(2048)  NOT NULL,
    subject      VARCHAR(140),
    code         VARCHAR(256),
    message      VARCHAR(20000) NOT NULL,
    sent_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_user ON outbox (user_pool_id, username, id);
