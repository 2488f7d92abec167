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
    AuthError, Client, ClientOptions as CoreClientOptions, ClientSettings, Credential,
    Jwks as CoreJwks, Principal, RequestCredential, RequestParts, ServerAnswer, VerifyOptions,
    request_credential,
};
use napi::bindgen_prelude::{Buffer, Either};
use napi_derive::napi;

/// A refused credential: the stable code, the human message and the HTTP answer the core
/// gives for it.
#[napi(object)]
pub struct Refusal {
    /// One of the stable codes of `docs/sdk-contract.md`.
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

/// The staff member acting as the user during impersonation (the `act` claim, RFC 8693).
#[napi(object)]
pub struct Impersonator {
    /// `act.sub`.
    pub sub: String,
    /// `act.email`.
    pub email: Option<String>,
}

/// A credential accepted by the client (the core's `Principal`): an access token verified
/// locally, or an API key the server vouched for.
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
    /// The impersonating staff member (`act`), when there is one.
    pub impersonator: Option<Impersonator>,
    /// The verified claims as JSON, for access tokens.
    pub claims: Option<String>,
}

impl From<Principal> for Accepted {
    fn from(principal: Principal) -> Accepted {
        Accepted {
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
            claims: principal
                .claims()
                .map(|claims| claims.payload_json().to_owned()),
            credential: principal.credential().to_owned(),
        }
    }
}

fn accepted(verdict: Result<Principal, AuthError>) -> Either<Accepted, Refusal> {
    match verdict {
        Ok(principal) => Either::A(Accepted::from(principal)),
        Err(error) => refusal(error),
    }
}

/// A request's method and the headers that decide which credential it carries.
#[napi(object)]
pub struct RequestHeaders {
    /// The method (`GET`, `POST`...).
    pub method: String,
    /// `Authorization`.
    pub authorization: Option<String>,
    /// `Cookie` (several joined with `"; "`).
    pub cookie: Option<String>,
    /// `Origin`.
    pub origin: Option<String>,
    /// `Access-Control-Request-Method`.
    pub access_control_request_method: Option<String>,
}

impl RequestHeaders {
    fn decide(&self) -> Result<RequestCredential, AuthError> {
        request_credential(&RequestParts {
            method: &self.method,
            authorization: self.authorization.as_deref(),
            cookie: self.cookie.as_deref(),
            origin: self.origin.as_deref(),
            access_control_request_method: self.access_control_request_method.as_deref(),
        })
    }
}

/// The credential a request carries.
#[napi(object)]
pub struct FoundCredential {
    /// `"access_token"` or `"api_key"`.
    pub kind: String,
    /// The credential text.
    pub credential: String,
}

/// Which credential a request carries (the core's decision): `null` for a CORS preflight.
#[napi]
pub fn find_credential(request: RequestHeaders) -> Either<Option<FoundCredential>, Refusal> {
    match request.decide() {
        Ok(RequestCredential::CorsPreflight) => Either::A(None),
        Ok(RequestCredential::Credential(credential)) => {
            let kind = match credential {
                Credential::ApiKey(_) => "api_key",
                Credential::AccessToken(_) => "access_token",
            };
            Either::A(Some(FoundCredential {
                kind: kind.to_owned(),
                credential: credential.into_string(),
            }))
        }
        Err(error) => refusal(error),
    }
}

/// The outcome of [`authenticate_with_answer`].
#[napi(object)]
pub struct Decision {
    /// The principal, when the credential was accepted.
    pub accepted: Option<Accepted>,
    /// The refusal, when it was not.
    pub refusal: Option<Refusal>,
    /// Whether the server's answer was consulted.
    pub asked_server: bool,
}

/// Authenticates a credential without I/O, exactly as the client does, with the server's
/// reply given as data: `status` and `body`, or neither for no answer.
#[napi]
#[allow(clippy::too_many_arguments)]
pub fn authenticate_with_answer(
    credential: String,
    jwks: &NativeJwks,
    issuer: String,
    audience: String,
    now: Option<i64>,
    leeway: Option<u32>,
    accepts_api_keys: bool,
    status: Option<u16>,
    body: Option<Buffer>,
) -> Decision {
    let mut options = verify_options(issuer, audience, leeway);
    if let Some(now) = now {
        options = options.at(now);
    }
    let answer = match status {
        None => ServerAnswer::NoAnswer("no answer".into()),
        Some(status) => ServerAnswer::Response {
            status,
            body: body.map(|body| body.to_vec()).unwrap_or_default(),
        },
    };
    let decision = gatehouse_core::authenticate_with_answer(
        &credential,
        &jwks.keys,
        &options,
        accepts_api_keys,
        &answer,
    );
    let (accepted, refused) = match decision.result {
        Ok(principal) => (Some(Accepted::from(principal)), None),
        Err(error) => (None, Some(Refusal::from(&error))),
    };
    Decision {
        accepted,
        refusal: refused,
        asked_server: decision.asked_server,
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
    settings: ClientSettings,
    client: Client,
}

fn invalid_argument(message: String) -> napi::Error {
    napi::Error::new(napi::Status::InvalidArg, message)
}

#[napi]
impl NativeClient {
    /// Checks the configuration; nothing is fetched until the first request.
    #[napi(constructor)]
    pub fn new(options: ClientOptions) -> napi::Result<NativeClient> {
        let mut core = CoreClientOptions::default();
        if let Some(seconds) = options.api_key_cache_ttl {
            core.api_key_cache_ttl = Some(Duration::try_from_secs_f64(seconds).map_err(|_| {
                invalid_argument("apiKeyCacheTtl must be a number of seconds >= 0".into())
            })?);
        }
        core.leeway = options
            .leeway
            .map(|seconds| Duration::from_secs(u64::from(seconds)));
        core.secret_key = options.secret_key;
        core.api_url = options.api_url;
        core.audience = options.audience;
        let settings = ClientSettings::new(&options.publishable_key, core)
            .map_err(|error| invalid_argument(error.to_string()))?;
        let client =
            Client::new(&settings).map_err(|error| napi::Error::from_reason(error.to_string()))?;
        Ok(NativeClient { settings, client })
    }

    /// The issuer tokens must come from.
    #[napi(getter)]
    pub fn issuer(&self) -> String {
        self.settings.issuer().to_owned()
    }

    /// The project the publishable key names.
    #[napi(getter)]
    pub fn project_id(&self) -> String {
        self.settings.project_id().to_owned()
    }

    /// Where the signing keys are fetched from.
    #[napi(getter)]
    pub fn jwks_url(&self) -> String {
        self.settings.jwks_url()
    }

    /// The backend API URL API keys are checked with, if any.
    #[napi(getter)]
    pub fn api_url(&self) -> Option<String> {
        self.settings.api_url().map(str::to_owned)
    }

    /// The verdict on a token verified before with the current keys (the core's
    /// `Client::verify_seen`), synchronously; `null` when it needs `verify`.
    #[napi]
    pub fn verify_seen(&self, token: String) -> Option<Either<String, Refusal>> {
        self.client
            .verify_seen_with(&token, |claims| claims.payload_json().to_owned())
            .map(|verdict| match verdict {
                Ok(payload) => Either::A(payload),
                Err(error) => refusal(error),
            })
    }

    /// Verifies an access token with the project's cached signing keys; on success, the claims
    /// as the token's payload JSON.
    #[napi]
    pub async fn verify(&self, token: String) -> Either<String, Refusal> {
        match self.client.verify(&token).await {
            Ok(claims) => Either::A(claims.payload_json().to_owned()),
            Err(error) => refusal(error),
        }
    }

    /// Authenticates a request from its method and headers; `null` for a CORS preflight.
    #[napi]
    pub async fn authenticate_request(
        &self,
        request: RequestHeaders,
    ) -> Option<Either<Accepted, Refusal>> {
        match request.decide() {
            Ok(RequestCredential::CorsPreflight) => None,
            Ok(RequestCredential::Credential(credential)) => {
                Some(accepted(self.client.authenticate(credential).await))
            }
            Err(error) => Some(refusal(error)),
        }
    }

    /// Authenticates a bare credential: API keys (`gh_key_...`) with the server, anything else
    /// as an access token.
    #[napi]
    pub async fn authenticate_credential(&self, credential: String) -> Either<Accepted, Refusal> {
        accepted(self.client.authenticate_str(&credential).await)
    }
}
