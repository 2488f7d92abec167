//! The outbox: messages written in the transaction of the change that caused them and
//! delivered afterwards by a worker (`server/domain/src/workers/`). Delivery is at least once: a
//! worker takes due rows by pushing their `available_at` forward (a lease), so a worker that
//! dies mid-delivery leaves them to another once the lease runs out. On PostgreSQL concurrent
//! workers skip each other's rows (`FOR UPDATE SKIP LOCKED`); SQLite has one writer anyway.

use sqlx::FromRow;

use super::{Backend, Db};
use crate::ids::{IdKind, ProjectId};

/// What a message is (`kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An email; payload sealed (it carries sign-in links).
    Mail,
    /// An event of `events.rs`, for subscribers (webhooks); JSON in clear.
    Event,
}

impl Kind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mail => "mail",
            Self::Event => "event",
        }
    }
}

/// A message taken for delivery.
#[derive(Debug, Clone, FromRow)]
pub struct Message {
    /// `msg_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The payload as written.
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// Queues a message; `payload` is written as given. Returns its id.
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    id: &str,
    project_id: &str,
    kind: Kind,
    payload: &str,
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO outbox (id, project_id, kind, payload, created_at, available_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(id)
    .bind(project_id)
    .bind(kind.as_str())
    .bind(payload)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

/// A fresh message id.
pub fn new_id() -> String {
    IdKind::OutboxMessage.generate()
}

/// Takes up to `limit` due messages of `kind`, leasing them for `lease_seconds`.
pub async fn claim(
    db: &Db,
    kind: Kind,
    now: i64,
    lease_seconds: i64,
    limit: i64,
) -> anyhow::Result<Vec<Message>> {
    let lock = match db.backend() {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    Ok(sqlx::query_as(&format!(
        "UPDATE outbox SET available_at = $1, attempts = attempts + 1 WHERE id IN (\
           SELECT id FROM outbox WHERE kind = $2 AND delivered_at IS NULL AND failed_at IS NULL \
           AND available_at <= $3 ORDER BY available_at, id LIMIT $4{lock}) \
         RETURNING id, project_id, payload, attempts"
    ))
    .bind(now + lease_seconds)
    .bind(kind.as_str())
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *db.write().await?)
    .await?)
}

/// Marks a message delivered and erases its payload.
pub async fn delivered(db: &Db, id: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE outbox SET delivered_at = $1, payload = '', last_error = NULL WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// Schedules another attempt at `at`, recording why this one failed.
pub async fn retry_at(db: &Db, id: &str, at: i64, error: &str) -> anyhow::Result<()> {
    sqlx::query("UPDATE outbox SET available_at = $1, last_error = $2 WHERE id = $3")
        .bind(at)
        .bind(error)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// Gives up on a message: kept (for operators) without its payload.
pub async fn give_up(db: &Db, id: &str, now: i64, error: &str) -> anyhow::Result<()> {
    sqlx::query("UPDATE outbox SET failed_at = $1, payload = '', last_error = $2 WHERE id = $3")
        .bind(now)
        .bind(error)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// Messages of `kind` not yet delivered nor given up.
pub async fn pending(db: &Db, kind: Kind) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE kind = $1 AND delivered_at IS NULL AND failed_at IS NULL",
    )
    .bind(kind.as_str())
    .fetch_one(db.pool())
    .await?)
}
