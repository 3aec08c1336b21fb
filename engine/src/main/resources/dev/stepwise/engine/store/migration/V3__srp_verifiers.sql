-- SRP-6a verifiers beside the password hash (USER_SRP_AUTH), and per-challenge state of a sign-in session
-- (the server's SRP values of a PASSWORD_VERIFIER challenge; later, MFA details).
-- Users made before this migration have no verifier until their password is next set or used.

ALTER TABLE users ADD COLUMN srp_salt VARCHAR(64);
ALTER TABLE users ADD COLUMN srp_verifier VARCHAR(800);

ALTER TABLE auth_sessions ADD COLUMN challenge_state VARCHAR(4000);
