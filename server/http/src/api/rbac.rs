//! Role-based access control: the project's catalogue of actions (permissions such as
//! `invoices.read`) and roles that group them. Roles are project-wide or custom to one
//! organization; every project has the built-in `owner` (every action), `admin` and
//! `member` (the default for new users). Users' roles are set through the users API.
//! Access tokens carry the user's role keys and the expanded actions; changes reach a
//! session at its next refresh.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, rbac};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

/// An action (permission) of the catalogue.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Action {
    /// Name, such as `invoices.read`.
    pub name: String,
    /// What it allows.
    pub description: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// Body of `create_action`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "invoices.write", "description": "Create and edit invoices"}))]
pub struct CreateAction {
    /// 1 to 64 lowercase letters, digits and `_ . : -`.
    pub name: String,
    /// What it allows (at most 200 characters).
    #[serde(default)]
    pub description: String,
}

/// The project's actions.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActionList {
    /// Actions by name.
    pub data: Vec<Action>,
}

/// A role.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Role {
    /// Identifier, `role_...`.
    pub id: String,
    /// Key used in tokens and assignments.
    pub key: String,
    /// Display name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// The organization of a custom role; null for project-wide roles.
    pub organization_id: Option<String>,
    /// Actions it grants (`owner` grants every action whatever this lists).
    pub actions: Vec<String>,
    /// Built-in roles cannot be deleted.
    pub built_in: bool,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl From<rbac::Role> for Role {
    fn from(role: rbac::Role) -> Self {
        Self {
            id: role.id,
            key: role.key,
            name: role.name,
            description: role.description,
            organization_id: role.organization_id.map(String::from),
            actions: role.actions,
            built_in: role.built_in,
            created_at: timestamp(role.created_at),
            updated_at: timestamp(role.updated_at),
        }
    }
}

/// Body of `create_role`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"key": "billing-manager", "name": "Billing manager", "actions": ["invoices.read", "invoices.write"]}))]
pub struct CreateRole {
    /// 1 to 64 lowercase letters, digits and `_ . : -`; unique where the role is visible.
    pub key: String,
    /// Display name.
    pub name: String,
    /// What it is for.
    #[serde(default)]
    pub description: String,
    /// Actions it grants; each must be in the catalogue.
    #[serde(default)]
    pub actions: Vec<String>,
    /// Make it a custom role of this organization instead of a project-wide role.
    pub organization_id: Option<String>,
}

/// Body of `update_role`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRole {
    /// New display name.
    pub name: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// The complete new list of actions.
    pub actions: Option<Vec<String>>,
}

/// Roles.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RoleList {
    /// Built-in roles first, then project-wide, then custom roles.
    pub data: Vec<Role>,
}

/// Query of `list_roles`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListRolesQuery {
    /// Only roles visible to this organization (project-wide and its custom roles).
    pub organization_id: Option<String>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_action, list_actions))
        .routes(routes!(delete_action))
        .routes(routes!(create_role, list_roles))
        .routes(routes!(get_role, update_role, delete_role))
}

fn description(value: &str) -> ApiResult<String> {
    if value.chars().count() > validate::MAX_NAME_CHARS {
        return Err(ApiError::invalid_field(
            "value_too_long",
            "description",
            format!(
                "description must be at most {} characters",
                validate::MAX_NAME_CHARS
            ),
        ));
    }
    Ok(value.trim().to_owned())
}

/// Validates action names and checks each is in the catalogue.
async fn catalogue_actions(
    state: &AppState,
    project_id: &str,
    actions: &[String],
) -> ApiResult<Vec<String>> {
    let actions = validate::grants("actions", actions)?;
    let catalogue = rbac::list_actions(&state.db, project_id).await?;
    if let Some(unknown) = actions
        .iter()
        .find(|a| !catalogue.iter().any(|c| &c.name == *a))
    {
        return Err(ApiError::invalid_field(
            "unknown_action",
            "actions",
            format!(
                "'{unknown}' is not in the project's catalogue; create it with POST /v1/actions"
            ),
        ));
    }
    Ok(actions)
}

/// Add an action to the project's catalogue.
#[utoipa::path(
    post,
    path = "/actions",
    operation_id = "create_action",
    tag = "rbac",
    security(("secret_key" = [])),
    request_body = CreateAction,
    responses(
        (status = 201, description = "Created", body = Action),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 409, description = "The action exists", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_action(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateAction>,
) -> ApiResult<(StatusCode, Json<Action>)> {
    let name = validate::grants("name", std::slice::from_ref(&body.name))?
        .pop()
        .ok_or_else(|| ApiError::invalid_field("invalid_grant_name", "name", "name is required"))?;
    let action = rbac::Action {
        name,
        description: description(&body.description)?,
        created_at: state.clock.now(),
    };
    if !rbac::insert_action(&state.db, &auth.project.id, &action).await? {
        return Err(ApiError::conflict(
            "action_exists",
            Some("name"),
            format!("action '{}' already exists", action.name),
        ));
    }
    Ok((
        StatusCode::CREATED,
        Json(Action {
            name: action.name,
            description: action.description,
            created_at: timestamp(action.created_at),
        }),
    ))
}

/// List the project's actions.
#[utoipa::path(
    get,
    path = "/actions",
    operation_id = "list_actions",
    tag = "rbac",
    security(("secret_key" = [])),
    responses(
        (status = 200, description = "The catalogue", body = ActionList),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_actions(
    auth: ProjectAuth,
    State(state): State<AppState>,
) -> ApiResult<Json<ActionList>> {
    let actions = rbac::list_actions(&state.db, &auth.project.id).await?;
    Ok(Json(ActionList {
        data: actions
            .into_iter()
            .map(|a| Action {
                name: a.name,
                description: a.description,
                created_at: timestamp(a.created_at),
            })
            .collect(),
    }))
}

/// Remove an action from the catalogue (refused while a role lists it).
#[utoipa::path(
    delete,
    path = "/actions/{action_name}",
    operation_id = "delete_action",
    tag = "rbac",
    security(("secret_key" = [])),
    params(("action_name" = String, Path, description = "Action name")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such action", body = ErrorBody),
        (status = 409, description = "A role still lists it", body = ErrorBody),
    )
)]
async fn delete_action(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(name): ApiPath<String>,
) -> ApiResult<StatusCode> {
    if rbac::action_in_use(&state.db, &auth.project.id, &name).await? {
        return Err(ApiError::conflict(
            "action_in_use",
            None,
            format!("remove '{name}' from every role before deleting it"),
        ));
    }
    if rbac::delete_action(&state.db, &auth.project.id, &name).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound("action"))
    }
}

/// Create a project-wide role, or a custom role of one organization.
#[utoipa::path(
    post,
    path = "/roles",
    operation_id = "create_role",
    tag = "rbac",
    security(("secret_key" = [])),
    request_body = CreateRole,
    responses(
        (status = 201, description = "Created", body = Role),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "The key is taken where the role would be visible", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_role(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateRole>,
) -> ApiResult<(StatusCode, Json<Role>)> {
    let project_id = auth.project.id.clone();
    let key = validate::grants("key", std::slice::from_ref(&body.key))?
        .pop()
        .ok_or_else(|| ApiError::invalid_field("invalid_grant_name", "key", "key is required"))?;
    let name = validate::name("name", &body.name)?;
    let description = description(&body.description)?;
    let organization_id = match body.organization_id.as_deref() {
        Some(id) => {
            let id = validate::id(IdKind::Organization, "organization_id", id)?;
            let org = db::organizations::get(&state.db, &project_id, &id)
                .await?
                .ok_or(ApiError::NotFound("organization"))?;
            Some(org.id)
        }
        None => None,
    };
    let actions = catalogue_actions(&state, &project_id, &body.actions).await?;
    if rbac::key_clashes(
        &state.db,
        &project_id,
        organization_id.as_deref().unwrap_or(""),
        &key,
    )
    .await?
    {
        return Err(ApiError::conflict(
            "role_key_taken",
            Some("key"),
            format!("a role with key '{key}' is already visible there"),
        ));
    }
    let now = state.clock.now();
    let role = rbac::Role {
        id: IdKind::Role.generate(),
        project_id,
        organization_id,
        key,
        name,
        description,
        actions,
        built_in: false,
        created_at: now,
        updated_at: now,
    };
    let mut tx = state.db.begin().await?;
    rbac::insert_role(&mut tx, &role).await?;
    let org = role.organization_id.as_deref();
    db::audit::admin_change_in(
        &mut tx,
        &role.project_id,
        org,
        Event::RoleCreated,
        &role.id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(role.into())))
}

/// List roles.
#[utoipa::path(
    get,
    path = "/roles",
    operation_id = "list_roles",
    tag = "rbac",
    security(("secret_key" = [])),
    params(ListRolesQuery),
    responses(
        (status = 200, description = "Roles", body = RoleList),
        (status = 400, description = "Malformed organization id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_roles(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListRolesQuery>,
) -> ApiResult<Json<RoleList>> {
    let organization_id = query
        .organization_id
        .as_deref()
        .map(|id| validate::id(IdKind::Organization, "organization_id", id))
        .transpose()?;
    // Projects created before roles existed get their built-in roles on first look.
    rbac::ensure_built_in_roles(&state.db, &auth.project.id, state.clock.now()).await?;
    let roles = rbac::list_roles(&state.db, &auth.project.id, organization_id.as_deref()).await?;
    Ok(Json(RoleList {
        data: roles.into_iter().map(Into::into).collect(),
    }))
}

async fn load(state: &AppState, project_id: &str, id: &str) -> ApiResult<rbac::Role> {
    let id = validate::id(IdKind::Role, "role_id", id)?;
    rbac::get_role(&state.db, project_id, &id)
        .await?
        .ok_or(ApiError::NotFound("role"))
}

/// Get a role.
#[utoipa::path(
    get,
    path = "/roles/{role_id}",
    operation_id = "get_role",
    tag = "rbac",
    security(("secret_key" = [])),
    params(("role_id" = String, Path, description = "Role id, `role_...`")),
    responses(
        (status = 200, description = "The role", body = Role),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such role in this project", body = ErrorBody),
    )
)]
async fn get_role(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Role>> {
    Ok(Json(load(&state, &auth.project.id, &id).await?.into()))
}

/// Change a role's name, description or actions (built-in roles too).
#[utoipa::path(
    patch,
    path = "/roles/{role_id}",
    operation_id = "update_role",
    tag = "rbac",
    security(("secret_key" = [])),
    params(("role_id" = String, Path, description = "Role id, `role_...`")),
    request_body = UpdateRole,
    responses(
        (status = 200, description = "The updated role", body = Role),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such role in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_role(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateRole>,
) -> ApiResult<Json<Role>> {
    let mut role = load(&state, &auth.project.id, &id).await?;
    if let Some(name) = &body.name {
        role.name = validate::name("name", name)?;
    }
    if let Some(text) = &body.description {
        role.description = description(text)?;
    }
    if let Some(actions) = &body.actions {
        role.actions = catalogue_actions(&state, &auth.project.id, actions).await?;
    }
    role.updated_at = state.clock.now();
    let mut tx = state.db.begin().await?;
    rbac::update_role(&mut tx, &role).await?;
    let org = role.organization_id.as_deref();
    db::audit::admin_change_in(
        &mut tx,
        &role.project_id,
        org,
        Event::RoleUpdated,
        &role.id,
        role.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(role.into()))
}

/// Delete a custom role; users holding it lose it.
#[utoipa::path(
    delete,
    path = "/roles/{role_id}",
    operation_id = "delete_role",
    tag = "rbac",
    security(("secret_key" = [])),
    params(("role_id" = String, Path, description = "Role id, `role_...`")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such role in this project", body = ErrorBody),
        (status = 409, description = "Built-in roles cannot be deleted", body = ErrorBody),
    )
)]
async fn delete_role(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let role = load(&state, &auth.project.id, &id).await?;
    if role.built_in {
        return Err(ApiError::conflict(
            "built_in_role",
            None,
            "built-in roles cannot be deleted",
        ));
    }
    let mut tx = state.db.begin().await?;
    rbac::delete_role(&mut tx, &role).await?;
    let org = role.organization_id.as_deref();
    db::audit::admin_change_in(
        &mut tx,
        &role.project_id,
        org,
        Event::RoleDeleted,
        &role.id,
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
