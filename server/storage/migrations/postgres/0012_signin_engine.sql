-- The sign-in engine (server/src/signin/): login flows become a typed state machine bound to
-- the browser that started them, mail leaves through an outbox delivered by a background
-- worker, and expired rows get the indexes their sweeps need.

-- Flows live 30 minutes, so the table is recreated rather than converted: a sign-in in
-- progress during the upgrade starts again (its page says it expired).
DROP TABLE login_flows;
CREATE TABLE login_flows (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    -- SHA-256 of the browser-binding cookie of the browser that started the flow.
    browser_hash TEXT NOT NULL,
    -- The authorization request (all NULL: a sign-in started on the hosted pages).
    client_id TEXT,
    redirect_uri TEXT,
    scope TEXT,
    state TEXT,
    nonce TEXT,
    code_challenge TEXT,
    -- The one organization the flow may sign in to; organization_unmatched = 1 when the
    -- request named an organization that does not exist (the flow then matches nobody).
    organization_id TEXT,
    organization_unmatched BIGINT NOT NULL DEFAULT 0,
    login_hint TEXT,
    -- JSON: where the sign-in stands (identify, choose_organization, second_factor).
    step TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX login_flows_browser ON login_flows (project_id, browser_hash, expires_at);
CREATE INDEX login_flows_expiry ON login_flows (expires_at);

-- The TOTP secret of an enrolment now lives on the flow until it is confirmed.
UPDATE users SET totp_secret_sealed = NULL WHERE totp_enabled_at IS NULL;

-- Events waiting for delivery (mail now; webhooks later), written in the transaction of the
-- change that caused them and delivered by the outbox worker (server/src/workers/).
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    -- JSON, sealed under the master key when it holds secrets (a mail's links).
    payload TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- When the next attempt is due; a worker that takes the row pushes it forward (a lease).
    available_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    delivered_at BIGINT,
    -- Set when delivery was given up (the payload is then erased).
    failed_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (kind, delivered_at, failed_at, available_at);

-- Jobs that must run once per due time across replicas (key rotation, sweeps) take a lease.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    leased_until BIGINT NOT NULL,
    last_run_at BIGINT
);

CREATE INDEX authorization_codes_expiry ON authorization_codes (expires_at);
CREATE INDEX email_tokens_expiry ON email_tokens (expires_at);
CREATE INDEX login_sessions_expiry ON login_sessions (expires_at);
CREATE INDEX login_throttle_window ON login_throttle (window_started_at);
CREATE INDEX sessions_expiry ON sessions (expires_at);
