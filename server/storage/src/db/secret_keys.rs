//! Storage of project secret keys. Only a SHA-256 digest of each key is kept: the keys are
//! 256-bit random strings, so a fast hash is enough to make a leaked table useless.

use crate::ids::ProjectId;
use sqlx::FromRow;

use super::Db;

/// A secret key as stored (never the secret itself).
#[derive(Debug, Clone, FromRow)]
pub struct SecretKey {
    /// `skey_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// Operator-chosen label.
    pub name: String,
    /// The first characters of the secret, to recognise it in a list.
    pub display_prefix: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds, updated at most once a minute.
    pub last_used_at: Option<i64>,
    /// Unix seconds; set once revoked.
    pub revoked_at: Option<i64>,
}

const COLUMNS: &str = "id, project_id, name, display_prefix, created_at, last_used_at, revoked_at";

/// Stores a new key by its digest.
pub async fn insert(
    db: &Db,
    id: &str,
    project_id: &ProjectId,
    name: &str,
    key_hash: &str,
    display_prefix: &str,
    created_at: i64,
) -> anyhow::Result<SecretKey> {
    sqlx::query(
        "INSERT INTO secret_keys (id, project_id, name, key_hash, display_prefix, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(project_id)
    .bind(name)
    .bind(key_hash)
    .bind(display_prefix)
    .bind(created_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(SecretKey {
        id: id.to_owned(),
        project_id: project_id.clone(),
        name: name.to_owned(),
        display_prefix: display_prefix.to_owned(),
        created_at,
        last_used_at: None,
        revoked_at: None,
    })
}

/// The active (unrevoked) key with this digest, whatever its project: this is how a request
/// finds out which project it is for.
pub async fn find_active_by_hash(db: &Db, key_hash: &str) -> anyhow::Result<Option<SecretKey>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM secret_keys WHERE key_hash = $1 AND revoked_at IS NULL"
    ))
    .bind(key_hash)
    .fetch_optional(db.pool())
    .await?)
}

/// Records a use of the key.
pub async fn touch(db: &Db, project_id: &str, id: &str, at: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE secret_keys SET last_used_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(at)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// Every key of the project, newest first.
pub async fn list(db: &Db, project_id: &str) -> anyhow::Result<Vec<SecretKey>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM secret_keys WHERE project_id = $1 ORDER BY id DESC"
    ))
    .bind(project_id)
    .fetch_all(db.pool())
    .await?)
}

/// One key of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<SecretKey>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM secret_keys WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// Outcome of [`revoke`].
#[derive(Debug)]
pub enum Revoke {
    /// The key is now revoked (or already was).
    Revoked(SecretKey),
    /// No such key in this project.
    NotFound,
    /// Refused: it is the project's last active key, and revoking it would lock the
    /// operator out of the backend API.
    LastActiveKey,
}

/// Revokes a key unless it is the project's last active one. The check and the update run
/// in one transaction under the project lock, so two concurrent revocations cannot both
/// pass the check.
pub async fn revoke(db: &Db, project_id: &str, id: &str, at: i64) -> anyhow::Result<Revoke> {
    let mut tx = db.begin().await?;
    super::projects::lock(&mut tx, db, project_id).await?;
    let key: Option<SecretKey> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM secret_keys WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(mut key) = key else {
        return Ok(Revoke::NotFound);
    };
    if key.revoked_at.is_some() {
        return Ok(Revoke::Revoked(key));
    }
    let others: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM secret_keys WHERE project_id = $1 AND revoked_at IS NULL AND id <> $2",
    )
    .bind(project_id)
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if others == 0 {
        return Ok(Revoke::LastActiveKey);
    }
    sqlx::query("UPDATE secret_keys SET revoked_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(at)
        .bind(project_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    key.revoked_at = Some(at);
    Ok(Revoke::Revoked(key))
}
