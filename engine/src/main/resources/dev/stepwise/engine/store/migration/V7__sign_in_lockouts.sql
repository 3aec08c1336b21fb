-- Failed sign-in attempts per user, for Cognito's exponential lockout (2^(n-5) seconds after the n-th failure,
-- at most 15 minutes; forgotten after a successful sign-in or 15 quiet minutes after a lockout).

CREATE TABLE sign_in_lockouts (
    user_pool_id VARCHAR(55)  NOT NULL,
    username     VARCHAR(128) NOT NULL,
    failures     INT          NOT NULL,
    locked_until TIMESTAMP(3) WITH TIME ZONE,
    last_attempt TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_pool_id, username),
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);
