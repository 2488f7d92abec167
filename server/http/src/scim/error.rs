//! SCIM's own error shape (RFC 7644 §3.12): every failure under `/scim/v2` answers
//! `{"schemas": [".../Error"], "status": "400", "scimType": "invalidFilter", "detail": ...}`
//! as `application/scim+json`. Internal failures are logged and answered with a generic
//! detail, so bodies never leak internals.

use axum::http::StatusCode;
use axum::http::header::{CONTENT_TYPE, HeaderValue, WWW_AUTHENTICATE};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::scim::filter::FilterError;
use crate::scim::schema::InvalidValue;
use gatehouse_domain::scim::{ScimRefusal, ScimType};

/// The media type of every SCIM body.
pub const SCIM_JSON: &str = "application/scim+json";

/// A SCIM failure.
#[derive(Debug)]
pub struct ScimError {
    /// HTTP status.
    pub status: StatusCode,
    /// `scimType` (RFC 7644 Table 9), when one applies.
    pub scim_type: Option<ScimType>,
    /// Human text.
    pub detail: String,
    cause: Option<anyhow::Error>,
}

impl ScimError {
    /// A failure with `status`, `scim_type` and `detail`.
    pub fn new(status: StatusCode, scim_type: Option<ScimType>, detail: impl Into<String>) -> Self {
        Self {
            status,
            scim_type,
            detail: detail.into(),
            cause: None,
        }
    }

    /// 400 with a `scimType`.
    pub fn bad_request(scim_type: ScimType, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, Some(scim_type), detail)
    }

    /// 404.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, None, detail)
    }

    /// 409 `uniqueness`.
    pub fn uniqueness(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, Some(ScimType::Uniqueness), detail)
    }

    /// 401.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, None, detail)
    }

    /// 412, for an `If-Match` naming another version.
    pub fn precondition_failed() -> Self {
        Self::new(
            StatusCode::PRECONDITION_FAILED,
            None,
            "the resource changed: its version no longer matches If-Match",
        )
    }
}

impl From<anyhow::Error> for ScimError {
    fn from(cause: anyhow::Error) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            scim_type: None,
            detail: "internal error".to_owned(),
            cause: Some(cause),
        }
    }
}

/// A refusal of the domain (`server/domain/src/scim/error.rs`), rendered with its own status
/// and `scimType`.
impl From<ScimRefusal> for ScimError {
    fn from(refusal: ScimRefusal) -> Self {
        Self::new(
            StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::BAD_REQUEST),
            refusal.scim_type,
            refusal.detail,
        )
    }
}

impl From<FilterError> for ScimError {
    fn from(err: FilterError) -> Self {
        ScimRefusal::from(err).into()
    }
}

impl From<InvalidValue> for ScimError {
    fn from(err: InvalidValue) -> Self {
        ScimRefusal::from(err).into()
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        if let Some(cause) = &self.cause {
            tracing::error!(error = ?cause, "internal error in a SCIM request");
        }
        let mut body = json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let Some(scim_type) = self.scim_type {
            body["scimType"] = json!(scim_type.as_str());
        }
        let mut response = (self.status, body.to_string()).into_response();
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(SCIM_JSON));
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"gatehouse-scim\""),
            );
        }
        response
    }
}

/// Result alias for SCIM handlers.
pub type ScimResult<T> = Result<T, ScimError>;
