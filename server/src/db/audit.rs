//! The audit log: one row per sign-in attempt and administrative change.

use sqlx::FromRow;

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

/// The actor of changes made with the project's secret key.
pub const SECRET_KEY_ACTOR: &str = "secret_key";

/// Records an administrative change made with the project's secret key.
pub async fn admin_change(
    db: &Db,
    project_id: &str,
    organization_id: Option<&str>,
    action: &str,
    target: &str,
    at: i64,
) -> anyhow::Result<()> {
    record(
        db,
        &Event {
            project_id,
            organization_id,
            actor: Some(SECRET_KEY_ACTOR),
            action,
            target: Some(target),
            ..Default::default()
        },
        at,
    )
    .await
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

/// An audit event as stored.
#[derive(Debug, Clone, FromRow)]
pub struct StoredEvent {
    /// `evt_...`
    pub id: String,
    /// Organization, when known.
    pub organization_id: Option<String>,
    /// Who acted.
    pub actor: Option<String>,
    /// What happened.
    pub action: String,
    /// What it happened to.
    pub target: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Client user agent.
    pub user_agent: Option<String>,
    /// Extra facts, JSON text.
    pub details: String,
    /// Unix seconds.
    pub created_at: i64,
}

/// A page of the project's events in order, optionally of one organization and one action.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: Option<&str>,
    action: Option<&str>,
    starting_after: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<StoredEvent>> {
    Ok(sqlx::query_as(
        "SELECT id, organization_id, actor, action, target, ip, user_agent, details, created_at \
         FROM audit_log WHERE project_id = $1 AND id > $2 \
         AND ($3 IS NULL OR organization_id = $3) AND ($4 IS NULL OR action = $4) \
         ORDER BY id LIMIT $5",
    )
    .bind(project_id)
    .bind(starting_after.unwrap_or(""))
    .bind(organization_id)
    .bind(action)
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}
