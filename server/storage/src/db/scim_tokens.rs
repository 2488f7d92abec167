//! Storage of organizations' SCIM tokens: the bearer credentials their directories (Entra ID,
//! Okta, ...) provision with. Only SHA-256 digests are stored; a token is scoped to one
//! organization of one project, and creating or revoking one is audited in the same
//! transaction.

use crate::ids::{OrganizationId, ProjectId};
use sqlx::FromRow;

use super::Db;
use super::audit::{self, Entry};
use crate::events::Event;

/// A SCIM token as stored, without its digest.
#[derive(Debug, Clone, FromRow)]
pub struct ScimToken {
    /// `scimtok_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The organization whose directory it provisions.
    pub organization_id: OrganizationId,
    /// Label.
    pub name: String,
    /// The first characters of the token, to recognise it.
    pub display_prefix: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Last successful use (updated at most once a minute).
    pub last_used_at: Option<i64>,
    /// Set when revoked.
    pub revoked_at: Option<i64>,
}

const COLUMNS: &str =
    "id, project_id, organization_id, name, display_prefix, created_at, last_used_at, revoked_at";

/// Inserts a token with its digest and records `scim_token.created`, in one transaction.
pub async fn insert(db: &Db, token: &ScimToken, hash: &str) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO scim_tokens (id, project_id, organization_id, name, token_hash, \
         display_prefix, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&token.id)
    .bind(&token.project_id)
    .bind(&token.organization_id)
    .bind(&token.name)
    .bind(hash)
    .bind(&token.display_prefix)
    .bind(token.created_at)
    .execute(&mut *tx)
    .await?;
    audit::record_in(
        &mut tx,
        &Entry {
            organization_id: Some(&token.organization_id),
            actor: Some(audit::SECRET_KEY_ACTOR),
            target: Some(&token.id),
            details: serde_json::json!({"name": token.name}),
            ..Entry::new(&token.project_id, Event::ScimTokenCreated)
        },
        token.created_at,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The organization's tokens, oldest first (at most 100: creation is capped below that).
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
) -> anyhow::Result<Vec<ScimToken>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM scim_tokens WHERE project_id = $1 AND organization_id = $2 \
         ORDER BY id LIMIT 100"
    ))
    .bind(project_id)
    .bind(organization_id)
    .fetch_all(db.pool())
    .await?)
}

/// How many unrevoked tokens the organization has.
pub async fn count_active(db: &Db, project_id: &str, organization_id: &str) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM scim_tokens WHERE project_id = $1 AND organization_id = $2 \
         AND revoked_at IS NULL",
    )
    .bind(project_id)
    .bind(organization_id)
    .fetch_one(db.pool())
    .await?)
}

/// One token of the organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    id: &str,
) -> anyhow::Result<Option<ScimToken>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM scim_tokens WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// Revokes a token and records `scim_token.revoked`, in one transaction; false when it was
/// already revoked (nothing is written then).
pub async fn revoke(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    id: &str,
    at: i64,
) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE scim_tokens SET revoked_at = $1 WHERE project_id = $2 AND organization_id = $3 \
         AND id = $4 AND revoked_at IS NULL",
    )
    .bind(at)
    .bind(project_id)
    .bind(organization_id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    audit::record_in(
        &mut tx,
        &Entry {
            organization_id: Some(organization_id),
            actor: Some(audit::SECRET_KEY_ACTOR),
            target: Some(id),
            ..Entry::new(project_id, Event::ScimTokenRevoked)
        },
        at,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The unrevoked token with this digest, whose organization still exists.
pub async fn find_active_by_hash(db: &Db, hash: &str) -> anyhow::Result<Option<ScimToken>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM scim_tokens t WHERE token_hash = $1 AND revoked_at IS NULL \
         AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = t.organization_id \
         AND o.project_id = t.project_id)"
    ))
    .bind(hash)
    .fetch_optional(db.pool())
    .await?)
}

/// Records a use of the token.
pub async fn touch(db: &Db, project_id: &str, id: &str, at: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE scim_tokens SET last_used_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(at)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}
