//! The second factor: TOTP (RFC 6238) codes from an authenticator app, through `totp-rs`.
//! A user who has a second factor is always asked for it; a user of an organization that
//! requires one and has none enrols on the spot (a QR code and the secret in text, confirmed
//! by a first code). Secrets are sealed under the master key. An enrolment's secret is made
//! for its sign-in flow alone (bound to the browser that proved the password) and written to
//! the user only when its first code is confirmed, so nobody can plant a secret for someone
//! else to enrol later. Each time step is accepted at most once; wrong codes are counted per
//! user before they are checked (`server/domain/src/signin/throttle.rs`).

use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{PreEscaped, html};
use serde::Deserialize;

use super::page::{alert, hidden};
use super::security::{Hosted, Posted, unreadable_form};
use super::{complete, ensure_flow, flow_problem, load_flow};
use gatehouse_domain::secrets;
use gatehouse_domain::signin::{
    self, SecondFactor,
    throttle::{Attempt, SECOND_FACTOR_POLICY},
};
use gatehouse_domain::state::AppState;
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::{
    self,
    login::{Flow, Step},
    users::User,
};
use gatehouse_storage::events::Event;

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
    amr: &Amr,
    enrolled: bool,
) -> anyhow::Result<Response> {
    let mut hosted = hosted;
    let mut flow = match ensure_flow(state, &mut hosted, flow).await? {
        Ok(flow) => flow,
        Err(refusal) => return Ok(super::refused(hosted, refusal)),
    };
    let enrolment = if enrolled {
        None
    } else {
        let secret = secrets::random_bytes(20);
        Some(
            state
                .master_key
                .seal(&context(&hosted.project.id, &user.id), &secret)?,
        )
    };
    let step = Step::SecondFactor {
        user_id: user.id.clone(),
        amr: amr.clone(),
        enrolment,
    };
    signin::flow::advance(&state.db, &mut flow, step).await?;
    code_page(state, hosted, &flow, user, StatusCode::OK, None).await
}

/// Shows the code page again for a flow already at the second-factor step (a reload, or a
/// live session whose organization now requires a second factor). An enrolment without a
/// secret yet gets one.
pub async fn resume(
    state: &AppState,
    hosted: Hosted,
    flow_id: &str,
    user: &User,
) -> anyhow::Result<Response> {
    let flow = match load_flow(state, &hosted, Some(flow_id)).await? {
        Ok(Some(flow)) => flow,
        Ok(None) => return Ok(super::flow_expired(hosted)),
        Err(problem) => return Ok(flow_problem(hosted, problem)),
    };
    let Step::SecondFactor { amr, enrolment, .. } = &flow.step else {
        return Ok(super::flow_expired(hosted));
    };
    let enrolled = db::credentials::totp(&state.db, &hosted.project.id, &user.id)
        .await?
        .is_some();
    if !enrolled && enrolment.is_none() {
        let amr = amr.clone();
        return challenge(state, hosted, Some(flow.clone()), user, &amr, false).await;
    }
    code_page(state, hosted, &flow, user, StatusCode::OK, None).await
}

async fn code_page(
    state: &AppState,
    hosted: Hosted,
    flow: &Flow,
    user: &User,
    status: StatusCode,
    error: Option<&str>,
) -> anyhow::Result<Response> {
    let flow_id = flow.id.as_str();
    let pending = match &flow.step {
        Step::SecondFactor {
            enrolment: Some(sealed),
            ..
        } => Some(sealed),
        _ => None,
    };
    let enrolled = pending.is_none();
    let enrolment = match pending {
        None => None,
        Some(sealed) => {
            let secret = state
                .master_key
                .open(&context(&hosted.project.id, &user.id), sealed)?;
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
        }
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
                let flow = match load_flow(&state, &hosted, Some(&form.flow)).await? {
                    Ok(Some(flow)) => flow,
                    Ok(None) => return Ok(super::flow_expired(hosted)),
                    Err(problem) => return Ok(flow_problem(hosted, problem)),
                };
                let Step::SecondFactor {
                    user_id,
                    amr,
                    enrolment,
                } = flow.step.clone()
                else {
                    return Ok(super::flow_expired(hosted));
                };
                let Some(user) = db::users::get(&state.db, &hosted.project.id, &user_id).await?
                else {
                    return Ok(super::flow_expired(hosted));
                };
                let current =
                    db::credentials::totp(&state.db, &hosted.project.id, &user.id).await?;
                let sealed = match (&enrolment, current) {
                    (None, Some(totp)) => Some(totp.sealed_secret),
                    (Some(pending), None) => Some(pending.clone()),
                    // Enrolled meanwhile (in another browser), or reset meanwhile: start over.
                    _ => None,
                };
                let Some(sealed) = sealed else {
                    return Ok(super::flow_expired(hosted));
                };
                let attempt = match Attempt::begin(
                    &state.db,
                    signin::throttle::second_factor_key(&hosted.project.id, &user.id),
                    now,
                    SECOND_FACTOR_POLICY,
                )
                .await?
                {
                    Ok(attempt) => attempt,
                    Err(retry_after_seconds) => {
                        let minutes = (retry_after_seconds + 59) / 60;
                        return Ok(hosted.error(
                            StatusCode::TOO_MANY_REQUESTS,
                            "Too many attempts",
                            &format!("Try again in {minutes} minute(s)."),
                            "too_many_attempts",
                        ));
                    }
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
                // An enrolment's secret was made for this flow and has no row yet: its first
                // step is recorded when the row is written below, which also makes a second
                // submission of the same code lose the race.
                let accepted = match (step, &enrolment) {
                    (Some(_), Some(_)) => true,
                    (Some(step), None) => {
                        db::credentials::use_totp_step(
                            &state.db,
                            &hosted.project.id,
                            &user.id,
                            step,
                            now,
                        )
                        .await?
                    }
                    (None, _) => false,
                };
                if !accepted {
                    attempt.failed(&state.db, now).await?;
                    return code_page(
                        &state,
                        hosted,
                        &flow,
                        &user,
                        StatusCode::UNAUTHORIZED,
                        Some(
                            "That code is not valid. Codes change every 30 seconds and work once.",
                        ),
                    )
                    .await;
                }
                attempt.succeeded(&state.db).await?;
                if let (Some(_), Some(step)) = (&enrolment, step) {
                    if !db::credentials::enroll_totp(
                        &state.db,
                        &hosted.project.id,
                        &user.id,
                        &sealed,
                        step,
                        now,
                    )
                    .await?
                    {
                        return Ok(super::flow_expired(hosted));
                    }
                    hosted
                        .audit_self(
                            &state,
                            &user.organization_id,
                            &user.id,
                            Event::UserMfaEnrolled,
                            serde_json::json!({"method": SecondFactor::Totp.as_str()}),
                            now,
                        )
                        .await?;
                }
                let mut amr = amr;
                SecondFactor::Totp.prove(&mut amr);
                let Some(org) =
                    db::organizations::get(&state.db, &hosted.project.id, &user.organization_id)
                        .await?
                else {
                    return Ok(super::flow_expired(hosted));
                };
                complete(&state, hosted, Some(flow), &user, &org, &amr).await
            },
        )
        .await
}
