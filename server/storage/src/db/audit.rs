//! The audit log: one row per sign-in attempt and change. Recording an entry also queues the
//! event in the outbox (`db/outbox.rs`, kind `event`), in the same transaction: callers that
//! change something pass their transaction to [`record_in`], so the change, its audit row and
//! its outbox event commit together or not at all.

use sqlx::FromRow;

use super::Db;
use crate::events::Event;
use crate::ids::{IdKind, OrganizationId};

/// One audit event.
#[derive(Debug)]
pub struct Entry<'a> {
    /// Project it happened in.
    pub project_id: &'a str,
    /// Organization, when known.
    pub organization_id: Option<&'a str>,
    /// Who acted (`user_...`, `skey_...`, or an email for a failed sign-in).
    pub actor: Option<&'a str>,
    /// What happened (`user.login`, `user.login_failed`, `session.revoked`, ...).
    pub action: Event,
    /// What it happened to.
    pub target: Option<&'a str>,
    /// Client address.
    pub ip: Option<&'a str>,
    /// Client user agent.
    pub user_agent: Option<&'a str>,
    /// Extra facts as JSON.
    pub details: serde_json::Value,
}

impl<'a> Entry<'a> {
    /// An entry of `action` in the project with nothing else known yet (fill in the rest
    /// with struct update syntax).
    pub fn new(project_id: &'a str, action: Event) -> Self {
        Self {
            project_id,
            organization_id: None,
            actor: None,
            action,
            target: None,
            ip: None,
            user_agent: None,
            details: serde_json::Value::Null,
        }
    }
}

/// The actor of changes made with the project's secret key.
pub const SECRET_KEY_ACTOR: &str = "secret_key";

/// Records an administrative change made with the project's secret key.
pub async fn admin_change(
    db: &Db,
    project_id: &str,
    organization_id: Option<&str>,
    action: Event,
    target: &str,
    at: i64,
) -> anyhow::Result<()> {
    record(
        db,
        &Entry {
            organization_id,
            actor: Some(SECRET_KEY_ACTOR),
            target: Some(target),
            ..Entry::new(project_id, action)
        },
        at,
    )
    .await
}

/// [`admin_change`] inside the caller's transaction.
pub async fn admin_change_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    organization_id: Option<&str>,
    action: Event,
    target: &str,
    at: i64,
) -> anyhow::Result<()> {
    record_in(
        conn,
        &Entry {
            organization_id,
            actor: Some(SECRET_KEY_ACTOR),
            target: Some(target),
            ..Entry::new(project_id, action)
        },
        at,
    )
    .await
}

/// Appends an entry and queues its event, in a transaction of its own.
pub async fn record(db: &Db, entry: &Entry<'_>, at: i64) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    record_in(&mut tx, entry, at).await?;
    tx.commit().await?;
    Ok(())
}

/// Appends an entry and queues its event inside the caller's transaction.
pub async fn record_in(
    conn: &mut sqlx::AnyConnection,
    entry: &Entry<'_>,
    at: i64,
) -> anyhow::Result<()> {
    let details = if entry.details.is_null() {
        serde_json::json!({})
    } else {
        entry.details.clone()
    };
    let id = IdKind::AuditEvent.generate();
    sqlx::query(
        "INSERT INTO audit_log (id, project_id, organization_id, actor, action, target, ip, \
         user_agent, details, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&id)
    .bind(entry.project_id)
    .bind(entry.organization_id)
    .bind(entry.actor)
    .bind(entry.action.as_str())
    .bind(entry.target)
    .bind(entry.ip)
    .bind(entry.user_agent)
    .bind(details.to_string())
    .bind(at)
    .execute(&mut *conn)
    .await?;
    // The outbox copy carries what a subscriber needs, not the client's address.
    let event = serde_json::json!({
        "id": id,
        "type": entry.action,
        "organization_id": entry.organization_id,
        "actor": entry.actor,
        "target": entry.target,
        "details": details,
        "created_at": at,
    });
    super::outbox::insert(
        &mut *conn,
        &super::outbox::new_id(),
        entry.project_id,
        super::outbox::Kind::Event,
        &event.to_string(),
        at,
    )
    .await
}

/// An audit event as stored.
#[derive(Debug, Clone, FromRow)]
pub struct StoredEvent {
    /// `evt_...`
    pub id: String,
    /// Organization, when known.
    pub organization_id: Option<OrganizationId>,
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
