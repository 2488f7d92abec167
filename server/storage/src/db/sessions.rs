//! Storage of sessions and their refresh tokens. A session is created at sign-in and holds
//! a family of refresh tokens: each refresh marks the presented token used and adds its
//! successor. Only SHA-256 digests of refresh tokens are stored.

use crate::ids::{OrganizationId, ProjectId, SessionId, UserId};
use sqlx::FromRow;

use super::{Backend, Db};
use crate::amr::Amr;

/// Why a session ended before its time.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RevokeReason {
    /// The person signed out (also: the hosted-login session that started it ended).
    Logout,
    /// Revoked through the API (`DELETE /v1/sessions/{id}`, RFC 7009 revocation).
    Revoked,
    /// A refresh token was presented a second time.
    RefreshTokenReuse,
    /// Its authorization code was presented a second time.
    CodeReuse,
    /// The user's directory deactivated or deleted the user (SCIM).
    Deactivated,
    /// The user's password was reset or changed.
    PasswordReset,
}

impl RevokeReason {
    /// As stored and answered.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Logout => "logout",
            Self::Revoked => "revoked",
            Self::RefreshTokenReuse => "refresh_token_reuse",
            Self::CodeReuse => "code_reuse",
            Self::Deactivated => "deactivated",
            Self::PasswordReset => "password_reset",
        }
    }

    /// The reason stored as `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Logout,
            Self::Revoked,
            Self::RefreshTokenReuse,
            Self::CodeReuse,
            Self::Deactivated,
            Self::PasswordReset,
        ]
        .into_iter()
        .find(|reason| reason.as_str() == name)
    }
}

text_column!(RevokeReason);

/// A session as stored.
#[derive(Debug, Clone, FromRow)]
pub struct Session {
    /// `sess_...`; the `sid` claim of its access tokens.
    pub id: SessionId,
    /// Owning project.
    pub project_id: ProjectId,
    /// The user's organization.
    pub organization_id: OrganizationId,
    /// The signed-in user.
    pub user_id: UserId,
    /// Authentication methods (RFC 8176).
    #[sqlx(try_from = "String")]
    pub amr: Amr,
    /// User agent at sign-in.
    pub user_agent: Option<String>,
    /// Client address at sign-in.
    pub ip: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Last sign-in or refresh.
    pub last_seen_at: i64,
    /// Absolute end.
    pub expires_at: i64,
    /// Set when revoked.
    pub revoked_at: Option<i64>,
    /// Why it was revoked.
    pub revoked_reason: Option<RevokeReason>,
    /// The OAuth client it was issued to (None: the first-party password API).
    pub client_id: Option<String>,
    /// The hosted-login session it was started from.
    pub login_session_id: Option<String>,
    /// The SSO connection that signed the person in, if one did (the `sso_connection_id`
    /// claim).
    pub sso_connection_id: Option<String>,
}

impl Session {
    /// Whether the session can still be used at `now`, given the idle timeout.
    pub fn is_live(&self, now: i64, idle_timeout: i64) -> bool {
        self.revoked_at.is_none() && now < self.expires_at && now - self.last_seen_at < idle_timeout
    }
}

const COLUMNS: &str = "id, project_id, organization_id, user_id, amr, user_agent, ip, \
                       created_at, last_seen_at, expires_at, revoked_at, revoked_reason, \
                       client_id, login_session_id, sso_connection_id";

/// Inserts a session with its first refresh token.
pub async fn insert(db: &Db, session: &Session, refresh_hash: &str) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    insert_in(&mut tx, session, refresh_hash).await?;
    tx.commit().await?;
    Ok(())
}

/// [`insert`] inside the caller's transaction (a sign-in commits its session with its audit
/// entry).
pub async fn insert_in(
    conn: &mut sqlx::AnyConnection,
    session: &Session,
    refresh_hash: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO sessions (id, project_id, organization_id, user_id, amr, user_agent, ip, \
         created_at, last_seen_at, expires_at, client_id, login_session_id, sso_connection_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(&session.id)
    .bind(&session.project_id)
    .bind(&session.organization_id)
    .bind(&session.user_id)
    .bind(session.amr.to_column())
    .bind(&session.user_agent)
    .bind(&session.ip)
    .bind(session.created_at)
    .bind(session.last_seen_at)
    .bind(session.expires_at)
    .bind(&session.client_id)
    .bind(&session.login_session_id)
    .bind(&session.sso_connection_id)
    .execute(&mut *conn)
    .await?;
    insert_refresh(
        &mut *conn,
        refresh_hash,
        &session.id,
        &session.project_id,
        session.created_at,
    )
    .await
}

async fn insert_refresh<'c, E>(
    executor: E,
    hash: &str,
    session_id: &str,
    project_id: &str,
    at: i64,
) -> anyhow::Result<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO refresh_tokens (token_hash, session_id, project_id, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(hash)
    .bind(session_id)
    .bind(project_id)
    .bind(at)
    .execute(executor)
    .await?;
    Ok(())
}

/// One session of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<Session>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sessions WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// Sessions of a user, newest first.
pub async fn list_for_user(
    db: &Db,
    project_id: &str,
    user_id: &str,
) -> anyhow::Result<Vec<Session>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sessions WHERE project_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT 200"
    ))
    .bind(project_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?)
}

/// Revokes a session (no-op if already revoked); returns whether it exists in the project.
pub async fn revoke(
    db: &Db,
    project_id: &str,
    id: &str,
    reason: RevokeReason,
    at: i64,
) -> anyhow::Result<bool> {
    let mut conn = db.write().await?;
    revoke_in(&mut conn, project_id, id, reason, at).await
}

/// [`revoke`] on the caller's connection or transaction.
pub async fn revoke_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
    reason: RevokeReason,
    at: i64,
) -> anyhow::Result<bool> {
    sqlx::query(
        "UPDATE sessions SET revoked_at = $1, revoked_reason = $2 \
         WHERE project_id = $3 AND id = $4 AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(reason)
    .bind(project_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    let exists: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM sessions WHERE project_id = $1 AND id = $2")
            .bind(project_id)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(exists.is_some())
}

/// A refresh token as stored, with the session it belongs to.
#[derive(Debug, Clone, FromRow)]
pub struct RefreshToken {
    /// Set once it has been exchanged.
    pub used_at: Option<i64>,
    /// Its session.
    #[sqlx(flatten)]
    pub session: Session,
}

/// The refresh token with this digest in the project and its session, in one query.
pub async fn find_refresh(
    db: &Db,
    project_id: &str,
    hash: &str,
) -> anyhow::Result<Option<RefreshToken>> {
    Ok(sqlx::query_as(&format!(
        "SELECT r.used_at, {} FROM refresh_tokens r JOIN sessions s \
         ON s.project_id = r.project_id AND s.id = r.session_id \
         WHERE r.project_id = $1 AND r.token_hash = $2",
        super::qualified("s", COLUMNS)
    ))
    .bind(project_id)
    .bind(hash)
    .fetch_optional(db.pool())
    .await?)
}

/// Exchanges a refresh token: marks `old_hash` used, stores `new_hash` and touches the
/// session, atomically. Returns false when the old token was already used (a concurrent or
/// replayed exchange), in which case nothing is written.
pub async fn rotate_refresh(
    db: &Db,
    project_id: &str,
    session_id: &str,
    old_hash: &str,
    new_hash: &str,
    at: i64,
) -> anyhow::Result<bool> {
    if db.backend() == Backend::Postgres {
        // One statement, so one round trip instead of five (BEGIN, three writes, COMMIT). A
        // statement is atomic, and PostgreSQL runs every data-modifying WITH to completion
        // whether or not the outer query reads it. A concurrent exchange of the same token
        // waits for the first one's row lock, then finds `used_at` set and changes nothing,
        // as in the transaction below.
        let (spent,): (i64,) = sqlx::query_as(
            "WITH spent AS (UPDATE refresh_tokens SET used_at = $1 \
                 WHERE project_id = $2 AND token_hash = $3 AND used_at IS NULL \
                 RETURNING session_id), \
             fresh AS (INSERT INTO refresh_tokens (token_hash, session_id, project_id, created_at) \
                 SELECT $4, $5, $2, $1 FROM spent RETURNING session_id), \
             touched AS (UPDATE sessions SET last_seen_at = $1 \
                 WHERE project_id = $2 AND id = $5 AND EXISTS (SELECT 1 FROM fresh) \
                 RETURNING id) \
             SELECT count(*) FROM spent",
        )
        .bind(at)
        .bind(project_id)
        .bind(old_hash)
        .bind(new_hash)
        .bind(session_id)
        .fetch_one(db.pool())
        .await?;
        return Ok(spent == 1);
    }
    let mut tx = db.begin().await?;
    let marked = sqlx::query(
        "UPDATE refresh_tokens SET used_at = $1 \
         WHERE project_id = $2 AND token_hash = $3 AND used_at IS NULL",
    )
    .bind(at)
    .bind(project_id)
    .bind(old_hash)
    .execute(&mut *tx)
    .await?;
    if marked.rows_affected() != 1 {
        return Ok(false);
    }
    insert_refresh(&mut *tx, new_hash, session_id, project_id, at).await?;
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(at)
        .bind(project_id)
        .bind(session_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}
