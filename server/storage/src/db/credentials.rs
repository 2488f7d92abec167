//! Storage of what a user proves themselves with: their password hash and their TOTP second
//! factor, one row each in `user_credentials` (recovery codes, and later passkeys, are further
//! kinds of row). A password row keeps the PHC string, which alone decides verification, and
//! beside it the algorithm and parameters read from that string, so hashes due for stronger
//! parameters or imported from another algorithm can be found by a query. A TOTP row exists
//! only once its enrolment was confirmed with a first code (a pending enrolment lives on its
//! sign-in flow, `db/login.rs`) and remembers the last time step it accepted.

use anyhow::Context;
use argon2::PasswordHash;
use sqlx::FromRow;

use super::Db;
use crate::ids::IdKind;

/// What a credential is (`kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A password hash.
    Password,
    /// A TOTP (RFC 6238) secret.
    Totp,
    /// A one-time recovery code.
    RecoveryCode,
}

impl Kind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::Totp => "totp",
            Self::RecoveryCode => "recovery_code",
        }
    }
}

/// A user's password.
#[derive(Debug, Clone, FromRow)]
pub struct Password {
    /// `cred_...`
    pub id: String,
    /// The PHC string (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`).
    pub phc: String,
}

/// A user's confirmed TOTP second factor.
#[derive(Debug, Clone, FromRow)]
pub struct Totp {
    /// `cred_...`
    pub id: String,
    /// The secret, sealed under the master key.
    pub sealed_secret: String,
    /// When the user confirmed it with a first code (Unix seconds).
    pub confirmed_at: i64,
}

/// The algorithm and parameters of a PHC string, as the `algorithm` and `params` columns
/// hold them. Only algorithms `server/domain/src/password.rs` can verify are accepted.
fn describe(phc: &str) -> anyhow::Result<(&'static str, String)> {
    let parsed =
        PasswordHash::new(phc).map_err(|err| anyhow::anyhow!("not a PHC password hash: {err}"))?;
    let algorithm = argon2::Algorithm::try_from(parsed.algorithm)
        .map_err(|err| anyhow::anyhow!("unsupported password hash algorithm: {err}"))?;
    let mut params = serde_json::Map::new();
    if let Some(version) = parsed.version {
        params.insert("v".to_owned(), version.into());
    }
    for (name, value) in parsed.params.iter() {
        let value = match value.decimal() {
            Ok(number) => number.into(),
            Err(_) => value.as_str().into(),
        };
        params.insert(name.as_str().to_owned(), value);
    }
    let params = serde_json::to_string(&params).context("encoding hash parameters")?;
    Ok((algorithm.ident().as_str(), params))
}

/// The user's password, if they have one.
pub async fn password(
    db: &Db,
    project_id: &str,
    user_id: &str,
) -> anyhow::Result<Option<Password>> {
    Ok(sqlx::query_as(
        "SELECT id, secret AS phc FROM user_credentials \
         WHERE project_id = $1 AND user_id = $2 AND kind = $3",
    )
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Password.as_str())
    .fetch_optional(db.pool())
    .await?)
}

/// Sets (or replaces) the user's password hash `phc`, a PHC string from
/// `server/domain/src/password.rs`.
pub async fn set_password<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    project_id: &str,
    user_id: &str,
    phc: &str,
    now: i64,
) -> anyhow::Result<()> {
    let (algorithm, params) = describe(phc)?;
    // The conflict target repeats the partial unique index's predicate
    // (migrations/*/0014_credentials.sql), which is how both databases pick that index.
    sqlx::query(
        "INSERT INTO user_credentials \
         (id, project_id, user_id, kind, secret, algorithm, params, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (user_id, kind) WHERE kind IN ('password', 'totp') DO UPDATE \
         SET secret = excluded.secret, algorithm = excluded.algorithm, \
         params = excluded.params, updated_at = excluded.updated_at \
         WHERE user_credentials.project_id = excluded.project_id",
    )
    .bind(IdKind::Credential.generate())
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Password.as_str())
    .bind(phc)
    .bind(algorithm)
    .bind(params)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

/// Records that credential `id` just proved its user.
pub async fn used(db: &Db, project_id: &str, id: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE user_credentials SET last_used_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(now)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// The user's confirmed TOTP second factor, if any.
pub async fn totp(db: &Db, project_id: &str, user_id: &str) -> anyhow::Result<Option<Totp>> {
    Ok(sqlx::query_as(
        "SELECT id, secret AS sealed_secret, confirmed_at FROM user_credentials \
         WHERE project_id = $1 AND user_id = $2 AND kind = $3",
    )
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Totp.as_str())
    .fetch_optional(db.pool())
    .await?)
}

/// Enrols `sealed` as the user's second factor, confirmed by a code of time step `step`,
/// unless they enrolled one meanwhile; true when written.
pub async fn enroll_totp(
    db: &Db,
    project_id: &str,
    user_id: &str,
    sealed: &str,
    step: i64,
    now: i64,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO user_credentials (id, project_id, user_id, kind, secret, totp_last_step, \
         confirmed_at, created_at, updated_at, last_used_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $7) \
         ON CONFLICT (user_id, kind) WHERE kind IN ('password', 'totp') DO NOTHING",
    )
    .bind(IdKind::Credential.generate())
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Totp.as_str())
    .bind(sealed)
    .bind(step)
    .bind(now)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Accepts time step `step` of the user's second factor once: false when it (or a later
/// one) was used, or when the user has none.
pub async fn use_totp_step(
    db: &Db,
    project_id: &str,
    user_id: &str,
    step: i64,
    now: i64,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE user_credentials SET totp_last_step = $1, last_used_at = $2 \
         WHERE project_id = $3 AND user_id = $4 AND kind = $5 \
         AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(now)
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Totp.as_str())
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes the user's second factor (a lost device); true when they had one.
pub async fn reset_totp<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    project_id: &str,
    user_id: &str,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM user_credentials WHERE project_id = $1 AND user_id = $2 AND kind = $3",
    )
    .bind(project_id)
    .bind(user_id)
    .bind(Kind::Totp.as_str())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn a_phc_string_is_described_by_its_algorithm_and_parameters() -> anyhow::Result<()> {
        let phc = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$\
                   AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        let (algorithm, params) = describe(phc)?;
        assert_eq!(algorithm, "argon2id");
        let params: serde_json::Value = serde_json::from_str(&params)?;
        assert_eq!(
            params,
            serde_json::json!({"v": 19, "m": 19456, "t": 2, "p": 1})
        );
        Ok(())
    }

    #[test]
    fn hashes_the_server_cannot_verify_are_refused() {
        assert!(describe("plaintext").is_err());
        assert!(describe("$scrypt$ln=15,r=8,p=1$c2FsdA$AAAA").is_err());
    }
}
