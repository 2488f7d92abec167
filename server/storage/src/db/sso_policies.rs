//! Storage of organizations' SSO policies: whether members must sign in through the
//! organization's identity provider, and the break-glass users who may still use their
//! password (with a second factor) when it is down. Changing a policy is audited in the same
//! transaction.

use super::Db;
use super::audit::{self, Entry};
use crate::events::Event;
use crate::ids::{OrganizationId, ProjectId, UserId};

/// An organization's SSO policy (the default, without a row: SSO not required).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Owning project.
    pub project_id: ProjectId,
    /// The organization.
    pub organization_id: OrganizationId,
    /// Whether password and emailed-code sign-ins of members are refused.
    pub sso_required: bool,
    /// Members who keep password + second factor while SSO is required.
    pub break_glass_user_ids: Vec<UserId>,
    /// Unix seconds (0 for the default).
    pub updated_at: i64,
}

/// The organization's policy.
pub async fn get(
    db: &Db,
    project_id: &ProjectId,
    organization_id: &OrganizationId,
) -> anyhow::Result<Policy> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT sso_required, updated_at FROM sso_policies \
         WHERE project_id = $1 AND organization_id = $2",
    )
    .bind(project_id)
    .bind(organization_id)
    .fetch_optional(db.pool())
    .await?;
    let break_glass_user_ids: Vec<UserId> = sqlx::query_scalar(
        "SELECT user_id FROM sso_break_glass_users WHERE project_id = $1 AND organization_id = $2 \
         ORDER BY user_id",
    )
    .bind(project_id)
    .bind(organization_id)
    .fetch_all(db.pool())
    .await?;
    let (sso_required, updated_at) = row.map_or((false, 0), |(required, at)| (required != 0, at));
    Ok(Policy {
        project_id: project_id.clone(),
        organization_id: organization_id.clone(),
        sso_required,
        break_glass_user_ids,
        updated_at,
    })
}

/// Replaces the organization's policy and records `organization.sso_policy_updated`, in one
/// transaction. The break-glass users must be members of the organization (checked by the
/// caller).
pub async fn put(db: &Db, policy: &Policy) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM sso_policies WHERE project_id = $1 AND organization_id = $2")
        .bind(&policy.project_id)
        .bind(&policy.organization_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sso_policies (organization_id, project_id, sso_required, updated_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(&policy.organization_id)
    .bind(&policy.project_id)
    .bind(i64::from(policy.sso_required))
    .bind(policy.updated_at)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM sso_break_glass_users WHERE project_id = $1 AND organization_id = $2")
        .bind(&policy.project_id)
        .bind(&policy.organization_id)
        .execute(&mut *tx)
        .await?;
    for user_id in &policy.break_glass_user_ids {
        sqlx::query(
            "INSERT INTO sso_break_glass_users (organization_id, user_id, project_id) \
             VALUES ($1, $2, $3)",
        )
        .bind(&policy.organization_id)
        .bind(user_id)
        .bind(&policy.project_id)
        .execute(&mut *tx)
        .await?;
    }
    audit::record_in(
        &mut tx,
        &Entry {
            organization_id: Some(&policy.organization_id),
            actor: Some(audit::SECRET_KEY_ACTOR),
            target: Some(&policy.organization_id),
            details: serde_json::json!({
                "sso_required": policy.sso_required,
                "break_glass_user_ids": policy.break_glass_user_ids,
            }),
            ..Entry::new(&policy.project_id, Event::OrganizationSsoPolicyUpdated)
        },
        policy.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
