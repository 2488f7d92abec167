//! Operational endpoints: a health check that proves the database answers, and Prometheus
//! metrics. Neither needs credentials and neither reveals tenant data.

use axum::Json;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiResult, ErrorBody};
use gatehouse_domain::state::AppState;

/// How long `/healthz` waits for the database. Without a bound it would wait for the pool's
/// acquire timeout while the database is down (every pooled connection broken, new ones
/// refused), and a load balancer's probe would time out instead of hearing 503.
const PING_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// Answer of `/healthz`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// Always `ok` in a 200 answer.
    pub status: String,
    /// `sqlite` or `postgres`.
    pub database: String,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health))
        .routes(routes!(metrics))
}

/// Check that the server and its database answer.
#[utoipa::path(
    get,
    path = "/healthz",
    operation_id = "health",
    security(()),
    tag = "operations",
    responses(
        (status = 200, description = "Healthy", body = Health),
        (status = 503, description = "The database does not answer", body = ErrorBody),
    )
)]
async fn health(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    match tokio::time::timeout(PING_TIMEOUT, state.db.ping()).await {
        Ok(Ok(())) => {}
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "health check failed");
            return Err(ApiError::Unavailable);
        }
        Err(_) => {
            tracing::warn!(
                "health check failed: the database did not answer within {PING_TIMEOUT:?}"
            );
            return Err(ApiError::Unavailable);
        }
    }
    Ok(Json(Health {
        status: "ok".to_owned(),
        database: match state.db.backend() {
            gatehouse_storage::db::Backend::Sqlite => "sqlite",
            gatehouse_storage::db::Backend::Postgres => "postgres",
        }
        .to_owned(),
    }))
}

/// Prometheus metrics in the OpenMetrics text format.
#[utoipa::path(
    get,
    path = "/metrics",
    operation_id = "metrics",
    security(()),
    tag = "operations",
    responses((status = 200, description = "OpenMetrics text", content_type = "application/openmetrics-text", body = String))
)]
async fn metrics(State(state): State<AppState>) -> ApiResult<impl IntoResponse> {
    match gatehouse_storage::db::outbox::pending(
        &state.db,
        gatehouse_storage::db::outbox::Kind::Mail,
    )
    .await
    {
        Ok(pending) => state.metrics.set_outbox_pending(pending),
        Err(err) => tracing::warn!(error = %format!("{err:#}"), "counting pending outbox messages"),
    }
    let text = state
        .metrics
        .render()
        .map_err(|err| ApiError::Internal(anyhow::anyhow!("rendering metrics: {err}")))?;
    Ok((
        [(
            CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    ))
}
