//! CORS for the endpoints a browser app calls directly: discovery documents (public, any
//! origin) and the token, revocation and userinfo endpoints (only origins of the project's
//! public clients' redirect URIs, and loopback for test projects). No cookies are involved
//! (`Access-Control-Allow-Credentials` is never sent): these endpoints authenticate with
//! what is in the request body or `Authorization` header.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use gatehouse_domain::state::AppState;
use gatehouse_storage::db;

enum Audience {
    Anyone,
    Clients(String),
}

fn classify(path: &str) -> Option<Audience> {
    let rest = path.strip_prefix("/p/")?;
    let (project_id, tail) = rest.split_once('/')?;
    match tail {
        ".well-known/jwks.json" | ".well-known/openid-configuration" => Some(Audience::Anyone),
        "oauth/token" | "oauth/revoke" | "oauth/userinfo" => {
            Some(Audience::Clients(project_id.to_owned()))
        }
        _ => None,
    }
}

/// Middleware adding CORS headers (and answering preflights) on those paths.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(audience) = classify(request.uri().path()) else {
        return next.run(request).await;
    };
    let Some(origin) = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
    else {
        return next.run(request).await;
    };
    let allowed = match &audience {
        Audience::Anyone => true,
        Audience::Clients(project_id) => match db::projects::get(&state.db, project_id).await {
            Ok(Some(project)) => {
                gatehouse_domain::oidc::clients::cors_allows(&state, &project, &origin)
                    .await
                    .unwrap_or(false)
            }
            _ => false,
        },
    };
    let preflight = request.method() == Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        StatusCode::NO_CONTENT.into_response()
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    if allowed && let Ok(value) = HeaderValue::from_str(&origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        if preflight {
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static("GET, POST"),
            );
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static("authorization, content-type"),
            );
            headers.insert(
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static("600"),
            );
        } else {
            headers.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static("www-authenticate"),
            );
        }
    }
    response
}
