//! Sign-in pages: email first, then the methods (password, emailed link), then an
//! organization picker when the person's email has users in several organizations.
//!
//! Nothing here reveals whether an email has an account: the second step looks the same for
//! every address, a wrong password and an unknown email get the same answer after the same
//! argon2 work, and the organization picker appears only after the password matched.

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::page::{alert, hidden};
use super::security::{Hosted, Posted, unreadable_part};
use super::{candidates, check_inbox, finish, flow_problem, guard, load_flow};
use gatehouse_domain::mail::ActionEmail;
use gatehouse_domain::signin::FirstFactor;
use gatehouse_domain::signin::{self, Door, password::Among, policy::Next};
use gatehouse_domain::sso::policy::Gate;
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::{
    self,
    login::{Flow, OrganizationScope, Step},
    projects::LoginMethod,
};

/// Lifetime of a magic link.
pub const MAGIC_LINK_SECONDS: i64 = 15 * 60;

/// Query of the first page.
#[derive(Debug, Deserialize)]
pub struct EmailQuery {
    flow: Option<String>,
    login_hint: Option<String>,
    /// An organization's slug: its people go straight to its identity provider, if it has one.
    organization: Option<String>,
}

/// Form of the first page.
#[derive(Debug, Deserialize)]
pub struct EmailForm {
    flow: Option<String>,
    email: String,
}

/// Form of the password step.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    flow: Option<String>,
    email: String,
    password: String,
}

/// Form of the organization picker.
#[derive(Debug, Deserialize)]
pub struct PickForm {
    flow: String,
    user_id: String,
}

/// Form asking for a magic link.
#[derive(Debug, Deserialize)]
pub struct MagicForm {
    flow: Option<String>,
    email: String,
}

async fn flow_organization_name(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
) -> anyhow::Result<Option<String>> {
    let Some(org_id) = flow.and_then(|f| f.organizations.organization_id()) else {
        return Ok(None);
    };
    Ok(
        db::organizations::get(&state.db, &hosted.project.id, org_id)
            .await?
            .map(|org| org.name),
    )
}

fn email_form(
    hosted: Hosted,
    status: StatusCode,
    flow: Option<&str>,
    org_name: Option<&str>,
    email: &str,
    error: Option<&str>,
) -> Response {
    let signup =
        (hosted.project.hosted_login.signup != db::projects::SignupPolicy::Disabled).then(|| {
            hosted.link(
                "signup",
                &flow.map(|f| vec![("flow", f)]).unwrap_or_default(),
            )
        });
    let action = hosted.link("login", &[]);
    let title = match org_name {
        Some(name) => format!("Sign in to {name}"),
        None => "Sign in".to_owned(),
    };
    let csrf = hosted.csrf.clone();
    let brand = hosted.brand.name.clone();
    hosted.page(
        status,
        &title,
        html! {
            p class="muted" { "Continue to " (brand) " with your work email." }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, flow))
                label for="email" { "Email" }
                input id="email" name="email" type="email" autocomplete="username email"
                    required autofocus value=(email)
                    aria-describedby=[error.map(|_| "form-error")];
                button type="submit" { "Continue" }
            }
            @if let Some(signup) = signup {
                div class="links" { span { "New here? " a href=(signup) { "Create an account" } } }
            }
        },
    )
}

/// `GET {issuer}/login`: the email step.
pub async fn email_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<EmailQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return unreadable_part(hosted, "query");
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let flow = match load_flow(&state, &hosted, query.flow.as_deref()).await? {
            Ok(flow) => flow,
            Err(problem) => return Ok(flow_problem(hosted, problem)),
        };
        // A flow that already owes a second factor (a live session the organization's policy
        // no longer accepts as it is) continues there.
        if let Some(Flow {
            step: Step::SecondFactor { user_id, .. },
            id,
            ..
        }) = &flow
        {
            let Some(user) = db::users::get(&state.db, &hosted.project.id, user_id).await? else {
                return Ok(super::flow_expired(hosted));
            };
            let flow_id = id.clone();
            return super::mfa::resume(&state, hosted, &flow_id, &user).await;
        }
        let slug = hosted.organization_hint(query.organization.clone());
        let routed = match (&slug, &query.login_hint) {
            (Some(slug), _) => super::sso::route_slug(&state, &hosted, flow.as_ref(), slug).await?,
            (None, Some(hint)) => match validate::email("login_hint", hint) {
                Ok(email) => {
                    super::sso::route_email(&state, &hosted, flow.as_ref(), &email).await?
                }
                Err(_) => None,
            },
            (None, None) => None,
        };
        if let Some(connection) = routed {
            let hint = query.login_hint.clone();
            return super::sso::start(&state, hosted, flow, &connection, hint.as_deref()).await;
        }
        let org_name = flow_organization_name(&state, &hosted, flow.as_ref()).await?;
        let hint = query
            .login_hint
            .or_else(|| flow.as_ref().and_then(|f| f.login_hint.clone()))
            .unwrap_or_default();
        Ok(email_form(
            hosted,
            StatusCode::OK,
            flow.as_ref().map(|f| f.id.as_str()),
            org_name.as_deref(),
            &hint,
            None,
        ))
    })
    .await
}

/// The second step: the methods the project offers, for `email`.
fn methods_page(
    hosted: Hosted,
    status: StatusCode,
    flow: Option<&str>,
    email: &str,
    error: Option<&str>,
) -> Response {
    let methods = &hosted.project.login_methods;
    let password = methods.contains(&LoginMethod::Password);
    let magic = methods.contains(&LoginMethod::MagicLink);
    let flow_params: Vec<(&str, &str)> = flow.map(|f| vec![("flow", f)]).unwrap_or_default();
    let back = hosted.link("login", &flow_params);
    let forgot = hosted.link("forgot", &flow_params);
    let password_action = hosted.link("login/password", &[]);
    let magic_action = hosted.link("login/magic/send", &[]);
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        "Sign in",
        html! {
            p class="muted" { "Signing in as " strong { (email) } ". " a href=(back) { "Use another email" } }
            (alert(error))
            @if password {
                form method="post" action=(password_action) {
                    (hidden(&csrf, flow))
                    input type="hidden" name="email" value=(email);
                    input type="email" name="username" value=(email) autocomplete="username" hidden;
                    label for="password" { "Password" }
                    input id="password" name="password" type="password" autocomplete="current-password"
                        required autofocus aria-describedby=[error.map(|_| "form-error")];
                    button type="submit" { "Sign in" }
                }
            }
            @if password && magic {
                div class="divider" { "or" }
            }
            @if magic {
                form method="post" action=(magic_action) {
                    (hidden(&csrf, flow))
                    input type="hidden" name="email" value=(email);
                    button type="submit" class=[password.then_some("secondary")] { "Email me a sign-in link" }
                }
            }
            @if password {
                div class="links" { a href=(forgot) { "Forgot your password?" } }
            }
        },
    )
}

/// `POST {issuer}/login`: validates the email and shows the methods.
pub async fn submit_email(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<EmailForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(
            state,
            form,
            |hosted| unreadable_part(hosted, "email"),
            |state, hosted, form| async move {
                let flow = match load_flow(&state, &hosted, form.flow.as_deref()).await? {
                    Ok(flow) => flow,
                    Err(problem) => return Ok(flow_problem(hosted, problem)),
                };
                let flow_id = flow.as_ref().map(|f| f.id.clone());
                match validate::email("email", &form.email) {
                    Ok(email) => {
                        if let Some(connection) =
                            super::sso::route_email(&state, &hosted, flow.as_ref(), &email).await?
                        {
                            return super::sso::start(
                                &state,
                                hosted,
                                flow,
                                &connection,
                                Some(&email),
                            )
                            .await;
                        }
                        Ok(methods_page(
                            hosted,
                            StatusCode::OK,
                            flow_id.as_deref(),
                            &email,
                            None,
                        ))
                    }
                    Err(_) => {
                        let org_name =
                            flow_organization_name(&state, &hosted, flow.as_ref()).await?;
                        Ok(email_form(
                            hosted,
                            StatusCode::UNPROCESSABLE_ENTITY,
                            flow_id.as_deref(),
                            org_name.as_deref(),
                            &form.email,
                            Some("Enter a valid email address, like name@company.com."),
                        ))
                    }
                }
            },
        )
        .await
}

/// What a method step starts from: the flow, a valid email, and the method enabled for the
/// project; `Err` is the page to show instead.
async fn method_step(
    state: &AppState,
    hosted: Hosted,
    flow_id: Option<&str>,
    email: &str,
    (method, disabled_title): (LoginMethod, &str),
) -> anyhow::Result<Result<(Hosted, Option<Flow>, String), Response>> {
    let flow = match load_flow(state, &hosted, flow_id).await? {
        Ok(flow) => flow,
        Err(problem) => return Ok(Err(flow_problem(hosted, problem))),
    };
    let Ok(valid) = validate::email("email", email) else {
        let flow_id = flow.as_ref().map(|f| f.id.clone());
        return Ok(Err(email_form(
            hosted,
            StatusCode::UNPROCESSABLE_ENTITY,
            flow_id.as_deref(),
            None,
            email,
            Some("Enter a valid email address."),
        )));
    };
    if !hosted.project.login_methods.contains(&method) {
        return Ok(Err(hosted.error(
            StatusCode::FORBIDDEN,
            disabled_title,
            "Use another way to sign in.",
            "login_method_disabled",
        )));
    }
    Ok(Ok((hosted, flow, valid)))
}

/// `POST {issuer}/login/password`.
pub async fn submit_password(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<PasswordForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(
            state,
            form,
            |hosted| unreadable_part(hosted, "password"),
            password_step,
        )
        .await
}

async fn password_step(
    state: AppState,
    hosted: Hosted,
    form: PasswordForm,
) -> anyhow::Result<Response> {
    let (hosted, flow, email) = match method_step(
        &state,
        hosted,
        form.flow.as_deref(),
        &form.email,
        (LoginMethod::Password, "Password sign-in is turned off"),
    )
    .await?
    {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let flow_id = flow.as_ref().map(|f| f.id.clone());
    if form.password.is_empty() || validate::password_too_long(&form.password) {
        return Ok(methods_page(
            hosted,
            StatusCode::UNPROCESSABLE_ENTITY,
            flow_id.as_deref(),
            &email,
            Some("Enter your password."),
        ));
    }
    let now = state.clock.now();
    let scope = flow
        .as_ref()
        .map_or(OrganizationScope::Any, |f| f.organizations.clone());
    let proven = signin::password::check(
        &state.db,
        &hosted.project,
        Among::Project(&scope),
        &email,
        &form.password,
        &hosted.client,
        Door::HostedLogin,
        now,
    )
    .await?;
    let proven = match proven {
        Ok(proven) => proven,
        Err(signin::Refusal::InvalidCredentials) => {
            return Ok(methods_page(
                hosted,
                StatusCode::UNAUTHORIZED,
                flow_id.as_deref(),
                &email,
                Some("Incorrect email or password."),
            ));
        }
        Err(refusal) => return Ok(super::refused(hosted, refusal)),
    };
    // An organization that requires SSO refuses its members' passwords, except its
    // break-glass users (`finish` asks them for a second factor).
    let mut open = Vec::new();
    for candidate in proven {
        if gatehouse_domain::sso::policy::gate(&state.db, &hosted.project, &candidate.user).await?
            != Gate::Refused
        {
            open.push(candidate);
        }
    }
    if open.is_empty() {
        return Ok(super::refused(hosted, signin::Refusal::SsoRequired));
    }
    let proven = open;
    for candidate in &proven {
        if signin::policy::after_first_factor(
            &candidate.user,
            &candidate.organization,
            FirstFactor::Password,
        ) == Next::VerifyEmail
        {
            let user = candidate.user.clone();
            return ask_to_verify(&state, hosted, flow.as_ref(), &user).await;
        }
    }
    let mut choices: Vec<_> = proven
        .into_iter()
        .map(|p| (p.user, p.organization))
        .collect();
    if choices.len() == 1 {
        let (user, _) = choices.remove(0);
        return finish(&state, hosted, flow, &user, &FirstFactor::Password.amr()).await;
    }
    picker(&state, hosted, flow, choices, &FirstFactor::Password.amr()).await
}

/// Sends an email-verification link and says so.
async fn ask_to_verify(
    state: &AppState,
    hosted: Hosted,
    flow: Option<&Flow>,
    user: &db::users::User,
) -> anyhow::Result<Response> {
    let brand = hosted.brand.name.clone();
    super::send_link(
        state,
        &hosted,
        "verify_email",
        &user.email,
        Some(&user.id),
        flow.map(|f| f.id.as_str()),
        serde_json::json!({}),
        24 * 3600,
        "verify-email",
        |url| ActionEmail {
            brand: brand.clone(),
            subject: format!("Confirm your email for {brand}"),
            intro: "Confirm that this is your email address to finish signing in.".to_owned(),
            action: "Confirm email".to_owned(),
            url: url.to_owned(),
            outro: "The link works once and expires in 24 hours. If you did not try to sign in, ignore this message.".to_owned(),
        },
    )
    .await?;
    Ok(hosted.page(
        StatusCode::OK,
        "Confirm your email",
        html! {
            div class="notice" role="status" {
                "We sent a confirmation link to " strong { (user.email) } ". Open it to finish signing in."
            }
            p class="muted" { "Your email address must be confirmed before you can sign in." }
        },
    ))
}

/// Shows the organizations the person proved to belong to.
pub async fn picker(
    state: &AppState,
    hosted: Hosted,
    flow: Option<Flow>,
    choices: Vec<(db::users::User, db::organizations::Organization)>,
    amr: &Amr,
) -> anyhow::Result<Response> {
    // Without a flow (a direct visit to the login page), a flow without a client holds the
    // candidates; finishing it shows the account page.
    let mut hosted = hosted;
    let mut flow = match super::ensure_flow(state, &mut hosted, flow).await? {
        Ok(flow) => flow,
        Err(refusal) => return Ok(super::refused(hosted, refusal)),
    };
    let step = Step::ChooseOrganization {
        candidates: choices.iter().map(|(u, _)| u.id.clone()).collect(),
        amr: amr.clone(),
    };
    signin::flow::advance(&state.db, &mut flow, step).await?;
    let action = hosted.link("login/pick", &[]);
    let csrf = hosted.csrf.clone();
    Ok(hosted.page(
        StatusCode::OK,
        "Choose an organization",
        html! {
            p class="muted" { "Your email belongs to several organizations. Which one do you want to use?" }
            form method="post" action=(action) class="choices" {
                (hidden(&csrf, Some(&flow.id)))
                @for (user, org) in &choices {
                    button type="submit" name="user_id" value=(user.id) {
                        (org.name) small { (org.slug) }
                    }
                }
            }
        },
    ))
}

/// `POST {issuer}/login/pick`.
pub async fn submit_pick(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<PickForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(
            state,
            form,
            |hosted| unreadable_part(hosted, "organization"),
            |state, hosted, form| async move {
                let flow = match load_flow(&state, &hosted, Some(&form.flow)).await? {
                    Ok(Some(flow)) => flow,
                    Ok(None) => return Ok(super::flow_expired(hosted)),
                    Err(problem) => return Ok(flow_problem(hosted, problem)),
                };
                let Step::ChooseOrganization { candidates, amr } = &flow.step else {
                    return Ok(super::flow_expired(hosted));
                };
                if !candidates.iter().any(|c| *c == form.user_id) || amr.is_empty() {
                    return Ok(hosted.error(
                        StatusCode::FORBIDDEN,
                        "That organization is not available",
                        "Start signing in again.",
                        "invalid_choice",
                    ));
                }
                let amr = amr.clone();
                let Some(user) =
                    db::users::get(&state.db, &hosted.project.id, &form.user_id).await?
                else {
                    return Ok(super::flow_expired(hosted));
                };
                finish(&state, hosted, Some(flow), &user, &amr).await
            },
        )
        .await
}

/// `POST {issuer}/login/magic/send`: emails a sign-in link when the address has a user
/// whose organization allows it; the answer is the same either way.
pub async fn send_magic_link(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<MagicForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, |hosted| unreadable_part(hosted, "email"), |state, hosted, form| async move {
        let (hosted, flow, email) = match method_step(
            &state,
            hosted,
            form.flow.as_deref(),
            &form.email,
            (LoginMethod::MagicLink, "Sign-in links are turned off"),
        )
        .await?
        {
            Ok(found) => found,
            Err(page) => return Ok(page),
        };
        let flow_id = flow.as_ref().map(|f| f.id.clone());
        let mut eligible = false;
        for user in candidates(&state, &hosted, flow.as_ref(), &email).await? {
            if let Some(org) =
                db::organizations::get(&state.db, &hosted.project.id, &user.organization_id)
                    .await?
                && signin::policy::allows(&hosted.project, &org, LoginMethod::MagicLink)
                && gatehouse_domain::sso::policy::gate(&state.db, &hosted.project, &user).await?
                    == Gate::Open
            {
                eligible = true;
            }
        }
        if eligible {
            let brand = hosted.brand.name.clone();
            super::send_link(
                &state,
                &hosted,
                "magic_link",
                &email,
                None,
                flow_id.as_deref(),
                serde_json::json!({}),
                MAGIC_LINK_SECONDS,
                "login/magic",
                |url| ActionEmail {
                    brand: brand.clone(),
                    subject: format!("Sign in to {brand}"),
                    intro: format!("Use this link to sign in to {brand}."),
                    action: "Sign in".to_owned(),
                    url: url.to_owned(),
                    outro: "The link works once and expires in 15 minutes. If you did not ask for it, ignore this message: nobody can sign in without it.".to_owned(),
                },
            )
            .await?;
        }
        let back = hosted.link(
            "login",
            &flow_id.as_deref().map(|f| vec![("flow", f)]).unwrap_or_default(),
        );
        Ok(check_inbox(hosted, &email, "sign in here", Some(back)))
    })
    .await
}
