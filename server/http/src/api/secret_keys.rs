//! Secret keys of the caller's project. A key is shown once, when created; afterwards only
//! its id, name and first characters are visible. Revoked keys stay listed for the record.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, validate};
use gatehouse_storage::db::{self, secret_keys::Revoke};
use gatehouse_storage::ids::IdKind;

/// A secret key, without its secret.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecretKey {
    /// Identifier, `skey_...`.
    pub id: String,
    /// Label chosen when the key was created.
    pub name: String,
    /// The first characters of the secret, to recognise it.
    pub display_prefix: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last use (updated at most once a minute).
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
    /// RFC 3339 revocation time; null while the key is active.
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
}

impl From<db::secret_keys::SecretKey> for SecretKey {
    fn from(key: db::secret_keys::SecretKey) -> Self {
        Self {
            id: key.id,
            name: key.name,
            display_prefix: key.display_prefix,
            created_at: timestamp(key.created_at),
            last_used_at: key.last_used_at.map(timestamp),
            revoked_at: key.revoked_at.map(timestamp),
        }
    }
}

/// A newly created secret key, with the secret itself (shown only this once).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedSecretKey {
    /// The key's record.
    #[serde(flatten)]
    pub key: SecretKey,
    /// The secret, `sk_test_...` or `sk_live_...`. Store it now: it cannot be shown again.
    pub secret: String,
}

/// Body of `create_secret_key`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "billing service"}))]
pub struct CreateSecretKey {
    /// Label, 1 to 200 characters.
    pub name: String,
}

/// All secret keys of the project.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecretKeyList {
    /// Keys, newest first.
    pub data: Vec<SecretKey>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_secret_key, list_secret_keys))
        .routes(routes!(revoke_secret_key))
}

/// Create a secret key; the answer holds the secret, which is never shown again.
#[utoipa::path(
    post,
    path = "/secret_keys",
    operation_id = "create_secret_key",
    tag = "secret_keys",
    security(("secret_key" = [])),
    request_body = CreateSecretKey,
    responses(
        (status = 201, description = "Created; holds the secret", body = CreatedSecretKey),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_secret_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateSecretKey>,
) -> ApiResult<(StatusCode, Json<CreatedSecretKey>)> {
    let name = validate::name("name", &body.name)?;
    let new_key = secrets::new_secret_key(auth.project.environment);
    let key = db::secret_keys::insert(
        &state.db,
        &IdKind::SecretKey.generate(),
        &auth.project.id,
        &name,
        &new_key.hash,
        &new_key.display_prefix,
        state.clock.now(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedSecretKey {
            key: key.into(),
            secret: new_key.secret,
        }),
    ))
}

/// List the project's secret keys, newest first.
#[utoipa::path(
    get,
    path = "/secret_keys",
    operation_id = "list_secret_keys",
    tag = "secret_keys",
    security(("secret_key" = [])),
    responses(
        (status = 200, description = "Every key of the project", body = SecretKeyList),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_secret_keys(
    auth: ProjectAuth,
    State(state): State<AppState>,
) -> ApiResult<Json<SecretKeyList>> {
    let keys = db::secret_keys::list(&state.db, &auth.project.id).await?;
    Ok(Json(SecretKeyList {
        data: keys.into_iter().map(Into::into).collect(),
    }))
}

/// Revoke a secret key at once. The project's last active key cannot be revoked.
#[utoipa::path(
    post,
    path = "/secret_keys/{secret_key_id}/revoke",
    operation_id = "revoke_secret_key",
    tag = "secret_keys",
    security(("secret_key" = [])),
    params(("secret_key_id" = String, Path, description = "Secret key id, `skey_...`")),
    responses(
        (status = 200, description = "The revoked key", body = SecretKey),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such key in this project", body = ErrorBody),
        (status = 409, description = "It is the project's last active key", body = ErrorBody),
    )
)]
async fn revoke_secret_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<SecretKey>> {
    let id = validate::id(IdKind::SecretKey, "secret_key_id", &id)?;
    match db::secret_keys::revoke(&state.db, &auth.project.id, &id, state.clock.now()).await? {
        Revoke::Revoked(key) => Ok(Json(key.into())),
        Revoke::NotFound => Err(ApiError::NotFound("secret key")),
        Revoke::LastActiveKey => Err(ApiError::conflict(
            "last_secret_key",
            None,
            "this is the project's last active secret key; create another before revoking it",
        )),
    }
}
