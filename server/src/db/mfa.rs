//! Storage of TOTP second factors (sealed secrets on the user row) and of sign-ins waiting
//! for their second factor (on the login flow).

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

/// Stores a not-yet-confirmed secret (replacing any earlier pending one).
pub async fn set_pending(
    db: &Db,
    project_id: &str,
    user_id: &str,
    sealed: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE users SET totp_secret_sealed = $1, totp_enabled_at = NULL, totp_last_step = NULL \
         WHERE project_id = $2 AND id = $3 AND totp_enabled_at IS NULL",
    )
    .bind(sealed)
    .bind(project_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(())
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

/// Marks enrolment complete.
pub async fn enable(db: &Db, project_id: &str, user_id: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE users SET totp_enabled_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(now)
        .bind(project_id)
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(())
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

/// Records that the flow's sign-in as `user_id` (proved by `amr`) waits for a second factor.
pub async fn set_flow_pending(
    db: &Db,
    project_id: &str,
    flow_id: &str,
    user_id: &str,
    amr: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE login_flows SET mfa_user_id = $1, candidates_amr = $2 \
         WHERE project_id = $3 AND id = $4",
    )
    .bind(user_id)
    .bind(amr)
    .bind(project_id)
    .bind(flow_id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The user (and amr) an unexpired flow is waiting on for a second factor.
pub async fn flow_pending(
    db: &Db,
    project_id: &str,
    flow_id: &str,
    now: i64,
) -> anyhow::Result<Option<(String, String)>> {
    let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT mfa_user_id, candidates_amr FROM login_flows WHERE project_id = $1 AND id = $2 \
         AND expires_at > $3",
    )
    .bind(project_id)
    .bind(flow_id)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some((Some(user), Some(amr))) => Some((user, amr)),
        _ => None,
    })
}
