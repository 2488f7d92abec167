//! Signing keys of the caller's project: their schedule, manual rotation and emergency
//! revocation. See [`gatehouse_domain::signing`] for the rotation rules.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiPath, ProjectAuth};
use gatehouse_domain::signing::{self, Rotation};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::projects::SigningAlgorithm;
use gatehouse_storage::db::signing_keys::{self, KeyState};
use gatehouse_storage::ids::IdKind;

/// Life-cycle state of a signing key.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SigningKeyState {
    /// Published in the JWKS, not signing yet.
    Pending,
    /// Signing new tokens.
    Active,
    /// No longer signing; published until its tokens have expired.
    Retired,
    /// No longer published.
    Expired,
    /// Withdrawn by an operator; not published.
    Revoked,
}

impl From<KeyState> for SigningKeyState {
    fn from(state: KeyState) -> Self {
        match state {
            KeyState::Pending => Self::Pending,
            KeyState::Active => Self::Active,
            KeyState::Retired => Self::Retired,
            KeyState::Expired => Self::Expired,
            KeyState::Revoked => Self::Revoked,
        }
    }
}

/// A signing key (public part and schedule only).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SigningKey {
    /// The key id (`kid`), `jwk_...`.
    pub id: String,
    /// The algorithm it signs with.
    pub algorithm: SigningAlgorithm,
    /// State now.
    pub state: SigningKeyState,
    /// RFC 3339 time it was created and published.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time it starts (or started) signing.
    #[schema(format = DateTime)]
    pub activates_at: String,
    /// RFC 3339 time it stops signing, once a successor is scheduled.
    #[schema(format = DateTime)]
    pub retires_at: Option<String>,
    /// RFC 3339 time it leaves the JWKS.
    #[schema(format = DateTime)]
    pub unpublish_at: Option<String>,
    /// RFC 3339 time it was revoked.
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    /// The public JWK as published.
    #[schema(value_type = Object)]
    pub public_jwk: serde_json::Value,
}

impl SigningKey {
    fn from_record(key: &signing_keys::SigningKey, now: i64) -> ApiResult<Self> {
        Ok(Self {
            id: key.id.clone(),
            algorithm: key.algorithm,
            state: key.state(now).into(),
            created_at: timestamp(key.created_at),
            activates_at: timestamp(key.activates_at),
            retires_at: key.retires_at.map(timestamp),
            unpublish_at: key.unpublish_at.map(timestamp),
            revoked_at: key.revoked_at.map(timestamp),
            public_jwk: serde_json::from_str(&key.public_jwk)
                .map_err(|e| ApiError::Internal(e.into()))?,
        })
    }
}

/// The project's signing keys.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SigningKeyList {
    /// Keys, oldest first.
    pub data: Vec<SigningKey>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_signing_keys))
        .routes(routes!(rotate_signing_key))
        .routes(routes!(revoke_signing_key))
}

/// List the project's signing keys with their states.
#[utoipa::path(
    get,
    path = "/signing_keys",
    operation_id = "list_signing_keys",
    tag = "signing_keys",
    security(("secret_key" = [])),
    responses(
        (status = 200, description = "Every key of the project", body = SigningKeyList),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_signing_keys(
    auth: ProjectAuth,
    State(state): State<AppState>,
) -> ApiResult<Json<SigningKeyList>> {
    signing::current_key(&state, &auth.project).await?;
    let now = state.clock.now();
    let keys = signing_keys::list(&state.db, &auth.project.id).await?;
    Ok(Json(SigningKeyList {
        data: keys
            .iter()
            .map(|k| SigningKey::from_record(k, now))
            .collect::<Result<_, _>>()?,
    }))
}

/// Schedule a new signing key: published now, signing after the pre-publish window.
#[utoipa::path(
    post,
    path = "/signing_keys/rotate",
    operation_id = "rotate_signing_key",
    tag = "signing_keys",
    security(("secret_key" = [])),
    responses(
        (status = 200, description = "The new, pending key", body = SigningKey),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 409, description = "A rotation is already pending", body = ErrorBody),
    )
)]
async fn rotate_signing_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
) -> ApiResult<Json<SigningKey>> {
    match signing::rotate(&state, &auth.project).await? {
        Rotation::Scheduled(key) => Ok(Json(SigningKey::from_record(&key, state.clock.now())?)),
        Rotation::AlreadyPending(key) => Err(ApiError::conflict(
            "rotation_pending",
            None,
            format!("key {} is already scheduled to start signing", key.id),
        )),
    }
}

/// Revoke a signing key at once (suspected compromise): it leaves the JWKS now, and if it was
/// signing, another key takes over immediately.
#[utoipa::path(
    post,
    path = "/signing_keys/{signing_key_id}/revoke",
    operation_id = "revoke_signing_key",
    tag = "signing_keys",
    security(("secret_key" = [])),
    params(("signing_key_id" = String, Path, description = "Key id (`kid`), `jwk_...`")),
    responses(
        (status = 200, description = "The revoked key", body = SigningKey),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such key in this project", body = ErrorBody),
    )
)]
async fn revoke_signing_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<SigningKey>> {
    let id = validate::id(IdKind::SigningKey, "signing_key_id", &id)?;
    let key = signing::revoke(&state, &auth.project, &id)
        .await?
        .ok_or(ApiError::NotFound("signing key"))?;
    Ok(Json(SigningKey::from_record(&key, state.clock.now())?))
}
