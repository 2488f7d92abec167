-- Role-based access control: a per-project catalogue of actions (permissions), roles that
-- group actions (project-wide, or custom to one organization), and the roles of each user.

CREATE TABLE actions (
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (project_id, name)
);

-- organization_id is '' for project-wide roles, so the uniqueness constraint covers them
-- (NULLs would compare as distinct).
CREATE TABLE roles (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL DEFAULT '',
    role_key TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '[]',
    built_in BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, organization_id, role_key)
);

CREATE TABLE user_roles (
    project_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    PRIMARY KEY (user_id, role_key)
);
CREATE INDEX user_roles_project ON user_roles (project_id, user_id);
