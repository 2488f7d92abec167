//! Public discovery documents of a project's issuer: the JWKS and the OpenID configuration,
//! cacheable (`Cache-Control: public, max-age`) and revalidatable (`ETag`/`If-None-Match`).

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::PublicProject;
use crate::signing;
use crate::state::AppState;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_jwks))
        .routes(routes!(get_openid_configuration))
}

fn cacheable_json(document: &Value, max_age: i64, request: &HeaderMap) -> Response {
    let body = document.to_string();
    let etag = format!(
        "\"{}\"",
        hex::encode(&Sha256::digest(body.as_bytes())[..16])
    );
    let cache_control = format!("public, max-age={max_age}");
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
            body,
        )
            .into_response()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(ETAG, value);
    }
    if let Ok(value) = HeaderValue::from_str(&cache_control) {
        headers.insert(CACHE_CONTROL, value);
    }
    response
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
    PublicProject(project): PublicProject,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let document = signing::jwks(&state, &project).await?;
    Ok(cacheable_json(
        &document,
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
    PublicProject(project): PublicProject,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let issuer = state.config.issuer_of(&project);
    let document = json!({
        "issuer": issuer,
        "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
        "token_endpoint": format!("{issuer}/oauth/token"),
        "revocation_endpoint": format!("{issuer}/oauth/revoke"),
        "grant_types_supported": ["refresh_token"],
        "token_endpoint_auth_methods_supported": ["none"],
        "revocation_endpoint_auth_methods_supported": ["none"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["EdDSA", "ES256"],
        "claims_supported": [
            "iss", "sub", "aud", "exp", "iat", "nbf", "jti", "sid", "client_id",
            "org", "user", "roles", "actions", "amr"
        ],
    });
    Ok(cacheable_json(
        &document,
        state.config.jwks_max_age_seconds,
        &headers,
    ))
}
