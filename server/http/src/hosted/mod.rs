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
pub mod sso;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;

use engine::throttle::Attempt;
use gatehouse_domain::mail::ActionEmail;
use gatehouse_domain::oidc;
use gatehouse_domain::password;
use gatehouse_domain::secrets;
use gatehouse_domain::signin as engine;
use gatehouse_domain::sso::policy::Gate;
use gatehouse_domain::state::AppState;
use gatehouse_storage::amr::{Amr, AuthMethod};
use gatehouse_storage::db::login::{Flow, OrganizationScope, Step};
use gatehouse_storage::db::throttle::Policy;
use gatehouse_storage::db::{self, organizations::Organization, users::User};
use gatehouse_storage::ids::UserId;
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
        .route("/p/{project_id}/sso/complete", get(sso::complete))
        .route(
            "/p/{project_id}/sso/{connection_id}/start",
            get(sso::start_page),
        )
        .route(
            "/p/{project_id}/sso/{connection_id}/metadata",
            get(sso::metadata),
        )
        .route(
            "/p/{project_id}/sso/{connection_id}/acs",
            axum::routing::post(sso::acs),
        )
        .route(
            "/p/{project_id}/sso/{connection_id}/callback",
            get(sso::callback),
        )
        .route("/p/{project_id}/account", get(account::account_page))
        .route(
            "/p/{project_id}/logout",
            axum::routing::post(account::logout_submit),
        )
}

/// Emailed links one client address may have sent to one recipient per window.
const MAIL_PER_REQUESTER_AND_RECIPIENT: Policy = Policy {
    max_failures: 5,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Emailed links one client address may have sent per window, whoever they are for.
const MAIL_PER_REQUESTER: Policy = Policy {
    max_failures: 200,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Emailed links one recipient may receive per window from all requesters together (a
/// backstop against mail-bombing from many addresses; far above what one person asks for).
const MAIL_PER_RECIPIENT: i64 = 30;
/// The window of [`MAIL_PER_RECIPIENT`].
const MAIL_WINDOW_SECONDS: i64 = 15 * 60;

/// Why the flow a page names cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowProblem {
    /// Expired, finished, or unknown.
    Expired,
    /// Started in another browser.
    OtherBrowser,
}

/// Loads the flow named by a form or link, if it names one and it belongs to this browser.
pub async fn load_flow(
    state: &AppState,
    hosted: &Hosted,
    flow_id: Option<&str>,
) -> anyhow::Result<Result<Option<Flow>, FlowProblem>> {
    let Some(id) = flow_id.filter(|id| !id.is_empty()) else {
        return Ok(Ok(None));
    };
    Ok(
        match engine::flow::load(
            &state.db,
            &hosted.project.id,
            id,
            hosted.browser_secret(),
            state.clock.now(),
        )
        .await?
        {
            engine::flow::Found::Flow(flow) => Ok(Some(*flow)),
            engine::flow::Found::Expired => Err(FlowProblem::Expired),
            engine::flow::Found::OtherBrowser => Err(FlowProblem::OtherBrowser),
        },
    )
}

/// The page for a flow that cannot be used.
pub fn flow_problem(hosted: Hosted, problem: FlowProblem) -> Response {
    match problem {
        FlowProblem::Expired => flow_expired(hosted),
        FlowProblem::OtherBrowser => {
            let again = hosted.link("login", &[]);
            hosted.page(
                StatusCode::FORBIDDEN,
                "Continue in the browser where you started",
                maud::html! {
                    p role="alert" { "This sign-in was started in another browser. For your security it can only be continued there. Go back to the application and start again here." }
                    p class="muted" { "Error code: " code data-code="flow_other_browser" { "flow_other_browser" } }
                    div class="links" { a href=(again) { "Sign in" } }
                },
            )
        }
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

/// The page for a refused sign-in step, with the refusal's stable code.
pub fn refused(hosted: Hosted, refusal: engine::Refusal) -> Response {
    use engine::Refusal;
    match refusal {
        Refusal::TooManyAttempts {
            retry_after_seconds,
        } => {
            let minutes = (retry_after_seconds + 59) / 60;
            hosted.error(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many attempts",
                &format!("Sign-in is paused for this account. Try again in {minutes} minute(s), or reset your password."),
                refusal.code(),
            )
        }
        Refusal::TooManyRequests {
            retry_after_seconds,
        } => {
            let minutes = (retry_after_seconds + 59) / 60;
            hosted.error(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many sign-in attempts from your network",
                &format!("Try again in {minutes} minute(s)."),
                refusal.code(),
            )
        }
        Refusal::LoginMethodDisabled => hosted.error(
            StatusCode::FORBIDDEN,
            "This way of signing in is turned off for your organization",
            "Your organization requires another way to sign in.",
            refusal.code(),
        ),
        Refusal::SsoRequired => hosted.error(
            StatusCode::FORBIDDEN,
            "Your organization signs you in through its identity provider",
            "Go back and continue with your work email: you will be sent to your organization's sign-in page.",
            refusal.code(),
        ),
        Refusal::InvalidCredentials => hosted.error(
            StatusCode::UNAUTHORIZED,
            "Incorrect email or password",
            "Go back and try again.",
            refusal.code(),
        ),
    }
}

/// Users with `email` the flow may sign in (restricted to the flow's organization).
pub async fn candidates(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
    email: &str,
) -> anyhow::Result<Vec<User>> {
    let users = db::users::find_all_by_email(&state.db, &hosted.project.id, email, 20)
        .await?
        .into_iter()
        .filter(gatehouse_domain::signin::policy::may_sign_in);
    Ok(match flow {
        Some(flow) => users
            .into_iter()
            .filter(|u| flow.organizations.admits(&u.organization_id))
            .collect(),
        None => users.collect(),
    })
}

/// Finishes a sign-in as `user` with `amr`: asks for the second factor when the user has
/// one or the organization requires it, else [`complete`]s the sign-in.
pub async fn finish(
    state: &AppState,
    hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    amr: &Amr,
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
    // Without the organization's identity provider, an organization that requires SSO admits
    // only its break-glass users, always with a second factor, and audits each such sign-in.
    let mut owed = engine::policy::second_factor_owed(user, &org, amr);
    match gatehouse_domain::sso::policy::gate(&state.db, &hosted.project, user).await? {
        Gate::Open => {}
        Gate::Refused => return Ok(refused(hosted, engine::Refusal::SsoRequired)),
        Gate::BreakGlass => {
            gatehouse_domain::sso::policy::record_break_glass(
                &state.db,
                &hosted.project,
                user,
                &hosted.client,
                state.clock.now(),
            )
            .await?;
            owed = owed.or(Some(user.totp_enabled_at.is_some()));
        }
    }
    if let Some(enrolled) = owed {
        return mfa::challenge(state, hosted, flow, user, amr, enrolled).await;
    }
    complete(state, hosted, flow, user, &org, amr).await
}

/// Ensures a flow to hang state on: the given one, or a new one without an application (its
/// end shows the account page), bound to this browser.
pub async fn ensure_flow(
    state: &AppState,
    hosted: &mut Hosted,
    flow: Option<Flow>,
) -> anyhow::Result<Result<Flow, engine::Refusal>> {
    if let Some(flow) = flow {
        return Ok(Ok(flow));
    }
    let browser = hosted.bind_browser();
    engine::flow::start(
        &state.db,
        &hosted.project.id,
        &browser,
        hosted.client.ip.as_deref(),
        engine::flow::NewFlow {
            authorization: None,
            organizations: OrganizationScope::Any,
            login_hint: None,
            step: Step::Identify,
        },
        state.clock.now(),
    )
    .await
}

/// What signing up or accepting an invitation proves: the password just chosen, and the
/// address, through the emailed link that led here.
pub fn password_and_address() -> Amr {
    let mut amr = engine::FirstFactor::Password.amr();
    amr.add(AuthMethod::OneTimeCode);
    amr
}

/// Completes a sign-in: starts the hosted-login session (recorded in the audit log and ending
/// the flow in the same transaction) and continues the flow (a redirect with a code) or shows
/// the account page.
pub async fn complete(
    state: &AppState,
    hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    org: &Organization,
    amr: &Amr,
) -> anyhow::Result<Response> {
    complete_with(state, hosted, flow, user, org, amr, None).await
}

/// [`complete`], remembering the SSO connection that vouched for the person.
pub async fn complete_with(
    state: &AppState,
    mut hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    org: &Organization,
    amr: &Amr,
    sso_connection_id: Option<&str>,
) -> anyhow::Result<Response> {
    let lifetime = org
        .session_lifetime_seconds
        .unwrap_or(state.config.session_lifetime_seconds);
    let login = hosted
        .start_login_session(
            state,
            org,
            user,
            amr,
            flow.as_ref(),
            lifetime,
            sso_connection_id,
        )
        .await?;
    match flow.and_then(|flow| flow.authorization) {
        Some(request) => {
            let location = oidc::issue_code(state, &hosted.project, &request, user, &login).await?;
            Ok(hosted.redirect(&location))
        }
        None => {
            let account = hosted.link("account", &[]);
            Ok(hosted.redirect(&account))
        }
    }
}

/// Creates a single-use email token and queues the mail carrying its link (the outbox
/// delivers it after the request, so the answer takes the same time whether or not a mail
/// goes out). Caps apply per requester (the client address) and recipient, per requester,
/// and, far higher, per recipient; past a cap nothing is sent, silently: the page the person
/// sees must not depend on it. The caps are per requester so that nobody can use up
/// another person's allowance and keep their reset mails from arriving.
#[allow(clippy::too_many_arguments)]
pub async fn send_link(
    state: &AppState,
    hosted: &Hosted,
    purpose: &str,
    email: &str,
    user_id: Option<&UserId>,
    flow_id: Option<&str>,
    payload: serde_json::Value,
    lifetime_seconds: i64,
    path: &str,
    message: impl FnOnce(&str) -> ActionEmail,
) -> anyhow::Result<()> {
    let now = state.clock.now();
    let project_id = &hosted.project.id;
    if let Some(ip) = hosted.client.ip.as_deref() {
        let group = engine::throttle::address_group(ip);
        let keys = [
            (
                engine::throttle::key(&["mail", project_id, &group, email]),
                MAIL_PER_REQUESTER_AND_RECIPIENT,
            ),
            (
                engine::throttle::key(&["mail-requester", project_id, &group]),
                MAIL_PER_REQUESTER,
            ),
        ];
        for (key, policy) in keys {
            // Counted, never cleared: a rate.
            if Attempt::begin(&state.db, key, now, policy).await?.is_err() {
                tracing::warn!(
                    purpose,
                    "email rate limit of the requester reached; not sending"
                );
                return Ok(());
            }
        }
    }
    let recent =
        db::email_tokens::count_recent(&state.db, project_id, email, now - MAIL_WINDOW_SECONDS)
            .await?;
    if recent >= MAIL_PER_RECIPIENT {
        tracing::warn!(
            purpose,
            "email rate limit of the recipient reached; not sending"
        );
        return Ok(());
    }
    let token = secrets::random_token(32);
    let url = hosted.link(path, &[("token", &token)]);
    let email_message = message(&url).render();
    let mut tx = state.db.begin().await?;
    db::email_tokens::insert(
        &mut *tx,
        &db::email_tokens::EmailToken {
            token_hash: secrets::hash_secret(&token),
            project_id: project_id.clone(),
            purpose: purpose.to_owned(),
            email: email.to_owned(),
            user_id: user_id.cloned(),
            flow_id: flow_id.map(str::to_owned),
            payload: payload.to_string(),
            created_at: now,
            expires_at: now + lifetime_seconds,
            used_at: None,
        },
    )
    .await?;
    gatehouse_domain::outbox::queue_mail(
        &mut *tx,
        &state.master_key,
        project_id,
        email,
        &email_message,
        now,
    )
    .await?;
    tx.commit().await?;
    state.wake_outbox();
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
        Err(err) if err.downcast_ref::<password::Busy>().is_some() => {
            let mut response = page::error(
                &brand,
                StatusCode::SERVICE_UNAVAILABLE,
                "Too many sign-ins at once",
                "We could not check your password right now. Please try again in a moment.",
                "busy",
            );
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(password::BUSY_RETRY_AFTER_SECONDS),
            );
            response
        }
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
