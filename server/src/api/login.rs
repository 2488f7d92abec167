//! Sign-in for first-party apps: password login returning tokens, and logout.
//!
//! Password login never tells which part was wrong: an unknown organization, an unknown
//! email and a wrong password get the same answer after the same argon2 work. Failures are
//! counted per account (organization + email, whether or not it exists, so a lockout reveals
//! nothing) and per client address; past the limit the key is locked for a while.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, PRAGMA};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::db::{self, throttle};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, Member, PublicProject};
use crate::ids::IdKind;
use crate::state::AppState;
use crate::tokens::{self, ClientInfo, TokenResponse};
use crate::{password, validate};

/// Failed sign-ins allowed per account before it is locked.
pub const ACCOUNT_POLICY: throttle::Policy = throttle::Policy {
    max_failures: 5,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Failed sign-ins allowed per client address before it is locked.
pub const ADDRESS_POLICY: throttle::Policy = throttle::Policy {
    max_failures: 30,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};

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

/// A throttle key: SHA-256 of the parts, so no address or email is stored in clear.
pub fn throttle_key(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize())
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
    )
)]
async fn login_with_password(
    PublicProject(project): PublicProject,
    State(state): State<AppState>,
    client: ClientInfo,
    ApiJson(body): ApiJson<PasswordLogin>,
) -> ApiResult<Response> {
    let email = validate::email("email", &body.email)?;
    if body.password.len() > validate::MAX_PASSWORD_BYTES {
        return Err(ApiError::invalid_field(
            "value_too_long",
            "password",
            format!(
                "password must be at most {} bytes",
                validate::MAX_PASSWORD_BYTES
            ),
        ));
    }
    if !project.login_methods.iter().any(|m| m == "password") {
        return Err(ApiError::Forbidden {
            code: "login_method_disabled",
            message: "password sign-in is not enabled for this project".to_owned(),
        });
    }
    let now = state.clock.now();
    let organization_ref = body.organization.trim().to_ascii_lowercase();
    let account_key = throttle_key(&["account", &project.id, &organization_ref, &email]);
    let address_key = client
        .ip
        .as_deref()
        .map(|ip| throttle_key(&["address", &project.id, ip]));
    for key in std::iter::once(&account_key).chain(address_key.as_ref()) {
        if let Some(until) = throttle::locked_until(&state.db, key, now).await? {
            return Err(ApiError::RateLimited {
                retry_after_seconds: until - now,
            });
        }
    }

    let org = find_organization(&state, &project.id, &body.organization).await?;
    let user = match &org {
        Some(org) => db::users::find_by_email(&state.db, &project.id, &org.id, &email).await?,
        None => None,
    };
    let verified = match user.as_ref().and_then(|u| u.password_hash.clone()) {
        Some(hash) => password::verify(body.password, hash).await?,
        None => {
            password::verify_nothing(body.password).await?;
            false
        }
    };
    let (Some(org), Some(user), true) = (org, user, verified) else {
        throttle::record_failure(&state.db, &account_key, now, ACCOUNT_POLICY).await?;
        if let Some(key) = &address_key {
            throttle::record_failure(&state.db, key, now, ADDRESS_POLICY).await?;
        }
        db::audit::record(
            &state.db,
            &db::audit::Event {
                project_id: &project.id,
                actor: Some(&email),
                action: "user.login_failed",
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
                details: serde_json::json!({"method": "password", "organization": organization_ref}),
                ..Default::default()
            },
            now,
        )
        .await?;
        return Err(ApiError::unauthorized(
            "invalid_credentials",
            "the organization, email or password is incorrect",
        ));
    };
    throttle::clear(&state.db, &account_key).await?;
    // The organization's policy is checked only after the credentials, so it reveals
    // nothing to someone who does not know the password.
    let allowed = org.login_methods.as_ref().unwrap_or(&project.login_methods);
    if !allowed.iter().any(|m| m == "password") {
        return Err(ApiError::Forbidden {
            code: "login_method_disabled",
            message: "this organization does not allow password sign-in".to_owned(),
        });
    }
    // The same policy as the hosted login (server/src/hosted/signin.rs and hosted/mod.rs):
    // an unverified address may not sign in, and a user who has a second factor, or whose
    // organization requires one, must sign in through the hosted login, which asks for it.
    if user.email_verified == 0 {
        return Err(ApiError::Forbidden {
            code: "email_not_verified",
            message:
                "the email address is not verified; sign in through the hosted login to confirm it"
                    .to_owned(),
        });
    }
    let enrolled = db::mfa::get(&state.db, &project.id, &user.id)
        .await?
        .totp_enabled_at
        .is_some();
    if enrolled || org.require_mfa {
        return Err(ApiError::Forbidden {
            code: "mfa_required",
            message: "this account needs a second factor; sign in through the hosted login"
                .to_owned(),
        });
    }
    let tokens = tokens::start_session(&state, &project, &org, &user, &["pwd"], &client).await?;
    db::audit::record(
        &state.db,
        &db::audit::Event {
            project_id: &project.id,
            organization_id: Some(&org.id),
            actor: Some(&user.id),
            action: "user.login",
            target: Some(&user.id),
            ip: client.ip.as_deref(),
            user_agent: client.user_agent.as_deref(),
            details: serde_json::json!({"method": "password"}),
        },
        now,
    )
    .await?;
    Ok(no_store(Json(tokens)))
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
    client: ClientInfo,
) -> ApiResult<StatusCode> {
    let now = state.clock.now();
    if let Some(sid) = &claims.session_id {
        db::sessions::revoke(&state.db, &project.id, sid, "logout", now).await?;
        db::audit::record(
            &state.db,
            &db::audit::Event {
                project_id: &project.id,
                organization_id: Some(claims.organization_id()),
                actor: Some(claims.user_id()),
                action: "session.logout",
                target: Some(sid),
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
                ..Default::default()
            },
            now,
        )
        .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}
