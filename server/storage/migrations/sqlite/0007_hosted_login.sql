-- Hosted login and the OpenID Provider: settings of the hosted pages, registered OAuth
-- clients, pending authorization requests, authorization codes, browser sessions of the
-- hosted login, and single-use email tokens. Secrets (codes, cookies, email tokens, client
-- secrets) are stored as SHA-256 digests only.

-- JSON: branding, sign-up policy, post-logout redirect URIs of the built-in client.
ALTER TABLE projects ADD COLUMN hosted_login TEXT NOT NULL DEFAULT '{}';

-- The browser session a token session was started from, so that signing out of the hosted
-- login (RP-initiated logout) ends the sessions it started.
ALTER TABLE sessions ADD COLUMN login_session_id TEXT;
-- The OAuth client a session was issued to; only that client may refresh it.
ALTER TABLE sessions ADD COLUMN client_id TEXT;
CREATE INDEX sessions_login_session ON sessions (project_id, login_session_id);

CREATE TABLE oauth_clients (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    client_type TEXT NOT NULL CHECK (client_type IN ('public', 'confidential')),
    secret_hash TEXT,
    redirect_uris TEXT NOT NULL,
    post_logout_redirect_uris TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX oauth_clients_project ON oauth_clients (project_id, id);

-- An authorization request waiting for the person to sign in.
CREATE TABLE login_flows (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,
    state TEXT,
    nonce TEXT,
    code_challenge TEXT,
    organization_id TEXT,
    login_hint TEXT,
    -- Users the person proved to be (same email, several organizations), waiting for a pick.
    candidates TEXT,
    candidates_amr TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE TABLE authorization_codes (
    code_hash TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,
    nonce TEXT,
    code_challenge TEXT,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_session_id TEXT NOT NULL,
    amr TEXT NOT NULL,
    auth_time INTEGER NOT NULL,
    -- The token session the code was exchanged for; revoked if the code is presented again.
    session_id TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- The hosted login's own session (an HttpOnly cookie holds the secret).
CREATE TABLE login_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amr TEXT NOT NULL,
    auth_time INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Magic links, email verification, password reset and sign-up confirmation links.
CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('magic_link', 'verify_email', 'password_reset', 'signup')),
    email TEXT NOT NULL,
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    flow_id TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX email_tokens_email ON email_tokens (project_id, email, created_at);
