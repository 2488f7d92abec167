//! axum integration (feature `axum`): the [`Auth`] extractor that authenticates a request with
//! the [`AuthState`] in the router state — access tokens verified locally by its [`Verifier`],
//! organization API keys (`gh_key_...`) checked by its optional [`Authenticator`] — and
//! [`RequirePermission`] for handlers that need an action. Which credential a request carries
//! is [`crate::request_credential`]'s decision (the cookie only on safe methods), and refusals
//! answer with [`AuthError::to_response`], the same 401/403 as every binding.
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

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::{
    ACCESS_CONTROL_REQUEST_METHOD, AUTHORIZATION, CONTENT_TYPE, COOKIE, ORIGIN, WWW_AUTHENTICATE,
};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::{
    ApiKeyGrant, AuthError, Authenticator, Claims, Client, Principal, RequestCredential,
    RequestParts, Verifier, request_credential,
};

/// What the extractors need from the router state: the [`Client`] that verifies access tokens
/// and, when API keys are accepted, checks them with the server.
///
/// Put it in the router state, or make it [`FromRef`] of your own state. Cheap to clone;
/// clones share the JWKS and API-key caches.
#[derive(Debug, Clone)]
pub struct AuthState {
    client: Client,
}

impl AuthState {
    /// Accepts access tokens only; API keys are refused with `invalid_api_key`.
    pub fn new(verifier: Verifier) -> AuthState {
        AuthState {
            client: Client::from_parts(verifier, None),
        }
    }

    /// Also accepts organization API keys, checked with the server through `authenticator`
    /// (answers cached for its `cache_ttl`, 30 s by default).
    pub fn with_authenticator(self, authenticator: Authenticator) -> AuthState {
        AuthState {
            client: Client::from_parts(self.client.verifier().clone(), Some(authenticator)),
        }
    }

    /// The client that authenticates credentials.
    pub fn client(&self) -> &Client {
        &self.client
    }
}

impl From<Verifier> for AuthState {
    fn from(verifier: Verifier) -> AuthState {
        AuthState::new(verifier)
    }
}

impl From<Client> for AuthState {
    fn from(client: Client) -> AuthState {
        AuthState { client }
    }
}

/// An authenticated request: a user's access token verified locally, or an organization API
/// key the server vouched for (a [`Principal`]). The accessors answer for both, so handlers
/// need not care which.
///
/// Extracting it twice in one request authenticates once. CORS preflights are never
/// authenticated (see `docs/sdk-contract.md`): a route answering them must not extract `Auth`.
#[derive(Debug, Clone)]
pub struct Auth {
    principal: Principal,
}

impl Auth {
    /// The principal: every accessor below reads it.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    /// The organization (tenant) the credential belongs to: scope every query by it.
    pub fn organization_id(&self) -> &str {
        self.principal.organization_id()
    }

    /// The signed-in user; `None` for API keys, which belong to the organization.
    pub fn user_id(&self) -> Option<&str> {
        self.principal.user_id()
    }

    /// The raw credential (access token or API key), for calling other services on the
    /// caller's behalf.
    pub fn credentials(&self) -> &str {
        self.principal.credential()
    }

    /// The verified claims of an access token; `None` for API keys.
    pub fn claims(&self) -> Option<&Claims> {
        self.principal.claims()
    }

    /// The server's grant for an API key (its id, roles and actions); `None` for tokens.
    pub fn api_key(&self) -> Option<&ApiKeyGrant> {
        self.principal.api_key()
    }

    /// Whether the request was authenticated with an API key.
    pub fn is_api_key(&self) -> bool {
        self.principal.api_key().is_some()
    }

    /// Whether the credential grants the permission (an `actions` entry).
    pub fn has_permission(&self, action: &str) -> bool {
        self.principal.has_permission(action)
    }

    /// Whether the credential holds the role.
    pub fn has_role(&self, role: &str) -> bool {
        self.principal.has_role(role)
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
        let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok());
        // HTTP/2 may split cookies over several headers; RFC 9113 says to join them with "; ".
        let cookies: Vec<&str> = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let cookie = cookies.join("; ");
        let request = RequestParts {
            method: parts.method.as_str(),
            authorization: header(AUTHORIZATION),
            cookie: Some(&cookie),
            origin: header(ORIGIN),
            access_control_request_method: header(ACCESS_CONTROL_REQUEST_METHOD),
        };
        let credential = match request_credential(&request)? {
            RequestCredential::Credential(credential) => credential,
            // A handler that extracts `Auth` needs a caller; a preflight has none to offer.
            RequestCredential::CorsPreflight => return Err(AuthRejection(AuthError::MissingToken)),
        };
        let principal = AuthState::from_ref(state)
            .client
            .authenticate(credential)
            .await?;
        let auth = Auth { principal };
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
