-- SCIM 2.0 provisioning (issue 23): per-organization bearer tokens, the SCIM view of users
-- (the directory's userName and attributes beside the Gatehouse user row), their emails for
-- filters, groups and memberships. Storage is server/storage/src/db/scim_tokens.rs,
-- server/storage/src/db/scim_users.rs and server/storage/src/db/scim_groups.rs; a user's SCIM externalId is a
-- `scim` identity (server/storage/src/db/identities.rs) whose issuer is the organization id.

-- A deactivated user keeps their row but cannot sign in (server/domain/src/signin/policy.rs).
ALTER TABLE users ADD COLUMN deactivated_at BIGINT;

CREATE TABLE scim_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- Hex SHA-256 of the token; the token itself is shown once.
    token_hash TEXT NOT NULL UNIQUE,
    display_prefix TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX scim_tokens_organization ON scim_tokens (project_id, organization_id, id);

-- The `*_key` columns hold the lowercased values that case-insensitive filters compare
-- (lowercased in Rust, so both databases agree beyond ASCII); `resource` keeps every stored
-- attribute as JSON for answers.
CREATE TABLE scim_users (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_name TEXT NOT NULL,
    user_name_key TEXT NOT NULL,
    display_name_key TEXT,
    given_name_key TEXT,
    family_name_key TEXT,
    title_key TEXT,
    resource TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (organization_id, user_name_key)
);
CREATE INDEX scim_users_organization ON scim_users (project_id, organization_id, user_id);

CREATE TABLE scim_user_emails (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    value_key TEXT NOT NULL,
    type_key TEXT,
    is_primary BIGINT NOT NULL,
    PRIMARY KEY (user_id, position)
);
CREATE INDEX scim_user_emails_value ON scim_user_emails (project_id, value_key);

CREATE TABLE scim_groups (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    display_name_key TEXT NOT NULL,
    external_id TEXT,
    resource TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX scim_groups_organization ON scim_groups (project_id, organization_id, id);
CREATE INDEX scim_groups_display_name ON scim_groups (organization_id, display_name_key);

CREATE TABLE scim_group_members (
    group_id TEXT NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX scim_group_members_user ON scim_group_members (user_id);
