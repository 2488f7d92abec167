//! An organization's SSO policy: whether its members must sign in through its identity
//! provider, and its break-glass users, who keep password + second factor for when the
//! provider is down (every such sign-in is audited as `user.break_glass_login`). Enforced by
//! the sign-in engine at every door (`server/domain/src/sso/policy.rs`).

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::sso as shared;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, sso_policies::Policy};
use gatehouse_storage::ids::UserId;

/// Most break-glass users per organization.
pub(crate) const MAX_BREAK_GLASS_USERS: usize = 10;

/// An organization's SSO policy.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "organization_id": "org_01jdq7m5yb6k3r2x9v8w4n1c0c", "sso_required": true,
    "break_glass_user_ids": ["user_01jdq7m5yb6k3r2x9v8w4n1c0d"]
}))]
pub struct SsoPolicy {
    /// The organization.
    pub organization_id: String,
    /// Whether password and emailed-link sign-ins of members are refused (code
    /// `sso_required`).
    pub sso_required: bool,
    /// Members who may still sign in with their password and a second factor.
    pub break_glass_user_ids: Vec<String>,
}

impl From<Policy> for SsoPolicy {
    fn from(policy: Policy) -> Self {
        Self {
            organization_id: policy.organization_id.into(),
            sso_required: policy.sso_required,
            break_glass_user_ids: policy
                .break_glass_user_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

/// Body of `set_sso_policy`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"sso_required": true, "break_glass_user_ids": ["user_01jdq7m5yb6k3r2x9v8w4n1c0d"]}))]
pub struct SetSsoPolicy {
    /// Require SSO.
    pub sso_required: bool,
    /// The complete list of break-glass users (members of the organization), at most 10.
    #[serde(default)]
    pub break_glass_user_ids: Vec<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_sso_policy, set_sso_policy))
}

/// Get an organization's SSO policy.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/sso_policy",
    operation_id = "get_sso_policy",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 200, description = "The policy", body = SsoPolicy),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn get_sso_policy(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
) -> ApiResult<Json<SsoPolicy>> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    let policy = db::sso_policies::get(&state.db, &auth.project.id, &org.id).await?;
    Ok(Json(policy.into()))
}

/// Replace an organization's SSO policy.
#[utoipa::path(
    put,
    path = "/organizations/{organization_id}/sso_policy",
    operation_id = "set_sso_policy",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    request_body = SetSsoPolicy,
    responses(
        (status = 200, description = "The new policy", body = SsoPolicy),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 422, description = "A break-glass user is not a member of the organization", body = ErrorBody),
    )
)]
async fn set_sso_policy(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<SetSsoPolicy>,
) -> ApiResult<Json<SsoPolicy>> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    if body.break_glass_user_ids.len() > MAX_BREAK_GLASS_USERS {
        return Err(ApiError::invalid_field(
            "too_many_break_glass_users",
            "break_glass_user_ids",
            format!("at most {MAX_BREAK_GLASS_USERS} users"),
        ));
    }
    let mut users: Vec<UserId> = Vec::new();
    for id in &body.break_glass_user_ids {
        let id: UserId = validate::typed_id("break_glass_user_ids", id)?;
        let member = db::users::get(&state.db, &auth.project.id, &id)
            .await?
            .is_some_and(|user| user.organization_id == org.id);
        if !member {
            return Err(ApiError::invalid_field(
                "not_a_member",
                "break_glass_user_ids",
                format!("{id} is not a user of this organization"),
            ));
        }
        if !users.contains(&id) {
            users.push(id);
        }
    }
    users.sort();
    let policy = Policy {
        project_id: auth.project.id.clone(),
        organization_id: org.id,
        sso_required: body.sso_required,
        break_glass_user_ids: users,
        updated_at: state.clock.now(),
    };
    db::sso_policies::put(&state.db, &policy).await?;
    Ok(Json(policy.into()))
}
