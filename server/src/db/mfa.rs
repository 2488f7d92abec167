//! Storage of TOTP second factors: the sealed secret on the user row, written once its
//! enrolment is confirmed (a pending enrolment lives on its sign-in flow, `db/login.rs`).

use super::Db;

/// A user's TOTP state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Totp {
    /// The secret, sealed under the master key (pending until enabled).
    pub totp_secret_sealed: Option<String>,
    /// When the user confirmed enrolment with a first code.
    pub totp_enabled_at: Option<i64>,
}

/// The TOTP state of a user.
pub async fn get(db: &Db, project_id: &str, user_id: &str) -> anyhow::Result<Totp> {
    let row: Option<Totp> = sqlx::query_as(
        "SELECT totp_secret_sealed, totp_enabled_at FROM users WHERE project_id = $1 AND id = $2",
    )
    .bind(project_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.unwrap_or(Totp {
        totp_secret_sealed: None,
        totp_enabled_at: None,
    }))
}

/// Accepts time step `step` for the user once: false when it (or a later one) was used.
pub async fn use_step(db: &Db, project_id: &str, user_id: &str, step: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE project_id = $2 AND id = $3 \
         AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(project_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Enrols `sealed` as the user's second factor, unless they enrolled one meanwhile; true when
/// written.
pub async fn enroll(
    db: &Db,
    project_id: &str,
    user_id: &str,
    sealed: &str,
    now: i64,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_secret_sealed = $1, totp_enabled_at = $2 \
         WHERE project_id = $3 AND id = $4 AND totp_enabled_at IS NULL",
    )
    .bind(sealed)
    .bind(now)
    .bind(project_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes the user's second factor (lost device); true when the user exists.
pub async fn reset(db: &Db, project_id: &str, user_id: &str) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_secret_sealed = NULL, totp_enabled_at = NULL, totp_last_step = NULL \
         WHERE project_id = $1 AND id = $2",
    )
    .bind(project_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}
