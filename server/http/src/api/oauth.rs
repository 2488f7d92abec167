//! OAuth 2.0 endpoints of a project's issuer: the token endpoint (refresh-token grant, with
//! rotation and reuse detection) and token revocation (RFC 7009). Both authenticate
//! confidential clients the same way (`client_secret_basic` or `client_secret_post`). Bodies are
//! `application/x-www-form-urlencoded` as RFC 6749 requires; errors follow RFC 6749 §5.2
//! (`error`, `error_description`) and also carry the `code`/`message` pair of every other
//! Gatehouse error, so one client-side parser handles both.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::login::no_store;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{Caller, PublicProject};
use gatehouse_domain::oidc::{self, clients, clients::Client};
use gatehouse_domain::secrets;
use gatehouse_domain::state::AppState;
use gatehouse_domain::tokens::{self, ClientInfo, SessionOrigin, TokenResponse};
use gatehouse_storage::db::sessions::RevokeReason;
use gatehouse_storage::db::{self, projects::Project};

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
    fn invalid_client(description: &str) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            error: "invalid_client",
            description: description.to_owned(),
        }
    }

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
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Basic realm=\"token\""),
            );
        }
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
    /// `authorization_code` or `refresh_token`.
    pub grant_type: String,
    /// The code (authorization_code grant).
    pub code: Option<String>,
    /// The redirect URI the code was sent to (authorization_code grant).
    pub redirect_uri: Option<String>,
    /// The PKCE verifier (authorization_code grant; required when the request had a challenge).
    pub code_verifier: Option<String>,
    /// The refresh token to exchange (refresh_token grant).
    pub refresh_token: Option<String>,
    /// The client's id: the publishable key for the project's built-in client, `client_...`
    /// for registered ones. Confidential clients may use HTTP Basic instead.
    pub client_id: Option<String>,
    /// A confidential client's secret (`client_secret_post`).
    pub client_secret: Option<String>,
}

/// Form body of the revocation endpoint.
#[derive(Debug, Deserialize, ToSchema)]
pub struct RevokeRequest {
    /// The token to revoke (a refresh token ends its whole session).
    pub token: String,
    /// `refresh_token` or `access_token` (a hint only).
    pub token_type_hint: Option<String>,
    /// The client's id, as at the token endpoint. A confidential client must authenticate
    /// (HTTP Basic, or `client_secret` here) to revoke the tokens issued to it.
    pub client_id: Option<String>,
    /// A confidential client's secret (`client_secret_post`).
    pub client_secret: Option<String>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(exchange_token))
        .routes(routes!(revoke_token))
}

/// The token endpoint: exchange an authorization code (with its PKCE verifier) for access,
/// refresh and ID tokens, or a refresh token for new tokens. Refresh tokens are single use:
/// presenting one again revokes its session.
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
        (status = 401, description = "`invalid_client`: unknown client or failed client authentication", body = OAuthErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn exchange_token(
    project: Result<PublicProject, ApiError>,
    State(state): State<AppState>,
    headers: HeaderMap,
    Caller(client_info): Caller,
    form: Result<axum::Form<TokenRequest>, FormRejection>,
) -> Result<Response, Response> {
    let PublicProject(project) = project.map_err(IntoResponse::into_response)?;
    let axum::Form(request) = form.map_err(|rejection| {
        OAuthError::new("invalid_request", rejection.body_text()).into_response()
    })?;
    let client = authenticate_client(
        &state,
        &project,
        &headers,
        request.client_id.as_deref(),
        request.client_secret.as_deref(),
    )
    .await
    .map_err(IntoResponse::into_response)?;
    let result = match request.grant_type.as_str() {
        "authorization_code" => {
            let client = client.ok_or_else(|| {
                OAuthError::new("invalid_request", "client_id is required").into_response()
            })?;
            code_grant(&state, &project, &client, &request, &client_info).await
        }
        "refresh_token" => refresh_grant(&state, &project, client.as_ref(), &request).await,
        _ => Err(OAuthError::new(
            "unsupported_grant_type",
            "grant_type must be authorization_code or refresh_token",
        )),
    };
    result
        .map(|tokens| no_store(Json(tokens)))
        .map_err(IntoResponse::into_response)
}

/// Identifies the client of a token or revocation request: HTTP Basic
/// (`client_secret_basic`), or `client_id` with `client_secret` in the form
/// (`client_secret_post`), or `client_id` alone for public clients. Confidential clients must
/// authenticate.
async fn authenticate_client(
    state: &AppState,
    project: &Project,
    headers: &HeaderMap,
    form_id: Option<&str>,
    form_secret: Option<&str>,
) -> Result<Option<Client>, OAuthError> {
    let basic = basic_credentials(headers);
    let (id, secret) = match (basic, form_id) {
        (Some((id, secret)), form_id) => {
            if form_id.is_some_and(|f| f != id) {
                return Err(OAuthError::invalid_client(
                    "client_id differs from the HTTP Basic credentials",
                ));
            }
            (Some(id), Some(secret))
        }
        (None, id) => (id.map(str::to_owned), form_secret.map(str::to_owned)),
    };
    let Some(id) = id.filter(|id| !id.is_empty()) else {
        return Ok(None);
    };
    let client = clients::resolve(state, project, &id)
        .await?
        .ok_or_else(|| OAuthError::invalid_client("unknown client"))?;
    if !client.public {
        match secret {
            Some(secret) if client.secret_matches(&secret) => {}
            _ => return Err(OAuthError::invalid_client("client authentication failed")),
        }
    }
    Ok(Some(client))
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine;
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    // RFC 6749 §2.3.1: both parts are form-urlencoded.
    let decode = |part: &str| {
        url::form_urlencoded::parse(format!("x={part}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
    };
    Some((decode(id)?, decode(secret)?))
}

async fn code_grant(
    state: &AppState,
    project: &Project,
    client: &Client,
    request: &TokenRequest,
    client_info: &ClientInfo,
) -> Result<TokenResponse, OAuthError> {
    let code = request
        .code
        .as_deref()
        .filter(|c| !c.is_empty() && c.len() <= 200)
        .ok_or_else(|| OAuthError::new("invalid_request", "code is required"))?;
    let redirect_uri = request
        .redirect_uri
        .as_deref()
        .ok_or_else(|| OAuthError::new("invalid_request", "redirect_uri is required"))?;
    let hash = secrets::hash_secret(code);
    let now = state.clock.now();
    let invalid = |why: &str| OAuthError::new("invalid_grant", why);
    let stored = db::login::find_code(&state.db, &project.id, &hash)
        .await?
        .ok_or_else(|| invalid("the code is invalid"))?;
    if stored.used_at.is_some() {
        // RFC 6749 §4.1.2: a code used twice revokes what it was exchanged for.
        if let Some(session) = &stored.session_id {
            db::sessions::revoke(
                &state.db,
                &project.id,
                session,
                RevokeReason::CodeReuse,
                now,
            )
            .await?;
        }
        return Err(invalid(
            "the code was already used; the tokens issued for it are revoked",
        ));
    }
    if stored.expires_at <= now {
        return Err(invalid("the code has expired"));
    }
    if stored.client_id != client.id {
        return Err(invalid("the code was issued to another client"));
    }
    if stored.redirect_uri != redirect_uri {
        return Err(invalid(
            "redirect_uri does not match the authorization request",
        ));
    }
    match (&stored.code_challenge, request.code_verifier.as_deref()) {
        (Some(challenge), Some(verifier)) => {
            if !oidc::is_pkce_value(verifier, 43) || !oidc::pkce_matches(verifier, challenge) {
                return Err(invalid("code_verifier does not match the code_challenge"));
            }
        }
        (Some(_), None) => return Err(invalid("code_verifier is required")),
        (None, Some(_)) => return Err(invalid("the authorization request had no code_challenge")),
        (None, None) => {}
    }
    if !db::login::use_code(&state.db, &project.id, &hash, now).await? {
        return Err(invalid("the code was already used"));
    }
    let user = db::users::get(&state.db, &project.id, &stored.user_id)
        .await?
        .ok_or_else(|| invalid("the user no longer exists"))?;
    let org = db::organizations::get(&state.db, &project.id, &user.organization_id)
        .await?
        .ok_or_else(|| invalid("the organization no longer exists"))?;
    let (mut tokens, session) = tokens::open_session(
        state,
        project,
        &org,
        &user,
        &stored.amr,
        client_info,
        SessionOrigin {
            client_id: Some(client.id.clone()),
            login_session_id: Some(stored.login_session_id.clone()),
        },
    )
    .await?;
    db::login::set_code_session(&state.db, &project.id, &hash, &session.id).await?;
    if stored.scope.split(' ').any(|s| s == "openid") {
        tokens.id_token = Some(
            oidc::id_token(
                state,
                project,
                &org,
                &user,
                &session,
                &oidc::IdTokenInput {
                    client_id: &client.id,
                    scope: &stored.scope,
                    nonce: stored.nonce.as_deref(),
                    auth_time: stored.auth_time,
                },
            )
            .await?,
        );
    }
    tokens.scope = Some(stored.scope);
    Ok(tokens)
}

async fn refresh_grant(
    state: &AppState,
    project: &Project,
    client: Option<&Client>,
    request: &TokenRequest,
) -> Result<TokenResponse, OAuthError> {
    let refresh_token = request
        .refresh_token
        .as_deref()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| OAuthError::new("invalid_request", "refresh_token is required"))?;
    match tokens::refresh(state, project, refresh_token, client.map(|c| c.id.as_str())).await? {
        Ok(tokens) => Ok(tokens),
        Err(refusal) => Err(OAuthError::new("invalid_grant", refusal.description())),
    }
}

/// Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
/// error, so the endpoint reveals nothing about which tokens exist. A confidential client
/// authenticates as at the token endpoint and may revoke only the tokens issued to it; tokens
/// of public clients and of the first-party password API need only the token itself.
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
        (status = 400, description = "`invalid_request`, or `unauthorized_client` for a token issued to another client", body = OAuthErrorBody),
        (status = 401, description = "`invalid_client`: unknown client, failed client authentication, or a confidential client's token without its authentication", body = OAuthErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn revoke_token(
    project: Result<PublicProject, ApiError>,
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<axum::Form<RevokeRequest>, FormRejection>,
) -> Result<StatusCode, Response> {
    let PublicProject(project) = project.map_err(IntoResponse::into_response)?;
    let axum::Form(request) = form.map_err(|rejection| {
        OAuthError::new("invalid_request", rejection.body_text()).into_response()
    })?;
    // RFC 7009 §2.1: the client's credentials are checked first, whatever the token.
    let caller = authenticate_client(
        &state,
        &project,
        &headers,
        request.client_id.as_deref(),
        request.client_secret.as_deref(),
    )
    .await
    .map_err(IntoResponse::into_response)?;
    if request.token.starts_with(tokens::REFRESH_TOKEN_PREFIX) {
        revoke_refresh_token(&state, &project, caller.as_ref(), &request.token)
            .await
            .map_err(IntoResponse::into_response)?;
    }
    Ok(StatusCode::OK)
}

/// Ends the session of a refresh token once the caller may (RFC 7009 §2.1): the client it
/// was issued to, or anyone holding it when that client is public (it has no secret to
/// prove more with) or when it came from the first-party password API.
async fn revoke_refresh_token(
    state: &AppState,
    project: &Project,
    caller: Option<&Client>,
    token: &str,
) -> Result<(), OAuthError> {
    let Some(session) = tokens::session_of_refresh_token(state, project, token).await? else {
        return Ok(());
    };
    if let Some(issued_to) = session.client_id.as_deref() {
        match caller {
            Some(caller) if caller.id == issued_to => {}
            Some(_) => {
                return Err(OAuthError::new(
                    "unauthorized_client",
                    "the token was issued to another client",
                ));
            }
            None => {
                let confidential = clients::resolve(state, project, issued_to)
                    .await?
                    .is_some_and(|client| !client.public);
                if confidential {
                    return Err(OAuthError::invalid_client(
                        "the token was issued to a confidential client, which must authenticate",
                    ));
                }
            }
        }
    }
    db::sessions::revoke(
        &state.db,
        &project.id,
        &session.id,
        RevokeReason::Revoked,
        state.clock.now(),
    )
    .await?;
    Ok(())
}
