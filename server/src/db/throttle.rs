//! Failed-login counters with lockout, kept in the database so every replica sees the same
//! counts. Keys are digests, so the table holds no email addresses.

use super::Db;

/// Counting policy for one kind of key.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Failures allowed within the window before locking.
    pub max_failures: i64,
    /// Length of the counting window.
    pub window_seconds: i64,
    /// How long a lock lasts.
    pub lockout_seconds: i64,
}

/// Until when `key` is locked, if it is locked at `now`.
pub async fn locked_until(db: &Db, key: &str, now: i64) -> anyhow::Result<Option<i64>> {
    let until: Option<Option<i64>> =
        sqlx::query_scalar("SELECT locked_until FROM login_throttle WHERE throttle_key = $1")
            .bind(key)
            .fetch_optional(db.pool())
            .await?;
    Ok(until.flatten().filter(|t| *t > now))
}

/// Counts one failure for `key`; locks it when the window's count reaches the maximum.
/// The increment is one atomic upsert, so concurrent failures are all counted.
pub async fn record_failure(db: &Db, key: &str, now: i64, policy: Policy) -> anyhow::Result<()> {
    let failures: i64 = sqlx::query_scalar(
        "INSERT INTO login_throttle (throttle_key, failures, window_started_at) VALUES ($1, 1, $2) \
         ON CONFLICT (throttle_key) DO UPDATE SET \
           failures = CASE WHEN login_throttle.window_started_at <= $3 THEN 1 \
                           ELSE login_throttle.failures + 1 END, \
           window_started_at = CASE WHEN login_throttle.window_started_at <= $3 THEN $2 \
                                    ELSE login_throttle.window_started_at END \
         RETURNING failures",
    )
    .bind(key)
    .bind(now)
    .bind(now - policy.window_seconds)
    .fetch_one(db.pool())
    .await?;
    if failures >= policy.max_failures {
        sqlx::query(
            "UPDATE login_throttle SET locked_until = $1, failures = 0, window_started_at = $2 \
             WHERE throttle_key = $3",
        )
        .bind(now + policy.lockout_seconds)
        .bind(now)
        .bind(key)
        .execute(db.pool())
        .await?;
    }
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in).
pub async fn clear(db: &Db, key: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
        .bind(key)
        .execute(db.pool())
        .await?;
    Ok(())
}
