//! Accepting an invitation: the emailed link opens a page naming the organization, where the
//! invitee chooses a name and password; submitting creates their user with the invited roles
//! (email confirmed: the link proved it) and signs them in.

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::page::{alert, hidden};
use super::security::{Hosted, Posted, unreadable_form};
use super::{finish, guard};
use gatehouse_domain::mail::ActionEmail;
use gatehouse_domain::state::AppState;
use gatehouse_domain::{password, secrets, validate};
use gatehouse_storage::db::{
    self, invitations::Invitation, organizations::Organization, projects::Project,
};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::UserId;

/// Queues the invitation mail in the outbox (delivered with retries by `workers/mail.rs`).
/// Queues the invitation mail on `conn`, the transaction that writes the invitation; the
/// caller wakes the outbox worker once it commits.
pub async fn send_invitation(
    state: &AppState,
    conn: &mut sqlx::AnyConnection,
    project: &Project,
    org: &Organization,
    invitation: &Invitation,
    token: &str,
) -> anyhow::Result<()> {
    let brand = super::page::Brand::of(project).name;
    let issuer = state.config.issuer_of(project);
    let url = gatehouse_domain::oidc::with_query(
        &format!("{issuer}/invitations/accept"),
        &[("token", token)],
    );
    let days = ((invitation.expires_at - invitation.created_at) / 86_400).max(1);
    let email = ActionEmail {
        brand: brand.clone(),
        subject: format!("You are invited to join {} on {brand}", org.name),
        intro: format!(
            "You have been invited to join {} on {brand}. Accept to choose your password.",
            org.name
        ),
        action: "Accept invitation".to_owned(),
        url,
        outro: format!(
            "The link works once and expires in {days} day(s). If you did not expect this invitation, ignore this message."
        ),
    }
    .render();
    gatehouse_domain::outbox::queue_mail(
        conn,
        &state.master_key,
        &project.id,
        &invitation.email,
        &email,
        state.clock.now(),
    )
    .await
}

/// Query of the accept page.
#[derive(Debug, Deserialize)]
pub struct AcceptQuery {
    token: Option<String>,
}

/// The accept form.
#[derive(Debug, Deserialize)]
pub struct AcceptForm {
    token: String,
    name: String,
    password: String,
}

enum Lookup {
    Usable(Box<(Invitation, Organization)>),
    Refused(&'static str, &'static str, &'static str),
}

async fn lookup(state: &AppState, hosted: &Hosted, token: &str) -> anyhow::Result<Lookup> {
    let invalid = Lookup::Refused(
        "This invitation link is not valid",
        "Check that you copied the whole link, or ask for a new invitation.",
        "invitation_invalid",
    );
    if token.is_empty() || token.len() > 100 {
        return Ok(invalid);
    }
    let Some(invitation) =
        db::invitations::find_by_token(&state.db, &hosted.project.id, &secrets::hash_secret(token))
            .await?
    else {
        return Ok(invalid);
    };
    if invitation.accepted_at.is_some() {
        return Ok(Lookup::Refused(
            "This invitation was already accepted",
            "Sign in with the password you chose.",
            "invitation_used",
        ));
    }
    if invitation.revoked_at.is_some() {
        return Ok(Lookup::Refused(
            "This invitation was withdrawn",
            "Ask your administrator for a new invitation.",
            "invitation_revoked",
        ));
    }
    if invitation.expires_at <= state.clock.now() {
        return Ok(Lookup::Refused(
            "This invitation has expired",
            "Ask your administrator to send it again.",
            "invitation_expired",
        ));
    }
    match db::organizations::get(&state.db, &hosted.project.id, &invitation.organization_id).await?
    {
        Some(org) => Ok(Lookup::Usable(Box::new((invitation, org)))),
        None => Ok(invalid),
    }
}

fn accept_form(
    hosted: Hosted,
    status: StatusCode,
    token: &str,
    invitation: &Invitation,
    org: &Organization,
    error: Option<&str>,
) -> Response {
    let action = hosted.link("invitations/accept", &[]);
    let csrf = hosted.csrf.clone();
    hosted.page(
        status,
        &format!("Join {}", org.name),
        html! {
            p class="muted" { "You were invited as " strong { (invitation.email) } "." }
            (alert(error))
            form method="post" action=(action) {
                (hidden(&csrf, None))
                input type="hidden" name="token" value=(token);
                input type="email" name="username" value=(invitation.email) autocomplete="username" hidden;
                label for="name" { "Full name" }
                input id="name" name="name" type="text" autocomplete="name" required autofocus;
                label for="password" { "Password" }
                input id="password" name="password" type="password" autocomplete="new-password" required
                    minlength=(validate::MIN_PASSWORD_CHARS) aria-describedby="password-hint";
                p class="hint" id="password-hint" { "At least " (validate::MIN_PASSWORD_CHARS) " characters." }
                button type="submit" { "Accept invitation" }
            }
        },
    )
}

/// `GET {issuer}/invitations/accept?token=...`
pub async fn accept_page(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<AcceptQuery>, QueryRejection>,
) -> Response {
    let token = query.ok().and_then(|Query(q)| q.token).unwrap_or_default();
    let brand = hosted.brand.clone();
    guard(brand, async move {
        Ok(match lookup(&state, &hosted, &token).await? {
            Lookup::Usable(found) => {
                let (invitation, org) = *found;
                accept_form(hosted, StatusCode::OK, &token, &invitation, &org, None)
            }
            Lookup::Refused(title, message, code) => {
                hosted.error(StatusCode::BAD_REQUEST, title, message, code)
            }
        })
    })
    .await
}

/// `POST {issuer}/invitations/accept`
pub async fn accept_submit(
    State(state): State<AppState>,
    hosted: Hosted,
    form: Result<Form<Posted<AcceptForm>>, FormRejection>,
) -> Response {
    hosted.handle_form(state, form, unreadable_form, |state, hosted, form| async move {
        let (invitation, org) = match lookup(&state, &hosted, &form.token).await? {
            Lookup::Usable(found) => *found,
            Lookup::Refused(title, message, code) => {
                return Ok(hosted.error(StatusCode::BAD_REQUEST, title, message, code));
            }
        };
        let Ok(name) = validate::name("name", &form.name) else {
            return Ok(accept_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, &form.token, &invitation, &org, Some("Enter your name (1 to 200 characters).")));
        };
        if let Err(err) = validate::password(&form.password) {
            let message = err.message;
            return Ok(accept_form(hosted, StatusCode::UNPROCESSABLE_ENTITY, &form.token, &invitation, &org, Some(&message)));
        }
        let now = state.clock.now();
        if !db::invitations::accept(&state.db, &hosted.project.id, &invitation.id, now).await? {
            return Ok(hosted.error(StatusCode::BAD_REQUEST, "This invitation was already accepted", "Sign in with the password you chose.", "invitation_used"));
        }
        let password_hash = password::hash(form.password).await?;
        let user = db::users::User {
            id: UserId::generate(),
            project_id: hosted.project.id.clone(),
            organization_id: org.id.clone(),
            email: invitation.email.clone(),
            email_verified: true,
            name: Some(name),
            has_password: true,
            totp_enabled_at: None,
            deactivated_at: None,
            created_at: now,
            updated_at: now,
        };
        let mut tx = state.db.begin().await?;
        if let db::users::Write::EmailTaken = db::users::insert(&mut *tx, &user).await? {
            let login = hosted.link("login", &[("login_hint", invitation.email.as_str())]);
            return Ok(hosted.page(StatusCode::CONFLICT, "You already have an account", html! {
                p { "An account with " strong { (invitation.email) } " already exists in " (org.name) "." }
                div class="links" { a href=(login) { "Sign in" } }
            }));
        }
        db::credentials::set_password(&mut *tx, &hosted.project.id, &user.id, &password_hash, now).await?;
        let roles: Vec<String> = db::from_json_text(&invitation.roles)?;
        db::rbac::set_user_roles(&mut tx, &hosted.project.id, &user.id, &roles).await?;
        db::invitations::set_accepted_user(&mut *tx, &hosted.project.id, &invitation.id, &user.id).await?;
        db::audit::record_in(
            &mut tx,
            &db::audit::Entry {
                project_id: &hosted.project.id,
                organization_id: Some(&org.id),
                actor: Some(&user.id),
                action: Event::InvitationAccepted,
                target: Some(&invitation.id),
                ip: hosted.client.ip.as_deref(),
                user_agent: hosted.client.user_agent.as_deref(),
                details: serde_json::json!({"user_id": user.id, "roles": roles}),
            },
            now,
        )
        .await?;
        tx.commit().await?;
        finish(&state, hosted, None, &user, &super::password_and_address()).await
    })
    .await
}
