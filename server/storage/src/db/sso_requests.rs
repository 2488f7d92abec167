//! Storage of sign-ins waiting for an identity provider (SAML AuthnRequests and OIDC
//! authorization requests) and of the SAML assertion ids already accepted.
//!
//! A request is keyed by the SHA-256 of its handle (the RelayState or OIDC `state` that
//! travels through the identity provider), lives a few minutes, is bound to the hosted flow
//! that started it, and is used once: the ACS or callback stores the verified answer in it,
//! and the same-site step that finishes the sign-in takes it ([`take_outcome`]). Assertion
//! ids are unique per connection in the database, so a replay is refused by whichever replica
//! sees it second.

use super::Db;
use crate::ids::ProjectId;

/// A pending request.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Request {
    /// SHA-256 of the handle.
    pub handle_hash: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The connection it went to.
    pub connection_id: String,
    /// The hosted flow it continues (None: an IdP-initiated SAML answer).
    pub flow_id: Option<String>,
    /// The SAML AuthnRequest id (InResponseTo must equal it).
    pub request_id: Option<String>,
    /// The OIDC nonce.
    pub nonce: Option<String>,
    /// The OIDC PKCE verifier, sealed under the master key.
    pub pkce_verifier_sealed: Option<String>,
    /// The verified answer (JSON), once the identity provider answered.
    pub outcome: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// When it was taken.
    pub used_at: Option<i64>,
}

const COLUMNS: &str = "handle_hash, project_id, connection_id, flow_id, request_id, nonce, \
                       pkce_verifier_sealed, outcome, created_at, expires_at, used_at";

/// Inserts a request.
pub async fn insert(db: &Db, request: &Request) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO sso_requests ({COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    ))
    .bind(&request.handle_hash)
    .bind(&request.project_id)
    .bind(&request.connection_id)
    .bind(&request.flow_id)
    .bind(&request.request_id)
    .bind(&request.nonce)
    .bind(&request.pkce_verifier_sealed)
    .bind(&request.outcome)
    .bind(request.created_at)
    .bind(request.expires_at)
    .bind(request.used_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// The live, unanswered request with this handle digest for the connection.
pub async fn get_pending(
    db: &Db,
    project_id: &str,
    connection_id: &str,
    handle_hash: &str,
    now: i64,
) -> anyhow::Result<Option<Request>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_requests WHERE project_id = $1 AND connection_id = $2 \
         AND handle_hash = $3 AND expires_at > $4 AND outcome IS NULL AND used_at IS NULL"
    ))
    .bind(project_id)
    .bind(connection_id)
    .bind(handle_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?)
}

/// Stores the verified answer of a pending request, atomically: false when another request
/// answered it first (the identity provider's answer is used once).
pub async fn answer(
    db: &Db,
    project_id: &str,
    handle_hash: &str,
    outcome: &str,
    now: i64,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE sso_requests SET outcome = $1 WHERE project_id = $2 AND handle_hash = $3 \
         AND outcome IS NULL AND used_at IS NULL AND expires_at > $4",
    )
    .bind(outcome)
    .bind(project_id)
    .bind(handle_hash)
    .bind(now)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The answered, untaken request with this handle digest (to check its flow before taking it).
pub async fn peek_answered(
    db: &Db,
    project_id: &str,
    handle_hash: &str,
    now: i64,
) -> anyhow::Result<Option<Request>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_requests WHERE project_id = $1 AND handle_hash = $2 \
         AND outcome IS NOT NULL AND used_at IS NULL AND expires_at > $3"
    ))
    .bind(project_id)
    .bind(handle_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?)
}

/// Takes the answered request with this handle digest, once: marks it used and returns it.
pub async fn take_outcome(
    db: &Db,
    project_id: &str,
    handle_hash: &str,
    now: i64,
) -> anyhow::Result<Option<Request>> {
    let done = sqlx::query(
        "UPDATE sso_requests SET used_at = $1 WHERE project_id = $2 AND handle_hash = $3 \
         AND outcome IS NOT NULL AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(project_id)
    .bind(handle_hash)
    .execute(&mut *db.write().await?)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(None);
    }
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_requests WHERE project_id = $1 AND handle_hash = $2"
    ))
    .bind(project_id)
    .bind(handle_hash)
    .fetch_optional(db.pool())
    .await?)
}

/// Remembers that the connection accepted assertion `assertion_id` (kept until
/// `expires_at`); false when it was already seen: a replay.
pub async fn remember_assertion(
    db: &Db,
    project_id: &str,
    connection_id: &str,
    assertion_id: &str,
    expires_at: i64,
) -> anyhow::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO saml_assertion_ids (connection_id, assertion_id, project_id, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(connection_id)
    .bind(assertion_id)
    .bind(project_id)
    .bind(expires_at)
    .execute(&mut *db.write().await?)
    .await;
    match inserted {
        Err(err) if super::is_unique_violation(&err) => Ok(false),
        other => other.map(|_| true).map_err(Into::into),
    }
}
