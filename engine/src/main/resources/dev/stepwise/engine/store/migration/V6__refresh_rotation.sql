-- Refresh-token rotation per app client (RefreshTokenRotation {Feature, RetryGracePeriodSeconds}); a rotated-out
-- refresh token remembers when it was replaced (it stays good for the grace period, then counts as reuse).

ALTER TABLE app_clients ADD COLUMN refresh_token_rotation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_clients ADD COLUMN retry_grace_period_seconds INT DEFAULT 0 NOT NULL;

ALTER TABLE refresh_tokens ADD COLUMN rotated_at TIMESTAMP(3) WITH TIME ZONE;
