//! Invitations to an organization: the backend API creates one (email, roles, expiry), the
//! server emails a single-use link to the hosted page where the invitee sets a password and
//! becomes a user; invitations can be listed, resent (a new link; the old one stops working)
//! and revoked.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, ProjectAuth};
use crate::hosted::invitations::send_invitation;
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, validate};
use gatehouse_storage::db::{self, invitations::Invitation};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

/// Default validity of an invitation link.
const DEFAULT_DAYS: i64 = 7;
/// Longest validity of an invitation link.
const MAX_DAYS: i64 = 30;

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Waiting for the invitee.
    Pending,
    /// The invitee joined.
    Accepted,
    /// Revoked by an administrator.
    Revoked,
    /// The link expired unused (resend to renew it).
    Expired,
}

/// An invitation (never includes the link's secret).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct InvitationBody {
    /// `inv_...`
    pub id: String,
    /// The organization to join.
    pub organization_id: String,
    /// The invitee's email.
    pub email: String,
    /// Roles the new user gets.
    pub roles: Vec<String>,
    /// Status.
    pub status: InvitationStatus,
    /// The user the invitation created, once accepted.
    pub user_id: Option<String>,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 expiry of the current link.
    #[schema(format = DateTime)]
    pub expires_at: String,
}

impl InvitationBody {
    pub(crate) fn from_record(invitation: Invitation, now: i64) -> anyhow::Result<Self> {
        let status = if invitation.accepted_at.is_some() {
            InvitationStatus::Accepted
        } else if invitation.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if invitation.expires_at <= now {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        };
        Ok(Self {
            roles: db::from_json_text(&invitation.roles)?,
            id: invitation.id,
            organization_id: invitation.organization_id.into(),
            email: invitation.email,
            status,
            user_id: invitation.accepted_user_id,
            created_at: timestamp(invitation.created_at),
            expires_at: timestamp(invitation.expires_at),
        })
    }
}

/// Body of `create_invitation`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"email": "grace@acme.com", "roles": ["admin"], "expires_in_days": 7}))]
pub struct CreateInvitation {
    /// The invitee's email.
    pub email: String,
    /// Role keys (project-wide or custom roles of the organization); default `["member"]`.
    pub roles: Option<Vec<String>>,
    /// Days the link stays valid, 1 to 30 (default 7).
    #[serde(default, deserialize_with = "super::numbers::optional")]
    pub expires_in_days: Option<i64>,
}

/// A page of invitations.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct InvitationList {
    /// Invitations, oldest first.
    pub data: Vec<InvitationBody>,
    /// Cursor for the next page (`starting_after`), null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_invitations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Id of the last invitation of the previous page.
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_invitation, list_invitations))
        .routes(routes!(get_invitation, revoke_invitation))
        .routes(routes!(resend_invitation))
}

async fn invitation(
    state: &AppState,
    project_id: &str,
    organization_id: &str,
    id: &str,
) -> ApiResult<Invitation> {
    if !IdKind::Invitation.matches(id) {
        return Err(ApiError::NotFound("invitation"));
    }
    db::invitations::get(&state.db, project_id, organization_id, id)
        .await?
        .ok_or(ApiError::NotFound("invitation"))
}

/// Invite someone to an organization; the link is emailed to them (never returned).
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/invitations",
    operation_id = "create_invitation",
    tag = "invitations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "`org_...`")),
    request_body = CreateInvitation,
    responses(
        (status = 201, description = "Created and emailed", body = InvitationBody),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "The organization already has a user with that email (`email_taken`)", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_invitation(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<CreateInvitation>,
) -> ApiResult<(StatusCode, Json<InvitationBody>)> {
    let org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let created = invite(&state, &auth.project, &org, &body, None).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Creates and emails an invitation to `org` (shared by the backend and self-serve APIs);
/// `invited_by` is the inviting user, if any.
pub(crate) async fn invite(
    state: &AppState,
    project: &db::projects::Project,
    org: &db::organizations::Organization,
    body: &CreateInvitation,
    invited_by: Option<&str>,
) -> ApiResult<InvitationBody> {
    let email = validate::email("email", &body.email)?;
    let days = body.expires_in_days.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(ApiError::invalid_field(
            "invalid_expiry",
            "expires_in_days",
            format!("expires_in_days must be between 1 and {MAX_DAYS}"),
        ));
    }
    let default_roles = [db::rbac::DEFAULT_ROLE.to_owned()];
    let roles = super::users::role_keys(
        state,
        &project.id,
        &org.id,
        body.roles.as_deref().unwrap_or(&default_roles),
    )
    .await?;
    if db::users::find_by_email(&state.db, &project.id, &org.id, &email)
        .await?
        .is_some()
    {
        return Err(ApiError::conflict(
            "email_taken",
            Some("email"),
            "this organization already has a user with that email address",
        ));
    }
    let now = state.clock.now();
    let token = secrets::random_token(32);
    let invitation = Invitation {
        id: IdKind::Invitation.generate(),
        project_id: project.id.clone(),
        organization_id: org.id.clone(),
        email,
        roles: db::to_json_text(&roles)?,
        token_hash: secrets::hash_secret(&token),
        invited_by: invited_by.map(str::to_owned),
        created_at: now,
        expires_at: now + days * 86_400,
        accepted_at: None,
        accepted_user_id: None,
        revoked_at: None,
    };
    // The invitation, its mail and its audit event commit together.
    let mut tx = state.db.begin().await?;
    db::invitations::insert(&mut *tx, &invitation).await?;
    send_invitation(state, &mut tx, project, org, &invitation, &token).await?;
    db::audit::record_in(
        &mut tx,
        &db::audit::Entry {
            organization_id: Some(&org.id),
            actor: invited_by.or(Some(db::audit::SECRET_KEY_ACTOR)),
            target: Some(&invitation.id),
            ..db::audit::Entry::new(&project.id, Event::InvitationCreated)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    state.wake_outbox();
    Ok(InvitationBody::from_record(invitation, now)?)
}

/// List an organization's invitations, oldest first.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/invitations",
    operation_id = "list_invitations",
    tag = "invitations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "`org_...`"), ListQuery),
    responses(
        (status = 200, description = "A page of invitations", body = InvitationList),
        (status = 400, description = "Invalid query", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_invitations(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> ApiResult<Json<InvitationList>> {
    let org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let page = PageRequest::parse(
        query.limit,
        query.starting_after.as_deref(),
        IdKind::Invitation,
    )?;
    let rows = db::invitations::list(
        &state.db,
        &auth.project.id,
        &org.id,
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |i| &i.id);
    let now = state.clock.now();
    Ok(Json(InvitationList {
        data: rows
            .into_iter()
            .map(|i| InvitationBody::from_record(i, now))
            .collect::<anyhow::Result<_>>()?,
        next_cursor,
    }))
}

/// Get one invitation.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/invitations/{invitation_id}",
    operation_id = "get_invitation",
    tag = "invitations",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "`org_...`"),
        ("invitation_id" = String, Path, description = "`inv_...`"),
    ),
    responses(
        (status = 200, description = "The invitation", body = InvitationBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such invitation in this organization", body = ErrorBody),
    )
)]
async fn get_invitation(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<InvitationBody>> {
    let found = invitation(&state, &auth.project.id, &organization_id, &id).await?;
    Ok(Json(InvitationBody::from_record(found, state.clock.now())?))
}

/// Revoke a pending invitation; its link stops working.
#[utoipa::path(
    delete,
    path = "/organizations/{organization_id}/invitations/{invitation_id}",
    operation_id = "revoke_invitation",
    tag = "invitations",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "`org_...`"),
        ("invitation_id" = String, Path, description = "`inv_...`"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such invitation in this organization", body = ErrorBody),
        (status = 409, description = "Already accepted or revoked (`invitation_not_pending`)", body = ErrorBody),
    )
)]
async fn revoke_invitation(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    revoke(
        &state,
        &auth.project.id,
        &organization_id,
        &id,
        db::audit::SECRET_KEY_ACTOR,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Revokes a pending invitation of an organization, on behalf of `actor` (a user ID, or
/// `secret_key`); `invitation_not_pending` (409) when it was already accepted or revoked.
pub async fn revoke(
    state: &AppState,
    project_id: &str,
    organization_id: &str,
    id: &str,
    actor: &str,
) -> ApiResult<()> {
    let found = invitation(state, project_id, organization_id, id).await?;
    let now = state.clock.now();
    if !db::invitations::revoke(&state.db, project_id, &found.id, now).await? {
        return Err(ApiError::conflict(
            "invitation_not_pending",
            None,
            "the invitation was already accepted or revoked",
        ));
    }
    db::audit::record(
        &state.db,
        &db::audit::Entry {
            organization_id: Some(&found.organization_id),
            actor: Some(actor),
            target: Some(&found.id),
            ..db::audit::Entry::new(project_id, Event::InvitationRevoked)
        },
        now,
    )
    .await?;
    Ok(())
}

/// Send a pending (or expired) invitation again with a new link and a fresh expiry; the
/// previous link stops working.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/invitations/{invitation_id}/resend",
    operation_id = "resend_invitation",
    tag = "invitations",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "`org_...`"),
        ("invitation_id" = String, Path, description = "`inv_...`"),
    ),
    responses(
        (status = 200, description = "Sent again", body = InvitationBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such invitation in this organization", body = ErrorBody),
        (status = 409, description = "Already accepted or revoked (`invitation_not_pending`)", body = ErrorBody),
    )
)]
async fn resend_invitation(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<InvitationBody>> {
    let org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let mut found = invitation(&state, &auth.project.id, &org.id, &id).await?;
    if found.accepted_at.is_some() || found.revoked_at.is_some() {
        return Err(ApiError::conflict(
            "invitation_not_pending",
            None,
            "the invitation was already accepted or revoked",
        ));
    }
    let now = state.clock.now();
    let validity = (found.expires_at - found.created_at).clamp(86_400, MAX_DAYS * 86_400);
    let token = secrets::random_token(32);
    found.token_hash = secrets::hash_secret(&token);
    found.expires_at = now + validity;
    let mut tx = state.db.begin().await?;
    db::invitations::renew(&mut *tx, &found, &found.token_hash, found.expires_at).await?;
    send_invitation(&state, &mut tx, &auth.project, &org, &found, &token).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        Some(&org.id),
        Event::InvitationResent,
        &found.id,
        now,
    )
    .await?;
    tx.commit().await?;
    state.wake_outbox();
    Ok(Json(InvitationBody::from_record(found, now)?))
}
