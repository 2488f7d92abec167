//! Self-serve invitations: an organization's owners and admins (or members holding the
//! `members.invite` action) invite people to their own organization with their access token.
//! The organization comes from the token, and nobody can hand out a role they do not hold;
//! the caller's roles and actions are read from the database at every request, so a
//! demotion takes effect at once.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::invitations::{CreateInvitation, InvitationBody, InvitationList, invite, revoke};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, Member};
use gatehouse_domain::state::AppState;
use gatehouse_storage::db::{self, rbac::Grants};

/// The action that lets a member invite without an admin role.
pub const INVITE_ACTION: &str = "members.invite";

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            create_organization_invitation,
            list_organization_invitations
        ))
        .routes(routes!(revoke_organization_invitation))
}

/// The caller's current grants, when they allow inviting.
async fn authorize(state: &AppState, member: &Member) -> ApiResult<Grants> {
    let grants = member.current_grants(state).await?;
    if grants.has_role(db::rbac::OWNER_ROLE)
        || grants.has_role("admin")
        || grants.has_action(INVITE_ACTION)
    {
        Ok(grants)
    } else {
        Err(ApiError::Forbidden {
            code: "forbidden",
            message: format!(
                "inviting needs the owner or admin role or the '{INVITE_ACTION}' action"
            ),
        })
    }
}

async fn organization(
    state: &AppState,
    member: &Member,
) -> ApiResult<db::organizations::Organization> {
    db::organizations::get(
        &state.db,
        &member.project.id,
        member.claims.organization_id(),
    )
    .await?
    .ok_or(ApiError::NotFound("organization"))
}

/// Invite someone to the caller's organization (the link is emailed to them).
#[utoipa::path(
    post,
    path = "/p/{project_id}/v1/organization/invitations",
    operation_id = "create_organization_invitation",
    tag = "self_serve",
    security(("access_token" = [])),
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    request_body = CreateInvitation,
    responses(
        (status = 201, description = "Created and emailed", body = InvitationBody),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to invite, or granting a role the caller does not hold", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 409, description = "Already a user of the organization (`email_taken`)", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_organization_invitation(
    member: Member,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateInvitation>,
) -> ApiResult<(StatusCode, Json<InvitationBody>)> {
    let grants = authorize(&state, &member).await?;
    let default_roles = [db::rbac::DEFAULT_ROLE.to_owned()];
    let roles = body.roles.as_deref().unwrap_or(&default_roles);
    // Owners may invite with any role; others only with roles they hold.
    if !grants.has_role(db::rbac::OWNER_ROLE)
        && let Some(role) = roles
            .iter()
            .find(|r| !grants.has_role(r) && r.as_str() != db::rbac::DEFAULT_ROLE)
    {
        return Err(ApiError::Forbidden {
            code: "forbidden",
            message: format!("you cannot grant the role '{role}', which you do not hold"),
        });
    }
    let org = organization(&state, &member).await?;
    let created = invite(
        &state,
        &member.project,
        &org,
        &body,
        Some(member.claims.user_id()),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// List the caller's organization's invitations (the first 100, oldest first).
#[utoipa::path(
    get,
    path = "/p/{project_id}/v1/organization/invitations",
    operation_id = "list_organization_invitations",
    tag = "self_serve",
    security(("access_token" = [])),
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    responses(
        (status = 200, description = "Invitations", body = InvitationList),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to invite", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn list_organization_invitations(
    member: Member,
    State(state): State<AppState>,
) -> ApiResult<Json<InvitationList>> {
    authorize(&state, &member).await?;
    let org = organization(&state, &member).await?;
    let rows = db::invitations::list(&state.db, &member.project.id, &org.id, None, 100).await?;
    let now = state.clock.now();
    Ok(Json(InvitationList {
        data: rows
            .into_iter()
            .map(|i| InvitationBody::from_record(i, now))
            .collect::<anyhow::Result<_>>()?,
        next_cursor: None,
    }))
}

/// Revoke a pending invitation of the caller's organization.
#[utoipa::path(
    delete,
    path = "/p/{project_id}/v1/organization/invitations/{invitation_id}",
    operation_id = "revoke_organization_invitation",
    tag = "self_serve",
    security(("access_token" = [])),
    params(
        ("project_id" = String, Path, description = "Project id, `proj_...`"),
        ("invitation_id" = String, Path, description = "`inv_...`"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to invite", body = ErrorBody),
        (status = 404, description = "No such invitation in the caller's organization", body = ErrorBody),
        (status = 409, description = "Already accepted or revoked (`invitation_not_pending`)", body = ErrorBody),
    )
)]
async fn revoke_organization_invitation(
    member: Member,
    State(state): State<AppState>,
    ApiPath((_project_id, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    authorize(&state, &member).await?;
    revoke(
        &state,
        &member.project.id,
        member.claims.organization_id(),
        &id,
        member.claims.user_id(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
