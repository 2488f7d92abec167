-- The user who created an API key through the self-serve API (NULL for keys created with
-- the project's secret key). Such a key works only while that user exists in its
-- organization and holds every role and action the key grants (server/src/api/authenticate.rs).
ALTER TABLE api_keys ADD COLUMN created_by_user_id TEXT;
CREATE INDEX api_keys_creator ON api_keys (project_id, created_by_user_id);
