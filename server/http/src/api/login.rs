//! Sign-in for first-party apps: password login returning tokens, and logout.
//!
//! Every decision is the sign-in engine's (`server/domain/src/signin/`), the same the hosted login
//! makes: one lockout per account whatever the door, attempts counted before the password is
//! checked, and the same policy afterwards (confirmed address, second factor, methods).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, PRAGMA};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, Caller, Member, PublicProject};
use gatehouse_domain::signin::complete::SignIn;
use gatehouse_domain::signin::{self, Door, FirstFactor, Refusal, password::Among, policy::Next};
use gatehouse_domain::state::AppState;
use gatehouse_domain::tokens::{self, TokenResponse};
use gatehouse_domain::validate;
use gatehouse_storage::db;
use gatehouse_storage::db::sessions::RevokeReason;
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

/// Body of `login_with_password`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"organization": "acme", "email": "ada@acme.com", "password": "correct horse battery staple"}))]
pub struct PasswordLogin {
    /// The organization's id (`org_...`) or slug.
    pub organization: String,
    /// The user's email address.
    pub email: String,
    /// The user's password.
    pub password: String,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login_with_password))
        .routes(routes!(logout))
}

/// Token answers must not be cached (RFC 6749 §5.1).
pub fn no_store(body: impl IntoResponse) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    headers.insert(PRAGMA, axum::http::HeaderValue::from_static("no-cache"));
    response
}

async fn find_organization(
    state: &AppState,
    project_id: &str,
    reference: &str,
) -> anyhow::Result<Option<db::organizations::Organization>> {
    let reference = reference.trim();
    if IdKind::Organization.matches(reference) {
        db::organizations::get(&state.db, project_id, reference).await
    } else {
        db::organizations::find_by_slug(&state.db, project_id, &reference.to_ascii_lowercase())
            .await
    }
}

/// Sign in with an organization, email and password; answers access and refresh tokens.
#[utoipa::path(
    post,
    path = "/p/{project_id}/v1/login/password",
    operation_id = "login_with_password",
    security(()),
    tag = "login",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    request_body = PasswordLogin,
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 401, description = "Wrong organization, email or password (`invalid_credentials`)", body = ErrorBody),
        (status = 403, description = "Password sign-in is disabled for the project or organization (`login_method_disabled`), the email is not verified (`email_not_verified`), or the account needs a second factor (`mfa_required`): these sign in through the hosted login", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
        (status = 429, description = "Too many failed attempts; see Retry-After", body = ErrorBody),
        (status = 503, description = "Too many password checks at once (`busy`); retry after `Retry-After` seconds", body = ErrorBody),
    )
)]
async fn login_with_password(
    PublicProject(project): PublicProject,
    State(state): State<AppState>,
    Caller(client): Caller,
    ApiJson(body): ApiJson<PasswordLogin>,
) -> ApiResult<Response> {
    let email = validate::email("email", &body.email)?;
    if validate::password_too_long(&body.password) {
        return Err(ApiError::invalid_field(
            "value_too_long",
            "password",
            format!(
                "password must be at most {} characters",
                validate::MAX_PASSWORD_CHARS
            ),
        ));
    }
    let now = state.clock.now();
    let org = find_organization(&state, &project.id, &body.organization).await?;
    let proven = signin::password::check(
        &state.db,
        &project,
        Among::Organization(org.as_ref()),
        &email,
        &body.password,
        &client,
        Door::Api,
        now,
    )
    .await?;
    let signin::password::Proven {
        user,
        organization: org,
    } = match proven {
        Ok(mut proven) if proven.len() == 1 => proven.remove(0),
        Ok(_) => return Err(anyhow::anyhow!("one organization proved several users").into()),
        Err(refusal) => return Err(refused(refusal)),
    };
    // This door has no second factor, so an organization that requires SSO refuses every
    // member here, break-glass users included (they use the hosted login).
    if gatehouse_domain::sso::policy::gate(&state.db, &project, &user).await?
        != gatehouse_domain::sso::policy::Gate::Open
    {
        return Err(refused(Refusal::SsoRequired));
    }
    match signin::policy::after_first_factor(&user, &org, FirstFactor::Password) {
        Next::Complete => {}
        Next::VerifyEmail => {
            return Err(ApiError::Forbidden {
                code: "email_not_verified",
                message: "the email address is not verified; sign in through the hosted login to confirm it".to_owned(),
            });
        }
        Next::SecondFactor { .. } => {
            return Err(ApiError::Forbidden {
                code: "mfa_required",
                message: "this account needs a second factor; sign in through the hosted login"
                    .to_owned(),
            });
        }
    }
    let amr = FirstFactor::Password.amr();
    let sign_in = SignIn {
        project: &project,
        organization: &org,
        user: &user,
        amr: &amr,
        client: &client,
        door: Door::Api,
        sso_connection_id: None,
    };
    let tokens = tokens::start_session(&state, &sign_in).await?;
    Ok(no_store(Json(tokens)))
}

/// The API's answer to a refused sign-in step.
fn refused(refusal: Refusal) -> ApiError {
    match refusal {
        Refusal::InvalidCredentials => ApiError::unauthorized(
            refusal.code(),
            "the organization, email or password is incorrect",
        ),
        Refusal::TooManyAttempts {
            retry_after_seconds,
        }
        | Refusal::TooManyRequests {
            retry_after_seconds,
        } => ApiError::RateLimited {
            retry_after_seconds,
        },
        Refusal::LoginMethodDisabled => ApiError::Forbidden {
            code: refusal.code(),
            message: "password sign-in is not enabled for this account".to_owned(),
        },
        Refusal::SsoRequired => ApiError::Forbidden {
            code: refusal.code(),
            message: "the organization requires signing in through its identity provider"
                .to_owned(),
        },
    }
}

/// End the session of the access token in `Authorization: Bearer`.
#[utoipa::path(
    post,
    path = "/p/{project_id}/v1/logout",
    operation_id = "logout",
    tag = "login",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    security(("access_token" = [])),
    responses(
        (status = 204, description = "The session is revoked"),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn logout(
    Member { project, claims }: Member,
    State(state): State<AppState>,
    Caller(client): Caller,
) -> ApiResult<StatusCode> {
    let now = state.clock.now();
    if let Some(sid) = &claims.session_id {
        db::sessions::revoke(&state.db, &project.id, sid, RevokeReason::Logout, now).await?;
        db::audit::record(
            &state.db,
            &db::audit::Entry {
                organization_id: Some(claims.organization_id()),
                actor: Some(claims.user_id()),
                target: Some(sid),
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
                ..db::audit::Entry::new(&project.id, Event::SessionLogout)
            },
            now,
        )
        .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}
