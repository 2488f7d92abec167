//! The audit log: every sign-in attempt and administrative change, queryable by organization
//! with cursor pagination, oldest first (pass the last id as `starting_after` to follow it).

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db;
use gatehouse_storage::ids::IdKind;

/// One audit event.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditEvent {
    /// Identifier, `evt_...`; events sort by id in the order they happened.
    pub id: String,
    /// The organization it concerns, when known.
    pub organization_id: Option<String>,
    /// Who acted: a user id, `secret_key`, or the email given in a failed sign-in.
    pub actor: Option<String>,
    /// What happened: `user.login`, `user.login_failed`, `session.logout`,
    /// `session.revoked`, `session.refresh_token_reused`, `organization.created|updated|deleted`,
    /// `user.created|updated|deleted`, `role.created|updated|deleted`,
    /// `api_key.created|revoked`.
    pub action: String,
    /// What it happened to.
    pub target: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Client user agent.
    pub user_agent: Option<String>,
    /// Extra facts.
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
    /// RFC 3339 time.
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// A page of audit events.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditEventList {
    /// Events, oldest first.
    pub data: Vec<AuditEvent>,
    /// Pass as `starting_after` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_audit_events`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListAuditEventsQuery {
    /// Only events of this organization.
    pub organization_id: Option<String>,
    /// Only events with this action.
    pub action: Option<String>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Return events after this one.
    pub starting_after: Option<String>,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_audit_events))
}

/// List audit events, oldest first.
#[utoipa::path(
    get,
    path = "/audit_log",
    operation_id = "list_audit_events",
    tag = "audit_log",
    security(("secret_key" = [])),
    params(ListAuditEventsQuery),
    responses(
        (status = 200, description = "A page of events", body = AuditEventList),
        (status = 400, description = "Invalid filter, limit or cursor", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_audit_events(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListAuditEventsQuery>,
) -> ApiResult<Json<AuditEventList>> {
    let page = PageRequest::parse(
        query.limit,
        query.starting_after.as_deref(),
        IdKind::AuditEvent,
    )?;
    let organization_id = query
        .organization_id
        .as_deref()
        .map(|id| validate::id(IdKind::Organization, "organization_id", id))
        .transpose()?;
    let rows = db::audit::list(
        &state.db,
        &auth.project.id,
        organization_id.as_deref(),
        query.action.as_deref(),
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |event| &event.id);
    let data = rows
        .into_iter()
        .map(|event| {
            Ok(AuditEvent {
                details: db::from_json_text(&event.details)?,
                id: event.id,
                organization_id: event.organization_id.map(String::from),
                actor: event.actor,
                action: event.action,
                target: event.target,
                ip: event.ip,
                user_agent: event.user_agent,
                created_at: timestamp(event.created_at),
            })
        })
        .collect::<Result<_, anyhow::Error>>()
        .map_err(ApiError::Internal)?;
    Ok(Json(AuditEventList { data, next_cursor }))
}
