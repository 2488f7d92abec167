//! SCIM 2.0 provisioning (RFC 7643/7644) at `{public_url}/scim/v2`: an organization's
//! directory (Entra ID, Okta, Google, JumpCloud) creates, updates, deactivates and deletes
//! its users and groups here, authenticated by the organization's SCIM token
//! (`api/scim_tokens.rs`). This module owns the router, the token extractor, SCIM bodies
//! (`application/scim+json` both ways) and versions (`ETag`/`If-Match`); the resources are
//! `users.rs` and `groups.rs`; the protocol pieces are below this layer: filters and schemas
//! in `server/storage/src/scim/`, PATCH evaluation and projection in
//! `server/domain/src/scim/`, storage in `db/scim_*.rs`.
//!
//! SCIM has its own discovery (`discovery.rs`) and error shape (`error.rs`), so these routes
//! are not part of the OpenAPI document of the backend API.

pub mod discovery;
pub mod error;
pub mod groups;
pub mod users;

pub use gatehouse_domain::scim::{patch, resource};
pub use gatehouse_storage::scim::{filter, schema};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, ETAG, HeaderMap, IF_MATCH, LOCATION};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use error::{SCIM_JSON, ScimError, ScimResult};
use gatehouse_domain::scim::ScimType;
use gatehouse_domain::secrets;
use gatehouse_domain::state::AppState;
use gatehouse_domain::tokens::ClientInfo;
use gatehouse_storage::db::{self, scim_users::Actor};
use gatehouse_storage::ids::{OrganizationId, ProjectId};

/// Largest SCIM request body, in bytes (stated in `ServiceProviderConfig`): large enough for
/// a PATCH adding 10,000 members.
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;

/// How stale a token's `last_used_at` may get before a request refreshes it.
const TOUCH_INTERVAL_SECONDS: i64 = 60;

/// The SCIM routes, under `/scim/v2`.
pub fn router() -> Router<AppState> {
    let routes = Router::new()
        .merge(discovery::router())
        .merge(users::router())
        .merge(groups::router())
        .fallback(|| async { ScimError::not_found("no such SCIM endpoint") })
        .method_not_allowed_fallback(|| async {
            ScimError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                None,
                "method not allowed on this endpoint",
            )
        })
        .layer(DefaultBodyLimit::max(MAX_PAYLOAD_BYTES));
    Router::new().nest("/scim/v2", routes)
}

/// The SCIM base URL of this server.
pub fn base_url(state: &AppState) -> String {
    format!("{}/scim/v2", state.config.public_url)
}

/// A request authenticated by an organization's active SCIM token. Every handler takes it
/// first; every query it makes is scoped to the token's project and organization.
#[derive(Debug, Clone)]
pub struct ScimAuth {
    /// The token's project.
    pub project_id: ProjectId,
    /// The token's organization.
    pub organization_id: OrganizationId,
    /// `scimtok_...`, the actor of changes.
    pub token_id: String,
    /// The caller's address and user agent, for the audit log.
    pub client: ClientInfo,
}

impl ScimAuth {
    /// The actor of changes made with this token.
    pub fn actor(&self) -> Actor<'_> {
        Actor {
            project_id: &self.project_id,
            organization_id: &self.organization_id,
            token_id: &self.token_id,
            ip: self.client.ip.as_deref(),
            user_agent: self.client.user_agent.as_deref(),
        }
    }
}

impl FromRequestParts<AppState> for ScimAuth {
    type Rejection = ScimError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> ScimResult<Self> {
        let refused = || {
            ScimError::unauthorized(
                "send a valid SCIM token as 'Authorization: Bearer gh_scim_...'",
            )
        };
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(refused)?;
        let (scheme, credential) = header.split_once(' ').ok_or_else(refused)?;
        let credential = credential.trim();
        if !scheme.eq_ignore_ascii_case("bearer")
            || !crate::api::scim_tokens::looks_like_token(credential)
        {
            return Err(refused());
        }
        let token =
            db::scim_tokens::find_active_by_hash(&state.db, &secrets::hash_secret(credential))
                .await?
                .ok_or_else(refused)?;
        let now = state.clock.now();
        if token
            .last_used_at
            .is_none_or(|at| now - at >= TOUCH_INTERVAL_SECONDS)
        {
            db::scim_tokens::touch(&state.db, &token.project_id, &token.id, now).await?;
        }
        let Ok(crate::extract::Caller(client)) =
            crate::extract::Caller::from_request_parts(parts, state).await;
        Ok(Self {
            project_id: token.project_id,
            organization_id: token.organization_id,
            token_id: token.id,
            client,
        })
    }
}

/// A JSON object body sent as `application/scim+json` (or `application/json`).
#[derive(Debug)]
pub struct ScimBody(pub Map<String, Value>);

impl<S: Send + Sync> FromRequest<S> for ScimBody {
    type Rejection = ScimError;

    async fn from_request(request: Request, state: &S) -> ScimResult<Self> {
        let media_type = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase());
        if !matches!(
            media_type.as_deref(),
            Some("application/scim+json" | "application/json")
        ) {
            return Err(ScimError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                None,
                "send the body as application/scim+json",
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ScimError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        None,
                        format!("the body is larger than {MAX_PAYLOAD_BYTES} bytes"),
                    )
                } else {
                    ScimError::bad_request(ScimType::InvalidSyntax, "the body could not be read")
                }
            })?;
        match serde_json::from_slice(&bytes) {
            Ok(Value::Object(object)) => Ok(Self(object)),
            Ok(_) => Err(ScimError::bad_request(
                ScimType::InvalidSyntax,
                "the body must be a JSON object",
            )),
            Err(_) => Err(ScimError::bad_request(
                ScimType::InvalidSyntax,
                "the body is not valid JSON",
            )),
        }
    }
}

/// A SCIM answer: `application/scim+json`, with `ETag` and `Location` when given.
#[derive(Debug)]
pub struct ScimResponse {
    /// Status.
    pub status: StatusCode,
    /// Body (`None`: 204 without body).
    pub body: Option<Value>,
    /// `meta.version` of the resource.
    pub version: Option<i64>,
    /// `meta.location` of a created resource.
    pub location: Option<String>,
}

impl ScimResponse {
    /// 200 with `body`.
    pub fn ok(body: Value) -> Self {
        Self {
            status: StatusCode::OK,
            body: Some(body),
            version: None,
            location: None,
        }
    }
}

impl IntoResponse for ScimResponse {
    fn into_response(self) -> Response {
        let mut response = match self.body {
            Some(body) => (self.status, body.to_string()).into_response(),
            None => self.status.into_response(),
        };
        let headers = response.headers_mut();
        if self.status != StatusCode::NO_CONTENT {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
        }
        if let Some(version) = self.version
            && let Ok(value) = HeaderValue::from_str(&etag(version))
        {
            headers.insert(ETAG, value);
        }
        if let Some(location) = self.location
            && let Ok(value) = HeaderValue::from_str(&location)
        {
            headers.insert(LOCATION, value);
        }
        response
    }
}

/// The entity tag of `version` (weak: equal versions are equal resources, byte for byte
/// only up to attribute order).
pub fn etag(version: i64) -> String {
    format!("W/\"{version}\"")
}

/// The version `If-Match` requires: `None` without the header or with `*`; a tag that names
/// no version of ours can never match, so it fails with 412.
pub fn if_match(headers: &HeaderMap) -> ScimResult<Option<i64>> {
    let Some(value) = headers.get(IF_MATCH) else {
        return Ok(None);
    };
    let value = value.to_str().unwrap_or_default().trim();
    if value == "*" {
        return Ok(None);
    }
    let tag = value.strip_prefix("W/").unwrap_or(value);
    tag.trim_matches('"')
        .parse::<i64>()
        .map(Some)
        .map_err(|_| ScimError::precondition_failed())
}

/// Formats Unix seconds as SCIM `dateTime`.
pub fn datetime(unix_seconds: i64) -> String {
    crate::api::timestamp(unix_seconds)
}
