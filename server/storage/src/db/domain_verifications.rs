//! Storage of DNS TXT domain-verification challenges.

use crate::ids::{OrganizationId, ProjectId};
use sqlx::FromRow;

use super::Db;

/// A challenge as stored.
#[derive(Debug, Clone, FromRow)]
pub struct DomainVerification {
    /// The organization claiming the domain.
    pub organization_id: OrganizationId,
    /// Owning project.
    pub project_id: ProjectId,
    /// Lowercased domain.
    pub domain: String,
    /// Random value to publish in the TXT record.
    pub token: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Last check.
    pub checked_at: Option<i64>,
    /// Set once the record was found.
    pub verified_at: Option<i64>,
}

const COLUMNS: &str =
    "organization_id, project_id, domain, token, created_at, checked_at, verified_at";

/// The challenge for `domain` of the organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    domain: &str,
) -> anyhow::Result<Option<DomainVerification>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM domain_verifications WHERE project_id = $1 \
         AND organization_id = $2 AND domain = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(domain)
    .fetch_optional(db.pool())
    .await?)
}

/// The organization's challenges, by domain (at most 100).
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
) -> anyhow::Result<Vec<DomainVerification>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM domain_verifications WHERE project_id = $1 \
         AND organization_id = $2 ORDER BY domain LIMIT 100"
    ))
    .bind(project_id)
    .bind(organization_id)
    .fetch_all(db.pool())
    .await?)
}

/// Inserts a challenge.
pub async fn insert(db: &Db, challenge: &DomainVerification) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO domain_verifications ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
    ))
    .bind(&challenge.organization_id)
    .bind(&challenge.project_id)
    .bind(&challenge.domain)
    .bind(&challenge.token)
    .bind(challenge.created_at)
    .bind(challenge.checked_at)
    .bind(challenge.verified_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// Records a check (and the verification when `verified`).
pub async fn record_check(
    db: &Db,
    challenge: &DomainVerification,
    now: i64,
    verified: bool,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE domain_verifications SET checked_at = $1, \
         verified_at = CASE WHEN $2 THEN $1 ELSE verified_at END \
         WHERE project_id = $3 AND organization_id = $4 AND domain = $5",
    )
    .bind(now)
    .bind(verified)
    .bind(&challenge.project_id)
    .bind(&challenge.organization_id)
    .bind(&challenge.domain)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}
