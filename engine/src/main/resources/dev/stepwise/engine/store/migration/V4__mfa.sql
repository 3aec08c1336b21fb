-- Multi-factor authentication: a pool's MFA methods (SetUserPoolMfaConfig) and each user's MFA settings
-- (SetUserMFAPreference, the software token of AssociateSoftwareToken/VerifySoftwareToken).
-- A pool without a row has SMS MFA exactly when its MfaConfiguration is not OFF (CreateUserPool's legacy MFA).

CREATE TABLE user_pool_mfa (
    user_pool_id                VARCHAR(55)   NOT NULL PRIMARY KEY REFERENCES user_pools (id) ON DELETE CASCADE,
    sms_enabled                 BOOLEAN       NOT NULL,
    sms_authentication_message  VARCHAR(140),
    software_token_enabled      BOOLEAN       NOT NULL,
    email_enabled               BOOLEAN       NOT NULL,
    email_message               VARCHAR(20000),
    email_subject               VARCHAR(140)
);

CREATE TABLE user_mfa (
    user_pool_id        VARCHAR(55)  NOT NULL,
    username            VARCHAR(128) NOT NULL,
    sms_enabled         BOOLEAN      NOT NULL,
    software_token_enabled BOOLEAN   NOT NULL,
    email_enabled       BOOLEAN      NOT NULL,
    preferred           VARCHAR(32),
    -- base32 TOTP secret; verified once VerifySoftwareToken accepted a code from it
    totp_secret         VARCHAR(128),
    totp_verified       BOOLEAN      NOT NULL,
    -- the last 30-second step whose code was accepted: a code is good once
    totp_last_step      BIGINT       NOT NULL,
    PRIMARY KEY (user_pool_id, username),
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);
