-- SCIM indexes (issue 23).
--
-- SCIM users' emails by their user: replacing a user's emails deletes them by (project_id,
-- user_id); with only the primary key (user_id, position) and the value index (project_id,
-- value_key) to choose from, SQLite's planner took the value index and scanned every email
-- of the project, so creating a SCIM user slowed down as the directory grew (77 creates/s
-- at 74,000 users, from 150/s at the start, in bench/run). Two equality columns make this
-- index the plan on both databases.
CREATE INDEX scim_user_emails_user ON scim_user_emails (project_id, user_id);
