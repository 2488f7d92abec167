//! The audit log: one row per sign-in attempt and administrative change.

use super::Db;
use crate::ids::IdKind;

/// One audit event.
#[derive(Debug, Default)]
pub struct Event<'a> {
    /// Project it happened in.
    pub project_id: &'a str,
    /// Organization, when known.
    pub organization_id: Option<&'a str>,
    /// Who acted (`user_...`, `skey_...`, or an email for a failed sign-in).
    pub actor: Option<&'a str>,
    /// What happened (`user.login`, `user.login_failed`, `session.revoked`, ...).
    pub action: &'a str,
    /// What it happened to.
    pub target: Option<&'a str>,
    /// Client address.
    pub ip: Option<&'a str>,
    /// Client user agent.
    pub user_agent: Option<&'a str>,
    /// Extra facts as JSON.
    pub details: serde_json::Value,
}

/// Appends an event.
pub async fn record(db: &Db, event: &Event<'_>, at: i64) -> anyhow::Result<()> {
    let details = if event.details.is_null() {
        "{}".to_owned()
    } else {
        event.details.to_string()
    };
    sqlx::query(
        "INSERT INTO audit_log (id, project_id, organization_id, actor, action, target, ip, \
         user_agent, details, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(IdKind::AuditEvent.generate())
    .bind(event.project_id)
    .bind(event.organization_id)
    .bind(event.actor)
    .bind(event.action)
    .bind(event.target)
    .bind(event.ip)
    .bind(event.user_agent)
    .bind(details)
    .bind(at)
    .execute(db.pool())
    .await?;
    Ok(())
}
