-- SCIM groups map to roles per organization (issue 23 item 4). An organization's admin maps
-- a group (by its SCIM id) to role keys in `scim_group_roles`; the roles its members hold
-- because of it are in `user_group_roles`, one row per user, group and role, apart from the
-- roles granted by hand in `user_roles`. Every membership change re-derives the rows of the
-- users it touches in its own transaction (server/storage/src/db/scim_group_roles.rs), so
-- removing a user from one group withdraws only what that group gave.

CREATE TABLE scim_group_roles (
    group_id TEXT NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    PRIMARY KEY (group_id, role_key)
);
CREATE INDEX scim_group_roles_role ON scim_group_roles (project_id, role_key);

CREATE TABLE user_group_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    PRIMARY KEY (user_id, group_id, role_key)
);
CREATE INDEX user_group_roles_group ON user_group_roles (group_id, user_id);
CREATE INDEX user_group_roles_role ON user_group_roles (project_id, role_key);
