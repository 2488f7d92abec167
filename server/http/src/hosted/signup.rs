//! Sign-up on the hosted login, per the project's policy: a person whose email domain is a
//! verified domain of an organization joins it as a `member`; with `create_organization`,
//! someone whose domain matches no organization creates one and becomes its `owner`.
//!
//! Nothing is created until the email address is confirmed: the form stores the request
//! (with the password already hashed) behind a single-use emailed link, so nobody can join an
//! organization with an address they do not control, and the form's answer does not reveal
//! whether the address already has an account. Confirming asks for the password chosen at
//! sign-up, in the confirming browser: someone who signs up with another person's address
//! cannot have that person's click create an account whose password the impostor knows.

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::{Deserialize, Serialize};

use super::page::{alert, hidden};
use super::security::{Hosted, Posted, unreadable_form};
use super::{check_inbox, finish, guard, load_flow};
use gatehouse_domain::mail::ActionEmail;
use gatehouse_domain::signin::throttle::{self, ACCOUNT_POLICY, Attempt, account_key};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{password, secrets, validate};
use gatehouse_storage::db::login::OrganizationScope;
use gatehouse_storage::db::throttle::Policy;
use gatehouse_storage::db::{self, projects::SignupPolicy};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::{OrganizationId, ProjectId, UserId};

/// Sign-ups one client address may submit per window (each hashes a password).
const SIGNUPS_PER_ADDRESS: Policy = Policy {
    max_failures: 20,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};

/// Lifetime of a sign-up confirmation link.
pub const SIGNUP_LINK_SECONDS: i64 = 24 * 3600;

/// Query of the sign-up pages.
#[derive(Debug, Deserialize)]
pub struct SignupQuery {
    flow: Option<String>,
    token: Option<String>,
}

/// The sign-up form.
#[derive(Debug, Deserialize)]
pub struct SignupForm {
    flow: Option<String>,
    name: String,
    email: String,
    password: String,
    #[serde(default)]
    organization_name: String,
}

/// The confirmation form.
#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    token: String,
    #[serde(default)]
    password: String,
}

/// What waits behind the confirmation link.
#[derive(Debug, Serialize, Deserialize)]
struct PendingSignup {
    name: String,
    password_hash: String,
    /// Join this organization...
    organization_id: Option<OrganizationId>,
    /// ...or create one with this name.
    new_organization_name: Option<String>,
}

struct Values<'a> {
    name: &'a str,
    email: &'a str,
    organization_name: &'a str,
}

fn signup_form(
    hosted: Hosted,
    status: StatusCode,
    flow: Option<&str>,
    values: &Values<'_>,
    error: Option<&str>,
) -> Response {
    let creates = hosted.project.hosted_login.signup == SignupPolicy::CreateOrganization;
    let action = hosted.link("signup", &[]);
    let login = hosted.link(
        "login",
        &flow.map(|f| vec![("flow", f)]).unwrap_or_default(),
    );
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        "Create your account",
        html! {
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, flow))
                label for="name" { "Full name" }
                input id="name" name="name" type="text" autocomplete="name" required autofocus value=(values.name);
                label for="email" { "Work email" }
                input id="email" name="email" type="email" autocomplete="email" required value=(values.email);
                label for="password" { "Password" }
                input id="password" name="password" type="password" autocomplete="new-password" required
                    minlength=(validate::MIN_PASSWORD_CHARS) aria-describedby="password-hint";
                p class="hint" id="password-hint" { "At least " (validate::MIN_PASSWORD_CHARS) " characters." }
                @if creates {
                    label for="organization_name" { "Organization name" }
                    input id="organization_name" name="organization_name" type="text" autocomplete="organization"
                        value=(values.organization_name) aria-describedby="org-hint";
                    p class="hint" id="org-hint" { "Needed only if your company does not use this product yet." }
                }
                button type="submit" { "Create account" }
            }
            div class="links" { span { "Already have an account? " a href=(login) { "Sign in" } } }
        },
    )
}

fn signup_disabled(hosted: Hosted) -> Response {
    hosted.error(
        StatusCode::NOT_FOUND,
        "Sign-up is not available",
        "Accounts are created by your organization's administrator. Ask them for an invitation.",
        "signup_disabled",
    )
}

/// `GET {issuer}/signup`
pub async fn signup_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<SignupQuery>, QueryRejection>,
) -> Response {
    if hosted.project.hosted_login.signup == SignupPolicy::Disabled {
        return signup_disabled(hosted);
    }
    let flow_id = query.ok().and_then(|Query(q)| q.flow);
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let flow = match load_flow(&state, &hosted, flow_id.as_deref()).await? {
            Ok(flow) => flow,
            Err(problem) => return Ok(super::flow_problem(hosted, problem)),
        };
        let values = Values {
            name: "",
            email: "",
            organization_name: "",
        };
        Ok(signup_form(
            hosted,
            StatusCode::OK,
            flow.as_ref().map(|f| f.id.as_str()),
            &values,
            None,
        ))
    })
    .await
}

/// `POST {issuer}/signup`: validates, decides the organization, and mails the link.
pub async fn signup_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<SignupForm>>, FormRejection>,
) -> Response {
    if hosted.project.hosted_login.signup == SignupPolicy::Disabled {
        return signup_disabled(hosted);
    }
    hosted.handle_form(state, form, unreadable_form, |state, hosted, form| async move {
        let flow = match load_flow(&state, &hosted, form.flow.as_deref()).await? {
            Ok(flow) => flow,
            Err(problem) => return Ok(super::flow_problem(hosted, problem)),
        };
        let flow_id = flow.as_ref().map(|f| f.id.clone());
        let values = Values { name: &form.name, email: &form.email, organization_name: &form.organization_name };
        let invalid = |hosted: Hosted, message: &str| {
            signup_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, flow_id.as_deref(), &values, Some(message))
        };
        let Ok(name) = validate::name("name", &form.name) else {
            return Ok(invalid(hosted, "Enter your name (1 to 200 characters)."));
        };
        let Ok(email) = validate::email("email", &form.email) else {
            return Ok(invalid(hosted, "Enter a valid email address."));
        };
        if let Err(err) = validate::password(&form.password) {
            return Ok(invalid(hosted, &err.message));
        }
        // A rate per client address, counted before the password is hashed.
        if let Some(ip) = hosted.client.ip.as_deref() {
            let key = throttle::key(&["signup", &hosted.project.id, &throttle::address_group(ip)]);
            if let Err(retry_after_seconds) = Attempt::begin(&state.db, key, state.clock.now(), SIGNUPS_PER_ADDRESS).await? {
                return Ok(super::refused(hosted, gatehouse_domain::signin::Refusal::TooManyRequests { retry_after_seconds }));
            }
        }
        let domain = email.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or_default();
        let joinable = db::organizations::list(
            &state.db,
            &hosted.project.id,
            &db::organizations::Filter { domain: Some(&domain), ..Default::default() },
            None,
            20,
        )
        .await?;
        let scope = flow.as_ref().map_or(OrganizationScope::Any, |f| f.organizations.clone());
        // An organization may narrow sign-up to some of its verified domains (or none).
        let joinable = joinable.into_iter().find(|org| {
            org.signup_domains
                .as_ref()
                .is_none_or(|allowed| allowed.contains(&domain))
        });
        let (organization_id, new_organization_name) = match joinable {
            Some(org) if scope.admits(&org.id) => (Some(org.id), None),
            Some(_) => return Ok(invalid(hosted, "This email cannot join the organization you are signing in to.")),
            None if hosted.project.hosted_login.signup == SignupPolicy::CreateOrganization && scope == OrganizationScope::Any => {
                match validate::name("organization_name", &form.organization_name) {
                    Ok(org_name) => (None, Some(org_name)),
                    Err(_) => return Ok(invalid(hosted, "Your email's domain has no organization yet: enter an organization name to create one.")),
                }
            }
            None => return Ok(invalid(hosted, "Sign-up is not available for this email address. Ask your administrator for an invitation.")),
        };
        let pending = PendingSignup {
            name,
            password_hash: password::hash(form.password).await?,
            organization_id,
            new_organization_name,
        };
        let brand = hosted.brand.name.clone();
        super::send_link(
            &state,
            &hosted,
            "signup",
            &email,
            None,
            flow_id.as_deref(),
            serde_json::to_value(&pending)?,
            SIGNUP_LINK_SECONDS,
            "signup/confirm",
            |url| ActionEmail {
                brand: brand.clone(),
                subject: format!("Confirm your email to finish signing up for {brand}"),
                intro: format!("Confirm your email address to create your {brand} account."),
                action: "Confirm and create account".to_owned(),
                url: url.to_owned(),
                outro: "The link works once and expires in 24 hours. If you did not sign up, ignore this message: no account is created without it.".to_owned(),
            },
        )
        .await?;
        let back = hosted.link("login", &flow_id.as_deref().map(|f| vec![("flow", f)]).unwrap_or_default());
        Ok(check_inbox(hosted, &email, "create an account here", Some(back)))
    })
    .await
}

/// `GET {issuer}/signup/confirm?token=...`
pub async fn confirm_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<SignupQuery>, QueryRejection>,
) -> Response {
    let token = query.ok().and_then(|Query(q)| q.token).unwrap_or_default();
    let brand = hosted.brand.clone();
    guard(brand, async move {
        if token.is_empty() || token.len() > 100 {
            return Ok(hosted.error(
                StatusCode::BAD_REQUEST,
                "This link is not valid",
                "Check that you copied the whole link.",
                "link_invalid",
            ));
        }
        let found = super::email_links::peek(&state, &hosted, "signup", &token).await?;
        if found.is_err() {
            return Ok(hosted.error(
                StatusCode::BAD_REQUEST,
                "This link cannot be used",
                "It was already used or has expired. Sign up again to get a new one.",
                "link_invalid",
            ));
        }
        Ok(confirm_form(hosted, StatusCode::OK, &token, None))
    })
    .await
}

/// The confirmation page: the password chosen at sign-up, and the button.
fn confirm_form(hosted: Hosted, status: StatusCode, token: &str, error: Option<&str>) -> Response {
    let action = hosted.link("signup/confirm", &[]);
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        "Finish signing up",
        html! {
            p { "Enter the password you chose when you signed up to confirm your email address and create your account." }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, None))
                input type="hidden" name="token" value=(token);
                label for="password" { "Password" }
                input id="password" name="password" type="password" autocomplete="current-password"
                    required autofocus aria-describedby=[error.map(|_| "form-error")];
                button type="submit" { "Create account" }
            }
            p class="hint" { "Did not sign up? Ignore this page: no account is created without the password." }
        },
    )
}

/// `POST {issuer}/signup/confirm`: creates the user (and organization) and signs in.
pub async fn confirm_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<ConfirmForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, super::email_links::bad_link, |state, hosted, form| async move {
        let now = state.clock.now();
        let unusable = |hosted: Hosted| hosted.error(StatusCode::BAD_REQUEST, "This link cannot be used", "It was already used or has expired. Sign up again to get a new one.", "link_invalid");
        let Ok(peeked) = super::email_links::peek(&state, &hosted, "signup", &form.token).await? else {
            return Ok(unusable(hosted));
        };
        let pending: PendingSignup = serde_json::from_str(&peeked.payload)?;
        if form.password.is_empty() || validate::password_too_long(&form.password) {
            return Ok(confirm_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, &form.token, Some("Enter the password you chose.")));
        }
        // Guesses are counted on the account, as at sign-in.
        let attempt = match Attempt::begin(&state.db, account_key(&hosted.project.id, &peeked.email), now, ACCOUNT_POLICY).await? {
            Ok(attempt) => attempt,
            Err(retry_after_seconds) => return Ok(super::refused(hosted, gatehouse_domain::signin::Refusal::TooManyAttempts { retry_after_seconds })),
        };
        if !password::verify(form.password.clone(), pending.password_hash.clone()).await? {
            attempt.failed(&state.db, now).await?;
            return Ok(confirm_form(hosted, StatusCode::UNAUTHORIZED, &form.token, Some("That is not the password chosen at sign-up.")));
        }
        attempt.succeeded(&state.db).await?;
        let token = match super::email_links::consume(&state, &hosted, "signup", &form.token).await? {
            Ok(token) => token,
            Err(_) => return Ok(unusable(hosted)),
        };
        let (org_id, role) = match (&pending.organization_id, &pending.new_organization_name) {
            (Some(id), _) => match db::organizations::get(&state.db, &hosted.project.id, id).await? {
                Some(org) => (org.id, "member"),
                None => return Ok(hosted.error(StatusCode::GONE, "The organization no longer exists", "Ask your administrator for access.", "organization_not_found")),
            },
            (None, Some(name)) => (create_organization(&state, &hosted.project.id, name).await?, db::rbac::OWNER_ROLE),
            (None, None) => anyhow::bail!("pending sign-up without an organization"),
        };
        let user = db::users::User {
            id: UserId::generate(),
            project_id: hosted.project.id.clone(),
            organization_id: org_id.clone(),
            email: token.email.clone(),
            email_verified: true,
            name: Some(pending.name),
            has_password: true,
            totp_enabled_at: None,
            deactivated_at: None,
            created_at: now,
            updated_at: now,
        };
        let mut tx = state.db.begin().await?;
        match db::users::insert(&mut *tx, &user).await? {
            db::users::Write::Done(()) => {}
            db::users::Write::EmailTaken => {
                let login = hosted.link("login", &[("login_hint", token.email.as_str())]);
                return Ok(hosted.page(StatusCode::CONFLICT, "You already have an account", html! {
                    p { "An account with " strong { (token.email) } " already exists in this organization." }
                    div class="links" { a href=(login) { "Sign in" } }
                }));
            }
        }
        db::credentials::set_password(&mut *tx, &hosted.project.id, &user.id, &pending.password_hash, now).await?;
        db::rbac::set_user_roles(&mut tx, &hosted.project.id, &user.id, &[role.to_owned()]).await?;
        db::audit::record_in(
            &mut tx,
            &hosted.self_entry(&org_id, &user.id, Event::UserSignedUp, serde_json::json!({"role": role})),
            now,
        )
        .await?;
        tx.commit().await?;
        let flow = load_flow(&state, &hosted, token.flow_id.as_deref()).await?.ok().flatten();
        finish(&state, hosted, flow, &user, &super::password_and_address()).await
    })
    .await
}

async fn create_organization(
    state: &AppState,
    project_id: &ProjectId,
    name: &str,
) -> anyhow::Result<OrganizationId> {
    let base = validate::slug_from_name(name).unwrap_or_else(|_| "org".to_owned());
    for attempt in 0..5 {
        let slug = if attempt == 0 {
            base.clone()
        } else {
            let suffix = secrets::random_token(4)
                .to_ascii_lowercase()
                .replace(['-', '_'], "x");
            format!("{}-{suffix}", base.chars().take(40).collect::<String>())
        };
        let now = state.clock.now();
        let org = db::organizations::Organization {
            id: OrganizationId::generate(),
            project_id: project_id.clone(),
            name: name.to_owned(),
            slug,
            domains: Vec::new(),
            login_methods: None,
            session_lifetime_seconds: None,
            require_mfa: false,
            signup_domains: None,
            created_at: now,
            updated_at: now,
        };
        if let db::organizations::Write::Done(()) =
            db::organizations::insert(&state.db, &org).await?
        {
            return Ok(org.id);
        }
    }
    anyhow::bail!("could not find a free slug for '{name}'")
}
