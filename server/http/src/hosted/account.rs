//! The signed-in landing page (for people who open the hosted login directly) and sign-out.

use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::guard;
use super::page::hidden;
use super::security::{Hosted, Posted, unreadable_form};
use gatehouse_domain::oidc::clients;
use gatehouse_domain::state::AppState;
use gatehouse_storage::db;
use gatehouse_storage::events::Event;

/// The sign-out form (also the confirmation step of RP-initiated logout).
#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    post_logout_redirect_uri: String,
    #[serde(default)]
    state: String,
}

/// `GET {issuer}/account`
pub async fn account_page(State(state): State<AppState>, hosted: Hosted) -> Response {
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let Some((_, user)) = hosted.login_session(&state).await? else {
            let login = hosted.link("login", &[]);
            return Ok(hosted.redirect(&login));
        };
        let org =
            db::organizations::get(&state.db, &hosted.project.id, &user.organization_id).await?;
        let action = hosted.link("logout", &[]);
        let csrf = hosted.csrf.clone();
        Ok(hosted.page(
            StatusCode::OK,
            "You are signed in",
            html! {
                p { "Signed in as " strong { (user.email) }
                    @if let Some(org) = &org { " in " strong { (org.name) } } "." }
                form method="post" action=(action) {
                    (hidden(&csrf, None))
                    button type="submit" class="secondary" { "Sign out" }
                }
            },
        ))
    })
    .await
}

/// `POST {issuer}/logout`: ends the hosted-login session (and the sessions it started), then
/// returns to an allow-listed `post_logout_redirect_uri` or shows a signed-out page.
pub async fn logout_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<LogoutForm>>, FormRejection>,
) -> Response {
    hosted
        .handle_form(
            state,
            form,
            unreadable_form,
            |state, mut hosted, form| async move {
                let target = if form.post_logout_redirect_uri.is_empty() {
                    None
                } else {
                    let client = clients::resolve(&state, &hosted.project, &form.client_id).await?;
                    match client {
                        Some(client)
                            if client.accepts_post_logout(&form.post_logout_redirect_uri) =>
                        {
                            let mut params = Vec::new();
                            if !form.state.is_empty() {
                                params.push(("state", form.state.as_str()));
                            }
                            Some(gatehouse_domain::oidc::with_query(
                                &form.post_logout_redirect_uri,
                                &params,
                            ))
                        }
                        _ => {
                            return Ok(unregistered_return(hosted));
                        }
                    }
                };
                signed_out(&state, &mut hosted).await?;
                Ok(match target {
                    Some(location) => hosted.redirect(&location),
                    None => signed_out_page(hosted),
                })
            },
        )
        .await
}

/// The page for a `post_logout_redirect_uri` the client did not register.
pub fn unregistered_return(hosted: Hosted) -> Response {
    hosted.error(
        StatusCode::BAD_REQUEST,
        "Sign-out could not return to the application",
        "The address to return to is not registered for this application.",
        "invalid_post_logout_redirect_uri",
    )
}

/// Ends the session and records it.
pub async fn signed_out(state: &AppState, hosted: &mut Hosted) -> anyhow::Result<()> {
    if let Some(user) = hosted.end_login_session(state).await? {
        hosted
            .audit_self(
                state,
                &user.organization_id,
                &user.id,
                Event::UserLogout,
                serde_json::Value::Null,
                state.clock.now(),
            )
            .await?;
    }
    Ok(())
}

/// The page after signing out.
pub fn signed_out_page(hosted: Hosted) -> Response {
    let login = hosted.link("login", &[]);
    hosted.page(
        StatusCode::OK,
        "You have signed out",
        html! {
            div class="notice" role="status" { "You are signed out on this device." }
            div class="links" { a href=(login) { "Sign in again" } }
        },
    )
}
