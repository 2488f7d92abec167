-- Multi-factor authentication with TOTP (RFC 6238): a per-user secret sealed under the
-- master key, the last accepted time step (a code works once), and a per-organization
-- requirement. A login flow remembers the user who still owes a second factor.
ALTER TABLE users ADD COLUMN totp_secret_sealed TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
ALTER TABLE organizations ADD COLUMN require_mfa BIGINT NOT NULL DEFAULT 0;
ALTER TABLE login_flows ADD COLUMN mfa_user_id TEXT;
