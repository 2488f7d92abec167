//! `POST /v1/authenticate`: checks a credential on behalf of a backend that has no Gatehouse
//! binding (or wants revocation checked). Access tokens are verified with the same core every
//! SDK uses, plus a check that their session is still live.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ProjectAuth};
use crate::state::AppState;
use crate::tokens;

/// Prefix of organization API keys.
const API_KEY_PREFIX: &str = "gh_key_";

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
}

/// A valid credential.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Authenticated {
    /// The credential's kind.
    pub kind: CredentialKind,
    /// The verified claims of the access token.
    #[schema(value_type = Object)]
    pub claims: serde_json::Value,
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
    if credential.starts_with(API_KEY_PREFIX) {
        // No API key has been issued by this server version, so none can be valid.
        return Err(ApiError::unauthorized(
            "invalid_api_key",
            "the API key is not valid",
        ));
    }
    let claims = tokens::verify_access_token(&state, &auth.project, credential)
        .await?
        .map_err(|code| ApiError::unauthorized(code, "the access token is not valid"))?;
    Ok(Json(Authenticated {
        kind: CredentialKind::AccessToken,
        claims: serde_json::to_value(&claims).map_err(|e| ApiError::Internal(e.into()))?,
    }))
}
