//! axum integration (feature `axum`): the [`Auth`] extractor that authenticates a request with
//! the [`Verifier`] in the router state, and [`RequirePermission`] for handlers that need an
//! action. Refusals answer with [`AuthError::to_response`], the same 401/403 as every binding.
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use gatehouse_core::axum::{Auth, Permission, RequirePermission};
//! use gatehouse_core::{PublishableKey, Verifier};
//!
//! struct ReadInvoices;
//! impl Permission for ReadInvoices {
//!     const ACTION: &'static str = "invoices:read";
//! }
//!
//! async fn me(auth: Auth) -> String {
//!     format!("{} in {}", auth.user_id(), auth.organization_id())
//! }
//!
//! async fn invoices(_: RequirePermission<ReadInvoices>) -> &'static str {
//!     "[]"
//! }
//!
//! # fn app() -> Result<Router, Box<dyn std::error::Error>> {
//! let key = PublishableKey::parse("pk_live_...")?;
//! let app = Router::new()
//!     .route("/me", get(me))
//!     .route("/invoices", get(invoices))
//!     .with_state(Verifier::from_publishable_key(&key)?);
//! # Ok(app)
//! # }
//! ```

use std::marker::PhantomData;
use std::ops::Deref;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::{AuthError, Claims, Credential, Verifier, extract_credential};

/// An authenticated request: the verified claims of its access token.
///
/// Dereferences to [`Claims`], so `auth.organization_id()` and `auth.has_permission(..)` work
/// directly. Extracting it twice in one request verifies the token once.
#[derive(Debug, Clone)]
pub struct Auth {
    claims: Claims,
    token: String,
}

impl Auth {
    /// The verified claims.
    pub fn claims(&self) -> &Claims {
        &self.claims
    }

    /// The raw access token, for calling other services on the user's behalf.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Refuses with 403 `forbidden` unless the token grants `action`.
    pub fn require_permission(&self, action: &str) -> Result<(), AuthRejection> {
        if self.claims.has_permission(action) {
            Ok(())
        } else {
            Err(AuthRejection(AuthError::Forbidden(action.to_owned())))
        }
    }
}

impl Deref for Auth {
    type Target = Claims;

    fn deref(&self) -> &Claims {
        &self.claims
    }
}

impl<S> FromRequestParts<S> for Auth
where
    Verifier: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Auth, AuthRejection> {
        if let Some(auth) = parts.extensions.get::<Auth>() {
            return Ok(auth.clone());
        }
        let authorization = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        // HTTP/2 may split cookies over several headers; RFC 9113 says to join them with "; ".
        let cookies: Vec<&str> = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let cookie = cookies.join("; ");
        let token = match extract_credential(authorization, Some(&cookie))? {
            Credential::AccessToken(token) => token,
            // API keys are checked by the server's authenticate endpoint, which this extractor
            // does not call yet; refusing is the safe answer meanwhile.
            Credential::ApiKey(_) => return Err(AuthRejection(AuthError::InvalidApiKey)),
        };
        let claims = Verifier::from_ref(state).verify(&token).await?;
        let auth = Auth { claims, token };
        parts.extensions.insert(auth.clone());
        Ok(auth)
    }
}

/// A permission (an `actions` entry) that [`RequirePermission`] checks for.
pub trait Permission {
    /// The action the token must grant, such as `"invoices:read"`.
    const ACTION: &'static str;
}

/// An authenticated request whose token grants `P::ACTION`; anything else is refused with 401
/// or 403.
#[derive(Debug, Clone)]
pub struct RequirePermission<P> {
    /// The authenticated request.
    pub auth: Auth,
    permission: PhantomData<fn() -> P>,
}

impl<S, P> FromRequestParts<S> for RequirePermission<P>
where
    Verifier: FromRef<S>,
    S: Send + Sync,
    P: Permission,
{
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AuthRejection> {
        let auth = Auth::from_request_parts(parts, state).await?;
        auth.require_permission(P::ACTION)?;
        Ok(RequirePermission {
            auth,
            permission: PhantomData,
        })
    }
}

/// A refused request, answered as every Gatehouse SDK answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthRejection(pub AuthError);

impl From<AuthError> for AuthRejection {
    fn from(error: AuthError) -> AuthRejection {
        AuthRejection(error)
    }
}

impl IntoResponse for AuthRejection {
    fn into_response(self) -> Response {
        let answer = self.0.to_response();
        let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::UNAUTHORIZED);
        let mut response = (status, answer.body).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(challenge) = answer
            .www_authenticate
            .and_then(|c| HeaderValue::try_from(c).ok())
        {
            headers.insert(WWW_AUTHENTICATE, challenge);
        }
        response
    }
}
