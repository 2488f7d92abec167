//! The WebAssembly half of `@gatehouse/wasm`: it converts JavaScript values to and from
//! `gatehouse-core` types and calls the core, so a token gets the same verdict and error code in
//! the browser (and in edge runtimes) as in every other Gatehouse SDK.
//!
//! Refusals are thrown as [`Refusal`] values rather than JavaScript errors: the JavaScript
//! wrapper (`index.js`) turns them into its `AuthError` class, exactly as `@gatehouse/node`
//! does. Claims cross the boundary as the token's payload JSON, which `JSON.parse` reads faster
//! than an object could be built property by property. Nothing here does I/O: the JWKS cache
//! ([`NativeJwksCache`], the core's policy) says what to fetch and when, and the wrapper
//! (`remote.js`) performs that request with the browser's `fetch`.

use std::sync::Arc;
use std::time::Duration;

use gatehouse_core::{
    AuthError, CacheOptions, CacheStep, Credential, Jwks as CoreJwks, JwksCache, Principal,
    PublishableKey as CoreKey, RequestCredential, RequestParts, ServerAnswer, VerifyOptions,
};
use wasm_bindgen::prelude::*;

/// A refused token: the stable code, the human message and the HTTP answer the core gives for
/// it (for edge runtimes that answer requests).
#[wasm_bindgen]
pub struct Refusal {
    code: &'static str,
    message: String,
    status: u16,
    www_authenticate: Option<String>,
    body: String,
}

#[wasm_bindgen]
impl Refusal {
    /// One of the stable codes of `docs/sdk-contract.md`.
    #[wasm_bindgen(getter)]
    pub fn code(&self) -> String {
        self.code.to_owned()
    }

    /// The human-readable message.
    #[wasm_bindgen(getter)]
    pub fn message(&self) -> String {
        self.message.clone()
    }

    /// 401, 403 or 503.
    #[wasm_bindgen(getter)]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `WWW-Authenticate` value (RFC 6750), absent for 503.
    #[wasm_bindgen(getter, js_name = wwwAuthenticate)]
    pub fn www_authenticate(&self) -> Option<String> {
        self.www_authenticate.clone()
    }

    /// The JSON body, `{"error": ..., "code": ..., "message": ...}`.
    #[wasm_bindgen(getter)]
    pub fn body(&self) -> String {
        self.body.clone()
    }
}

impl From<AuthError> for Refusal {
    fn from(error: AuthError) -> Refusal {
        let response = error.to_response();
        Refusal {
            code: error.code(),
            message: error.message(),
            status: response.status,
            www_authenticate: response.www_authenticate,
            body: response.body,
        }
    }
}

/// A parsed JSON Web Key Set.
#[wasm_bindgen]
pub struct NativeJwks {
    keys: Arc<CoreJwks>,
}

#[wasm_bindgen]
impl NativeJwks {
    /// The `kid`s of the usable keys, in document order.
    #[wasm_bindgen(js_name = keyIds)]
    pub fn key_ids(&self) -> Vec<String> {
        self.keys.key_ids().map(str::to_owned).collect()
    }
}

/// Parses a JWKS document given as JSON text; throws a [`Refusal`] (`jwks_unavailable`) when it
/// is not a JWKS.
#[wasm_bindgen(js_name = parseJwks)]
pub fn parse_jwks(document: &str) -> Result<NativeJwks, Refusal> {
    CoreJwks::from_json(document)
        .map(|keys| NativeJwks {
            keys: Arc::new(keys),
        })
        .map_err(Refusal::from)
}

/// Parses a JWKS document given as UTF-8 bytes, as received over HTTP.
#[wasm_bindgen(js_name = parseJwksBytes)]
pub fn parse_jwks_bytes(document: &[u8]) -> Result<NativeJwks, Refusal> {
    CoreJwks::from_slice(document)
        .map(|keys| NativeJwks {
            keys: Arc::new(keys),
        })
        .map_err(Refusal::from)
}

fn verify_options(
    issuer: &str,
    audience: &str,
    now: Option<f64>,
    leeway: Option<u32>,
) -> VerifyOptions {
    let mut options = VerifyOptions::new(issuer, audience);
    if let Some(seconds) = leeway {
        options = options.with_leeway(Duration::from_secs(u64::from(seconds)));
    }
    if let Some(now) = now {
        // A safe integer (|now| < 2^53) converts exactly.
        #[allow(clippy::cast_possible_truncation)]
        let now = now as i64;
        options = options.at(now);
    }
    options
}

/// Which credential a request carries (the core's decision: the bearer value first, then the
/// access-token cookie for safe methods only): `undefined` for a CORS preflight, otherwise
/// `[kind, credential]`; throws a [`Refusal`] (`missing_token`) when there is none.
#[wasm_bindgen(js_name = requestCredential)]
pub fn request_credential(
    method: &str,
    authorization: Option<String>,
    cookie: Option<String>,
    origin: Option<String>,
    access_control_request_method: Option<String>,
) -> Result<Option<Vec<String>>, Refusal> {
    let parts = RequestParts {
        method,
        authorization: authorization.as_deref(),
        cookie: cookie.as_deref(),
        origin: origin.as_deref(),
        access_control_request_method: access_control_request_method.as_deref(),
    };
    match gatehouse_core::request_credential(&parts).map_err(Refusal::from)? {
        RequestCredential::CorsPreflight => Ok(None),
        RequestCredential::Credential(credential) => {
            let kind = match credential {
                Credential::ApiKey(_) => "api_key",
                Credential::AccessToken(_) => "access_token",
            };
            Ok(Some(vec![kind.to_owned(), credential.into_string()]))
        }
    }
}

/// An authenticated caller (the core's `Principal`), read field by field: building JSON here
/// would link a JSON serializer into the module for this one use.
#[wasm_bindgen]
pub struct NativePrincipal {
    principal: Principal,
}

#[wasm_bindgen]
impl NativePrincipal {
    /// `"access_token"` or `"api_key"`.
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.principal.kind().to_owned()
    }

    /// The organization the caller belongs to.
    #[wasm_bindgen(getter, js_name = organizationId)]
    pub fn organization_id(&self) -> String {
        self.principal.organization_id().to_owned()
    }

    /// The user, for access tokens.
    #[wasm_bindgen(getter, js_name = userId)]
    pub fn user_id(&self) -> Option<String> {
        self.principal.user_id().map(str::to_owned)
    }

    /// The API key's id, for API keys.
    #[wasm_bindgen(getter, js_name = apiKeyId)]
    pub fn api_key_id(&self) -> Option<String> {
        self.principal.api_key_id().map(str::to_owned)
    }

    /// Roles the credential holds.
    #[wasm_bindgen(getter)]
    pub fn roles(&self) -> Vec<String> {
        self.principal.roles().to_vec()
    }

    /// Permissions the credential grants.
    #[wasm_bindgen(getter)]
    pub fn actions(&self) -> Vec<String> {
        self.principal.actions().to_vec()
    }

    /// The verified claims as the token's payload JSON, for access tokens.
    #[wasm_bindgen(getter, js_name = claimsJson)]
    pub fn claims_json(&self) -> Option<String> {
        self.principal
            .claims()
            .map(|claims| claims.payload_json().to_owned())
    }

    /// `act.sub` of the impersonating staff member, when there is one.
    #[wasm_bindgen(getter, js_name = impersonatorSub)]
    pub fn impersonator_sub(&self) -> Option<String> {
        self.principal
            .impersonator()
            .map(|actor| actor.subject.clone())
    }

    /// `act.email` of the impersonating staff member, when there is one.
    #[wasm_bindgen(getter, js_name = impersonatorEmail)]
    pub fn impersonator_email(&self) -> Option<String> {
        self.principal
            .impersonator()
            .and_then(|actor| actor.email.clone())
    }
}

/// The outcome of [`authenticate_with_answer`]: the principal or the refusal, and whether the
/// server was consulted.
#[wasm_bindgen]
pub struct Decision {
    principal: Option<NativePrincipal>,
    refusal: Option<Refusal>,
    asked_server: bool,
}

#[wasm_bindgen]
impl Decision {
    /// Takes the principal, when the credential was accepted.
    #[wasm_bindgen(js_name = takePrincipal)]
    pub fn take_principal(&mut self) -> Option<NativePrincipal> {
        self.principal.take()
    }

    /// Takes the refusal, when the credential was refused.
    #[wasm_bindgen(js_name = takeRefusal)]
    pub fn take_refusal(&mut self) -> Option<Refusal> {
        self.refusal.take()
    }

    /// Whether the server's answer was consulted.
    #[wasm_bindgen(getter, js_name = askedServer)]
    pub fn asked_server(&self) -> bool {
        self.asked_server
    }
}

/// Authenticates a credential without I/O, exactly as the native clients do, with the server's
/// reply given as data (`status` undefined: no answer).
#[wasm_bindgen(js_name = authenticateWithAnswer)]
#[allow(clippy::too_many_arguments)]
pub fn authenticate_with_answer(
    credential: &str,
    jwks: &NativeJwks,
    issuer: &str,
    audience: &str,
    now: Option<f64>,
    leeway: Option<u32>,
    accepts_api_keys: bool,
    status: Option<u16>,
    body: Option<String>,
) -> Decision {
    let answer = match status {
        None => ServerAnswer::NoAnswer("no answer".into()),
        Some(status) => ServerAnswer::Response {
            status,
            body: body.unwrap_or_default().into_bytes(),
        },
    };
    let options = verify_options(issuer, audience, now, leeway);
    let decision = gatehouse_core::authenticate_with_answer(
        credential,
        &jwks.keys,
        &options,
        accepts_api_keys,
        &answer,
    );
    let (principal, refusal) = match decision.result {
        Ok(principal) => (Some(NativePrincipal { principal }), None),
        Err(error) => (None, Some(Refusal::from(error))),
    };
    Decision {
        principal,
        refusal,
        asked_server: decision.asked_server,
    }
}

/// Verifies an access token offline; on success, the claims as the token's payload JSON.
///
/// `now` is whole Unix seconds (the wrapper checks it is a safe integer), the system clock when
/// absent; `leeway` is seconds, 30 when absent.
#[wasm_bindgen(js_name = verifyAccessToken)]
pub fn verify_access_token(
    token: &str,
    jwks: &NativeJwks,
    issuer: &str,
    audience: &str,
    now: Option<f64>,
    leeway: Option<u32>,
) -> Result<String, Refusal> {
    let options = verify_options(issuer, audience, now, leeway);
    gatehouse_core::verify_access_token(token, &jwks.keys, &options)
        .map(|claims| claims.payload_json().to_owned())
        .map_err(Refusal::from)
}

/// The refusal for signing keys that could not be fetched (`jwks_unavailable`, HTTP 503);
/// `reason` goes into the message, never into the HTTP body.
#[wasm_bindgen(js_name = jwksUnavailable)]
pub fn jwks_unavailable(reason: String) -> Refusal {
    Refusal::from(AuthError::JwksUnavailable(reason))
}

/// The refusal for a credential that lacks `action` (`forbidden`, HTTP 403), for adapters that
/// check permissions (`@gatehouse/nextjs`'s `requirePermission`).
#[wasm_bindgen]
pub fn forbidden(action: String) -> Refusal {
    Refusal::from(AuthError::Forbidden(action))
}

/// The cookie an access token may be sent in (after `Authorization: Bearer`), for apps that set
/// it from a server (`examples/nextjs-app`).
#[wasm_bindgen(js_name = accessTokenCookie)]
pub fn access_token_cookie() -> String {
    gatehouse_core::ACCESS_TOKEN_COOKIE.to_owned()
}

/// The stable error codes, in the core's order.
#[wasm_bindgen(js_name = authErrorCodes)]
pub fn auth_error_codes() -> Vec<String> {
    AuthError::CODES
        .iter()
        .map(|code| (*code).to_owned())
        .collect()
}

/// A parsed publishable key: the project's issuer, id and JWKS URL.
#[wasm_bindgen]
pub struct NativePublishableKey {
    key: CoreKey,
}

#[wasm_bindgen]
impl NativePublishableKey {
    /// The issuer URL: the expected `iss` of the project's tokens.
    #[wasm_bindgen(getter)]
    pub fn issuer(&self) -> String {
        self.key.issuer().to_owned()
    }

    /// The project id (`proj_...`), the default audience of the project's tokens.
    #[wasm_bindgen(getter, js_name = projectId)]
    pub fn project_id(&self) -> String {
        self.key.project_id().to_owned()
    }

    /// Whether this is a `pk_live_` key.
    #[wasm_bindgen(getter, js_name = isLive)]
    pub fn is_live(&self) -> bool {
        self.key.is_live()
    }

    /// Where the project publishes its signing keys.
    #[wasm_bindgen(getter, js_name = jwksUrl)]
    pub fn jwks_url(&self) -> String {
        self.key.jwks_url()
    }
}

/// Parses and validates a publishable key (`pk_test_...` or `pk_live_...`); throws an `Error`
/// naming the problem. A bad key is a configuration mistake, so it carries no token error code.
#[wasm_bindgen(js_name = parsePublishableKey)]
pub fn parse_publishable_key(key: &str) -> Result<NativePublishableKey, JsError> {
    CoreKey::parse(key)
        .map(|key| NativePublishableKey { key })
        .map_err(|error| JsError::new(&format!("invalid publishable key: {error}")))
}

/// The core's JWKS cache policy for one URL (`gatehouse_core::JwksCache`). The wrapper asks it
/// what to do before each verification and reports the fetches it performed; times are
/// milliseconds of the wrapper's clock.
#[wasm_bindgen]
pub struct NativeJwksCache {
    cache: JwksCache,
}

/// A duration option in seconds (finite, >= 0), or the core's default when absent.
fn seconds(value: Option<f64>, name: &str, default: Duration) -> Result<Duration, JsError> {
    match value {
        None => Ok(default),
        Some(seconds) => Duration::try_from_secs_f64(seconds)
            .map_err(|_| JsError::new(&format!("{name} must be a number of seconds >= 0"))),
    }
}

/// Clock milliseconds as the core counts them; a clock before its epoch reads as zero.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn clock_millis(now: f64) -> u64 {
    now.max(0.0) as u64
}

#[wasm_bindgen]
impl NativeJwksCache {
    /// A cache for `url`; each option is seconds, the contract's value when undefined.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        url: String,
        default_ttl: Option<f64>,
        min_ttl: Option<f64>,
        max_ttl: Option<f64>,
        unknown_key_refetch_interval: Option<f64>,
        retry_after_failure: Option<f64>,
        request_timeout: Option<f64>,
    ) -> Result<NativeJwksCache, JsError> {
        let mut options = CacheOptions::default();
        options.default_ttl = seconds(default_ttl, "defaultTtl", options.default_ttl)?;
        options.min_ttl = seconds(min_ttl, "minTtl", options.min_ttl)?;
        options.max_ttl = seconds(max_ttl, "maxTtl", options.max_ttl)?;
        options.unknown_key_refetch_interval = seconds(
            unknown_key_refetch_interval,
            "unknownKeyRefetchInterval",
            options.unknown_key_refetch_interval,
        )?;
        options.retry_after_failure = seconds(
            retry_after_failure,
            "retryAfterFailure",
            options.retry_after_failure,
        )?;
        options.request_timeout =
            seconds(request_timeout, "requestTimeout", options.request_timeout)?;
        Ok(NativeJwksCache {
            cache: JwksCache::new(url, options),
        })
    }

    /// What to do before verifying a token at `now`.
    #[wasm_bindgen(js_name = keysForToken)]
    pub fn keys_for_token(&mut self, now: f64) -> NativeCacheStep {
        self.cache.keys_for_token(clock_millis(now)).into()
    }

    /// What to do after a token named a `kid` the keys of `generation` lack.
    #[wasm_bindgen(js_name = afterUnknownKey)]
    pub fn after_unknown_key(&mut self, generation: f64, now: f64) -> NativeCacheStep {
        self.cache
            .after_unknown_key(clock_millis(generation), clock_millis(now))
            .into()
    }

    /// The keys held after a fetch or a wait (never another fetch).
    #[wasm_bindgen(js_name = currentKeys)]
    pub fn current_keys(&self) -> NativeCacheStep {
        self.cache.current_keys().into()
    }

    /// Reports the answer to the fetch; whether the cache took its keys.
    #[wasm_bindgen(js_name = recordResponse)]
    pub fn record_response(
        &mut self,
        now: f64,
        status: u16,
        cache_control: Option<String>,
        body: &[u8],
    ) -> bool {
        self.cache
            .record_response(clock_millis(now), status, cache_control.as_deref(), body)
            .is_ok()
    }

    /// Reports that the fetch failed or was given up.
    #[wasm_bindgen(js_name = recordFailure)]
    pub fn record_failure(&mut self, now: f64) {
        self.cache.record_failure(clock_millis(now));
    }
}

/// One answer of [`NativeJwksCache`]: `kind` is `"use"` (verify with [`Self::take_keys`]),
/// `"fetch"` (perform the request described by `url`, `accept`, `timeoutMs`, `maxBytes`),
/// `"wait"` (for the fetch under way) or `"refuse"` (throw [`Self::take_refusal`]).
#[wasm_bindgen]
pub struct NativeCacheStep {
    kind: &'static str,
    keys: Option<NativeJwks>,
    generation: u64,
    refusal: Option<Refusal>,
    url: Option<String>,
    accept: &'static str,
    timeout_ms: u64,
    max_bytes: usize,
}

impl From<CacheStep> for NativeCacheStep {
    fn from(step: CacheStep) -> NativeCacheStep {
        let mut native = NativeCacheStep {
            kind: "wait",
            keys: None,
            generation: 0,
            refusal: None,
            url: None,
            accept: "",
            timeout_ms: 0,
            max_bytes: 0,
        };
        match step {
            CacheStep::Use { keys, generation } => {
                native.kind = "use";
                native.keys = Some(NativeJwks { keys });
                native.generation = generation;
            }
            CacheStep::Fetch(request) => {
                native.kind = "fetch";
                native.url = Some(request.url);
                native.accept = request.accept;
                native.timeout_ms = u64::try_from(request.timeout.as_millis()).unwrap_or(u64::MAX);
                native.max_bytes = request.max_bytes;
            }
            CacheStep::Wait => {}
            CacheStep::Refuse(error) => {
                native.kind = "refuse";
                native.refusal = Some(error.into());
            }
        }
        native
    }
}

#[wasm_bindgen]
impl NativeCacheStep {
    /// `"use"`, `"fetch"`, `"wait"` or `"refuse"`.
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.kind.to_owned()
    }

    /// Which fetch produced the keys (`"use"`), for `afterUnknownKey`.
    #[wasm_bindgen(getter)]
    #[allow(clippy::cast_precision_loss)]
    pub fn generation(&self) -> f64 {
        // Counts fetches: far below 2^53.
        self.generation as f64
    }

    /// Takes the keys of a `"use"` step.
    #[wasm_bindgen(js_name = takeKeys)]
    pub fn take_keys(&mut self) -> Option<NativeJwks> {
        self.keys.take()
    }

    /// Takes the refusal of a `"refuse"` step.
    #[wasm_bindgen(js_name = takeRefusal)]
    pub fn take_refusal(&mut self) -> Option<Refusal> {
        self.refusal.take()
    }

    /// The URL to fetch (`"fetch"`).
    #[wasm_bindgen(getter)]
    pub fn url(&self) -> Option<String> {
        self.url.clone()
    }

    /// The `Accept` header to send (`"fetch"`).
    #[wasm_bindgen(getter)]
    pub fn accept(&self) -> String {
        self.accept.to_owned()
    }

    /// Milliseconds allowed for the request, body included (`"fetch"`).
    #[wasm_bindgen(getter, js_name = timeoutMs)]
    #[allow(clippy::cast_precision_loss)]
    pub fn timeout_ms(&self) -> f64 {
        self.timeout_ms as f64
    }

    /// Bodies longer than this are a failed fetch (`"fetch"`).
    #[wasm_bindgen(getter, js_name = maxBytes)]
    #[allow(clippy::cast_precision_loss)]
    pub fn max_bytes(&self) -> f64 {
        self.max_bytes as f64
    }
}
