-- Invitations to join an organization: an emailed single-use link (stored as a SHA-256
-- digest) that lets the invitee set a password and become a user with the given roles.
CREATE TABLE invitations (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    roles TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER,
    accepted_user_id TEXT,
    revoked_at INTEGER
);
CREATE INDEX invitations_organization ON invitations (project_id, organization_id, id);
