//! Storage of registered OAuth clients (confidential server apps, extra public apps). The
//! project's built-in public client (whose id is the publishable key) is not stored: it is
//! derived from the project's own settings.

use crate::ids::ProjectId;
use sqlx::FromRow;

use super::{Db, from_json_text, to_json_text};

/// A registered OAuth client as stored.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    /// `client_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// Display name, shown on the hosted login.
    pub name: String,
    /// `public` (PKCE, no secret) or `confidential` (secret at the token endpoint).
    pub client_type: String,
    /// SHA-256 of the client secret (confidential clients only).
    pub secret_hash: Option<String>,
    /// Allowed redirect URIs (exact match).
    pub redirect_uris: Vec<String>,
    /// Allowed `post_logout_redirect_uri` values (exact match).
    pub post_logout_redirect_uris: Vec<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

#[derive(FromRow)]
struct Row {
    id: String,
    project_id: ProjectId,
    name: String,
    client_type: String,
    secret_hash: Option<String>,
    redirect_uris: String,
    post_logout_redirect_uris: String,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<Row> for OAuthClient {
    type Error = anyhow::Error;
    fn try_from(row: Row) -> anyhow::Result<Self> {
        Ok(Self {
            redirect_uris: from_json_text(&row.redirect_uris)?,
            post_logout_redirect_uris: from_json_text(&row.post_logout_redirect_uris)?,
            id: row.id,
            project_id: row.project_id,
            name: row.name,
            client_type: row.client_type,
            secret_hash: row.secret_hash,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

const COLUMNS: &str = "id, project_id, name, client_type, secret_hash, redirect_uris, \
                       post_logout_redirect_uris, created_at, updated_at";

/// Inserts a client.
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    client: &OAuthClient,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO oauth_clients (id, project_id, name, client_type, secret_hash, \
         redirect_uris, post_logout_redirect_uris, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&client.id)
    .bind(&client.project_id)
    .bind(&client.name)
    .bind(&client.client_type)
    .bind(&client.secret_hash)
    .bind(to_json_text(&client.redirect_uris)?)
    .bind(to_json_text(&client.post_logout_redirect_uris)?)
    .bind(client.created_at)
    .bind(client.updated_at)
    .execute(executor)
    .await?;
    Ok(())
}

/// One client of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<OAuthClient>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM oauth_clients WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(OAuthClient::try_from).transpose()
}

/// A page of the project's clients, by id, after `cursor`.
pub async fn list(
    db: &Db,
    project_id: &str,
    cursor: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<OAuthClient>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM oauth_clients WHERE project_id = $1 AND id > $2 \
         ORDER BY id LIMIT $3"
    ))
    .bind(project_id)
    .bind(cursor.unwrap_or(""))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(OAuthClient::try_from).collect()
}

/// Writes back name, redirect URIs and secret.
pub async fn update<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    client: &OAuthClient,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE oauth_clients SET name = $1, secret_hash = $2, redirect_uris = $3, \
         post_logout_redirect_uris = $4, updated_at = $5 WHERE project_id = $6 AND id = $7",
    )
    .bind(&client.name)
    .bind(&client.secret_hash)
    .bind(to_json_text(&client.redirect_uris)?)
    .bind(to_json_text(&client.post_logout_redirect_uris)?)
    .bind(client.updated_at)
    .bind(&client.project_id)
    .bind(&client.id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Deletes a client and its pending codes; returns whether it existed.
pub async fn delete(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
) -> anyhow::Result<bool> {
    let affected = super::delete_scoped_in(
        conn,
        &[
            "DELETE FROM authorization_codes WHERE project_id = $1 AND client_id = $2",
            "DELETE FROM login_flows WHERE project_id = $1 AND client_id = $2",
            "DELETE FROM oauth_clients WHERE project_id = $1 AND id = $2",
        ],
        project_id,
        id,
    )
    .await?;
    Ok(affected > 0)
}
