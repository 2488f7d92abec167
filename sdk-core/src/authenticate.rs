//! Checking credentials with the server's `POST /v1/authenticate` endpoint (feature `fetch`):
//! how SDKs accept organization API keys (`gh_key_...`), which only the server can check.
//!
//! Answers are cached briefly (30 s by default), both acceptances and `invalid_api_key`
//! refusals, so a busy backend does not ask the server on every request and a caller repeating
//! a bad key cannot make it either. A revoked key therefore keeps working for up to the cache
//! lifetime. Failures to reach the server are not cached and answer `jwks_unavailable` (503):
//! the one stable code for "the server that vouches for credentials cannot be reached".

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::{AuthError, PublishableKey};

/// Responses of the authenticate endpoint larger than this are refused.
const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// How an [`Authenticator`] behaves. `Default` gives the values of `shared/DESIGN.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuthenticatorOptions {
    /// How long an answer of the server is reused.
    pub cache_ttl: Duration,
    /// Most answers kept; past it expired ones are dropped, then all if none had expired.
    pub max_cached: usize,
    /// Time allowed to open the connection.
    pub connect_timeout: Duration,
    /// Time allowed for the whole request, body included.
    pub request_timeout: Duration,
}

impl Default for AuthenticatorOptions {
    fn default() -> AuthenticatorOptions {
        AuthenticatorOptions {
            cache_ttl: Duration::from_secs(30),
            max_cached: 10_000,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
        }
    }
}

impl AuthenticatorOptions {
    /// Replaces the cache lifetime (zero disables the cache).
    pub fn with_cache_ttl(mut self, cache_ttl: Duration) -> AuthenticatorOptions {
        self.cache_ttl = cache_ttl;
        self
    }
}

/// What kind of credential the server vouched for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CredentialKind {
    /// An organization API key.
    ApiKey,
    /// A user's access token.
    AccessToken,
}

impl CredentialKind {
    /// `"api_key"` or `"access_token"`, as the server spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialKind::ApiKey => "api_key",
            CredentialKind::AccessToken => "access_token",
        }
    }
}

/// A credential the server accepted: the `200` answer of `POST /v1/authenticate`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Authentication {
    /// The credential's kind.
    pub kind: CredentialKind,
    /// The organization the credential belongs to.
    pub organization_id: String,
    /// The user, for access tokens (`None` for API keys).
    #[serde(default)]
    pub user_id: Option<String>,
    /// The API key's id (`key_...`), for API keys.
    #[serde(default)]
    pub api_key_id: Option<String>,
    /// Roles granted to the credential.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Permissions granted to the credential, expanded from its roles.
    #[serde(default)]
    pub actions: Vec<String>,
    /// The verified claims, for access tokens.
    #[serde(default)]
    pub claims: Option<Map<String, Value>>,
}

impl Authentication {
    /// Whether `actions` grants the permission.
    pub fn has_permission(&self, action: &str) -> bool {
        self.actions.iter().any(|granted| granted == action)
    }

    /// Whether `roles` contains the role.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|held| held == role)
    }
}

/// Checks credentials with a Gatehouse server, authenticating with a project secret key.
/// Cheap to clone; clones share the cache.
#[derive(Clone)]
pub struct Authenticator {
    inner: Arc<Inner>,
}

struct Inner {
    endpoint: String,
    authorization: String,
    options: AuthenticatorOptions,
    client: reqwest::Client,
    cache: Mutex<HashMap<String, Cached>>,
}

struct Cached {
    until: Instant,
    verdict: Result<Arc<Authentication>, AuthError>,
}

impl std::fmt::Debug for Authenticator {
    // Written by hand so the secret key never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("endpoint", &self.inner.endpoint)
            .field("options", &self.inner.options)
            .finish_non_exhaustive()
    }
}

impl Authenticator {
    /// An authenticator for the server whose backend API is at `api_url` (for example
    /// `https://auth.example.com`, without `/v1`), using a project secret key (`sk_...`).
    pub fn new(
        api_url: &str,
        secret_key: &str,
        options: AuthenticatorOptions,
    ) -> Result<Authenticator, AuthError> {
        let client = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            .user_agent(concat!("gatehouse-core/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| AuthError::JwksUnavailable(format!("HTTP client: {error}")))?;
        Ok(Authenticator {
            inner: Arc::new(Inner {
                endpoint: format!("{}/v1/authenticate", api_url.trim_end_matches('/')),
                authorization: format!("Bearer {secret_key}"),
                options,
                client,
                cache: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The backend API URL of the server that issued a publishable key, when its issuer is
    /// the server's own `{public_url}/p/{project_id}`. A custom issuer URL says nothing about
    /// where the backend API is, so it gives `None` and the URL must be configured.
    pub fn api_url_for(key: &PublishableKey) -> Option<String> {
        let issuer = key.issuer().trim_end_matches('/');
        let suffix = format!("/p/{}", key.project_id());
        issuer
            .strip_suffix(&suffix)
            .filter(|origin| !origin.is_empty())
            .map(str::to_owned)
    }

    /// The endpoint credentials are sent to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// Asks the server about a credential (an API key, or an access token when revocation must
    /// be checked), reusing a recent answer for the same credential.
    pub async fn authenticate(&self, credential: &str) -> Result<Arc<Authentication>, AuthError> {
        if credential.is_empty() {
            return Err(AuthError::MissingToken);
        }
        if let Some(verdict) = self.inner.cached(credential) {
            return verdict;
        }
        let (verdict, cacheable) = self.inner.ask(credential).await;
        if cacheable {
            self.inner.remember(credential, &verdict);
        }
        verdict
    }
}

enum Refusal {
    /// A verdict on the credential, cached like an acceptance.
    Lasting(AuthError),
    /// Lockouts and outages, never cached.
    Passing(AuthError),
}

#[derive(Deserialize)]
struct RefusalBody {
    code: Option<String>,
}

impl Inner {
    fn cached(&self, credential: &str) -> Option<Result<Arc<Authentication>, AuthError>> {
        let cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        cache
            .get(credential)
            .filter(|entry| Instant::now() < entry.until)
            .map(|entry| entry.verdict.clone())
    }

    fn remember(&self, credential: &str, verdict: &Result<Arc<Authentication>, AuthError>) {
        if self.options.cache_ttl.is_zero() || self.options.max_cached == 0 {
            return;
        }
        let now = Instant::now();
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if cache.len() >= self.options.max_cached {
            cache.retain(|_, entry| now < entry.until);
            if cache.len() >= self.options.max_cached {
                cache.clear();
            }
        }
        cache.insert(
            credential.to_owned(),
            Cached {
                until: now + self.options.cache_ttl,
                verdict: verdict.clone(),
            },
        );
    }

    /// The server's verdict, and whether it may be cached (acceptances and refusals may; a
    /// lockout or an outage says nothing lasting about the credential).
    async fn ask(&self, credential: &str) -> (Result<Arc<Authentication>, AuthError>, bool) {
        match self.ask_server(credential).await {
            Ok(authentication) => (Ok(authentication), true),
            Err(Refusal::Lasting(error)) => (Err(error), true),
            Err(Refusal::Passing(error)) => (Err(error), false),
        }
    }

    async fn ask_server(&self, credential: &str) -> Result<Arc<Authentication>, Refusal> {
        let unavailable = |reason: String| Refusal::Passing(AuthError::JwksUnavailable(reason));
        let mut response = self
            .client
            .post(&self.endpoint)
            .header(AUTHORIZATION, &self.authorization)
            .header(ACCEPT, "application/json")
            .json(&serde_json::json!({ "credential": credential }))
            .send()
            .await
            .map_err(|error| unavailable(format!("authenticate request failed: {error}")))?;
        let status = response.status();
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| unavailable(format!("authenticate response failed: {error}")))?
        {
            if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(unavailable("the authenticate response is too large".into()));
            }
            body.extend_from_slice(&chunk);
        }
        if status.is_success() {
            return serde_json::from_slice::<Authentication>(&body)
                .map(Arc::new)
                .map_err(|error| {
                    unavailable(format!("unexpected authenticate response: {error}"))
                });
        }
        let code = serde_json::from_slice::<RefusalBody>(&body)
            .ok()
            .and_then(|refusal| refusal.code);
        match (status.as_u16(), code.as_deref()) {
            // A refused secret key is our configuration mistake, not the caller's: answering
            // 401 would blame every client for it.
            (401, Some("invalid_secret_key")) => Err(unavailable(
                "the server refused the secret key used to check credentials".into(),
            )),
            (401, Some(code)) => Err(Refusal::Lasting(refusal_for(code))),
            (401, None) => Err(Refusal::Lasting(AuthError::InvalidApiKey)),
            // The server locks a key prefix after repeated failures: the caller's credential
            // is refused for now, and the server is not down.
            (429, _) => Err(Refusal::Passing(AuthError::InvalidApiKey)),
            _ => Err(unavailable(format!(
                "the authenticate endpoint answered {status}"
            ))),
        }
    }
}

/// The error for a server refusal code. Codes the server shares with the core keep their
/// meaning; any other refusal (say `session_revoked`) makes the credential invalid.
fn refusal_for(code: &str) -> AuthError {
    match code {
        "missing_token" => AuthError::MissingToken,
        "malformed_token" => AuthError::MalformedToken("refused by the server"),
        "unsupported_algorithm" => AuthError::UnsupportedAlgorithm("refused by the server"),
        "unknown_key" => AuthError::UnknownKey,
        "invalid_signature" => AuthError::InvalidSignature,
        "token_expired" => AuthError::TokenExpired,
        "token_not_yet_valid" => AuthError::TokenNotYetValid,
        "wrong_issuer" => AuthError::WrongIssuer,
        "wrong_audience" => AuthError::WrongAudience,
        "wrong_token_type" => AuthError::WrongTokenType,
        "missing_claim" => AuthError::MissingClaim("refused by the server"),
        "invalid_claim" => AuthError::InvalidClaim("refused by the server"),
        _ => AuthError::InvalidApiKey,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_url_comes_from_the_servers_own_issuer() {
        let project = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2";
        let key = |issuer: &str| {
            PublishableKey::new(issuer, project, false).map_err(|error| error.to_string())
        };
        assert_eq!(
            key(&format!("http://127.0.0.1:8080/p/{project}"))
                .map(|key| Authenticator::api_url_for(&key)),
            Ok(Some("http://127.0.0.1:8080".to_owned()))
        );
        assert_eq!(
            key("https://auth.example.com").map(|key| Authenticator::api_url_for(&key)),
            Ok(None)
        );
    }

    #[test]
    fn answers_parse_with_optional_fields() {
        let body = r#"{"kind":"api_key","organization_id":"org_1","user_id":null,
            "api_key_id":"key_1","roles":["admin"],"actions":["invoices.read"]}"#;
        let parsed: Result<Authentication, _> = serde_json::from_str(body);
        assert!(
            parsed
                .as_ref()
                .is_ok_and(|auth| auth.kind == CredentialKind::ApiKey
                    && auth.has_permission("invoices.read")
                    && !auth.has_permission("invoices.write")
                    && auth.has_role("admin")
                    && auth.claims.is_none())
        );
    }

    #[test]
    fn refusal_codes_keep_their_meaning() {
        assert_eq!(refusal_for("token_expired").code(), "token_expired");
        assert_eq!(refusal_for("invalid_api_key").code(), "invalid_api_key");
        assert_eq!(refusal_for("session_revoked").code(), "invalid_api_key");
    }
}
