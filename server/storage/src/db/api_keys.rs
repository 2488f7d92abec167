//! Storage of organization API keys (digests only).

use crate::ids::{OrganizationId, ProjectId};
use sqlx::FromRow;

use super::{Db, from_json_text, to_json_text};

/// An API key as stored.
#[derive(Debug, Clone)]
pub struct ApiKey {
    /// `akey_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// Owning organization.
    pub organization_id: OrganizationId,
    /// Label.
    pub name: String,
    /// First characters of the key, to recognise it.
    pub display_prefix: String,
    /// Roles granted to callers using the key.
    pub roles: Vec<String>,
    /// Actions (permissions) granted to callers using the key.
    pub actions: Vec<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
    /// Unix seconds; the key stops working then.
    pub expires_at: Option<i64>,
    /// Unix seconds, updated at most once a minute.
    pub last_used_at: Option<i64>,
    /// Unix seconds; set once revoked.
    pub revoked_at: Option<i64>,
    /// The user who created it through the self-serve API; `None` for keys created or last
    /// granted with the project's secret key, which belong to the organization alone.
    pub created_by_user_id: Option<String>,
}

impl ApiKey {
    /// Whether the key authenticates at `now`.
    pub fn is_usable(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|t| now < t)
    }
}

#[derive(FromRow)]
struct ApiKeyRow {
    id: String,
    project_id: ProjectId,
    organization_id: OrganizationId,
    name: String,
    display_prefix: String,
    roles: String,
    actions: String,
    created_at: i64,
    updated_at: i64,
    expires_at: Option<i64>,
    last_used_at: Option<i64>,
    revoked_at: Option<i64>,
    created_by_user_id: Option<String>,
}

impl TryFrom<ApiKeyRow> for ApiKey {
    type Error = anyhow::Error;
    fn try_from(row: ApiKeyRow) -> anyhow::Result<Self> {
        Ok(Self {
            roles: from_json_text(&row.roles)?,
            actions: from_json_text(&row.actions)?,
            id: row.id,
            project_id: row.project_id,
            organization_id: row.organization_id,
            name: row.name,
            display_prefix: row.display_prefix,
            created_at: row.created_at,
            updated_at: row.updated_at,
            expires_at: row.expires_at,
            last_used_at: row.last_used_at,
            revoked_at: row.revoked_at,
            created_by_user_id: row.created_by_user_id,
        })
    }
}

const COLUMNS: &str = "id, project_id, organization_id, name, display_prefix, roles, actions, \
                       created_at, updated_at, expires_at, last_used_at, revoked_at, \
                       created_by_user_id";

/// Stores a new key by its digest.
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    key: &ApiKey,
    key_hash: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO api_keys (id, project_id, organization_id, name, key_hash, display_prefix, \
         roles, actions, created_at, updated_at, expires_at, created_by_user_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&key.id)
    .bind(&key.project_id)
    .bind(&key.organization_id)
    .bind(&key.name)
    .bind(key_hash)
    .bind(&key.display_prefix)
    .bind(to_json_text(&key.roles)?)
    .bind(to_json_text(&key.actions)?)
    .bind(key.created_at)
    .bind(key.updated_at)
    .bind(key.expires_at)
    .bind(&key.created_by_user_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// The key of the project with this digest.
pub async fn find_by_hash(
    db: &Db,
    project_id: &str,
    key_hash: &str,
) -> anyhow::Result<Option<ApiKey>> {
    let row: Option<ApiKeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE project_id = $1 AND key_hash = $2"
    ))
    .bind(project_id)
    .bind(key_hash)
    .fetch_optional(db.pool())
    .await?;
    row.map(ApiKey::try_from).transpose()
}

/// One key of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<ApiKey>> {
    let row: Option<ApiKeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(ApiKey::try_from).transpose()
}

/// A page of the project's keys in creation order, optionally of one organization.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: Option<&str>,
    starting_after: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<ApiKey>> {
    let rows: Vec<ApiKeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE project_id = $1 AND id > $2 \
         AND ($3 IS NULL OR organization_id = $3) ORDER BY id LIMIT $4"
    ))
    .bind(project_id)
    .bind(starting_after.unwrap_or(""))
    .bind(organization_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(ApiKey::try_from).collect()
}

/// Writes back name, roles, actions, revocation and creator.
pub async fn update<'e>(executor: impl sqlx::AnyExecutor<'e>, key: &ApiKey) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE api_keys SET name = $1, roles = $2, actions = $3, updated_at = $4, revoked_at = $5, \
         created_by_user_id = $6 WHERE project_id = $7 AND id = $8",
    )
    .bind(&key.name)
    .bind(to_json_text(&key.roles)?)
    .bind(to_json_text(&key.actions)?)
    .bind(key.updated_at)
    .bind(key.revoked_at)
    .bind(&key.created_by_user_id)
    .bind(&key.project_id)
    .bind(&key.id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Records a use of the key.
pub async fn touch(db: &Db, project_id: &str, id: &str, at: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE api_keys SET last_used_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(at)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// The unrevoked keys a user created through the self-serve API.
pub async fn active_created_by(
    db: &Db,
    project_id: &str,
    user_id: &str,
) -> anyhow::Result<Vec<ApiKey>> {
    let rows: Vec<ApiKeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE project_id = $1 AND created_by_user_id = $2 \
         AND revoked_at IS NULL ORDER BY id"
    ))
    .bind(project_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(ApiKey::try_from).collect()
}
