-- Optional custom issuer URL per project (served through the operator's reverse proxy).
ALTER TABLE projects ADD COLUMN issuer_url TEXT;
