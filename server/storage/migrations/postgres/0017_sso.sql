-- Enterprise SSO per organization (issue 22): SAML and OIDC connections to the identity
-- provider an organization runs, its SSO policy (required, with named break-glass users),
-- the sign-ins waiting for an identity provider's answer, and the SAML assertion ids seen,
-- so a replayed assertion is refused on every replica. Storage is
-- server/storage/src/db/sso_connections.rs, server/storage/src/db/sso_policies.rs and
-- server/storage/src/db/sso_requests.rs; users signed in this way are linked through
-- user_identities (server/storage/src/db/identities.rs).

-- One row per connection. `protocol` is 'saml' or 'oidc'; `settings` holds the
-- protocol's typed settings as JSON (IdP entity id, SSO URL and pinned certificates, or the
-- OIDC issuer, client id and scopes; the attribute or claim mapping; the group-to-role
-- mapping). The OIDC client secret is sealed under the master key, never in `settings`.
CREATE TABLE sso_connections (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    protocol TEXT NOT NULL,
    name TEXT NOT NULL,
    enabled BIGINT NOT NULL,
    settings TEXT NOT NULL,
    client_secret_sealed TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sso_connections_organization ON sso_connections (project_id, organization_id, id);

-- An organization that requires SSO refuses password and emailed-code sign-ins of its
-- members, except the break-glass users named here (password and a second factor).
CREATE TABLE sso_policies (
    organization_id TEXT PRIMARY KEY NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    sso_required BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE sso_break_glass_users (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, user_id)
);

-- A sign-in sent to an identity provider: the SAML AuthnRequest id, or the OIDC nonce and
-- PKCE verifier (sealed), bound to the hosted flow that started it (NULL for an
-- IdP-initiated SAML answer). `handle_hash` is the SHA-256 of the RelayState or OIDC `state`.
-- The verified answer (`outcome`, JSON) is stored by the ACS or callback and taken once by
-- the same-site step that finishes the sign-in (`used_at`).
CREATE TABLE sso_requests (
    handle_hash TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    connection_id TEXT NOT NULL REFERENCES sso_connections (id) ON DELETE CASCADE,
    flow_id TEXT,
    request_id TEXT,
    nonce TEXT,
    pkce_verifier_sealed TEXT,
    outcome TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX sso_requests_expiry ON sso_requests (expires_at);

-- Assertion ids a connection accepted, until the assertion expires.
CREATE TABLE saml_assertion_ids (
    connection_id TEXT NOT NULL REFERENCES sso_connections (id) ON DELETE CASCADE,
    assertion_id TEXT NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (connection_id, assertion_id)
);
CREATE INDEX saml_assertion_ids_expiry ON saml_assertion_ids (expires_at);

-- Sessions remember the connection that signed them in (the `sso_connection_id` claim).
ALTER TABLE login_sessions ADD COLUMN sso_connection_id TEXT;
ALTER TABLE sessions ADD COLUMN sso_connection_id TEXT;
