//! The second factor: TOTP (RFC 6238) codes from an authenticator app, through `totp-rs`.
//! A user who has a second factor is always asked for it; a user of an organization that
//! requires one and has none enrols on the spot (a QR code and the secret in text, confirmed
//! by a first code). Secrets are sealed under the master key; each time step is accepted at
//! most once; failures are throttled per user.

use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{PreEscaped, html};
use serde::Deserialize;

use super::page::{alert, hidden};
use super::security::{Hosted, Posted, unreadable_form};
use super::{complete, ensure_flow, flow_expired, load_flow};
use crate::api::login::throttle_key;
use crate::db::{self, login::Flow, throttle, users::User};
use crate::secrets;
use crate::state::AppState;

/// Wrong codes allowed per user before a pause.
const POLICY: throttle::Policy = throttle::Policy {
    max_failures: 5,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};

/// The code form.
#[derive(Debug, Deserialize)]
pub struct CodeForm {
    flow: String,
    code: String,
}

fn context(project_id: &str, user_id: &str) -> String {
    format!("totp:{project_id}:{user_id}")
}

fn totp(secret: Vec<u8>, issuer: &str, email: &str) -> anyhow::Result<totp_rs::Totp> {
    // otpauth labels may not contain ':'.
    let issuer = issuer.replace(':', " ");
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(email.replace(':', " "))
        .with_issuer(Some(issuer))
        .build()
        .map_err(|err| anyhow::anyhow!("TOTP setup failed: {err:?}"))
}

/// Asks for (or enrols) the second factor of `user`, who just proved `amr`.
pub async fn challenge(
    state: &AppState,
    hosted: Hosted,
    flow: Option<Flow>,
    user: &User,
    amr: &[&str],
    enrolled: bool,
) -> anyhow::Result<Response> {
    let flow = ensure_flow(state, &hosted, flow).await?;
    db::mfa::set_flow_pending(
        &state.db,
        &hosted.project.id,
        &flow.id,
        &user.id,
        &db::to_json_text(&amr)?,
    )
    .await?;
    code_page(
        state,
        hosted,
        &flow.id,
        user,
        enrolled,
        StatusCode::OK,
        None,
    )
    .await
}

async fn code_page(
    state: &AppState,
    hosted: Hosted,
    flow_id: &str,
    user: &User,
    enrolled: bool,
    status: StatusCode,
    error: Option<&str>,
) -> anyhow::Result<Response> {
    let enrolment = if enrolled {
        None
    } else {
        // Keep one pending secret per user, so reloading the page keeps the same QR code.
        let current = db::mfa::get(&state.db, &hosted.project.id, &user.id).await?;
        let secret = match current.totp_secret_sealed {
            Some(sealed) => state
                .master_key
                .open(&context(&hosted.project.id, &user.id), &sealed)?,
            None => {
                let secret = secrets::random_bytes(20);
                let sealed = state
                    .master_key
                    .seal(&context(&hosted.project.id, &user.id), &secret)?;
                db::mfa::set_pending(&state.db, &hosted.project.id, &user.id, &sealed).await?;
                secret
            }
        };
        let totp = totp(secret, &hosted.brand.name, &user.email)?;
        let url = totp
            .to_url()
            .map_err(|err| anyhow::anyhow!("otpauth URL: {err:?}"))?;
        let svg = qrcode::QrCode::new(url.as_bytes())?
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build();
        Some((svg, totp.secret().to_base32(), url))
    };
    let action = hosted.link("login/mfa", &[]);
    let csrf = hosted.csrf.clone();
    let title = if enrolled {
        "Enter your verification code"
    } else {
        "Set up two-step verification"
    };
    Ok(hosted.page(
        status,
        title,
        html! {
            @if let Some((svg, secret, url)) = &enrolment {
                p { "Your organization requires a second step at sign-in. Scan this code with an authenticator app (such as 1Password, Google Authenticator or Authy), then enter the 6-digit code it shows." }
                div role="img" aria-label="QR code for your authenticator app" style="max-width:220px;margin:0 auto 12px;background:#fff;padding:8px;border-radius:8px" {
                    (PreEscaped(svg))
                }
                p class="hint" { "Can't scan? Enter this key in the app: " code data-secret=(secret) { (secret) } }
                p class="hint" { a href=(url) { "Open in an authenticator app on this device" } }
            } @else {
                p class="muted" { "Open your authenticator app and enter the 6-digit code for " strong { (user.email) } "." }
            }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, Some(flow_id)))
                label for="code" { "Verification code" }
                input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                    pattern="[0-9 ]*" maxlength="8" required autofocus;
                button type="submit" { "Verify" }
            }
        },
    ))
}

/// `POST {issuer}/login/mfa`: checks the code and completes the sign-in.
pub async fn submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<CodeForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(
            state,
            form,
            unreadable_form,
            |state, hosted, form| async move {
                let now = state.clock.now();
                let Some((user_id, amr)) =
                    db::mfa::flow_pending(&state.db, &hosted.project.id, &form.flow, now).await?
                else {
                    return Ok(flow_expired(hosted));
                };
                let Some(user) = db::users::get(&state.db, &hosted.project.id, &user_id).await?
                else {
                    return Ok(flow_expired(hosted));
                };
                let key = throttle_key(&["mfa", &hosted.project.id, &user.id]);
                if let Some(until) = throttle::locked_until(&state.db, &key, now).await? {
                    let minutes = ((until - now) + 59) / 60;
                    return Ok(hosted.error(
                        StatusCode::TOO_MANY_REQUESTS,
                        "Too many attempts",
                        &format!("Try again in {minutes} minute(s)."),
                        "rate_limited",
                    ));
                }
                let current = db::mfa::get(&state.db, &hosted.project.id, &user.id).await?;
                let enrolled = current.totp_enabled_at.is_some();
                let Some(sealed) = current.totp_secret_sealed else {
                    return Ok(flow_expired(hosted));
                };
                let secret = state
                    .master_key
                    .open(&context(&hosted.project.id, &user.id), &sealed)?;
                let totp = totp(secret, &hosted.brand.name, &user.email)?;
                let code: String = form.code.chars().filter(|c| !c.is_whitespace()).collect();
                let step = (code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| totp.check(&code, u64::try_from(now).unwrap_or_default()))
                    .flatten()
                    .and_then(|step| i64::try_from(step).ok());
                let accepted = match step {
                    Some(step) => {
                        db::mfa::use_step(&state.db, &hosted.project.id, &user.id, step).await?
                    }
                    None => false,
                };
                if !accepted {
                    throttle::record_failure(&state.db, &key, now, POLICY).await?;
                    let flow_id = form.flow.clone();
                    return code_page(
                        &state,
                        hosted,
                        &flow_id,
                        &user,
                        enrolled,
                        StatusCode::UNAUTHORIZED,
                        Some(
                            "That code is not valid. Codes change every 30 seconds and work once.",
                        ),
                    )
                    .await;
                }
                throttle::clear(&state.db, &key).await?;
                if !enrolled {
                    db::mfa::enable(&state.db, &hosted.project.id, &user.id, now).await?;
                    hosted
                        .audit_self(
                            &state,
                            &user.organization_id,
                            &user.id,
                            "user.mfa_enrolled",
                            serde_json::json!({"method": "totp"}),
                            now,
                        )
                        .await?;
                }
                let mut amr: Vec<String> = db::from_json_text(&amr)?;
                for extra in ["otp", "mfa"] {
                    if !amr.iter().any(|a| a == extra) {
                        amr.push(extra.to_owned());
                    }
                }
                let amr: Vec<&str> = amr.iter().map(String::as_str).collect();
                let Some(org) =
                    db::organizations::get(&state.db, &hosted.project.id, &user.organization_id)
                        .await?
                else {
                    return Ok(flow_expired(hosted));
                };
                let flow = load_flow(&state, &hosted, Some(&form.flow))
                    .await?
                    .ok()
                    .flatten();
                complete(&state, hosted, flow, &user, &org, &amr).await
            },
        )
        .await
}
