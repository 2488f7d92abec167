//! OAuth 2.0 endpoints of a project's issuer: the token endpoint (refresh-token grant, with
//! rotation and reuse detection) and token revocation (RFC 7009). Bodies are
//! `application/x-www-form-urlencoded` as RFC 6749 requires; errors follow RFC 6749 §5.2
//! (`error`, `error_description`) and also carry the `code`/`message` pair of every other
//! Gatehouse error, so one client-side parser handles both.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::login::no_store;
use crate::error::{ApiError, ErrorBody};
use crate::extract::PublicProject;
use crate::state::AppState;
use crate::tokens::{self, TokenResponse};

/// An RFC 6749 §5.2 error body.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OAuthErrorBody {
    /// RFC 6749 error code (`invalid_request`, `invalid_grant`, `unsupported_grant_type`).
    pub error: String,
    /// Human explanation.
    pub error_description: String,
    /// Same as `error`, for clients of the rest of the Gatehouse API.
    pub code: String,
    /// Same as `error_description`.
    pub message: String,
}

/// An OAuth error answer.
#[derive(Debug)]
pub struct OAuthError {
    status: StatusCode,
    error: &'static str,
    description: String,
}

impl OAuthError {
    fn new(error: &'static str, description: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            error,
            description: description.into(),
        }
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let body = OAuthErrorBody {
            error: self.error.to_owned(),
            error_description: self.description.clone(),
            code: self.error.to_owned(),
            message: self.description,
        };
        let mut response = no_store((self.status, Json(body)));
        *response.status_mut() = self.status;
        response
    }
}

impl From<anyhow::Error> for OAuthError {
    fn from(err: anyhow::Error) -> Self {
        tracing::error!(error = ?err, "internal error");
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error: "server_error",
            description: "internal error".to_owned(),
        }
    }
}

/// Form body of the token endpoint.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// Only `refresh_token` for now.
    pub grant_type: String,
    /// The refresh token to exchange.
    pub refresh_token: Option<String>,
    /// The client's id (optional for the project's first-party client).
    pub client_id: Option<String>,
}

/// Form body of the revocation endpoint.
#[derive(Debug, Deserialize, ToSchema)]
pub struct RevokeRequest {
    /// The token to revoke (a refresh token ends its whole session).
    pub token: String,
    /// `refresh_token` or `access_token` (a hint only).
    pub token_type_hint: Option<String>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(exchange_token))
        .routes(routes!(revoke_token))
}

/// Exchange a refresh token for new tokens; the presented refresh token is used up, and
/// presenting it again revokes the session.
#[utoipa::path(
    post,
    path = "/p/{project_id}/oauth/token",
    operation_id = "exchange_token",
    security(()),
    tag = "oauth",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "New tokens", body = TokenResponse),
        (status = 400, description = "`invalid_grant`, `invalid_request` or `unsupported_grant_type`", body = OAuthErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn exchange_token(
    project: Result<PublicProject, ApiError>,
    State(state): State<AppState>,
    form: Result<axum::Form<TokenRequest>, FormRejection>,
) -> Result<Response, Response> {
    let PublicProject(project) = project.map_err(IntoResponse::into_response)?;
    let axum::Form(request) = form.map_err(|rejection| {
        OAuthError::new("invalid_request", rejection.body_text()).into_response()
    })?;
    if request.grant_type != "refresh_token" {
        return Err(OAuthError::new(
            "unsupported_grant_type",
            "only the refresh_token grant is supported at this endpoint",
        )
        .into_response());
    }
    let Some(refresh_token) = request.refresh_token.filter(|t| !t.is_empty()) else {
        return Err(
            OAuthError::new("invalid_request", "refresh_token is required").into_response(),
        );
    };
    match tokens::refresh(&state, &project, &refresh_token)
        .await
        .map_err(|err| OAuthError::from(err).into_response())?
    {
        Ok(tokens) => Ok(no_store(Json(tokens))),
        Err(refusal) => {
            Err(OAuthError::new("invalid_grant", refusal.description()).into_response())
        }
    }
}

/// Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
/// error, so the endpoint reveals nothing about which tokens exist.
#[utoipa::path(
    post,
    path = "/p/{project_id}/oauth/revoke",
    operation_id = "revoke_token",
    security(()),
    tag = "oauth",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    request_body(content = RevokeRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "Revoked, or unknown"),
        (status = 400, description = "`invalid_request`", body = OAuthErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn revoke_token(
    project: Result<PublicProject, ApiError>,
    State(state): State<AppState>,
    form: Result<axum::Form<RevokeRequest>, FormRejection>,
) -> Result<StatusCode, Response> {
    let PublicProject(project) = project.map_err(IntoResponse::into_response)?;
    let axum::Form(request) = form.map_err(|rejection| {
        OAuthError::new("invalid_request", rejection.body_text()).into_response()
    })?;
    if request.token.starts_with(tokens::REFRESH_TOKEN_PREFIX) {
        tokens::revoke_by_refresh_token(&state, &project, &request.token)
            .await
            .map_err(|err| OAuthError::from(err).into_response())?;
    }
    Ok(StatusCode::OK)
}
