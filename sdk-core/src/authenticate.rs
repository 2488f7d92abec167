//! Checking API keys with the server's `POST /v1/authenticate` endpoint (feature `fetch`):
//! how SDKs accept organization API keys (`gh_key_...`), which only the server can check. This
//! module only moves bytes; what the answer means is [`ServerAnswer::api_key_verdict`].
//!
//! Answers are cached briefly (30 s by default), both acceptances and `invalid_api_key`
//! refusals, so a busy backend does not ask the server on every request and a caller repeating
//! a bad key cannot make it either. A revoked key therefore keeps working for up to the cache
//! lifetime. Failures to reach the server are not cached and answer `server_unavailable` (503).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::{ApiKeyGrant, AuthError, ServerAnswer};
use reqwest::header::{ACCEPT, AUTHORIZATION};

/// Responses of the authenticate endpoint larger than this are refused.
const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// How an [`Authenticator`] behaves. `Default` gives the values of `docs/sdk-contract.md`.
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
    verdict: Result<ApiKeyGrant, AuthError>,
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
            .map_err(|error| AuthError::ServerUnavailable(format!("HTTP client: {error}")))?;
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

    /// The endpoint credentials are sent to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// Asks the server about an API key, reusing a recent answer for the same key. Callers
    /// check the key's checksum first ([`crate::Client::authenticate`] does).
    pub async fn check_api_key(&self, key: &str) -> Result<ApiKeyGrant, AuthError> {
        if let Some(verdict) = self.inner.cached(key) {
            return verdict;
        }
        let verdict = self.inner.ask_server(key).await.api_key_verdict();
        if verdict.cacheable {
            self.inner.remember(key, &verdict.result);
        }
        verdict.result
    }
}

impl Inner {
    fn cached(&self, key: &str) -> Option<Result<ApiKeyGrant, AuthError>> {
        let cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        cache
            .get(key)
            .filter(|entry| Instant::now() < entry.until)
            .map(|entry| entry.verdict.clone())
    }

    fn remember(&self, key: &str, verdict: &Result<ApiKeyGrant, AuthError>) {
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
            key.to_owned(),
            Cached {
                until: now + self.options.cache_ttl,
                verdict: verdict.clone(),
            },
        );
    }

    /// Sends the key and reads the answer (bounded in size), or says there was none.
    async fn ask_server(&self, key: &str) -> ServerAnswer {
        let mut response = match self
            .client
            .post(&self.endpoint)
            .header(AUTHORIZATION, &self.authorization)
            .header(ACCEPT, "application/json")
            .json(&serde_json::json!({ "credential": key }))
            .send()
            .await
        {
            Ok(response) => response,
            Err(error) => {
                return ServerAnswer::NoAnswer(format!("authenticate request failed: {error}"));
            }
        };
        let status = response.status().as_u16();
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
                        return ServerAnswer::NoAnswer(
                            "the authenticate response is too large".into(),
                        );
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => return ServerAnswer::Response { status, body },
                Err(error) => {
                    return ServerAnswer::NoAnswer(format!(
                        "authenticate response failed: {error}"
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> ServerAnswer {
        ServerAnswer::Response {
            status,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn answers_parse_with_optional_fields() {
        let body = r#"{"kind":"api_key","organization_id":"org_1","user_id":null,
            "api_key_id":"key_1","roles":["admin"],"actions":["invoices.read"]}"#;
        let verdict = answer(200, body).api_key_verdict();
        assert!(verdict.cacheable);
        assert_eq!(
            verdict.result.map(|grant| grant.actions),
            Ok(vec!["invoices.read".to_owned()])
        );
    }

    #[test]
    fn outages_and_lockouts_are_not_cached() {
        let no_answer = ServerAnswer::NoAnswer("refused".into()).api_key_verdict();
        assert_eq!(
            no_answer.result.map_err(|error| error.code()),
            Err("server_unavailable")
        );
        assert!(!no_answer.cacheable);
        assert!(!answer(429, "{}").api_key_verdict().cacheable);
        assert!(
            answer(401, r#"{"code":"invalid_api_key"}"#)
                .api_key_verdict()
                .cacheable
        );
    }
}
