-- DNS TXT challenges proving that an organization controls an email domain. A verified
-- challenge adds the domain to organization_domains (the verified domains).
CREATE TABLE domain_verifications (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL,
    domain TEXT NOT NULL,
    token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    checked_at BIGINT,
    verified_at BIGINT,
    PRIMARY KEY (organization_id, domain)
);
CREATE INDEX domain_verifications_project ON domain_verifications (project_id, organization_id);
