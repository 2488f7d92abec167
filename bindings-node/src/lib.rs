//! The native half of `@gatehouse/node`: it converts JavaScript values to and from
//! `gatehouse-core` types and calls the core. Every decision (the checks, the error codes, the
//! HTTP answers, the JWKS and API-key caches) is the core's, so Node agrees with every other
//! binding.
//!
//! Refusals are returned as values ([`Refusal`]) rather than thrown: the JavaScript half turns
//! them into its `AuthError` class, which an addon cannot subclass from `Error` itself. Claims
//! cross the boundary as the token's payload JSON, which `JSON.parse` reads faster than an
//! object could be built property by property. Network work (JWKS fetches, the server's
//! authenticate endpoint) and the verification that follows it run on napi's tokio runtime,
//! never on the event loop.

use std::sync::Arc;
use std::time::Duration;

use gatehouse_core::{
    AuthError, Authentication, Authenticator, AuthenticatorOptions, Claims, Credential,
    Jwks as CoreJwks, PublishableKey, Verifier, VerifyOptions,
};
use napi::bindgen_prelude::{Buffer, Either};
use napi_derive::napi;

/// A refused credential: the stable code, the human message and the HTTP answer the core
/// gives for it.
#[napi(object)]
pub struct Refusal {
    /// One of the stable codes of `shared/DESIGN.md`.
    pub code: String,
    /// The human-readable message.
    pub message: String,
    /// 401, 403 or 503.
    pub status: u16,
    /// The `WWW-Authenticate` value (RFC 6750), absent for 503.
    pub www_authenticate: Option<String>,
    /// The JSON body, `{"error": ..., "code": ..., "message": ...}`.
    pub body: String,
}

impl From<&AuthError> for Refusal {
    fn from(error: &AuthError) -> Refusal {
        let response = error.to_response();
        Refusal {
            code: error.code().to_owned(),
            message: error.message(),
            status: response.status,
            www_authenticate: response.www_authenticate,
            body: response.body,
        }
    }
}

fn refusal<T>(error: AuthError) -> Either<T, Refusal> {
    Either::B(Refusal::from(&error))
}

/// A parsed JSON Web Key Set.
#[napi]
pub struct NativeJwks {
    keys: Arc<CoreJwks>,
}

#[napi]
impl NativeJwks {
    /// The `kid`s of the usable keys, in document order.
    #[napi]
    pub fn key_ids(&self) -> Vec<String> {
        self.keys.key_ids().map(str::to_owned).collect()
    }
}

/// Parses a JWKS document given as JSON text or bytes.
#[napi]
pub fn parse_jwks(document: Either<String, Buffer>) -> Either<NativeJwks, Refusal> {
    let parsed = match &document {
        Either::A(text) => CoreJwks::from_json(text),
        Either::B(bytes) => CoreJwks::from_slice(bytes),
    };
    match parsed {
        Ok(keys) => Either::A(NativeJwks {
            keys: Arc::new(keys),
        }),
        Err(error) => refusal(error),
    }
}

fn verify_options(issuer: String, audience: String, leeway: Option<u32>) -> VerifyOptions {
    let options = VerifyOptions::new(issuer, audience);
    match leeway {
        Some(seconds) => options.with_leeway(Duration::from_secs(u64::from(seconds))),
        None => options,
    }
}

/// Verifies an access token offline; on success, the claims as the token's payload JSON.
#[napi]
pub fn verify_access_token(
    token: String,
    jwks: &NativeJwks,
    issuer: String,
    audience: String,
    now: Option<i64>,
    leeway: Option<u32>,
) -> Either<String, Refusal> {
    let mut options = verify_options(issuer, audience, leeway);
    if let Some(now) = now {
        options = options.at(now);
    }
    match gatehouse_core::verify_access_token(&token, &jwks.keys, &options) {
        Ok(claims) => Either::A(claims.payload_json().to_owned()),
        Err(error) => refusal(error),
    }
}

/// The refusal for a credential that lacks `action` (HTTP 403 `forbidden`).
#[napi]
pub fn forbidden(action: String) -> Refusal {
    Refusal::from(&AuthError::Forbidden(action))
}

/// Whether a string has the API-key shape and checksum (offline; says nothing of validity).
#[napi]
pub fn is_well_formed_api_key(candidate: String) -> bool {
    gatehouse_core::is_well_formed_api_key(&candidate)
}

/// The stable error codes, in the core's order.
#[napi]
pub fn auth_error_codes() -> Vec<&'static str> {
    AuthError::CODES.to_vec()
}

/// The prefix of organization API keys.
#[napi]
pub fn api_key_prefix() -> &'static str {
    gatehouse_core::API_KEY_PREFIX
}

/// The cookie the access token may come in.
#[napi]
pub fn access_token_cookie() -> &'static str {
    gatehouse_core::ACCESS_TOKEN_COOKIE
}

/// A credential accepted by the client: an access token verified locally, or a credential the
/// server vouched for (an API key).
#[napi(object)]
pub struct Accepted {
    /// `"access_token"` or `"api_key"`.
    pub kind: String,
    /// The credential exactly as the request carried it.
    pub credential: String,
    /// The organization the credential belongs to.
    pub organization_id: String,
    /// The user, for access tokens.
    pub user_id: Option<String>,
    /// The API key's id, for API keys.
    pub api_key_id: Option<String>,
    /// Roles granted to the credential.
    pub roles: Vec<String>,
    /// Permissions granted to the credential.
    pub actions: Vec<String>,
    /// Whether a staff member is acting as the user (`act`).
    pub impersonated: bool,
    /// The verified claims as JSON, for access tokens.
    pub claims: Option<String>,
}

impl Accepted {
    fn from_claims(credential: String, claims: &Claims) -> Accepted {
        Accepted {
            kind: "access_token".to_owned(),
            credential,
            organization_id: claims.organization_id().to_owned(),
            user_id: Some(claims.user_id().to_owned()),
            api_key_id: None,
            roles: claims.roles.clone(),
            actions: claims.actions.clone(),
            impersonated: claims.impersonator().is_some(),
            claims: Some(claims.payload_json().to_owned()),
        }
    }

    fn from_server(credential: String, authentication: &Authentication) -> Accepted {
        Accepted {
            kind: authentication.kind.as_str().to_owned(),
            credential,
            organization_id: authentication.organization_id.clone(),
            user_id: authentication.user_id.clone(),
            api_key_id: authentication.api_key_id.clone(),
            roles: authentication.roles.clone(),
            actions: authentication.actions.clone(),
            impersonated: false,
            claims: authentication
                .claims
                .as_ref()
                .and_then(|claims| serde_json::to_string(claims).ok()),
        }
    }
}

/// How a client is configured; mirrors the options of the JavaScript `Gatehouse` class.
#[napi(object)]
pub struct ClientOptions {
    /// `pk_live_...` or `pk_test_...`.
    pub publishable_key: String,
    /// A project secret key, to check API keys with the server.
    pub secret_key: Option<String>,
    /// The server's backend API URL, when the issuer is a custom URL.
    pub api_url: Option<String>,
    /// The audience to require instead of the project id.
    pub audience: Option<String>,
    /// Clock skew tolerated on `exp` and `nbf`, in seconds.
    pub leeway: Option<u32>,
    /// How long the server's answers about API keys are reused, in seconds.
    pub api_key_cache_ttl: Option<f64>,
}

/// Verifies requests for one project: access tokens against its cached JWKS, API keys with the
/// server (given a secret key).
#[napi]
pub struct NativeClient {
    verifier: Verifier,
    authenticator: Option<Authenticator>,
    issuer: String,
    project_id: String,
    jwks_url: String,
    api_url: Option<String>,
}

fn invalid_argument(message: String) -> napi::Error {
    napi::Error::new(napi::Status::InvalidArg, message)
}

#[napi]
impl NativeClient {
    /// Checks the configuration; nothing is fetched until the first request.
    #[napi(constructor)]
    pub fn new(options: ClientOptions) -> napi::Result<NativeClient> {
        let key = PublishableKey::parse(&options.publishable_key)
            .map_err(|error| invalid_argument(format!("invalid publishable key: {error}")))?;
        let cache_ttl = Duration::try_from_secs_f64(options.api_key_cache_ttl.unwrap_or(30.0))
            .map_err(|_| {
                invalid_argument("apiKeyCacheTtl must be a number of seconds >= 0".into())
            })?;
        let api_url = options.api_url.or_else(|| Authenticator::api_url_for(&key));
        let authenticator = match (&api_url, &options.secret_key) {
            (Some(api_url), Some(secret_key)) => Some(
                Authenticator::new(
                    api_url,
                    secret_key,
                    AuthenticatorOptions::default().with_cache_ttl(cache_ttl),
                )
                .map_err(|error| napi::Error::from_reason(error.to_string()))?,
            ),
            (None, Some(_)) => {
                return Err(invalid_argument(
                    "apiUrl is required with a secret key when the project has a custom issuer URL"
                        .into(),
                ));
            }
            _ => None,
        };
        let audience = options
            .audience
            .unwrap_or_else(|| key.project_id().to_owned());
        let verify = verify_options(key.issuer().to_owned(), audience, options.leeway);
        let verifier = Verifier::new(key.jwks_url(), verify)
            .map_err(|error| napi::Error::from_reason(error.to_string()))?;
        Ok(NativeClient {
            verifier,
            authenticator,
            issuer: key.issuer().to_owned(),
            project_id: key.project_id().to_owned(),
            jwks_url: key.jwks_url(),
            api_url,
        })
    }

    /// The issuer tokens must come from.
    #[napi(getter)]
    pub fn issuer(&self) -> String {
        self.issuer.clone()
    }

    /// The project the publishable key names.
    #[napi(getter)]
    pub fn project_id(&self) -> String {
        self.project_id.clone()
    }

    /// Where the signing keys are fetched from.
    #[napi(getter)]
    pub fn jwks_url(&self) -> String {
        self.jwks_url.clone()
    }

    /// The backend API URL API keys are checked with, if any.
    #[napi(getter)]
    pub fn api_url(&self) -> Option<String> {
        self.api_url.clone()
    }

    /// Verifies an access token with the project's cached signing keys; on success, the claims
    /// as the token's payload JSON.
    #[napi]
    pub async fn verify(&self, token: String) -> Either<String, Refusal> {
        match self.verifier.verify(&token).await {
            Ok(claims) => Either::A(claims.payload_json().to_owned()),
            Err(error) => refusal(error),
        }
    }

    /// Authenticates a request from its `Authorization` and `Cookie` header values.
    #[napi]
    pub async fn authenticate(
        &self,
        authorization: Option<String>,
        cookie: Option<String>,
    ) -> Either<Accepted, Refusal> {
        match gatehouse_core::extract_credential(authorization.as_deref(), cookie.as_deref()) {
            Ok(credential) => self.check(credential).await,
            Err(error) => refusal(error),
        }
    }

    /// Authenticates a bare credential: API keys (`gh_key_...`) with the server, anything else
    /// as an access token.
    #[napi]
    pub async fn authenticate_credential(&self, credential: String) -> Either<Accepted, Refusal> {
        if credential.is_empty() {
            return refusal(AuthError::MissingToken);
        }
        let credential = if credential.starts_with(gatehouse_core::API_KEY_PREFIX) {
            Credential::ApiKey(credential)
        } else {
            Credential::AccessToken(credential)
        };
        self.check(credential).await
    }
}

impl NativeClient {
    async fn check(&self, credential: Credential) -> Either<Accepted, Refusal> {
        match credential {
            Credential::AccessToken(token) => match self.verifier.verify(&token).await {
                Ok(claims) => Either::A(Accepted::from_claims(token, &claims)),
                Err(error) => refusal(error),
            },
            // Without a secret key nobody can vouch for an API key.
            Credential::ApiKey(key) => match &self.authenticator {
                Some(authenticator) => match authenticator.authenticate(&key).await {
                    Ok(authentication) => Either::A(Accepted::from_server(key, &authentication)),
                    Err(error) => refusal(error),
                },
                None => refusal(AuthError::InvalidApiKey),
            },
        }
    }
}
