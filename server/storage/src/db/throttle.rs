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

/// The answer of [`reserve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reservation {
    /// The attempt may be evaluated; it is the `number`th of the window.
    Allowed {
        /// 1 for the first attempt of the window.
        number: i64,
    },
    /// The key is locked until then (Unix seconds).
    Locked {
        /// Unix seconds.
        until: i64,
    },
}

/// Counts an attempt for `key` *before* it is evaluated, in one atomic upsert, so that
/// concurrent guesses cannot all be checked before the first failure is recorded: of N
/// parallel attempts only the first `max_failures` are allowed. A successful attempt
/// [`clear`]s the count; a failed one leaves it counted and calls [`fail`].
pub async fn reserve(db: &Db, key: &str, now: i64, policy: Policy) -> anyhow::Result<Reservation> {
    // A running lock keeps its count; an ended lock or an elapsed window starts over.
    let (number, locked_until): (i64, Option<i64>) = sqlx::query_as(
        "INSERT INTO login_throttle (throttle_key, failures, window_started_at) VALUES ($1, 1, $2) \
         ON CONFLICT (throttle_key) DO UPDATE SET \
           failures = CASE WHEN login_throttle.locked_until > $2 THEN login_throttle.failures \
                           WHEN login_throttle.window_started_at <= $3 \
                             OR login_throttle.locked_until IS NOT NULL THEN 1 \
                           ELSE login_throttle.failures + 1 END, \
           window_started_at = CASE WHEN login_throttle.locked_until > $2 \
                                      THEN login_throttle.window_started_at \
                                    WHEN login_throttle.window_started_at <= $3 \
                                      OR login_throttle.locked_until IS NOT NULL THEN $2 \
                                    ELSE login_throttle.window_started_at END, \
           locked_until = CASE WHEN login_throttle.locked_until > $2 \
                                 THEN login_throttle.locked_until ELSE NULL END \
         RETURNING failures, locked_until",
    )
    .bind(key)
    .bind(now)
    .bind(now - policy.window_seconds)
    .fetch_one(&mut *db.write().await?)
    .await?;
    if let Some(until) = locked_until.filter(|until| *until > now) {
        return Ok(Reservation::Locked { until });
    }
    if number > policy.max_failures {
        let until = now + policy.lockout_seconds;
        lock(db, key, until).await?;
        return Ok(Reservation::Locked { until });
    }
    Ok(Reservation::Allowed { number })
}

/// Uncounts an attempt [`reserve`]d but never evaluated; a lock already set stays.
pub async fn withdraw(db: &Db, key: &str) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE login_throttle SET failures = failures - 1 \
         WHERE throttle_key = $1 AND failures > 0 AND locked_until IS NULL",
    )
    .bind(key)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// Records that the attempt [`reserve`]d as `number` failed: the last allowed one locks the
/// key.
pub async fn fail(db: &Db, key: &str, number: i64, now: i64, policy: Policy) -> anyhow::Result<()> {
    if number >= policy.max_failures {
        lock(db, key, now + policy.lockout_seconds).await?;
    }
    Ok(())
}

async fn lock(db: &Db, key: &str, until: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE login_throttle SET locked_until = $1 WHERE throttle_key = $2 \
         AND (locked_until IS NULL OR locked_until < $1)",
    )
    .bind(until)
    .bind(key)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// The failures counted for `key` in the window that contains `now` (for soft limits,
/// which slow down rather than lock).
pub async fn failures(db: &Db, key: &str, now: i64, policy: Policy) -> anyhow::Result<i64> {
    let count: Option<i64> = sqlx::query_scalar(
        "SELECT failures FROM login_throttle WHERE throttle_key = $1 AND window_started_at > $2",
    )
    .bind(key)
    .bind(now - policy.window_seconds)
    .fetch_optional(db.pool())
    .await?;
    Ok(count.unwrap_or(0))
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
    .fetch_one(&mut *db.write().await?)
    .await?;
    if failures >= policy.max_failures {
        sqlx::query(
            "UPDATE login_throttle SET locked_until = $1, failures = 0, window_started_at = $2 \
             WHERE throttle_key = $3",
        )
        .bind(now + policy.lockout_seconds)
        .bind(now)
        .bind(key)
        .execute(&mut *db.write().await?)
        .await?;
    }
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in).
pub async fn clear(db: &Db, key: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
        .bind(key)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}
