-- Per-organization login policy: allowed login methods (NULL: the project's) and a session
-- lifetime override (NULL: the server default).
ALTER TABLE organizations ADD COLUMN login_methods TEXT;
ALTER TABLE organizations ADD COLUMN session_lifetime_seconds BIGINT;
