-- Sign-in settings of a pool kept beside it: the first factors of choice-based sign-in (Policies.SignInPolicy
-- .AllowedFirstAuthFactors, a JSON array) and threat protection (UserPoolAddOns.AdvancedSecurityMode).
-- Pools without a row have Cognito's defaults: ["PASSWORD"] and OFF.

CREATE TABLE user_pool_sign_in (
    user_pool_id               VARCHAR(55)  NOT NULL PRIMARY KEY REFERENCES user_pools (id) ON DELETE CASCADE,
    allowed_first_auth_factors VARCHAR(200) NOT NULL,
    advanced_security_mode     VARCHAR(16)  NOT NULL
);
