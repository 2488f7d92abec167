//! The server's one error type and its one JSON shape.
//!
//! Every 4xx/5xx answer of the HTTP API is an [`ApiError`] rendered as
//! `{"error": <category>, "code": <stable code>, "message": <human text>}`, with an
//! optional `field` naming the request field at fault. Categories follow the HTTP status;
//! codes are stable strings that clients may match on. Internal failures are logged with
//! their cause and answered with a generic message, so 5xx bodies never leak internals.

use axum::http::StatusCode;
use axum::http::header::{HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use gatehouse_domain::password;
use gatehouse_domain::validate::Invalid;

/// The body of every error answer.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"error": "invalid_request", "code": "invalid_slug", "message": "slug may contain only lowercase letters, digits and hyphens", "field": "slug"}))]
pub struct ErrorBody {
    /// Error category, derived from the HTTP status (`invalid_request`, `unauthorized`,
    /// `not_found`, `conflict`, `payload_too_large`, `rate_limited`, `internal_error`, ...).
    pub error: String,
    /// Stable, machine-readable code (for example `slug_taken` or `invalid_secret_key`).
    pub code: String,
    /// Human-readable explanation; wording may change between releases.
    pub message: String,
    /// The request field the error is about, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request is malformed or a field fails validation.
    #[error("{message}")]
    InvalidRequest {
        /// HTTP status: 400 for unparseable input, 422 for well-formed but invalid input.
        status: StatusCode,
        /// Stable code.
        code: &'static str,
        /// Human text.
        message: String,
        /// Offending field, if any.
        field: Option<String>,
    },
    /// No or bad credentials.
    #[error("{message}")]
    Unauthorized {
        /// Stable code.
        code: &'static str,
        /// Human text.
        message: String,
    },
    /// Authenticated, but not allowed (a disabled login method, a missing permission).
    #[error("{message}")]
    Forbidden {
        /// Stable code.
        code: &'static str,
        /// Human text.
        message: String,
    },
    /// Too many attempts; retry after the given number of seconds.
    #[error("too many attempts; try again in {retry_after_seconds} seconds")]
    RateLimited {
        /// Seconds until the lock lifts (sent as `Retry-After`).
        retry_after_seconds: i64,
    },
    /// The resource does not exist in the caller's project (also used for other tenants'
    /// resources, so that identifiers of other tenants cannot be probed).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request conflicts with existing state (a taken slug, the last secret key...).
    #[error("{message}")]
    Conflict {
        /// Stable code.
        code: &'static str,
        /// Human text.
        message: String,
        /// Offending field, if any.
        field: Option<String>,
    },
    /// The request body exceeds the configured limit.
    #[error("request body too large")]
    PayloadTooLarge,
    /// The request's content type is not JSON.
    #[error("expected a JSON body with Content-Type: application/json")]
    UnsupportedMediaType,
    /// No route matches the path.
    #[error("no such route")]
    RouteNotFound,
    /// The route exists but not with this method.
    #[error("method not allowed on this route")]
    MethodNotAllowed,
    /// The database is unreachable (health checks).
    #[error("service unavailable")]
    Unavailable,
    /// Every password hashing thread is busy and its queue is full
    /// (`server/domain/src/password.rs`); retry after `Retry-After` seconds.
    #[error("too many sign-ins at once; try again in a moment")]
    Busy,
    /// Anything unexpected; details are logged, never returned.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> Self {
        Self::InvalidRequest {
            status: if invalid.malformed {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            },
            code: invalid.code,
            message: invalid.message,
            field: Some(invalid.field),
        }
    }
}

impl ApiError {
    /// A 422 validation failure on `field`.
    pub fn invalid_field(code: &'static str, field: &str, message: impl Into<String>) -> Self {
        Self::InvalidRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code,
            message: message.into(),
            field: Some(field.to_owned()),
        }
    }

    /// A 400 for input that cannot be parsed at all.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidRequest {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
            field: None,
        }
    }

    /// A 409 conflict on `field`.
    pub fn conflict(code: &'static str, field: Option<&str>, message: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            message: message.into(),
            field: field.map(str::to_owned),
        }
    }

    /// A 401 with a stable code.
    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::Unauthorized {
            code,
            message: message.into(),
        }
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::InvalidRequest { status, .. } => *status,
            Self::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            Self::Forbidden { .. } => StatusCode::FORBIDDEN,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::NotFound(_) | Self::RouteNotFound => StatusCode::NOT_FOUND,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::Unavailable | Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidRequest { code, .. }
            | Self::Unauthorized { code, .. }
            | Self::Forbidden { code, .. }
            | Self::Conflict { code, .. } => code,
            Self::RateLimited { .. } => "too_many_attempts",
            Self::NotFound(_) => "not_found",
            Self::PayloadTooLarge => "payload_too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::RouteNotFound => "route_not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::Unavailable => "unavailable",
            Self::Busy => "busy",
            Self::Internal(_) => "internal_error",
        }
    }

    /// The body this error answers with.
    pub fn body(&self) -> ErrorBody {
        let error = match self.status() {
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "invalid_request",
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::TOO_MANY_REQUESTS => "rate_limited",
            StatusCode::NOT_FOUND => "not_found",
            StatusCode::CONFLICT => "conflict",
            StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
            StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
            StatusCode::SERVICE_UNAVAILABLE => "unavailable",
            _ => "internal_error",
        };
        let field = match self {
            Self::InvalidRequest { field, .. } | Self::Conflict { field, .. } => field.clone(),
            _ => None,
        };
        ErrorBody {
            error: error.to_owned(),
            code: self.code().to_owned(),
            message: self.to_string(),
            field,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(error = ?cause, "internal error");
        }
        let status = self.status();
        let mut response = (status, axum::Json(self.body())).into_response();
        let retry_after_seconds = match &self {
            Self::RateLimited {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            Self::Busy => Some(password::BUSY_RETRY_AFTER_SECONDS),
            _ => None,
        };
        if let Some(seconds) = retry_after_seconds
            && let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string())
        {
            response.headers_mut().insert(RETRY_AFTER, value);
        }
        if status == StatusCode::UNAUTHORIZED {
            // RFC 6750 §3: a 401 names the scheme the client should use.
            response.headers_mut().insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"gatehouse\""),
            );
        }
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> Self {
        Self::Internal(err.into())
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(err: anyhow::Error) -> Self {
        // A full hashing queue travels up through the domain's `anyhow` results.
        if err.downcast_ref::<password::Busy>().is_some() {
            Self::Busy
        } else {
            Self::Internal(err)
        }
    }
}

/// Result alias for handlers.
pub type ApiResult<T> = Result<T, ApiError>;
