//! Sessions of the project's users, as seen by the backend: list a user's sessions and
//! revoke one (its refresh token stops working at once; access tokens already issued stay
//! valid until they expire, at most the project's access-token lifetime).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiPath, ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db;
use gatehouse_storage::db::sessions::RevokeReason;
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

/// A session.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Session {
    /// Identifier, `sess_...` (the `sid` claim).
    pub id: String,
    /// The signed-in user.
    pub user_id: String,
    /// The user's organization.
    pub organization_id: String,
    /// Authentication methods used at sign-in (RFC 8176).
    #[schema(value_type = Vec<String>)]
    pub amr: Amr,
    /// User agent at sign-in.
    pub user_agent: Option<String>,
    /// Client address at sign-in.
    pub ip: Option<String>,
    /// Whether the session can still refresh.
    pub active: bool,
    /// RFC 3339 sign-in time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last refresh.
    #[schema(format = DateTime)]
    pub last_seen_at: String,
    /// RFC 3339 end of the session's absolute lifetime.
    #[schema(format = DateTime)]
    pub expires_at: String,
    /// RFC 3339 revocation time.
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    /// Why it was revoked.
    pub revoked_reason: Option<RevokeReason>,
}

impl Session {
    fn from_record(state: &AppState, s: db::sessions::Session) -> ApiResult<Self> {
        Ok(Self {
            active: s.is_live(state.clock.now(), state.config.session_idle_timeout_seconds),
            amr: s.amr,
            id: s.id.into(),
            user_id: s.user_id.into(),
            organization_id: s.organization_id.into(),
            user_agent: s.user_agent,
            ip: s.ip,
            created_at: timestamp(s.created_at),
            last_seen_at: timestamp(s.last_seen_at),
            expires_at: timestamp(s.expires_at),
            revoked_at: s.revoked_at.map(timestamp),
            revoked_reason: s.revoked_reason,
        })
    }
}

/// A user's sessions.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SessionList {
    /// Sessions, newest first (at most 200).
    pub data: Vec<Session>,
}

/// Query of `list_sessions`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListSessionsQuery {
    /// The user whose sessions to list.
    pub user_id: String,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_sessions))
        .routes(routes!(revoke_session))
}

/// List a user's sessions.
#[utoipa::path(
    get,
    path = "/sessions",
    operation_id = "list_sessions",
    tag = "sessions",
    security(("secret_key" = [])),
    params(ListSessionsQuery),
    responses(
        (status = 200, description = "The user's sessions", body = SessionList),
        (status = 400, description = "Missing or malformed user id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_sessions(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListSessionsQuery>,
) -> ApiResult<Json<SessionList>> {
    let user_id = validate::id(IdKind::User, "user_id", &query.user_id)?;
    let sessions = db::sessions::list_for_user(&state.db, &auth.project.id, &user_id).await?;
    Ok(Json(SessionList {
        data: sessions
            .into_iter()
            .map(|s| Session::from_record(&state, s))
            .collect::<Result<_, _>>()?,
    }))
}

/// Revoke a session.
#[utoipa::path(
    delete,
    path = "/sessions/{session_id}",
    operation_id = "revoke_session",
    tag = "sessions",
    security(("secret_key" = [])),
    params(("session_id" = String, Path, description = "Session id, `sess_...`")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such session in this project", body = ErrorBody),
    )
)]
async fn revoke_session(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let id = validate::id(IdKind::Session, "session_id", &id)?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    if !db::sessions::revoke_in(&mut tx, &auth.project.id, &id, RevokeReason::Revoked, now).await? {
        return Err(ApiError::NotFound("session"));
    }
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        None,
        Event::SessionRevoked,
        &id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
