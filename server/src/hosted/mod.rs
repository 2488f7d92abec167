//! The hosted login: server-rendered pages under a project's issuer where end users sign in,
//! sign up, confirm their email and reset their password, before being sent back to the
//! application with an authorization code. Pages work without JavaScript; every form is
//! CSRF-protected; no page tells whether an email address has an account.

pub mod account;
pub mod email_links;
pub mod invitations;
pub mod mfa;
pub mod page;
pub mod security;
pub mod signin;
pub mod signup;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;

use crate::db::{self, login::Flow, organizations::Organization, users::User};
use crate::mail::ActionEmail;
use crate::oidc;
use crate::secrets;
use crate::state::AppState;
use security::Hosted;

/// Routes of the hosted pages (not part of the OpenAPI document: they answer HTML).
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/p/{project_id}/login",
            get(signin::email_page).post(signin::submit_email),
        )
        .route(
            "/p/{project_id}/login/password",
            axum::routing::post(signin::submit_password),
        )
        .route(
            "/p/{project_id}/login/pick",
            axum::routing::post(signin::submit_pick),
        )
        .route(
            "/p/{project_id}/login/magic",
            get(email_links::magic_page).post(email_links::magic_submit),
        )
        .route(
            "/p/{project_id}/login/magic/send",
            axum::routing::post(signin::send_magic_link),
        )
        .route(
            "/p/{project_id}/verify-email",
            get(email_links::verify_page).post(email_links::verify_submit),
        )
        .route(
            "/p/{project_id}/forgot",
            get(email_links::forgot_page).post(email_links::forgot_submit),
        )
        .route(
            "/p/{project_id}/reset",
            get(email_links::reset_page).post(email_links::reset_submit),
        )
        .route(
            "/p/{project_id}/signup",
            get(signup::signup_page).post(signup::signup_submit),
        )
        .route(
            "/p/{project_id}/signup/confirm",
            get(signup::confirm_page).post(signup::confirm_submit),
        )
        .route(
            "/p/{project_id}/invitations/accept",
            get(invitations::accept_page).post(invitations::accept_submit),
        )
        .route(
            "/p/{project_id}/login/mfa",
            axum::routing::post(mfa::submit),
        )
        .route("/p/{project_id}/account", get(account::account_page))
        .route(
            "/p/{project_id}/logout",
            axum::routing::post(account::logout_submit),
        )
}

/// Emails of one kind sent to one address are limited to this many per window.
const EMAILS_PER_WINDOW: i64 = 5;
/// The email rate-limit window.
const EMAIL_WINDOW_SECONDS: i64 = 15 * 60;

/// Loads the flow named by a form or link; `Err` is the page to show when it has expired.
pub async fn load_flow(
    state: &AppState,
    hosted: &Hosted,
    flow_id: Option<&str>,
) -> anyhow::Result<Result<Option<Flow>, ()>> {
    let Some(id) = flow_id.filter(|id| !id.is_empty()) else {
        return Ok(Ok(None));
    };
    if id.len() > 100 {
        return Ok(Err(()));
    }
    match db::login::get_flow(&state.db, &hosted.project.id, id, state.clock.now()).await? {
        Some(flow) => Ok(Ok(Some(flow))),
        None => Ok(Err(())),
    }
}

/// The page for an expired or unknown flow.
pub fn flow_expired(hosted: Hosted) -> Response {
    let again = hosted.link("login", &[]);
    let title = "This sign-in attempt has expired";
    hosted.page(
        StatusCode::BAD_REQUEST,
        title,
        maud::html! {
            p role="alert" { "Sign-in attempts expire after 30 minutes. Go back to the application and start again." }
            p class="muted" { "Error code: " code { "flow_expired" } }
            div class="links" { a href=(again) { "Sign in" } }
        },
    )
}

/// The login methods `org` allows (its own policy, else the project's).
pub fn allowed_methods<'a>(hosted: &'a Hosted, org: &'a Organization) -> &'a [String] {
    org.login_methods
        .as_deref()
        .unwrap_or(&hosted.project.login_methods)
}

/// Users with `email` the flow may sign in (restricted to the flow's organization).
pub async fn candidates(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
    email: &str,
) -> anyhow::Result<Vec<User>> {
    let users = db::users::find_all_by_email(&state.db, &hosted.project.id, email, 20).await?;
    Ok(match flow.and_then(|f| f.organization_id.as_deref()) {
        Some(org_id) => users
            .into_iter()
            .filter(|u| u.organization_id == org_id)
            .collect(),
        None => users,
    })
}

/// Finishes a sign-in as `user` with `amr`: asks for the second factor when the user has
/// one or the organization requires it, else [`complete`]s the sign-in.
pub async fn finish(
    state: &AppState,
    hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    amr: &[&str],
) -> anyhow::Result<Response> {
    let Some(org) =
        db::organizations::get(&state.db, &hosted.project.id, &user.organization_id).await?
    else {
        return Ok(hosted.error(
            StatusCode::FORBIDDEN,
            "Your organization no longer exists",
            "Ask your administrator for access.",
            "organization_not_found",
        ));
    };
    if !amr.contains(&"mfa") {
        let enrolled = db::mfa::get(&state.db, &hosted.project.id, &user.id)
            .await?
            .totp_enabled_at
            .is_some();
        if enrolled || org.require_mfa {
            return mfa::challenge(state, hosted, flow, user, amr, enrolled).await;
        }
    }
    complete(state, hosted, flow, user, &org, amr).await
}

/// Ensures a flow to hang state on: the given one, or a new one without a client (its end
/// shows the account page).
pub async fn ensure_flow(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<Flow>,
) -> anyhow::Result<Flow> {
    if let Some(flow) = flow {
        return Ok(flow);
    }
    let now = state.clock.now();
    let flow = Flow {
        id: secrets::random_token(32),
        project_id: hosted.project.id.clone(),
        client_id: String::new(),
        redirect_uri: String::new(),
        scope: String::new(),
        state: None,
        nonce: None,
        code_challenge: None,
        organization_id: None,
        login_hint: None,
        candidates: None,
        candidates_amr: None,
        created_at: now,
        expires_at: now + oidc::FLOW_LIFETIME_SECONDS,
    };
    db::login::insert_flow(&state.db, &flow).await?;
    Ok(flow)
}

/// Completes a sign-in: starts the hosted-login session, records the sign-in, and continues
/// the flow (a redirect with a code) or shows the account page.
pub async fn complete(
    state: &AppState,
    mut hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    org: &Organization,
    amr: &[&str],
) -> anyhow::Result<Response> {
    let lifetime = org
        .session_lifetime_seconds
        .unwrap_or(state.config.session_lifetime_seconds);
    let login = hosted
        .start_login_session(state, user, amr, lifetime)
        .await?;
    let method = amr.first().copied().unwrap_or("unknown");
    let details = serde_json::json!({"method": method, "via": "hosted_login"});
    hosted
        .audit_self(
            state,
            &org.id,
            &user.id,
            "user.login",
            details,
            state.clock.now(),
        )
        .await?;
    match flow.filter(|f| !f.client_id.is_empty()) {
        Some(flow) => {
            let location = oidc::issue_code(state, &hosted.project, &flow, user, &login).await?;
            Ok(hosted.redirect(&location))
        }
        None => {
            let account = hosted.link("account", &[]);
            Ok(hosted.redirect(&account))
        }
    }
}

/// Creates a single-use email token and mails its link, unless `email` already received
/// [`EMAILS_PER_WINDOW`] messages recently (then nothing is sent, silently: the page the
/// person sees must not depend on it).
#[allow(clippy::too_many_arguments)]
pub async fn send_link(
    state: &AppState,
    hosted: &Hosted,
    purpose: &str,
    email: &str,
    user_id: Option<&str>,
    flow_id: Option<&str>,
    payload: serde_json::Value,
    lifetime_seconds: i64,
    path: &str,
    message: impl FnOnce(&str) -> ActionEmail,
) -> anyhow::Result<()> {
    let now = state.clock.now();
    let recent = db::email_tokens::count_recent(
        &state.db,
        &hosted.project.id,
        email,
        now - EMAIL_WINDOW_SECONDS,
    )
    .await?;
    if recent >= EMAILS_PER_WINDOW {
        tracing::warn!(purpose, "email rate limit reached; not sending");
        return Ok(());
    }
    let token = secrets::random_token(32);
    db::email_tokens::insert(
        &state.db,
        &db::email_tokens::EmailToken {
            token_hash: secrets::hash_secret(&token),
            project_id: hosted.project.id.clone(),
            purpose: purpose.to_owned(),
            email: email.to_owned(),
            user_id: user_id.map(str::to_owned),
            flow_id: flow_id.map(str::to_owned),
            payload: payload.to_string(),
            created_at: now,
            expires_at: now + lifetime_seconds,
            used_at: None,
        },
    )
    .await?;
    let url = hosted.link(path, &[("token", &token)]);
    let email_message = message(&url).render();
    if let Err(err) = state.mailer.send(email, &email_message).await {
        tracing::error!(error = %format!("{err:#}"), purpose, "sending email failed");
    }
    Ok(())
}

/// The "check your inbox" page (identical whether or not anything was sent).
pub fn check_inbox(hosted: Hosted, email: &str, what: &str, back: Option<String>) -> Response {
    hosted.page(
        StatusCode::OK,
        "Check your email",
        maud::html! {
            div class="notice" role="status" {
                "If " strong { (email) } " can " (what) ", a message with a link is on its way. The link works once and expires soon."
            }
            p class="muted" { "Nothing arrived? Check your spam folder, or try again in a few minutes." }
            @if let Some(back) = back {
                div class="links" { a href=(back) { "Back to sign in" } }
            }
        },
    )
}

/// Runs a page handler, turning an internal error into the generic error page.
pub async fn guard(
    brand: page::Brand,
    handler: impl std::future::Future<Output = anyhow::Result<Response>>,
) -> Response {
    match handler.await {
        Ok(response) => response,
        Err(err) => {
            tracing::error!(error = ?err, "hosted login error");
            page::error(
                &brand,
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "We could not complete this step. Please try again in a moment.",
                "internal_error",
            )
        }
    }
}
