//! axum integration (feature `axum`): the [`Auth`] extractor that authenticates a request with
//! the [`AuthState`] in the router state — access tokens verified locally by its [`Verifier`],
//! organization API keys (`gh_key_...`) checked by its optional [`Authenticator`] — and
//! [`RequirePermission`] for handlers that need an action. Refusals answer with
//! [`AuthError::to_response`], the same 401/403 as every binding.
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use gatehouse_core::axum::{Auth, AuthState, Permission, RequirePermission};
//! use gatehouse_core::{Authenticator, AuthenticatorOptions, PublishableKey, Verifier};
//!
//! struct ReadInvoices;
//! impl Permission for ReadInvoices {
//!     const ACTION: &'static str = "invoices.read";
//! }
//!
//! async fn me(auth: Auth) -> String {
//!     format!("{:?} in {}", auth.user_id(), auth.organization_id())
//! }
//!
//! async fn invoices(_: RequirePermission<ReadInvoices>) -> &'static str {
//!     "[]"
//! }
//!
//! # fn app() -> Result<Router, Box<dyn std::error::Error>> {
//! let key = PublishableKey::parse("pk_live_...")?;
//! // Without an authenticator, API keys are refused with `invalid_api_key`.
//! let authenticator = Authenticator::new(
//!     "https://auth.example.com",
//!     "sk_live_...",
//!     AuthenticatorOptions::default(),
//! )?;
//! let state = AuthState::new(Verifier::from_publishable_key(&key)?).with_authenticator(authenticator);
//! let app = Router::new()
//!     .route("/me", get(me))
//!     .route("/invoices", get(invoices))
//!     .with_state(state);
//! # Ok(app)
//! # }
//! ```

use std::marker::PhantomData;
use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::{
    AuthError, Authentication, Authenticator, Claims, Credential, CredentialKind, Verifier,
    extract_credential, is_well_formed_api_key,
};

/// What the extractors need from the router state: the [`Verifier`] for access tokens and,
/// when API keys are accepted, an [`Authenticator`] holding the project's secret key.
///
/// Put it in the router state, or make it [`FromRef`] of your own state. Cheap to clone;
/// clones share the JWKS and API-key caches.
#[derive(Debug, Clone)]
pub struct AuthState {
    verifier: Verifier,
    authenticator: Option<Authenticator>,
}

impl AuthState {
    /// Accepts access tokens only; API keys are refused with `invalid_api_key`.
    pub fn new(verifier: Verifier) -> AuthState {
        AuthState {
            verifier,
            authenticator: None,
        }
    }

    /// Also accepts organization API keys, checked with the server through `authenticator`
    /// (answers cached for its `cache_ttl`, 30 s by default).
    pub fn with_authenticator(mut self, authenticator: Authenticator) -> AuthState {
        self.authenticator = Some(authenticator);
        self
    }

    /// Verifies access tokens.
    pub fn verifier(&self) -> &Verifier {
        &self.verifier
    }

    /// Checks API keys, if configured.
    pub fn authenticator(&self) -> Option<&Authenticator> {
        self.authenticator.as_ref()
    }

    /// Authenticates a credential found in a request: an access token with the verifier, an
    /// API key (after an offline checksum test, so typos cost no request) with the server.
    pub async fn authenticate(&self, credential: Credential) -> Result<Auth, AuthError> {
        match credential {
            Credential::AccessToken(token) => {
                let claims = self.verifier.verify(&token).await?;
                Ok(Auth {
                    credentials: token,
                    principal: Principal::AccessToken(Arc::new(claims)),
                })
            }
            Credential::ApiKey(key) => {
                if !is_well_formed_api_key(&key) {
                    return Err(AuthError::InvalidApiKey);
                }
                // Without a secret key nobody can vouch for an API key.
                let authenticator = self
                    .authenticator
                    .as_ref()
                    .ok_or(AuthError::InvalidApiKey)?;
                let authentication = authenticator.authenticate(&key).await?;
                // The server only ever answers `api_key` for a `gh_key_` credential; anything
                // else would make `user_id()` and friends lie, so it is not accepted.
                if authentication.kind != CredentialKind::ApiKey {
                    return Err(AuthError::InvalidApiKey);
                }
                Ok(Auth {
                    credentials: key,
                    principal: Principal::ApiKey(authentication),
                })
            }
        }
    }
}

impl From<Verifier> for AuthState {
    fn from(verifier: Verifier) -> AuthState {
        AuthState::new(verifier)
    }
}

/// An authenticated request: a user's access token verified locally, or an organization API
/// key the server vouched for. The accessors answer for both, so handlers need not care which.
///
/// Extracting it twice in one request authenticates once.
#[derive(Debug, Clone)]
pub struct Auth {
    credentials: String,
    principal: Principal,
}

#[derive(Debug, Clone)]
enum Principal {
    AccessToken(Arc<Claims>),
    ApiKey(Arc<Authentication>),
}

impl Auth {
    /// The organization (tenant) the credential belongs to: scope every query by it.
    pub fn organization_id(&self) -> &str {
        match &self.principal {
            Principal::AccessToken(claims) => claims.organization_id(),
            Principal::ApiKey(key) => &key.organization_id,
        }
    }

    /// The signed-in user; `None` for API keys, which belong to the organization.
    pub fn user_id(&self) -> Option<&str> {
        match &self.principal {
            Principal::AccessToken(claims) => Some(claims.user_id()),
            Principal::ApiKey(_) => None,
        }
    }

    /// The raw credential (access token or API key), for calling other services on the
    /// caller's behalf.
    pub fn credentials(&self) -> &str {
        &self.credentials
    }

    /// The verified claims of an access token; `None` for API keys.
    pub fn claims(&self) -> Option<&Claims> {
        match &self.principal {
            Principal::AccessToken(claims) => Some(claims),
            Principal::ApiKey(_) => None,
        }
    }

    /// The server's answer for an API key (its id, roles and actions); `None` for tokens.
    pub fn api_key(&self) -> Option<&Authentication> {
        match &self.principal {
            Principal::AccessToken(_) => None,
            Principal::ApiKey(key) => Some(key),
        }
    }

    /// Whether the request was authenticated with an API key.
    pub fn is_api_key(&self) -> bool {
        matches!(self.principal, Principal::ApiKey(_))
    }

    /// Whether the credential grants the permission (an `actions` entry).
    pub fn has_permission(&self, action: &str) -> bool {
        match &self.principal {
            Principal::AccessToken(claims) => claims.has_permission(action),
            Principal::ApiKey(key) => key.has_permission(action),
        }
    }

    /// Whether the credential holds the role.
    pub fn has_role(&self, role: &str) -> bool {
        match &self.principal {
            Principal::AccessToken(claims) => claims.has_role(role),
            Principal::ApiKey(key) => key.has_role(role),
        }
    }

    /// Refuses with 403 `forbidden` unless the credential grants `action`.
    pub fn require_permission(&self, action: &str) -> Result<(), AuthRejection> {
        if self.has_permission(action) {
            Ok(())
        } else {
            Err(AuthRejection(AuthError::Forbidden(action.to_owned())))
        }
    }
}

impl<S> FromRequestParts<S> for Auth
where
    AuthState: FromRef<S>,
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
        let credential = extract_credential(authorization, Some(&cookie))?;
        let auth = AuthState::from_ref(state).authenticate(credential).await?;
        parts.extensions.insert(auth.clone());
        Ok(auth)
    }
}

/// A permission (an `actions` entry) that [`RequirePermission`] checks for.
pub trait Permission {
    /// The action the credential must grant, such as `"invoices.read"`.
    const ACTION: &'static str;
}

/// An authenticated request (access token or API key) that grants `P::ACTION`; anything else
/// is refused with 401 or 403.
#[derive(Debug, Clone)]
pub struct RequirePermission<P> {
    /// The authenticated request.
    pub auth: Auth,
    permission: PhantomData<fn() -> P>,
}

impl<S, P> FromRequestParts<S> for RequirePermission<P>
where
    AuthState: FromRef<S>,
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
