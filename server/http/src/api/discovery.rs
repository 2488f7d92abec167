//! Public discovery documents of a project's issuer: the JWKS and the OpenID configuration,
//! cacheable (`Cache-Control: public, max-age`) and revalidatable (`ETag`/`If-None-Match`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ApiPath, PublicProject};
use gatehouse_domain::documents::Rendered;
use gatehouse_domain::signing;
use gatehouse_domain::state::AppState;
use gatehouse_storage::db::projects::{Project, SigningAlgorithm};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_jwks))
        .routes(routes!(get_openid_configuration))
}

/// `document` with its `ETag` and `Cache-Control`, or `304 Not Modified` when the request
/// already holds it (`If-None-Match`).
fn cacheable_json(document: &Rendered, max_age: i64, request: &HeaderMap) -> Response {
    let etag = document.etag();
    let matches = request
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|tag| tag.trim() == etag || tag.trim() == "*")
        });
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            document.body().to_owned(),
        )
            .into_response()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag) {
        headers.insert(ETAG, value);
    }
    if let Ok(value) = HeaderValue::from_str(&format!("public, max-age={max_age}")) {
        headers.insert(CACHE_CONTROL, value);
    }
    response
}

/// The `project_id` of the path.
fn project_id(params: &HashMap<String, String>) -> &str {
    params.get("project_id").map_or("", String::as_str)
}

/// The project's JSON Web Key Set: every key that is pending, signing, or retired but still
/// needed to verify unexpired tokens.
#[utoipa::path(
    get,
    path = "/p/{project_id}/.well-known/jwks.json",
    operation_id = "get_jwks",
    security(()),
    tag = "discovery",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    responses(
        (status = 200, description = "JWKS (RFC 7517)", body = Object),
        (status = 304, description = "Not modified (matching If-None-Match)"),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn get_jwks(
    ApiPath(params): ApiPath<HashMap<String, String>>,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let id = project_id(&params);
    // A fresh key set is served without reading the project: it exists (only existing
    // projects' sets are kept), and the set says everything the document holds.
    let keys = match state.key_cache.fresh_published(id, state.clock.now()) {
        Some(keys) => keys,
        None => {
            let project = PublicProject::find(&state, id).await?;
            signing::published(&state, &project).await?
        }
    };
    Ok(cacheable_json(
        keys.document(),
        state.config.jwks_max_age_seconds,
        &headers,
    ))
}

/// OpenID Provider metadata of the project's issuer.
#[utoipa::path(
    get,
    path = "/p/{project_id}/.well-known/openid-configuration",
    operation_id = "get_openid_configuration",
    security(()),
    tag = "discovery",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    responses(
        (status = 200, description = "Provider metadata", body = Object),
        (status = 304, description = "Not modified (matching If-None-Match)"),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn get_openid_configuration(
    ApiPath(params): ApiPath<HashMap<String, String>>,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let id = project_id(&params);
    let key = format!("openid-configuration/{id}");
    let document = match state.documents.fresh(&key) {
        Some(document) => document,
        None => {
            let project = PublicProject::find(&state, id).await?;
            let document = Arc::new(Rendered::new(
                openid_configuration(&state, &project).to_string(),
            ));
            state.documents.keep(key, Arc::clone(&document));
            document
        }
    };
    Ok(cacheable_json(
        &document,
        state.config.jwks_max_age_seconds,
        &headers,
    ))
}

fn openid_configuration(state: &AppState, project: &Project) -> Value {
    let issuer = state.config.issuer_of(project);
    let algorithms = if project.signing_algorithm == SigningAlgorithm::Es256 {
        ["ES256", "EdDSA"]
    } else {
        ["EdDSA", "ES256"]
    };
    json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/oauth/authorize"),
        "token_endpoint": format!("{issuer}/oauth/token"),
        "userinfo_endpoint": format!("{issuer}/oauth/userinfo"),
        "end_session_endpoint": format!("{issuer}/oauth/logout"),
        "revocation_endpoint": format!("{issuer}/oauth/revoke"),
        "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": gatehouse_domain::oidc::SUPPORTED_SCOPES,
        "prompt_values_supported": ["none", "login", "select_account", "consent"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
        "revocation_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": algorithms,
        "authorization_response_iss_parameter_supported": true,
        "claims_supported": [
            "iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "azp", "sid", "amr",
            "email", "email_verified", "name", "org_id", "org_slug", "org_name",
            "client_id", "org", "user", "roles", "actions"
        ],
    })
}
