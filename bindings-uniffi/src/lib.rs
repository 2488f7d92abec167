//! `gatehouse-uniffi`: `gatehouse-core` exposed through uniffi, for Kotlin/JVM (and Swift). It
//! converts values to and from the core's types and calls the core; every decision (the checks,
//! their order, the error codes) is the core's, so Kotlin agrees with every other binding.
//!
//! The interface is declared with uniffi proc-macros only (no UDL file): the foreign bindings are
//! generated from the built library (`uniffi-bindgen generate --library`), so they always match
//! the code that was compiled.
//!
//! What crosses the boundary:
//! - [`verify_access_token`] and [`Jwks::verify_access_token`]: offline verification, returning
//!   [`AccessTokenClaims`] (typed claims plus the payload JSON, for custom claims);
//! - [`AuthError`]: a flat error enum, one variant per stable code (Kotlin `AuthException`);
//! - [`parse_publishable_key`]: a publishable key's issuer, project id and JWKS URL;
//! - [`Client`]: the core's client (JWKS cache, API keys checked with the server), blocking;
//! - [`request_credential`] and [`authenticate_with_answer`]: the core's request and
//!   authenticate decisions without I/O, which the shared vectors run.

use std::sync::Arc;
use std::time::Duration;

use gatehouse_core::{
    AuthError as CoreAuthError, Claims, Client as CoreClient, ClientOptions as CoreClientOptions,
    ClientSettings, Credential, Jwks as CoreJwks, Principal as CorePrincipal,
    PublishableKey as CorePublishableKey, PublishableKeyError as CorePublishableKeyError,
    RequestCredential, RequestParts, ServerAnswer, VerifyOptions as CoreVerifyOptions,
    request_credential as core_request_credential,
};

uniffi::setup_scaffolding!("gatehouse");

/// Why a token was refused: one variant per stable error code of the Gatehouse SDKs, in the
/// core's order; the message is the core's.
///
/// Flat: only the variant and the message cross the boundary, so each language gets a plain
/// exception hierarchy (Kotlin `AuthException.TokenExpired`, Swift `AuthError.TokenExpired`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum AuthError {
    /// `missing_token`: no token was given.
    #[error("{0}")]
    MissingToken(String),
    /// `malformed_token`: not a well-formed compact JWS (size, segments, base64url, JSON).
    #[error("{0}")]
    MalformedToken(String),
    /// `unsupported_algorithm`: `alg` is not allowed or does not match the key.
    #[error("{0}")]
    UnsupportedAlgorithm(String),
    /// `unknown_key`: no key in the JWKS has the token's `kid`.
    #[error("{0}")]
    UnknownKey(String),
    /// `invalid_signature`: the signature does not verify.
    #[error("{0}")]
    InvalidSignature(String),
    /// `token_expired`: `exp` is past, beyond the leeway.
    #[error("{0}")]
    TokenExpired(String),
    /// `token_not_yet_valid`: `nbf` is in the future, beyond the leeway.
    #[error("{0}")]
    TokenNotYetValid(String),
    /// `wrong_issuer`: `iss` is not the expected issuer.
    #[error("{0}")]
    WrongIssuer(String),
    /// `wrong_audience`: `aud` does not contain the expected audience.
    #[error("{0}")]
    WrongAudience(String),
    /// `wrong_token_type`: the header's `typ` is not `at+jwt`.
    #[error("{0}")]
    WrongTokenType(String),
    /// `missing_claim`: a required claim is absent.
    #[error("{0}")]
    MissingClaim(String),
    /// `invalid_claim`: a claim has the wrong JSON type or shape.
    #[error("{0}")]
    InvalidClaim(String),
    /// `jwks_unavailable`: the key set is not a JWKS document.
    #[error("{0}")]
    JwksUnavailable(String),
    /// `invalid_api_key`: an API key was refused.
    #[error("{0}")]
    InvalidApiKey(String),
    /// `server_unavailable`: the API key could not be checked because the server did not
    /// answer.
    #[error("{0}")]
    ServerUnavailable(String),
    /// `forbidden`: the credential lacks a permission.
    #[error("{0}")]
    Forbidden(String),
}

impl AuthError {
    /// The stable error code, the same string as the core's [`CoreAuthError::code`].
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::MissingToken(_) => "missing_token",
            AuthError::MalformedToken(_) => "malformed_token",
            AuthError::UnsupportedAlgorithm(_) => "unsupported_algorithm",
            AuthError::UnknownKey(_) => "unknown_key",
            AuthError::InvalidSignature(_) => "invalid_signature",
            AuthError::TokenExpired(_) => "token_expired",
            AuthError::TokenNotYetValid(_) => "token_not_yet_valid",
            AuthError::WrongIssuer(_) => "wrong_issuer",
            AuthError::WrongAudience(_) => "wrong_audience",
            AuthError::WrongTokenType(_) => "wrong_token_type",
            AuthError::MissingClaim(_) => "missing_claim",
            AuthError::InvalidClaim(_) => "invalid_claim",
            AuthError::JwksUnavailable(_) => "jwks_unavailable",
            AuthError::InvalidApiKey(_) => "invalid_api_key",
            AuthError::ServerUnavailable(_) => "server_unavailable",
            AuthError::Forbidden(_) => "forbidden",
        }
    }
}

/// The number of variants of [`AuthError`] (one per match arm of [`AuthError::code`]).
const AUTH_ERROR_VARIANTS: usize = 16;

// A core with a new error code no longer compiles this crate, instead of the conversion below
// silently reporting the new refusal under another code.
const _: () = assert!(CoreAuthError::CODES.len() == AUTH_ERROR_VARIANTS);

impl From<CoreAuthError> for AuthError {
    fn from(error: CoreAuthError) -> AuthError {
        let message = error.message();
        match error {
            CoreAuthError::MissingToken => AuthError::MissingToken(message),
            CoreAuthError::MalformedToken(_) => AuthError::MalformedToken(message),
            CoreAuthError::UnsupportedAlgorithm(_) => AuthError::UnsupportedAlgorithm(message),
            CoreAuthError::UnknownKey => AuthError::UnknownKey(message),
            CoreAuthError::InvalidSignature => AuthError::InvalidSignature(message),
            CoreAuthError::TokenExpired => AuthError::TokenExpired(message),
            CoreAuthError::TokenNotYetValid => AuthError::TokenNotYetValid(message),
            CoreAuthError::WrongIssuer => AuthError::WrongIssuer(message),
            CoreAuthError::WrongAudience => AuthError::WrongAudience(message),
            CoreAuthError::WrongTokenType => AuthError::WrongTokenType(message),
            CoreAuthError::MissingClaim(_) => AuthError::MissingClaim(message),
            CoreAuthError::InvalidClaim(_) => AuthError::InvalidClaim(message),
            CoreAuthError::JwksUnavailable(_) => AuthError::JwksUnavailable(message),
            CoreAuthError::InvalidApiKey => AuthError::InvalidApiKey(message),
            CoreAuthError::ServerUnavailable(_) => AuthError::ServerUnavailable(message),
            CoreAuthError::Forbidden(_) => AuthError::Forbidden(message),
            // `CoreAuthError` is `#[non_exhaustive]`; the assertion above keeps this arm
            // unreachable for the core this crate is built with. Should it ever be reached, the
            // token is still refused.
            _ => AuthError::MalformedToken(message),
        }
    }
}

/// The stable error codes, in the order of the [`AuthError`] variants.
#[uniffi::export]
pub fn auth_error_codes() -> Vec<String> {
    CoreAuthError::CODES
        .iter()
        .map(|&code| code.to_owned())
        .collect()
}

/// What a token must match to be accepted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VerifyOptions {
    /// The exact expected `iss` (the project's issuer URL).
    pub issuer: String,
    /// The audience `aud` must contain (the project id, or the configured audience).
    pub audience: String,
    /// The current time in Unix seconds; when absent, the system clock is read. Set it in tests.
    #[uniffi(default = None)]
    pub now: Option<i64>,
    /// Clock skew tolerated on `exp` and `nbf`, in seconds. A signed `Long`, so Java can set
    /// it (Kotlin's unsigned types are not visible from Java); a negative value counts as zero.
    #[uniffi(default = 30)]
    pub leeway: i64,
}

/// A leeway in seconds from a signed count, negative meaning none.
fn leeway(seconds: i64) -> Duration {
    Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}

impl VerifyOptions {
    fn to_core(&self) -> CoreVerifyOptions {
        let options =
            CoreVerifyOptions::new(&self.issuer, &self.audience).with_leeway(leeway(self.leeway));
        match self.now {
            Some(now) => options.at(now),
            None => options,
        }
    }
}

/// The organization (tenant) the token was issued for: the `org` claim.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Organization {
    /// `org.id` (`org_...`).
    pub id: String,
    /// `org.slug`.
    pub slug: Option<String>,
    /// `org.name`.
    pub name: Option<String>,
}

/// The signed-in user: the `user` claim.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct User {
    /// `user.id` (`user_...`).
    pub id: Option<String>,
    /// `user.email`.
    pub email: Option<String>,
    /// `user.email_verified`.
    pub email_verified: Option<bool>,
    /// `user.name`.
    pub name: Option<String>,
}

/// The staff member acting as the user during impersonation: the `act` claim (RFC 8693).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Actor {
    /// `act.sub`.
    pub subject: String,
    /// `act.email`.
    pub email: Option<String>,
}

/// The claims of a verified access token: the typed claims of the Gatehouse token contract and
/// the payload JSON exactly as signed (for custom claims).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccessTokenClaims {
    /// `iss`.
    pub issuer: String,
    /// `sub`: the user id (`user_...`).
    pub subject: String,
    /// `aud`, always as a list.
    pub audience: Vec<String>,
    /// `exp` in Unix seconds.
    pub expires_at: i64,
    /// `iat` in Unix seconds.
    pub issued_at: i64,
    /// `nbf` in Unix seconds.
    pub not_before: Option<i64>,
    /// `jti`.
    pub token_id: Option<String>,
    /// `sid`: the session the token was issued for.
    pub session_id: Option<String>,
    /// `org`.
    pub organization: Organization,
    /// `user`.
    pub user: Option<User>,
    /// `roles` (empty when absent).
    pub roles: Vec<String>,
    /// `actions`: the permissions (empty when absent).
    pub actions: Vec<String>,
    /// `amr`: the authentication methods (RFC 8176), empty when absent.
    pub authentication_methods: Vec<String>,
    /// `act`, present when a staff member impersonates the user.
    pub actor: Option<Actor>,
    /// Every claim as the token's payload JSON (a JSON object), exactly as signed.
    pub payload_json: String,
}

impl From<Claims> for AccessTokenClaims {
    fn from(claims: Claims) -> AccessTokenClaims {
        let payload_json = claims.payload_json().to_owned();
        let organization = Organization {
            id: claims.organization.id,
            slug: claims.organization.slug,
            name: claims.organization.name,
        };
        AccessTokenClaims {
            issuer: claims.issuer,
            subject: claims.subject,
            audience: claims.audience,
            expires_at: claims.expires_at,
            issued_at: claims.issued_at,
            not_before: claims.not_before,
            token_id: claims.token_id,
            session_id: claims.session_id,
            organization,
            user: claims.user.map(|user| User {
                id: user.id,
                email: user.email,
                email_verified: user.email_verified,
                name: user.name,
            }),
            roles: claims.roles,
            actions: claims.actions,
            authentication_methods: claims.authentication_methods,
            actor: claims.actor.map(|actor| Actor {
                subject: actor.subject,
                email: actor.email,
            }),
            payload_json,
        }
    }
}

#[uniffi::export]
impl AccessTokenClaims {
    /// The organization (tenant) id, `org.id`.
    pub fn organization_id(&self) -> String {
        self.organization.id.clone()
    }

    /// The user id, `sub`.
    pub fn user_id(&self) -> String {
        self.subject.clone()
    }

    /// Whether `actions` grants the permission.
    pub fn has_permission(&self, action: String) -> bool {
        self.actions.contains(&action)
    }

    /// Whether `roles` contains the role.
    pub fn has_role(&self, role: String) -> bool {
        self.roles.contains(&role)
    }

    /// Whether a staff member is acting as the user (`act` is present).
    pub fn is_impersonated(&self) -> bool {
        self.actor.is_some()
    }
}

/// A parsed JSON Web Key Set: parse it once, verify many tokens with it. Immutable and safe to
/// share between threads.
#[derive(Debug, uniffi::Object)]
pub struct Jwks {
    keys: CoreJwks,
}

#[uniffi::export]
impl Jwks {
    /// Parses a JWKS document (`{"keys": [...]}`). Keys Gatehouse does not sign with are
    /// skipped; a document that is not a JWKS is refused with `jwks_unavailable`.
    #[uniffi::constructor]
    pub fn new(json: String) -> Result<Arc<Jwks>, AuthError> {
        let keys = CoreJwks::from_json(&json)?;
        Ok(Arc::new(Jwks { keys }))
    }

    /// The `kid`s of the usable keys, in document order.
    pub fn key_ids(&self) -> Vec<String> {
        self.keys.key_ids().map(str::to_owned).collect()
    }

    /// Verifies an access token against these keys, offline.
    pub fn verify_access_token(
        &self,
        token: String,
        options: VerifyOptions,
    ) -> Result<AccessTokenClaims, AuthError> {
        verify(&token, &self.keys, &options)
    }
}

fn verify(
    token: &str,
    keys: &CoreJwks,
    options: &VerifyOptions,
) -> Result<AccessTokenClaims, AuthError> {
    gatehouse_core::verify_access_token(token, keys, &options.to_core())
        .map(AccessTokenClaims::from)
        .map_err(AuthError::from)
}

/// Verifies an access token offline against a JWKS given as JSON: no network, the same checks
/// and error codes as every Gatehouse SDK. To verify many tokens, parse the keys once with
/// [`Jwks::new`] instead.
#[uniffi::export]
pub fn verify_access_token(
    token: String,
    jwks_json: String,
    options: VerifyOptions,
) -> Result<AccessTokenClaims, AuthError> {
    let keys = CoreJwks::from_json(&jwks_json)?;
    verify(&token, &keys, &options)
}

/// The staff member acting as the user (`act`), as a principal reports it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Impersonator {
    /// `act.sub`.
    pub sub: String,
    /// `act.email`.
    pub email: Option<String>,
}

/// An authenticated caller (the core's `Principal`): an access token verified locally, or an
/// API key the server vouched for.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Principal {
    /// `"access_token"` or `"api_key"`.
    pub kind: String,
    /// The credential exactly as it was given.
    pub credential: String,
    /// The organization (tenant) the caller belongs to.
    pub organization_id: String,
    /// The user, for access tokens.
    pub user_id: Option<String>,
    /// The API key's id, for API keys.
    pub api_key_id: Option<String>,
    /// Roles the credential holds.
    pub roles: Vec<String>,
    /// Permissions the credential grants.
    pub actions: Vec<String>,
    /// The impersonating staff member, when there is one.
    pub impersonator: Option<Impersonator>,
    /// The verified claims as the token's payload JSON, for access tokens.
    pub claims_json: Option<String>,
}

impl From<CorePrincipal> for Principal {
    fn from(principal: CorePrincipal) -> Principal {
        Principal {
            kind: principal.kind().to_owned(),
            organization_id: principal.organization_id().to_owned(),
            user_id: principal.user_id().map(str::to_owned),
            api_key_id: principal.api_key_id().map(str::to_owned),
            roles: principal.roles().to_vec(),
            actions: principal.actions().to_vec(),
            impersonator: principal.impersonator().map(|actor| Impersonator {
                sub: actor.subject.clone(),
                email: actor.email.clone(),
            }),
            claims_json: principal
                .claims()
                .map(|claims| claims.payload_json().to_owned()),
            credential: principal.credential().to_owned(),
        }
    }
}

#[uniffi::export]
impl Principal {
    /// Whether the credential grants the permission.
    pub fn has_permission(&self, action: String) -> bool {
        self.actions.contains(&action)
    }

    /// Whether the credential holds the role.
    pub fn has_role(&self, role: String) -> bool {
        self.roles.contains(&role)
    }
}

/// What the server answered about an API key (for [`authenticate_with_answer`]).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ServerResponse {
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: String,
}

/// The outcome of [`authenticate_with_answer`]: a principal or the error code, and whether the
/// server's answer was consulted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Decision {
    /// The principal, when the credential was accepted.
    pub principal: Option<Principal>,
    /// The stable error code, when it was not.
    pub error_code: Option<String>,
    /// Whether a real client would have sent a request to the server.
    pub asked_server: bool,
}

/// Authenticates a credential without I/O, exactly as [`Client`] does, with the server's reply
/// given as data (`None`: it did not answer). For tests and the shared vectors.
#[uniffi::export]
pub fn authenticate_with_answer(
    credential: String,
    jwks: Arc<Jwks>,
    options: VerifyOptions,
    accepts_api_keys: bool,
    server_answer: Option<ServerResponse>,
) -> Decision {
    let answer = match server_answer {
        None => ServerAnswer::NoAnswer("no answer".into()),
        Some(response) => ServerAnswer::Response {
            status: response.status,
            body: response.body.into_bytes(),
        },
    };
    let decision = gatehouse_core::authenticate_with_answer(
        &credential,
        &jwks.keys,
        &options.to_core(),
        accepts_api_keys,
        &answer,
    );
    match decision.result {
        Ok(principal) => Decision {
            principal: Some(principal.into()),
            error_code: None,
            asked_server: decision.asked_server,
        },
        Err(error) => Decision {
            principal: None,
            error_code: Some(error.code().to_owned()),
            asked_server: decision.asked_server,
        },
    }
}

/// A request's method and the headers that decide which credential it carries.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestHeaders {
    /// The method (`GET`, `POST`...).
    pub method: String,
    /// `Authorization`.
    #[uniffi(default = None)]
    pub authorization: Option<String>,
    /// `Cookie` (several joined with `"; "`).
    #[uniffi(default = None)]
    pub cookie: Option<String>,
    /// `Origin`.
    #[uniffi(default = None)]
    pub origin: Option<String>,
    /// `Access-Control-Request-Method`.
    #[uniffi(default = None)]
    pub access_control_request_method: Option<String>,
}

/// A credential found in a request.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FoundCredential {
    /// `"access_token"` or `"api_key"`.
    pub kind: String,
    /// The credential text.
    pub credential: String,
}

/// Which credential a request carries (the core's decision): the bearer value first, then the
/// access-token cookie for safe methods only; `null` for a CORS preflight, which is not
/// authenticated. Throws `missing_token` when there is none.
#[uniffi::export]
pub fn request_credential(request: RequestHeaders) -> Result<Option<FoundCredential>, AuthError> {
    let parts = RequestParts {
        method: &request.method,
        authorization: request.authorization.as_deref(),
        cookie: request.cookie.as_deref(),
        origin: request.origin.as_deref(),
        access_control_request_method: request.access_control_request_method.as_deref(),
    };
    match core_request_credential(&parts)? {
        RequestCredential::CorsPreflight => Ok(None),
        RequestCredential::Credential(credential) => {
            let kind = match credential {
                Credential::ApiKey(_) => "api_key",
                Credential::AccessToken(_) => "access_token",
            };
            Ok(Some(FoundCredential {
                kind: kind.to_owned(),
                credential: credential.into_string(),
            }))
        }
    }
}

/// How a [`Client`] is configured besides its publishable key.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClientOptions {
    /// A project secret key (`sk_...`), to accept organization API keys.
    #[uniffi(default = None)]
    pub secret_key: Option<String>,
    /// The server's backend API URL, when the issuer is a custom URL.
    #[uniffi(default = None)]
    pub api_url: Option<String>,
    /// The audience to require instead of the project id.
    #[uniffi(default = None)]
    pub audience: Option<String>,
    /// Clock skew tolerated on `exp` and `nbf`, in seconds (negative counts as zero).
    #[uniffi(default = 30)]
    pub leeway: i64,
    /// Seconds the server's answers about API keys are reused (negative counts as zero).
    #[uniffi(default = 30)]
    pub api_key_cache_ttl_seconds: i64,
}

/// Why a client cannot be configured (a startup mistake, not a verdict).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ConfigError {
    /// The publishable key or the options are invalid; the message says which.
    #[error("{0}")]
    Invalid(String),
}

/// Authenticates requests for one project with the core's client: access tokens against the
/// project's cached JWKS, API keys with the server. Its calls block the calling thread (run
/// them on a worker thread in an event loop). Thread-safe; share one per process.
#[derive(uniffi::Object)]
pub struct Client {
    runtime: tokio::runtime::Runtime,
    client: CoreClient,
}

#[uniffi::export]
impl Client {
    /// A client for the project a publishable key names; nothing is fetched yet.
    #[uniffi::constructor]
    pub fn new(
        publishable_key: String,
        options: ClientOptions,
    ) -> Result<Arc<Client>, ConfigError> {
        let mut core = CoreClientOptions::default()
            .with_leeway(leeway(options.leeway))
            .with_api_key_cache_ttl(leeway(options.api_key_cache_ttl_seconds));
        core.secret_key = options.secret_key;
        core.api_url = options.api_url;
        core.audience = options.audience;
        let invalid = |error: &dyn std::fmt::Display| ConfigError::Invalid(error.to_string());
        let settings = ClientSettings::new(&publishable_key, core).map_err(|e| invalid(&e))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("gatehouse")
            .enable_all()
            .build()
            .map_err(|e| invalid(&e))?;
        let client = CoreClient::new(&settings).map_err(|e| invalid(&e))?;
        Ok(Arc::new(Client { runtime, client }))
    }

    /// Authenticates a bare credential: an API key (`gh_key_...`, checksum offline, then the
    /// server) or an access token.
    pub fn authenticate_credential(&self, credential: String) -> Result<Principal, AuthError> {
        self.runtime
            .block_on(self.client.authenticate_str(&credential))
            .map(Principal::from)
            .map_err(AuthError::from)
    }

    /// Authenticates a request from its method and headers; `null` for a CORS preflight.
    pub fn authenticate_request(
        &self,
        request: RequestHeaders,
    ) -> Result<Option<Principal>, AuthError> {
        match request_credential(request)? {
            None => Ok(None),
            Some(found) => self.authenticate_credential(found.credential).map(Some),
        }
    }
}

/// Why a string is not a valid publishable key (a configuration mistake, so not one of the
/// [`AuthError`] codes). The message is the core's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum PublishableKeyError {
    /// Neither `pk_test_` nor `pk_live_` (often a secret key pasted by mistake).
    #[error("{0}")]
    WrongPrefix(String),
    /// The part after the prefix is not unpadded base64url of UTF-8 text.
    #[error("{0}")]
    InvalidEncoding(String),
    /// No `#` separates the issuer from the project id.
    #[error("{0}")]
    MissingProjectId(String),
    /// The project id is not `proj_` and 26 lowercase base32 characters.
    #[error("{0}")]
    InvalidProjectId(String),
    /// The issuer is not an absolute http(s) URL without query or fragment.
    #[error("{0}")]
    InvalidIssuer(String),
    /// A live key whose issuer is not `https`.
    #[error("{0}")]
    InsecureLiveIssuer(String),
}

impl From<CorePublishableKeyError> for PublishableKeyError {
    fn from(error: CorePublishableKeyError) -> PublishableKeyError {
        let message = error.to_string();
        match error {
            CorePublishableKeyError::WrongPrefix => PublishableKeyError::WrongPrefix(message),
            CorePublishableKeyError::InvalidEncoding => {
                PublishableKeyError::InvalidEncoding(message)
            }
            CorePublishableKeyError::MissingProjectId => {
                PublishableKeyError::MissingProjectId(message)
            }
            CorePublishableKeyError::InvalidProjectId => {
                PublishableKeyError::InvalidProjectId(message)
            }
            CorePublishableKeyError::InsecureLiveIssuer => {
                PublishableKeyError::InsecureLiveIssuer(message)
            }
            // `InvalidIssuer` and any reason a newer core adds: the key is refused either way,
            // with the core's message.
            _ => PublishableKeyError::InvalidIssuer(message),
        }
    }
}

/// A parsed publishable key: where a project's tokens come from and where its keys live.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PublishableKey {
    /// The key as it was written (`pk_test_...` or `pk_live_...`).
    pub key: String,
    /// The issuer URL: the expected `iss` of the project's tokens.
    pub issuer: String,
    /// The project id (`proj_...`): the default audience of the project's tokens.
    pub project_id: String,
    /// Whether this is a `pk_live_` key.
    pub live: bool,
    /// Where the project publishes its signing keys.
    pub jwks_url: String,
}

/// Parses and validates a publishable key.
#[uniffi::export]
pub fn parse_publishable_key(key: String) -> Result<PublishableKey, PublishableKeyError> {
    let parsed = CorePublishableKey::parse(&key)?;
    Ok(PublishableKey {
        issuer: parsed.issuer().to_owned(),
        project_id: parsed.project_id().to_owned(),
        live: parsed.is_live(),
        jwks_url: parsed.jwks_url(),
        key,
    })
}

#[cfg(test)]
mod tests {
    use std::mem::discriminant;

    use super::*;

    fn every_core_error() -> Vec<CoreAuthError> {
        vec![
            CoreAuthError::MissingToken,
            CoreAuthError::MalformedToken("m"),
            CoreAuthError::UnsupportedAlgorithm("a"),
            CoreAuthError::UnknownKey,
            CoreAuthError::InvalidSignature,
            CoreAuthError::TokenExpired,
            CoreAuthError::TokenNotYetValid,
            CoreAuthError::WrongIssuer,
            CoreAuthError::WrongAudience,
            CoreAuthError::WrongTokenType,
            CoreAuthError::MissingClaim("c"),
            CoreAuthError::InvalidClaim("c"),
            CoreAuthError::JwksUnavailable("j".into()),
            CoreAuthError::InvalidApiKey,
            CoreAuthError::ServerUnavailable("s".into()),
            CoreAuthError::Forbidden("f".into()),
        ]
    }

    #[test]
    fn every_core_error_keeps_its_code_and_message() {
        let errors = every_core_error();
        assert_eq!(errors.len(), AUTH_ERROR_VARIANTS);
        for core in errors {
            let converted = AuthError::from(core.clone());
            assert_eq!(converted.code(), core.code());
            assert_eq!(converted.to_string(), core.message());
        }
    }

    #[test]
    fn codes_are_listed_in_variant_order() {
        let codes: Vec<String> = every_core_error()
            .into_iter()
            .map(|core| AuthError::from(core).code().to_owned())
            .collect();
        assert_eq!(codes, auth_error_codes());
    }

    #[test]
    fn publishable_key_reasons_keep_the_core_message() {
        let cases = [
            (
                "sk_test_abc",
                PublishableKeyError::WrongPrefix(String::new()),
            ),
            (
                "pk_test_***",
                PublishableKeyError::InvalidEncoding(String::new()),
            ),
            (
                "pk_live_aHR0cDovL2V4YW1wbGUuY29tI3Byb2pfMDFqOXpxazNtNG41cDZxN3I4czl0MHYxdzI",
                PublishableKeyError::InsecureLiveIssuer(String::new()),
            ),
        ];
        for (key, expected) in cases {
            let (Err(error), Err(core)) = (
                parse_publishable_key(key.to_owned()),
                CorePublishableKey::parse(key),
            ) else {
                panic!("{key} was accepted");
            };
            assert_eq!(discriminant(&error), discriminant(&expected), "{key}");
            assert_eq!(error.to_string(), core.to_string());
        }
    }
}
