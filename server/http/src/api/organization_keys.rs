//! Self-serve API keys: members of an organization with the `owner` or `admin` role (or the
//! `api_keys.manage` action) manage their own organization's keys with their access token,
//! without the project's secret key. Everything is scoped to the organization in the token,
//! and nobody can mint a key with more power than they hold: a key's roles and actions must
//! be among the caller's own. Those rights are read from the database at every request, not
//! from the token, and the key remembers its creator: it authenticates only while the creator
//! still holds what it grants (see `api/authenticate.rs`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::api_keys::{self, ApiKey, ApiKeyList, CreatedApiKey, KeyRequest};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, Member};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, rbac::Grants};
use gatehouse_storage::ids::IdKind;
use gatehouse_storage::ids::kind;

/// The action that lets a member manage the organization's keys without an admin role.
pub const MANAGE_KEYS_ACTION: &str = "api_keys.manage";

/// Body of `create_organization_api_key`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganizationApiKey {
    /// Label, 1 to 200 characters.
    pub name: String,
    /// Roles to grant; each must be one of the caller's.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Actions to grant; each must be one of the caller's.
    #[serde(default)]
    pub actions: Vec<String>,
    /// RFC 3339 time after which the key stops working; must be in the future.
    pub expires_at: Option<String>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            create_organization_api_key,
            list_organization_api_keys
        ))
        .routes(routes!(revoke_organization_api_key))
}

/// The caller's current grants, when they allow managing keys.
async fn authorize(state: &AppState, member: &Member) -> ApiResult<Grants> {
    let grants = member.current_grants(state).await?;
    if grants.has_role(db::rbac::OWNER_ROLE)
        || grants.has_role("admin")
        || grants.has_action(MANAGE_KEYS_ACTION)
    {
        Ok(grants)
    } else {
        Err(ApiError::Forbidden {
            code: "forbidden",
            message: format!(
                "managing API keys needs the owner or admin role or the '{MANAGE_KEYS_ACTION}' action"
            ),
        })
    }
}

/// Create an API key for the caller's organization (the answer holds the key, shown once).
#[utoipa::path(
    post,
    path = "/p/{project_id}/v1/organization/api_keys",
    operation_id = "create_organization_api_key",
    tag = "self_serve",
    security(("access_token" = [])),
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    request_body = CreateOrganizationApiKey,
    responses(
        (status = 201, description = "Created; holds the key", body = CreatedApiKey),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to manage keys, or asked for more than the caller holds", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_organization_api_key(
    member: Member,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateOrganizationApiKey>,
) -> ApiResult<(StatusCode, Json<CreatedApiKey>)> {
    let grants = authorize(&state, &member).await?;
    let request = KeyRequest::validate(
        &state,
        &body.name,
        &body.roles,
        &body.actions,
        body.expires_at.as_deref(),
    )?;
    if let Some(role) = request.roles.iter().find(|r| !grants.has_role(r)) {
        return Err(ApiError::Forbidden {
            code: "forbidden",
            message: format!("you cannot grant the role '{role}', which you do not hold"),
        });
    }
    if let Some(action) = request.actions.iter().find(|a| !grants.has_action(a)) {
        return Err(ApiError::Forbidden {
            code: "forbidden",
            message: format!("you cannot grant the action '{action}', which you do not hold"),
        });
    }
    let organization_id = validate::typed_id::<kind::Organization>(
        "organization_id",
        member.claims.organization_id(),
    )?;
    let created = api_keys::issue(
        &state,
        &member.project.id,
        &organization_id,
        request,
        Some(member.claims.user_id()),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// List the caller's organization's API keys (first 100, oldest first).
#[utoipa::path(
    get,
    path = "/p/{project_id}/v1/organization/api_keys",
    operation_id = "list_organization_api_keys",
    tag = "self_serve",
    security(("access_token" = [])),
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    responses(
        (status = 200, description = "The organization's keys", body = ApiKeyList),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to manage keys", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn list_organization_api_keys(
    member: Member,
    State(state): State<AppState>,
) -> ApiResult<Json<ApiKeyList>> {
    authorize(&state, &member).await?;
    let keys = db::api_keys::list(
        &state.db,
        &member.project.id,
        Some(member.claims.organization_id()),
        None,
        100,
    )
    .await?;
    Ok(Json(ApiKeyList {
        data: keys.into_iter().map(Into::into).collect(),
        next_cursor: None,
    }))
}

/// Revoke one of the caller's organization's API keys.
#[utoipa::path(
    post,
    path = "/p/{project_id}/v1/organization/api_keys/{api_key_id}/revoke",
    operation_id = "revoke_organization_api_key",
    tag = "self_serve",
    security(("access_token" = [])),
    params(
        ("project_id" = String, Path, description = "Project id, `proj_...`"),
        ("api_key_id" = String, Path, description = "API key id, `akey_...`"),
    ),
    responses(
        (status = 200, description = "The revoked key", body = ApiKey),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid access token", body = ErrorBody),
        (status = 403, description = "Not allowed to manage keys", body = ErrorBody),
        (status = 404, description = "No such key in the caller's organization", body = ErrorBody),
    )
)]
async fn revoke_organization_api_key(
    member: Member,
    State(state): State<AppState>,
    ApiPath((_project_id, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<ApiKey>> {
    authorize(&state, &member).await?;
    let id = validate::id(IdKind::ApiKey, "api_key_id", &id)?;
    let key = db::api_keys::get(&state.db, &member.project.id, &id)
        .await?
        .filter(|key| key.organization_id == member.claims.organization_id())
        .ok_or(ApiError::NotFound("API key"))?;
    let actor = member.claims.user_id().to_owned();
    Ok(Json(api_keys::revoke(&state, key, &actor).await?))
}
