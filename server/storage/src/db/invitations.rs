//! Storage of invitations to organizations. The emailed token is stored as a SHA-256 digest;
//! acceptance is atomic, so a link works once.

use crate::ids::{OrganizationId, ProjectId};
use sqlx::FromRow;

use super::Db;

/// An invitation as stored.
#[derive(Debug, Clone, FromRow)]
pub struct Invitation {
    /// `inv_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The organization to join.
    pub organization_id: OrganizationId,
    /// The invitee's (normalised) address.
    pub email: String,
    /// JSON array of role keys the new user gets.
    pub roles: String,
    /// SHA-256 of the current link's token.
    pub token_hash: String,
    /// Who invited (a user id, or null for the backend API).
    pub invited_by: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Set when accepted.
    pub accepted_at: Option<i64>,
    /// The user the acceptance created.
    pub accepted_user_id: Option<String>,
    /// Set when revoked.
    pub revoked_at: Option<i64>,
}

const COLUMNS: &str = "id, project_id, organization_id, email, roles, token_hash, invited_by, \
                       created_at, expires_at, accepted_at, accepted_user_id, revoked_at";

/// Inserts an invitation.
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    invitation: &Invitation,
) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO invitations ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    ))
    .bind(&invitation.id)
    .bind(&invitation.project_id)
    .bind(&invitation.organization_id)
    .bind(&invitation.email)
    .bind(&invitation.roles)
    .bind(&invitation.token_hash)
    .bind(&invitation.invited_by)
    .bind(invitation.created_at)
    .bind(invitation.expires_at)
    .bind(invitation.accepted_at)
    .bind(&invitation.accepted_user_id)
    .bind(invitation.revoked_at)
    .execute(executor)
    .await?;
    Ok(())
}

/// One invitation of an organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    id: &str,
) -> anyhow::Result<Option<Invitation>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invitations WHERE project_id = $1 AND organization_id = $2 AND id = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// The invitation whose link has this digest.
pub async fn find_by_token(
    db: &Db,
    project_id: &str,
    token_hash: &str,
) -> anyhow::Result<Option<Invitation>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invitations WHERE project_id = $1 AND token_hash = $2"
    ))
    .bind(project_id)
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?)
}

/// A page of an organization's invitations, oldest first, after `cursor`.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    cursor: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<Invitation>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invitations WHERE project_id = $1 AND organization_id = $2 \
         AND id > $3 ORDER BY id LIMIT $4"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(cursor.unwrap_or(""))
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// Replaces the link (resend): a new token and expiry; the old link stops working.
pub async fn renew<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    invitation: &Invitation,
    token_hash: &str,
    expires_at: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE invitations SET token_hash = $1, expires_at = $2 \
         WHERE project_id = $3 AND id = $4",
    )
    .bind(token_hash)
    .bind(expires_at)
    .bind(&invitation.project_id)
    .bind(&invitation.id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Revokes a pending invitation; false when it was not pending.
pub async fn revoke(db: &Db, project_id: &str, id: &str, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE project_id = $2 AND id = $3 \
         AND revoked_at IS NULL AND accepted_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(id)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a pending, unexpired invitation accepted, atomically: false when it was not.
pub async fn accept(db: &Db, project_id: &str, id: &str, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE project_id = $2 AND id = $3 \
         AND revoked_at IS NULL AND accepted_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(project_id)
    .bind(id)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the user an acceptance created.
pub async fn set_accepted_user<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    project_id: &str,
    id: &str,
    user_id: &str,
) -> anyhow::Result<()> {
    sqlx::query("UPDATE invitations SET accepted_user_id = $1 WHERE project_id = $2 AND id = $3")
        .bind(user_id)
        .bind(project_id)
        .bind(id)
        .execute(executor)
        .await?;
    Ok(())
}
