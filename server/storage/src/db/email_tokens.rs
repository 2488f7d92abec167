//! Storage of single-use email tokens: magic links, email verification, password reset and
//! sign-up confirmation. Only SHA-256 digests are stored; a token is consumed atomically.

use crate::ids::{ProjectId, UserId};
use sqlx::FromRow;

use super::Db;

/// An email token as stored.
#[derive(Debug, Clone, FromRow)]
pub struct EmailToken {
    /// SHA-256 of the token.
    pub token_hash: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// `magic_link`, `verify_email`, `password_reset` or `signup`.
    pub purpose: String,
    /// The address it was sent to.
    pub email: String,
    /// The user it acts on, when there is one.
    pub user_id: Option<UserId>,
    /// The authorization request to continue afterwards.
    pub flow_id: Option<String>,
    /// Purpose-specific JSON (sign-up: name, password hash, organization).
    pub payload: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Set when consumed.
    pub used_at: Option<i64>,
}

const COLUMNS: &str = "token_hash, project_id, purpose, email, user_id, flow_id, payload, \
                       created_at, expires_at, used_at";

/// Inserts a token.
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    token: &EmailToken,
) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO email_tokens ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    ))
    .bind(&token.token_hash)
    .bind(&token.project_id)
    .bind(&token.purpose)
    .bind(&token.email)
    .bind(&token.user_id)
    .bind(&token.flow_id)
    .bind(&token.payload)
    .bind(token.created_at)
    .bind(token.expires_at)
    .bind(token.used_at)
    .execute(executor)
    .await?;
    Ok(())
}

/// Why a token cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such token for this purpose in the project.
    Unknown,
    /// Already used.
    Used,
    /// Past its lifetime.
    Expired,
}

/// Consumes the token with this digest and purpose: it can succeed once.
pub async fn consume(
    db: &Db,
    project_id: &str,
    purpose: &str,
    hash: &str,
    now: i64,
) -> anyhow::Result<Result<EmailToken, Refusal>> {
    let token = match peek(db, project_id, purpose, hash, now).await? {
        Ok(token) => token,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let done = sqlx::query(
        "UPDATE email_tokens SET used_at = $1 WHERE project_id = $2 AND token_hash = $3 \
         AND used_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(hash)
    .execute(&mut *db.write().await?)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(Err(Refusal::Used));
    }
    Ok(Ok(token))
}

/// Whether the unexpired, unused token with this digest and purpose exists (for showing a
/// form before consuming it).
pub async fn peek(
    db: &Db,
    project_id: &str,
    purpose: &str,
    hash: &str,
    now: i64,
) -> anyhow::Result<Result<EmailToken, Refusal>> {
    let token: Option<EmailToken> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM email_tokens WHERE project_id = $1 AND purpose = $2 \
         AND token_hash = $3"
    ))
    .bind(project_id)
    .bind(purpose)
    .bind(hash)
    .fetch_optional(db.pool())
    .await?;
    Ok(match token {
        None => Err(Refusal::Unknown),
        Some(t) if t.used_at.is_some() => Err(Refusal::Used),
        Some(t) if t.expires_at <= now => Err(Refusal::Expired),
        Some(t) => Ok(t),
    })
}

/// How many tokens were sent to `email` in the project since `since` (rate limit).
pub async fn count_recent(
    db: &Db,
    project_id: &str,
    email: &str,
    since: i64,
) -> anyhow::Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM email_tokens WHERE project_id = $1 AND email = $2 \
         AND created_at > $3",
    )
    .bind(project_id)
    .bind(email)
    .bind(since)
    .fetch_one(db.pool())
    .await?;
    Ok(count)
}
