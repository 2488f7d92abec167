-- Signing keys, sessions with rotating refresh tokens, login throttling and the audit log.

ALTER TABLE projects ADD COLUMN signing_algorithm TEXT NOT NULL DEFAULT 'EdDSA';

-- A key is published from created_at, signs from activates_at, stops signing at retires_at
-- and leaves the JWKS at unpublish_at (or at once when revoked).
CREATE TABLE signing_keys (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    algorithm TEXT NOT NULL CHECK (algorithm IN ('EdDSA', 'ES256')),
    public_jwk TEXT NOT NULL,
    private_key_sealed TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    activates_at INTEGER NOT NULL,
    retires_at INTEGER,
    unpublish_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX signing_keys_project ON signing_keys (project_id, activates_at);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amr TEXT NOT NULL,
    user_agent TEXT,
    ip TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    revoked_reason TEXT
);
CREATE INDEX sessions_user ON sessions (project_id, user_id, id);

-- Only digests of refresh tokens are stored. A used token stays (with used_at) so that a
-- second use is recognised as reuse and revokes the session.
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- Failed-login counters per account and per client address.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    window_started_at INTEGER NOT NULL,
    locked_until INTEGER
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT,
    actor TEXT,
    action TEXT NOT NULL,
    target TEXT,
    ip TEXT,
    user_agent TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_project ON audit_log (project_id, organization_id, id);
