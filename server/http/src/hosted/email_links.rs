//! Pages reached from emailed links: magic-link sign-in, email confirmation, and password
//! reset (with the page that asks for the link). Opening a link only shows a page with a
//! button; the token is consumed by that button's POST, so mail scanners that prefetch links
//! cannot use them up. Tokens are single-use and short-lived.

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::page::{alert, hidden};
use super::security::{Hosted, Posted};
use super::{check_inbox, finish, guard, load_flow};
use gatehouse_domain::mail::ActionEmail;
use gatehouse_domain::signin::FirstFactor;
use gatehouse_domain::state::AppState;
use gatehouse_domain::{password, secrets, validate};
use gatehouse_storage::db::{self, email_tokens::Refusal, projects::LoginMethod};
use gatehouse_storage::events::Event;

/// Lifetime of a password-reset link.
pub const RESET_LINK_SECONDS: i64 = 30 * 60;

/// Query of a page opened from an emailed link.
#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
    flow: Option<String>,
}

/// Form consuming a token.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    token: String,
}

/// Form of the reset page.
#[derive(Debug, Deserialize)]
pub struct ResetForm {
    token: String,
    password: String,
}

/// Form of the forgot-password page.
#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    flow: Option<String>,
    email: String,
}

fn link_refused(hosted: Hosted, refusal: Refusal) -> Response {
    let (title, message, code) = match refusal {
        Refusal::Used => (
            "This link was already used",
            "Each link works once. Ask for a new one from the sign-in page.",
            "link_used",
        ),
        Refusal::Expired => (
            "This link has expired",
            "Links expire soon after they are sent. Ask for a new one from the sign-in page.",
            "link_expired",
        ),
        Refusal::Unknown => (
            "This link is not valid",
            "Check that you copied the whole link, or ask for a new one from the sign-in page.",
            "link_invalid",
        ),
    };
    let again = hosted.link("login", &[]);
    hosted.page(
        StatusCode::BAD_REQUEST,
        title,
        html! {
            p role="alert" { (message) }
            p class="muted" { "Error code: " code data-code=(code) { (code) } }
            div class="links" { a href=(again) { "Go to sign in" } }
        },
    )
}

/// The page for a link that is not one of ours (or a form that lost its token).
pub fn bad_link(hosted: Hosted) -> Response {
    link_refused(hosted, Refusal::Unknown)
}

/// A page with one button that POSTs the token back.
fn confirm_button(
    hosted: Hosted,
    title: &str,
    text: &str,
    button: &str,
    path: &str,
    token: &str,
) -> Response {
    let action = hosted.link(path, &[]);
    let csrf = hosted.csrf.clone();
    hosted.page(
        StatusCode::OK,
        title,
        html! {
            p { (text) }
            form method="post" action=(action) {
                (hidden(&csrf, None))
                input type="hidden" name="token" value=(token);
                button type="submit" { (button) }
            }
        },
    )
}

/// Looks up an unexpired, unused link token of `purpose` in the project.
pub(super) async fn peek(
    state: &AppState,
    hosted: &Hosted,
    purpose: &str,
    token: &str,
) -> anyhow::Result<Result<db::email_tokens::EmailToken, Refusal>> {
    if token.is_empty() || token.len() > 100 {
        return Ok(Err(Refusal::Unknown));
    }
    db::email_tokens::peek(
        &state.db,
        &hosted.project.id,
        purpose,
        &secrets::hash_secret(token),
        state.clock.now(),
    )
    .await
}

/// Uses up a link token of `purpose`: it succeeds once.
pub(super) async fn consume(
    state: &AppState,
    hosted: &Hosted,
    purpose: &str,
    token: &str,
) -> anyhow::Result<Result<db::email_tokens::EmailToken, Refusal>> {
    if token.is_empty() || token.len() > 100 {
        return Ok(Err(Refusal::Unknown));
    }
    db::email_tokens::consume(
        &state.db,
        &hosted.project.id,
        purpose,
        &secrets::hash_secret(token),
        state.clock.now(),
    )
    .await
}

/// `GET {issuer}/login/magic?token=...`
pub async fn magic_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<TokenQuery>, QueryRejection>,
) -> Response {
    let Some(token) = query.ok().and_then(|Query(q)| q.token) else {
        return bad_link(hosted);
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        if let Err(refusal) = peek(&state, &hosted, "magic_link", &token).await? {
            return Ok(link_refused(hosted, refusal));
        }
        let name = hosted.brand.name.clone();
        Ok(confirm_button(
            hosted,
            "Finish signing in",
            &format!("Continue to sign in to {name}."),
            "Sign in",
            "login/magic",
            &token,
        ))
    })
    .await
}

/// `POST {issuer}/login/magic`: consumes the link and signs in.
pub async fn magic_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<TokenForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(state, form, bad_link, |state, hosted, form| async move {
            let token = match consume(&state, &hosted, "magic_link", &form.token).await? {
                Ok(token) => token,
                Err(refusal) => return Ok(link_refused(hosted, refusal)),
            };
            // A flow that expired meanwhile just means no application to return to.
            let flow = load_flow(&state, &hosted, token.flow_id.as_deref())
                .await?
                .ok()
                .flatten();
            let mut choices = Vec::new();
            for mut user in super::candidates(&state, &hosted, flow.as_ref(), &token.email).await? {
                let Some(org) =
                    db::organizations::get(&state.db, &hosted.project.id, &user.organization_id)
                        .await?
                else {
                    continue;
                };
                if !gatehouse_domain::signin::policy::allows(
                    &hosted.project,
                    &org,
                    LoginMethod::MagicLink,
                ) {
                    continue;
                }
                if !user.email_verified {
                    // Opening the link proved the address.
                    user.email_verified = true;
                    user.updated_at = state.clock.now();
                    db::users::update(&mut *state.db.write().await?, &user).await?;
                }
                choices.push((user, org));
            }
            match choices.len() {
                0 => Ok(hosted.error(
                    StatusCode::FORBIDDEN,
                    "No account can use this link",
                    "The account was removed or no longer allows sign-in links.",
                    "no_account",
                )),
                1 => {
                    finish(
                        &state,
                        hosted,
                        flow,
                        &choices[0].0,
                        &FirstFactor::EmailCode.amr(),
                    )
                    .await
                }
                _ => {
                    let amr = FirstFactor::EmailCode.amr();
                    super::signin::picker(&state, hosted, flow, choices, &amr).await
                }
            }
        })
        .await
}

/// `GET {issuer}/verify-email?token=...`
pub async fn verify_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<TokenQuery>, QueryRejection>,
) -> Response {
    let Some(token) = query.ok().and_then(|Query(q)| q.token) else {
        return bad_link(hosted);
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        if let Err(refusal) = peek(&state, &hosted, "verify_email", &token).await? {
            return Ok(link_refused(hosted, refusal));
        }
        Ok(confirm_button(
            hosted,
            "Confirm your email",
            "Confirm that this email address is yours.",
            "Confirm email",
            "verify-email",
            &token,
        ))
    })
    .await
}

/// `POST {issuer}/verify-email`: marks the address verified, then asks the person to sign
/// in again (the link alone does not sign anyone in).
pub async fn verify_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<TokenForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, bad_link, |state, hosted, form| async move {
        let token = match consume(&state, &hosted, "verify_email", &form.token).await? {
            Ok(token) => token,
            Err(refusal) => return Ok(link_refused(hosted, refusal)),
        };
        let user = match token.user_id.as_deref() {
            Some(id) => db::users::get(&state.db, &hosted.project.id, id).await?,
            None => None,
        };
        let Some(mut user) = user.filter(|u| u.email == token.email) else {
            return Ok(link_refused(hosted, Refusal::Unknown));
        };
        user.email_verified = true;
        user.updated_at = state.clock.now();
        db::users::update(&mut *state.db.write().await?, &user).await?;
        hosted
            .audit_self(
                &state,
                &user.organization_id,
                &user.id,
                Event::UserEmailVerified,
                serde_json::Value::Null,
                state.clock.now(),
            )
            .await?;
        let mut params = vec![("login_hint", user.email.as_str())];
        if let Some(flow) = token.flow_id.as_deref() {
            params.push(("flow", flow));
        }
        let next = hosted.link("login", &params);
        Ok(hosted.page(
            StatusCode::OK,
            "Email confirmed",
            html! {
                div class="notice" role="status" { "Thanks: " strong { (user.email) } " is confirmed." }
                div class="links" { a href=(next) { "Continue signing in" } }
            },
        ))
    })
    .await
}

/// `GET {issuer}/forgot`
pub async fn forgot_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<TokenQuery>, QueryRejection>,
) -> Response {
    let flow_id = query.ok().and_then(|Query(q)| q.flow);
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let flow = load_flow(&state, &hosted, flow_id.as_deref())
            .await?
            .ok()
            .flatten();
        Ok(forgot_form(
            hosted,
            StatusCode::OK,
            flow.as_ref().map(|f| f.id.as_str()),
            "",
            None,
        ))
    })
    .await
}

fn forgot_form(
    hosted: Hosted,
    status: StatusCode,
    flow: Option<&str>,
    email: &str,
    error: Option<&str>,
) -> Response {
    let action = hosted.link("forgot", &[]);
    let back = hosted.link(
        "login",
        &flow.map(|f| vec![("flow", f)]).unwrap_or_default(),
    );
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        "Reset your password",
        html! {
            p class="muted" { "Enter your email and we will send you a link to choose a new password." }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, flow))
                label for="email" { "Email" }
                input id="email" name="email" type="email" autocomplete="email" required autofocus value=(email);
                button type="submit" { "Send reset link" }
            }
            div class="links" { a href=(back) { "Back to sign in" } }
        },
    )
}

/// `POST {issuer}/forgot`: mails one reset link per account with that email; the answer is
/// the same whether there is any.
pub async fn forgot_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<ForgotForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, bad_link, |state, hosted, form| async move {
        let flow = load_flow(&state, &hosted, form.flow.as_deref()).await?.ok().flatten();
        let flow_id = flow.as_ref().map(|f| f.id.clone());
        let Ok(email) = validate::email("email", &form.email) else {
            return Ok(forgot_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, flow_id.as_deref(), &form.email, Some("Enter a valid email address.")));
        };
        let users = db::users::find_all_by_email(&state.db, &hosted.project.id, &email, 20).await?;
        for user in users {
            let org = db::organizations::get(&state.db, &hosted.project.id, &user.organization_id).await?;
            let org_name = org.map(|o| o.name).unwrap_or_default();
            let brand = hosted.brand.name.clone();
            super::send_link(
                &state,
                &hosted,
                "password_reset",
                &email,
                Some(&user.id),
                flow_id.as_deref(),
                serde_json::json!({}),
                RESET_LINK_SECONDS,
                "reset",
                |url| ActionEmail {
                    brand: brand.clone(),
                    subject: format!("Reset your {brand} password"),
                    intro: format!("Someone asked to reset the password of your {org_name} account. Choose a new password with this link."),
                    action: "Choose a new password".to_owned(),
                    url: url.to_owned(),
                    outro: "The link works once and expires in 30 minutes. If you did not ask for it, ignore this message: your password stays the same.".to_owned(),
                },
            )
            .await?;
        }
        let back = hosted.link("login", &flow_id.as_deref().map(|f| vec![("flow", f)]).unwrap_or_default());
        Ok(check_inbox(hosted, &email, "reset a password here", Some(back)))
    })
    .await
}

fn reset_form(
    hosted: Hosted,
    status: StatusCode,
    token: &str,
    email: &str,
    error: Option<&str>,
) -> Response {
    let action = hosted.link("reset", &[]);
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        "Choose a new password",
        html! {
            p class="muted" { "For " strong { (email) } "." }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, None))
                input type="hidden" name="token" value=(token);
                input type="email" name="username" value=(email) autocomplete="username" hidden;
                label for="password" { "New password" }
                input id="password" name="password" type="password" autocomplete="new-password"
                    required autofocus minlength=(validate::MIN_PASSWORD_CHARS) aria-describedby="password-hint";
                p class="hint" id="password-hint" { "At least " (validate::MIN_PASSWORD_CHARS) " characters." }
                button type="submit" { "Set password" }
            }
        },
    )
}

/// `GET {issuer}/reset?token=...`
pub async fn reset_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<TokenQuery>, QueryRejection>,
) -> Response {
    let Some(token) = query.ok().and_then(|Query(q)| q.token) else {
        return bad_link(hosted);
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        match peek(&state, &hosted, "password_reset", &token).await? {
            Err(refusal) => Ok(link_refused(hosted, refusal)),
            Ok(found) => Ok(reset_form(
                hosted,
                StatusCode::OK,
                &token,
                &found.email,
                None,
            )),
        }
    })
    .await
}

/// `POST {issuer}/reset`: sets the new password, signs the account out everywhere, and sends
/// the person back to sign in.
pub async fn reset_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<ResetForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, bad_link, |state, hosted, form| async move {
        let found = match peek(&state, &hosted, "password_reset", &form.token).await? {
            Ok(found) => found,
            Err(refusal) => return Ok(link_refused(hosted, refusal)),
        };
        if let Err(err) = validate::password(&form.password) {
            let message = err.message;
            return Ok(reset_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, &form.token, &found.email, Some(&message)));
        }
        let token = match consume(&state, &hosted, "password_reset", &form.token).await? {
            Ok(token) => token,
            Err(refusal) => return Ok(link_refused(hosted, refusal)),
        };
        let user = match token.user_id.as_deref() {
            Some(id) => db::users::get(&state.db, &hosted.project.id, id).await?,
            None => None,
        };
        let Some(mut user) = user.filter(|u| u.email == token.email) else {
            return Ok(link_refused(hosted, Refusal::Unknown));
        };
        let now = state.clock.now();
        let password_hash = password::hash(form.password).await?;
        user.email_verified = true;
        user.updated_at = now;
        // The user may have been deleted while the password was hashed.
        let written = db::users::update(&mut *state.db.write().await?, &user).await?;
        if let db::users::Write::Done(false) = written {
            return Ok(link_refused(hosted, Refusal::Unknown));
        }
        db::credentials::set_password(&mut *state.db.write().await?, &hosted.project.id, &user.id, &password_hash, now).await?;
        db::login::end_user_sessions(&state.db, &hosted.project.id, &user.id, now).await?;
        hosted
            .audit_self(
                &state,
                &user.organization_id,
                &user.id,
                Event::UserPasswordReset,
                serde_json::Value::Null,
                now,
            )
            .await?;
        let mut params = vec![("login_hint", user.email.as_str())];
        if let Some(flow) = token.flow_id.as_deref() {
            params.push(("flow", flow));
        }
        let next = hosted.link("login", &params);
        Ok(hosted.page(
            StatusCode::OK,
            "Password changed",
            html! {
                div class="notice" role="status" { "Your password was changed and your other sessions were signed out." }
                div class="links" { a href=(next) { "Sign in" } }
            },
        ))
    })
    .await
}
