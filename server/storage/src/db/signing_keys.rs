//! Storage of per-project signing keys. Private keys are stored sealed under the master key;
//! the state of a key (pending, active, retired, expired, revoked) follows from its
//! timestamps and the current time, so no background job has to flip states.

use super::projects::SigningAlgorithm;
use crate::ids::ProjectId;
use sqlx::FromRow;

use super::Db;

/// A signing key as stored.
#[derive(Debug, Clone, FromRow)]
pub struct SigningKey {
    /// The key id (`kid`), `jwk_...`.
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The algorithm it signs with.
    pub algorithm: SigningAlgorithm,
    /// Public JWK as JSON text.
    pub public_jwk: String,
    /// Sealed PKCS#8 private key.
    pub private_key_sealed: String,
    /// Published from this time.
    pub created_at: i64,
    /// Signs from this time.
    pub activates_at: i64,
    /// Stops signing at this time (set when a successor is scheduled).
    pub retires_at: Option<i64>,
    /// Leaves the JWKS at this time.
    pub unpublish_at: Option<i64>,
    /// Revoked (removed from the JWKS at once).
    pub revoked_at: Option<i64>,
}

/// Life-cycle state of a key at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    /// Published, not signing yet.
    Pending,
    /// Published and signing.
    Active,
    /// Published so tokens it signed still verify; no longer signing.
    Retired,
    /// No longer published.
    Expired,
    /// Withdrawn by an operator.
    Revoked,
}

impl SigningKey {
    /// The state at `now`.
    pub fn state(&self, now: i64) -> KeyState {
        if self.revoked_at.is_some() {
            KeyState::Revoked
        } else if now < self.activates_at {
            KeyState::Pending
        } else if self.unpublish_at.is_some_and(|t| now >= t) {
            KeyState::Expired
        } else if self.retires_at.is_some_and(|t| now >= t) {
            KeyState::Retired
        } else {
            KeyState::Active
        }
    }

    /// Whether the key belongs in the JWKS at `now`.
    pub fn is_published(&self, now: i64) -> bool {
        matches!(
            self.state(now),
            KeyState::Pending | KeyState::Active | KeyState::Retired
        )
    }
}

const COLUMNS: &str = "id, project_id, algorithm, public_jwk, private_key_sealed, created_at, \
                       activates_at, retires_at, unpublish_at, revoked_at";

/// Every key of the project that is not long gone, oldest first.
pub async fn list(db: &Db, project_id: &str) -> anyhow::Result<Vec<SigningKey>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM signing_keys WHERE project_id = $1 ORDER BY activates_at, id"
    ))
    .bind(project_id)
    .fetch_all(db.pool())
    .await?)
}

/// Inserts a key.
pub async fn insert<'c, E>(executor: E, key: &SigningKey) -> anyhow::Result<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO signing_keys (id, project_id, algorithm, public_jwk, private_key_sealed, \
         created_at, activates_at, retires_at, unpublish_at, revoked_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&key.id)
    .bind(&key.project_id)
    .bind(key.algorithm)
    .bind(&key.public_jwk)
    .bind(&key.private_key_sealed)
    .bind(key.created_at)
    .bind(key.activates_at)
    .bind(key.retires_at)
    .bind(key.unpublish_at)
    .bind(key.revoked_at)
    .execute(executor)
    .await?;
    Ok(())
}

/// Writes back the schedule fields of a key.
pub async fn update_schedule<'c, E>(executor: E, key: &SigningKey) -> anyhow::Result<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "UPDATE signing_keys SET activates_at = $1, retires_at = $2, unpublish_at = $3, \
         revoked_at = $4 WHERE project_id = $5 AND id = $6",
    )
    .bind(key.activates_at)
    .bind(key.retires_at)
    .bind(key.unpublish_at)
    .bind(key.revoked_at)
    .bind(&key.project_id)
    .bind(&key.id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Keys of the project inside a transaction, after taking the project's write lock so
/// concurrent rotations (on several replicas) serialise.
pub async fn list_for_update(
    tx: &mut sqlx::AnyConnection,
    db: &Db,
    project_id: &str,
) -> anyhow::Result<Vec<SigningKey>> {
    super::projects::lock(tx, db, project_id).await?;
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM signing_keys WHERE project_id = $1 ORDER BY activates_at, id"
    ))
    .bind(project_id)
    .fetch_all(&mut *tx)
    .await?)
}
