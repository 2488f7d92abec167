-- Per-organization sign-up policy: the email domains whose people may create an account in the
-- organization through the hosted sign-up (JSON array; NULL: all of its verified domains).
ALTER TABLE organizations ADD COLUMN signup_domains TEXT;
