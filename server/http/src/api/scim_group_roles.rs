//! The roles an organization's SCIM groups give their members (issue 23 item 4). The
//! directory (Entra ID, Okta, ...) owns the groups and who is in them (`scim/groups.rs`); the
//! project's backend maps each group, by its SCIM id, to role keys here. Members hold those
//! roles while they are active members, beside the roles granted by hand (`roles` of
//! `update_user`), and lose exactly what a group gave when they leave it
//! (`db/scim_group_roles.rs`).
//!
//! Groups are named by their SCIM id, not their displayName: a rename in the directory then
//! keeps its roles, and a new group that takes an old name gets nothing until it is mapped,
//! so a mistake in the directory fails closed. `list_scim_group_roles` shows the displayName
//! beside each id to find the group.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, scim_group_roles};
use gatehouse_storage::ids::IdKind;

/// A SCIM group of the organization and the roles it gives its members.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "group_id": "group_01jdq7m5yb6k3r2x9v8w4n1c0c", "display_name": "Engineering",
    "roles": ["admin"]
}))]
pub struct ScimGroupRoles {
    /// The group's SCIM id, `group_...`.
    pub group_id: String,
    /// The group's SCIM displayName, as the directory last sent it.
    pub display_name: String,
    /// Keys of the roles every active member holds through this group, sorted.
    pub roles: Vec<String>,
}

impl From<scim_group_roles::GroupRoles> for ScimGroupRoles {
    fn from(group: scim_group_roles::GroupRoles) -> Self {
        Self {
            group_id: group.group_id,
            display_name: group.display_name,
            roles: group.roles,
        }
    }
}

/// Body of `set_scim_group_roles`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"roles": ["admin"]}))]
pub struct SetScimGroupRoles {
    /// The complete new list of role keys the group gives (empty: none). Each names a
    /// project-wide role or a custom role of this organization.
    pub roles: Vec<String>,
}

/// A page of the organization's SCIM groups with their roles.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ScimGroupRolesList {
    /// Groups in id (creation) order, mapped or not.
    pub data: Vec<ScimGroupRoles>,
    /// Pass as `starting_after` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_scim_group_roles`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListScimGroupRolesQuery {
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Return groups after this one (`next_cursor` of the previous page).
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_scim_group_roles))
        .routes(routes!(get_scim_group_roles, set_scim_group_roles))
}

async fn organization(state: &AppState, auth: &ProjectAuth, id: &str) -> ApiResult<String> {
    let id = validate::id(IdKind::Organization, "organization_id", id)?;
    db::organizations::get(&state.db, &auth.project.id, &id)
        .await?
        .ok_or(ApiError::NotFound("organization"))?;
    Ok(id)
}

/// List an organization's SCIM groups with the roles each gives its members.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/scim_group_roles",
    operation_id = "list_scim_group_roles",
    tag = "scim_group_roles",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ListScimGroupRolesQuery,
    ),
    responses(
        (status = 200, description = "A page of groups", body = ScimGroupRolesList),
        (status = 400, description = "Malformed id, limit or cursor", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_scim_group_roles(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiQuery(query): ApiQuery<ListScimGroupRolesQuery>,
) -> ApiResult<Json<ScimGroupRolesList>> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let page = PageRequest::parse(query.limit, query.starting_after.as_deref(), IdKind::Group)?;
    let rows = scim_group_roles::list(
        &state.db,
        &auth.project.id,
        &organization_id,
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |group| &group.group_id);
    Ok(Json(ScimGroupRolesList {
        data: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}

/// Get the roles one SCIM group of the organization gives its members.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/scim_group_roles/{group_id}",
    operation_id = "get_scim_group_roles",
    tag = "scim_group_roles",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("group_id" = String, Path, description = "The SCIM group's id, `group_...`"),
    ),
    responses(
        (status = 200, description = "The group and its roles", body = ScimGroupRoles),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization, or no such group in it", body = ErrorBody),
    )
)]
async fn get_scim_group_roles(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, group_id)): ApiPath<(String, String)>,
) -> ApiResult<Json<ScimGroupRoles>> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let group_id = validate::id(IdKind::Group, "group_id", &group_id)?;
    let group = scim_group_roles::get(&state.db, &auth.project.id, &organization_id, &group_id)
        .await?
        .ok_or(ApiError::NotFound("scim_group"))?;
    Ok(Json(group.into()))
}

/// Replace the roles a SCIM group of the organization gives its members. Every active member
/// gets the new roles and loses the ones dropped (unless another group or a hand grant still
/// gives them) in the same transaction; sessions see the change at their next refresh.
#[utoipa::path(
    put,
    path = "/organizations/{organization_id}/scim_group_roles/{group_id}",
    operation_id = "set_scim_group_roles",
    tag = "scim_group_roles",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("group_id" = String, Path, description = "The SCIM group's id, `group_...`"),
    ),
    request_body = SetScimGroupRoles,
    responses(
        (status = 200, description = "The group and its new roles", body = ScimGroupRoles),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization, or no such group in it", body = ErrorBody),
        (status = 422, description = "Invalid role key, or no such role for this organization (`unknown_role`)", body = ErrorBody),
    )
)]
async fn set_scim_group_roles(
    auth: ProjectAuth,
    State(state): State<AppState>,
    Caller(client): Caller,
    ApiPath((organization_id, group_id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<SetScimGroupRoles>,
) -> ApiResult<Json<ScimGroupRoles>> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let group_id = validate::id(IdKind::Group, "group_id", &group_id)?;
    let roles =
        super::users::role_keys(&state, &auth.project.id, &organization_id, &body.roles).await?;
    let change = scim_group_roles::MappingChange {
        project_id: &auth.project.id,
        organization_id: &organization_id,
        actor: db::audit::SECRET_KEY_ACTOR,
        ip: client.ip.as_deref(),
        user_agent: client.user_agent.as_deref(),
    };
    match scim_group_roles::set(&state.db, &change, &group_id, &roles, state.clock.now()).await? {
        Ok((group, _)) => Ok(Json(group.into())),
        Err(scim_group_roles::MappingRefusal::GroupNotFound) => {
            Err(ApiError::NotFound("scim_group"))
        }
        Err(scim_group_roles::MappingRefusal::UnknownRole(key)) => Err(ApiError::invalid_field(
            "unknown_role",
            "roles",
            format!("no role '{key}' exists for this organization"),
        )),
    }
}
