//! Request extractors that answer failures in the API's error shape, and the secret-key
//! authentication every backend handler starts with.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use axum::extract::ConnectInfo;
use axum::http::header::USER_AGENT;

use crate::error::{ApiError, ApiResult};
use crate::strict_json::Strict;
use gatehouse_domain::secrets;
use gatehouse_domain::state::AppState;
use gatehouse_domain::tokens::ClientInfo;
use gatehouse_storage::db::{self, projects::Project};
use gatehouse_storage::ids::IdKind;

/// A JSON body, read strictly (a struct only from an object: `strict_json.rs`); rejections
/// become `malformed_json` (400), `invalid_body` (422), `unsupported_media_type` (415) or
/// `payload_too_large` (413).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let axum::Json(Strict(body)) =
            axum::Json::<Strict<T>>::from_request(request, state).await?;
        Ok(Self(body))
    }
}

/// Query parameters; rejections become `invalid_query` (400).
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

/// Path parameters; rejections become `invalid_path` (400).
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonSyntaxError(_) => {
                ApiError::bad_request("malformed_json", "the request body is not valid JSON")
            }
            JsonRejection::JsonDataError(err) => ApiError::InvalidRequest {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "invalid_body",
                // serde's text names the field and what was expected; it holds no internals.
                message: err.body_text(),
                field: None,
            },
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
            other => ApiError::bad_request("malformed_json", other.body_text()),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::bad_request("invalid_query", rejection.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::bad_request("invalid_path", rejection.body_text())
    }
}

/// Proof that the request carries an active secret key, and the project it belongs to.
/// Every `/v1` handler takes this as its first argument.
#[derive(Debug, Clone)]
pub struct ProjectAuth {
    /// The caller's project; every query the handler makes is scoped to it.
    pub project: Project,
}

/// How stale `last_used_at` may get before a request refreshes it; keeps hot keys from
/// turning every read into a write.
const TOUCH_INTERVAL_SECONDS: i64 = 60;

impl FromRequestParts<AppState> for ProjectAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let credential = bearer(parts).map_err(invalid_key)?.ok_or_else(|| {
            ApiError::unauthorized(
                "missing_secret_key",
                "send the project secret key as 'Authorization: Bearer sk_...'",
            )
        })?;
        if credential.starts_with("pk_") {
            return Err(invalid_key(
                "publishable keys identify a project to browsers; the backend API needs a secret key",
            ));
        }
        if !secrets::looks_like_secret_key(credential) {
            return Err(invalid_key("the secret key is malformed"));
        }
        let (key, project) =
            db::projects::find_by_secret_key(&state.db, &secrets::hash_secret(credential))
                .await?
                .ok_or_else(|| invalid_key("the secret key is unknown or revoked"))?;
        let now = state.clock.now();
        if key
            .last_used_at
            .is_none_or(|at| now - at >= TOUCH_INTERVAL_SECONDS)
        {
            db::secret_keys::touch(&state.db, &project.id, &key.id, now).await?;
        }
        Ok(Self { project })
    }
}

fn invalid_key(message: &str) -> ApiError {
    ApiError::unauthorized("invalid_secret_key", message)
}

/// The credential of an `Authorization: Bearer <credential>` header: `None` without the
/// header, `Err` with the reason when the header is there but holds no Bearer credential.
fn bearer(parts: &Parts) -> Result<Option<&str>, &'static str> {
    let Some(header) = parts.headers.get(AUTHORIZATION) else {
        return Ok(None);
    };
    let header = header
        .to_str()
        .map_err(|_| "the Authorization header is not valid text")?;
    let (scheme, credential) = header
        .split_once(' ')
        .ok_or("expected 'Authorization: Bearer <credential>'")?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err("expected the Bearer scheme");
    }
    Ok(Some(credential.trim()))
}

/// Longest user agent kept in sessions and the audit log.
const MAX_USER_AGENT_CHARS: usize = 256;

/// The caller's address (behind trusted proxies, the one they name: `forwarded.rs`) and
/// user agent, as the domain's [`ClientInfo`].
#[derive(Debug, Clone)]
pub struct Caller(pub ClientInfo);

impl FromRequestParts<AppState> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|ConnectInfo(addr)| {
                crate::forwarded::client_address(
                    addr.ip(),
                    &parts.headers,
                    &state.config.trusted_proxies,
                )
                .to_string()
            });
        let user_agent = parts
            .headers
            .get(USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(MAX_USER_AGENT_CHARS).collect());
        Ok(Self(ClientInfo { ip, user_agent }))
    }
}

/// The project named in a public path (`/p/{project_id}/...`): hosted login, OAuth and
/// discovery endpoints, which need no credential to find their project.
#[derive(Debug, Clone)]
pub struct PublicProject(pub Project);

impl FromRequestParts<AppState> for PublicProject {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let ApiPath(params): ApiPath<std::collections::HashMap<String, String>> =
            ApiPath::from_request_parts(parts, state).await?;
        let id = params.get("project_id").map_or("", String::as_str);
        Ok(Self(Self::find(state, id).await?))
    }
}

impl PublicProject {
    /// The project with this id, or `404 not_found` when the id is malformed or unknown.
    pub async fn find(state: &AppState, id: &str) -> Result<Project, ApiError> {
        if !IdKind::Project.matches(id) {
            return Err(ApiError::NotFound("project"));
        }
        db::projects::get(&state.db, id)
            .await?
            .ok_or(ApiError::NotFound("project"))
    }
}

/// A signed-in user of a project, from `Authorization: Bearer <access token>` on a public
/// path (`/p/{project_id}/...`): the token is verified with the shared core against the
/// project's keys and its session must still be live.
#[derive(Debug, Clone)]
pub struct Member {
    /// The project of the path.
    pub project: Project,
    /// The verified claims.
    pub claims: gatehouse_core::Claims,
}

impl FromRequestParts<AppState> for Member {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let PublicProject(project) = PublicProject::from_request_parts(parts, state).await?;
        // Any header that is not a Bearer credential counts as none.
        let token = bearer(parts).ok().flatten().ok_or_else(|| {
            ApiError::unauthorized(
                "missing_token",
                "send the access token as 'Authorization: Bearer ...'",
            )
        })?;
        let claims = gatehouse_domain::tokens::verify_access_token(state, &project, token)
            .await?
            .map_err(|code| ApiError::unauthorized(code, "the access token is not valid"))?;
        Ok(Self { project, claims })
    }
}

impl Member {
    /// The caller's roles and actions as the database holds them now. A token copies them
    /// when it is issued and may live for up to a day, so the self-serve API reads them
    /// afresh rather than trusting the token: a demotion takes effect at once. A user who was
    /// deleted, or who no longer belongs to the token's organization, is refused with
    /// `session_revoked`.
    pub async fn current_grants(&self, state: &AppState) -> ApiResult<db::rbac::Grants> {
        let organization_id = self.claims.organization_id();
        db::users::get(&state.db, &self.project.id, self.claims.user_id())
            .await?
            .filter(|user| user.organization_id == organization_id)
            .ok_or_else(|| {
                ApiError::unauthorized("session_revoked", "the token's user no longer exists")
            })?;
        Ok(db::rbac::grants_of_user(
            &state.db,
            &self.project.id,
            organization_id,
            self.claims.user_id(),
        )
        .await?)
    }
}
