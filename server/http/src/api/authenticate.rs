//! `POST /v1/authenticate`: checks a credential for a backend. SDKs send API keys here
//! (caching the answer briefly); backends without a Gatehouse binding, or that want session
//! revocation honoured at once, send access tokens too. Access tokens are verified with the
//! same core every SDK uses, plus a check that their session is still live.
//!
//! A presented API key is looked up first: a key that matches is answered on its own merits
//! and never counted or locked. Keys that match nothing are counted per key prefix and
//! locked out past a limit, so nobody can try keys against one prefix at speed, and the lock
//! only ever refuses keys that do not exist; mistyped keys fail the checksum before any
//! lookup.
//!
//! A key created through the self-serve API (`api/organization_keys.rs`) carries no more
//! than its creator: it authenticates only while that user still exists in the key's
//! organization and holds every role and action the key grants.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, tokens};
use gatehouse_storage::db::{self, throttle};

/// Failed API-key checks allowed per key prefix before it is locked.
const API_KEY_POLICY: throttle::Policy = throttle::Policy {
    max_failures: 20,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Characters of a presented key that identify it for throttling (`gh_key_` and five).
const THROTTLE_PREFIX_CHARS: usize = 12;

/// Body of `authenticate`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthenticateRequest {
    /// An access token (JWT) or an API key (`gh_key_...`).
    pub credential: String,
}

/// What kind of credential was checked.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CredentialKind {
    /// A user's access token.
    AccessToken,
    /// An organization's API key.
    ApiKey,
}

/// A valid credential: who it speaks for and what it may do.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"kind": "api_key", "organization_id": "org_01jdq7m5yb6k3r2x9v8w4n1c0a", "user_id": null, "api_key_id": "akey_01jdq7m5yb6k3r2x9v8w4n1c0c", "roles": [], "actions": ["invoices.read"], "claims": null}))]
pub struct Authenticated {
    /// The credential's kind.
    pub kind: CredentialKind,
    /// The organization the credential acts for.
    pub organization_id: String,
    /// The user, for access tokens.
    pub user_id: Option<String>,
    /// The key, for API keys.
    pub api_key_id: Option<String>,
    /// Roles granted.
    pub roles: Vec<String>,
    /// Actions (permissions) granted.
    pub actions: Vec<String>,
    /// The verified claims, for access tokens.
    #[schema(value_type = Option<Object>)]
    pub claims: Option<serde_json::Value>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(authenticate))
}

/// Check an access token or API key.
#[utoipa::path(
    post,
    path = "/authenticate",
    operation_id = "authenticate",
    tag = "authenticate",
    security(("secret_key" = [])),
    request_body = AuthenticateRequest,
    responses(
        (status = 200, description = "The credential is valid", body = Authenticated),
        (status = 401, description = "Missing secret key, or an invalid credential (`code` says why: `token_expired`, `invalid_signature`, `session_revoked`, `invalid_api_key`...)", body = ErrorBody),
        (status = 422, description = "Invalid body", body = ErrorBody),
        (status = 429, description = "Too many failed checks for this key prefix", body = ErrorBody),
    )
)]
async fn authenticate(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<AuthenticateRequest>,
) -> ApiResult<Json<Authenticated>> {
    let credential = body.credential.trim();
    if credential.is_empty() {
        return Err(ApiError::unauthorized(
            "missing_token",
            "no credential was given",
        ));
    }
    if credential.starts_with(gatehouse_core::API_KEY_PREFIX) {
        return authenticate_api_key(&state, &auth.project.id, credential)
            .await
            .map(Json);
    }
    let claims = tokens::verify_access_token(&state, &auth.project, credential)
        .await?
        .map_err(|code| ApiError::unauthorized(code, "the access token is not valid"))?;
    Ok(Json(Authenticated {
        kind: CredentialKind::AccessToken,
        organization_id: claims.organization_id().to_owned(),
        user_id: Some(claims.user_id().to_owned()),
        api_key_id: None,
        roles: claims.roles.clone(),
        actions: claims.actions.clone(),
        claims: Some(serde_json::to_value(&claims).map_err(|e| ApiError::Internal(e.into()))?),
    }))
}

async fn authenticate_api_key(
    state: &AppState,
    project_id: &str,
    credential: &str,
) -> ApiResult<Authenticated> {
    let invalid = || ApiError::unauthorized("invalid_api_key", "the API key is not valid");
    if !gatehouse_core::is_well_formed_api_key(credential) {
        return Err(invalid());
    }
    let now = state.clock.now();
    let found =
        db::api_keys::find_by_hash(&state.db, project_id, &secrets::hash_secret(credential))
            .await?;
    let Some(key) = found else {
        let prefix: String = credential.chars().take(THROTTLE_PREFIX_CHARS).collect();
        let throttle_key = format!("api_key:{project_id}:{prefix}");
        if let Some(until) = throttle::locked_until(&state.db, &throttle_key, now).await? {
            return Err(ApiError::RateLimited {
                retry_after_seconds: until - now,
            });
        }
        throttle::record_failure(&state.db, &throttle_key, now, API_KEY_POLICY).await?;
        return Err(invalid());
    };
    if !key.is_usable(now) || !creator_still_grants(state, &key).await? {
        return Err(invalid());
    }
    if key.last_used_at.is_none_or(|at| now - at >= 60) {
        db::api_keys::touch(&state.db, project_id, &key.id, now).await?;
    }
    Ok(Authenticated {
        kind: CredentialKind::ApiKey,
        organization_id: key.organization_id.into(),
        user_id: None,
        api_key_id: Some(key.id),
        roles: key.roles,
        actions: key.actions,
        claims: None,
    })
}

/// Whether the user who created `key` through the self-serve API still belongs to its
/// organization and holds every role and action it grants (always true for keys of the
/// organization, which have no creator).
async fn creator_still_grants(state: &AppState, key: &db::api_keys::ApiKey) -> ApiResult<bool> {
    let Some(creator) = key.created_by_user_id.as_deref() else {
        return Ok(true);
    };
    let member = db::users::get(&state.db, &key.project_id, creator)
        .await?
        .is_some_and(|user| user.organization_id == key.organization_id);
    if !member {
        return Ok(false);
    }
    let grants =
        db::rbac::grants_of_user(&state.db, &key.project_id, &key.organization_id, creator).await?;
    Ok(grants.covers(&key.roles, &key.actions))
}
