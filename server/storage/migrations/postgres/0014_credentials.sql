-- Credentials and upstream identities get tables of their own (issue 20 item 2), so a user
-- can hold several kinds (password, TOTP, recovery codes, later passkeys) and several
-- upstream accounts (OIDC, SAML, SCIM) without a column per kind on `users`. Storage is
-- server/src/db/credentials.rs and server/src/db/identities.rs.

CREATE TABLE user_credentials (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('password', 'totp', 'recovery_code')),
    -- password: the PHC string; totp: the secret sealed under the master key.
    secret TEXT NOT NULL,
    -- password: the PHC algorithm identifier ('argon2id') and its parameters as a JSON
    -- object ({"v":19,"m":19456,"t":2,"p":1}), so hashes due for an upgrade (or imported
    -- bcrypt/scrypt ones) can be found without parsing every secret.
    algorithm TEXT,
    params TEXT,
    -- totp: the last accepted time step (a code works once) and the confirmation time.
    totp_last_step BIGINT,
    confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    last_used_at BIGINT,
    CHECK (kind <> 'password' OR algorithm IS NOT NULL),
    CHECK (kind <> 'totp' OR confirmed_at IS NOT NULL)
);
-- One password and one TOTP per user; recovery codes come several at a time.
CREATE UNIQUE INDEX user_credentials_single ON user_credentials (user_id, kind)
    WHERE kind IN ('password', 'totp');
CREATE INDEX user_credentials_user ON user_credentials (project_id, user_id, kind);

CREATE TABLE user_identities (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('oidc', 'saml', 'scim')),
    -- oidc: the upstream `iss`; saml: the IdP entity id; scim: the directory connection.
    issuer TEXT NOT NULL,
    -- oidc: `sub`; saml: the NameID; scim: the externalId.
    subject TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    UNIQUE (project_id, kind, issuer, subject)
);
CREATE INDEX user_identities_user ON user_identities (project_id, user_id);

-- Credential ids are derived from the user id, so the move needs no random source in SQL:
-- a password keeps the user's ULID; a TOTP credential takes its confirmation time as the
-- ULID's time part (ten Crockford base32 digits of the milliseconds) and the user's random
-- part. Both are well-formed `cred_` ids (server/src/ids.rs) and distinct from each other.
INSERT INTO user_credentials
    (id, project_id, user_id, kind, secret, algorithm, params, created_at, updated_at)
SELECT 'cred_' || substr(id, 6), project_id, id, 'password', password_hash,
       split_part(password_hash, '$', 2),
       -- Every hash this server wrote is `$argon2id$v=19$m=..,t=..,p=..$salt$hash`
       -- (server/src/password.rs); its m/t/p list becomes a JSON object. Any other shape
       -- keeps its PHC string and algorithm and gets no parameters.
       CASE WHEN password_hash ~ '^\$argon2[a-z]*\$v=[0-9]+\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$'
            THEN '{"v":' || substr(split_part(password_hash, '$', 3), 3) || ',"'
                 || replace(replace(split_part(password_hash, '$', 4), ',', ',"'), '=', '":')
                 || '}'
       END,
       created_at, updated_at
FROM users WHERE password_hash IS NOT NULL;

-- Only confirmed second factors move: a secret without `totp_enabled_at` was never proven
-- by a code, and server/src/hosted/mfa.rs keeps pending enrolments on their sign-in flow.
INSERT INTO user_credentials
    (id, project_id, user_id, kind, secret, totp_last_step, confirmed_at, created_at, updated_at)
WITH confirmed AS (
    SELECT id, project_id, totp_secret_sealed, totp_last_step, totp_enabled_at,
           totp_enabled_at * 1000 AS ms
    FROM users WHERE totp_secret_sealed IS NOT NULL AND totp_enabled_at IS NOT NULL
)
SELECT 'cred_'
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 45) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 40) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 35) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 30) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 25) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 20) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 15) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 10) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST((ms >> 5) & 31 AS INTEGER) + 1, 1)
       || substr('0123456789abcdefghjkmnpqrstvwxyz', CAST(ms & 31 AS INTEGER) + 1, 1)
       || substr(id, 16),
       project_id, id, 'totp', totp_secret_sealed, totp_last_step, totp_enabled_at,
       totp_enabled_at, totp_enabled_at
FROM confirmed;

-- The old columns go rather than linger unread. During a rolling upgrade (several
-- PostgreSQL replicas) a replica still on the old code would otherwise keep reading and
-- writing them: a password changed or a second factor reset through it would silently not
-- reach the new replicas, and the old password would keep working. Dropped, its queries fail
-- loudly until it is replaced.
ALTER TABLE users DROP COLUMN password_hash;
ALTER TABLE users DROP COLUMN totp_secret_sealed;
ALTER TABLE users DROP COLUMN totp_enabled_at;
ALTER TABLE users DROP COLUMN totp_last_step;
