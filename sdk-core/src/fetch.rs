//! The JWKS cache and the async [`Verifier`] built on it (feature `fetch`).
//!
//! Keys are fetched over HTTP and kept for the `Cache-Control: max-age` the server sends
//! (bounded, one hour when absent). Refreshes are single-flight: however many requests find
//! the cache stale, one fetch runs and the others wait for its result. A token naming an
//! unknown `kid` triggers at most one refetch per interval (30 s by default), which is how
//! emergency key rotations reach SDKs without letting forged `kid`s hammer the server. When the
//! server cannot be reached, the keys already held keep being used; `jwks_unavailable` is
//! returned only when no key was ever fetched.

use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, CACHE_CONTROL, HeaderValue};

use crate::{AuthError, Claims, Jwks, PublishableKey, VerifyOptions, verify_access_token};

/// JWKS documents larger than this are refused; ours hold a handful of keys.
const MAX_JWKS_BYTES: usize = 1024 * 1024;

/// How the key cache behaves. `Default` gives the values of `docs/sdk-contract.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CacheOptions {
    /// Key lifetime when the response has no `max-age`.
    pub default_ttl: Duration,
    /// Lower bound on the lifetime, so a `max-age=0` cannot turn every request into a fetch.
    pub min_ttl: Duration,
    /// Upper bound on the lifetime, so rotated keys are picked up within a day at worst.
    pub max_ttl: Duration,
    /// Minimum time between refetches caused by tokens with an unknown `kid`.
    pub unknown_key_refetch_interval: Duration,
    /// After a failed fetch, how long to keep using what we have before trying again.
    pub retry_after_failure: Duration,
    /// Time allowed to open the connection.
    pub connect_timeout: Duration,
    /// Time allowed for the whole request, body included.
    pub request_timeout: Duration,
}

impl Default for CacheOptions {
    fn default() -> CacheOptions {
        CacheOptions {
            default_ttl: Duration::from_secs(60 * 60),
            min_ttl: Duration::from_secs(60),
            max_ttl: Duration::from_secs(24 * 60 * 60),
            unknown_key_refetch_interval: Duration::from_secs(30),
            retry_after_failure: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
        }
    }
}

/// Verifies access tokens with keys fetched from a JWKS URL. Cheap to clone; clones share the
/// cache.
#[derive(Debug, Clone)]
pub struct Verifier {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    jwks_url: String,
    options: VerifyOptions,
    cache_options: CacheOptions,
    client: reqwest::Client,
    cache: RwLock<Cache>,
    /// Held for the duration of a fetch: this is what makes refreshes single-flight.
    refresh: tokio::sync::Mutex<()>,
}

#[derive(Debug)]
struct Cache {
    keys: Option<Arc<Jwks>>,
    /// Counts fetch attempts, so a caller that waited for the refresh lock can tell that
    /// someone else fetched meanwhile and reuse that result instead of fetching again.
    attempts: u64,
    /// When the cached keys (or the last failure) stop being trusted.
    refresh_at: Instant,
    last_unknown_key_refetch: Option<Instant>,
}

impl Verifier {
    /// A verifier for the project a publishable key names: keys from its JWKS URL, `iss` must
    /// be its issuer and `aud` must contain its project id.
    pub fn from_publishable_key(key: &PublishableKey) -> Result<Verifier, AuthError> {
        Verifier::new(
            key.jwks_url(),
            VerifyOptions::new(key.issuer(), key.project_id()),
        )
    }

    /// A verifier fetching keys from `jwks_url`, checking tokens against `options`.
    pub fn new(jwks_url: impl Into<String>, options: VerifyOptions) -> Result<Verifier, AuthError> {
        Verifier::with_cache_options(jwks_url, options, CacheOptions::default())
    }

    /// Like [`Verifier::new`], with explicit cache behaviour.
    pub fn with_cache_options(
        jwks_url: impl Into<String>,
        options: VerifyOptions,
        cache_options: CacheOptions,
    ) -> Result<Verifier, AuthError> {
        let client = reqwest::Client::builder()
            .connect_timeout(cache_options.connect_timeout)
            .timeout(cache_options.request_timeout)
            .user_agent(concat!("gatehouse-core/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| AuthError::JwksUnavailable(format!("HTTP client: {error}")))?;
        Ok(Verifier {
            inner: Arc::new(Inner {
                jwks_url: jwks_url.into(),
                options,
                cache_options,
                client,
                cache: RwLock::new(Cache {
                    keys: None,
                    attempts: 0,
                    refresh_at: Instant::now(),
                    last_unknown_key_refetch: None,
                }),
                refresh: tokio::sync::Mutex::new(()),
            }),
        })
    }

    /// The checks applied to every token.
    pub fn options(&self) -> &VerifyOptions {
        &self.inner.options
    }

    /// The URL keys are fetched from.
    pub fn jwks_url(&self) -> &str {
        &self.inner.jwks_url
    }

    /// Verifies a token, fetching or refreshing the keys when needed.
    pub async fn verify(&self, token: &str) -> Result<Claims, AuthError> {
        let (keys, attempts) = self.current_keys().await?;
        match verify_access_token(token, &keys, &self.inner.options) {
            Err(AuthError::UnknownKey) => match self.refetch_for_unknown_key(attempts).await {
                Some(keys) => verify_access_token(token, &keys, &self.inner.options),
                None => Err(AuthError::UnknownKey),
            },
            verdict => verdict,
        }
    }

    /// Fresh keys from the cache, or the result of a (shared) refresh.
    async fn current_keys(&self) -> Result<(Arc<Jwks>, u64), AuthError> {
        let observed = {
            let cache = self.inner.read_cache();
            if Instant::now() < cache.refresh_at {
                if let Some(keys) = &cache.keys {
                    return Ok((keys.clone(), cache.attempts));
                }
                return Err(AuthError::JwksUnavailable(
                    "the last JWKS fetch failed; retrying shortly".into(),
                ));
            }
            cache.attempts
        };
        let _refreshing = self.inner.refresh.lock().await;
        if self.inner.read_cache().attempts == observed {
            self.inner.fetch_into_cache().await;
        }
        let cache = self.inner.read_cache();
        match &cache.keys {
            Some(keys) => Ok((keys.clone(), cache.attempts)),
            None => Err(AuthError::JwksUnavailable(
                "the JWKS could not be fetched and no keys are cached".into(),
            )),
        }
    }

    /// Refetches after a token named an unknown `kid`, unless the keys changed since they were
    /// read or a refetch for that reason happened within the interval. Returns the keys to
    /// retry with, if any.
    async fn refetch_for_unknown_key(&self, observed: u64) -> Option<Arc<Jwks>> {
        let _refreshing = self.inner.refresh.lock().await;
        let should_fetch = {
            let mut cache = self.inner.write_cache();
            let now = Instant::now();
            let interval = self.inner.cache_options.unknown_key_refetch_interval;
            if cache.attempts != observed {
                // Someone fetched since these keys were read: retry with theirs.
                false
            } else if cache
                .last_unknown_key_refetch
                .is_some_and(|last| now < last + interval)
            {
                return None;
            } else {
                cache.last_unknown_key_refetch = Some(now);
                true
            }
        };
        if should_fetch {
            self.inner.fetch_into_cache().await;
        }
        self.inner.read_cache().keys.clone()
    }
}

impl Inner {
    fn read_cache(&self) -> std::sync::RwLockReadGuard<'_, Cache> {
        // No code panics while holding the lock, and the cache stays consistent if one did.
        self.cache.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write_cache(&self) -> std::sync::RwLockWriteGuard<'_, Cache> {
        self.cache.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Fetches the JWKS and records the outcome; on failure the old keys stay in place.
    async fn fetch_into_cache(&self) {
        let outcome = self.fetch().await;
        let mut cache = self.write_cache();
        cache.attempts += 1;
        match outcome {
            Ok((keys, ttl)) => {
                cache.keys = Some(Arc::new(keys));
                cache.refresh_at = Instant::now() + ttl;
            }
            Err(_) => {
                cache.refresh_at = Instant::now() + self.cache_options.retry_after_failure;
            }
        }
    }

    async fn fetch(&self) -> Result<(Jwks, Duration), String> {
        let mut response = self
            .client
            .get(&self.jwks_url)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .map_err(|error| error.to_string())?;
        if !response.status().is_success() {
            return Err(format!("JWKS endpoint answered {}", response.status()));
        }
        let ttl = cache_lifetime(response.headers().get(CACHE_CONTROL), &self.cache_options);
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|error| error.to_string())? {
            if body.len() + chunk.len() > MAX_JWKS_BYTES {
                return Err("the JWKS document is too large".into());
            }
            body.extend_from_slice(&chunk);
        }
        let keys = Jwks::from_slice(&body).map_err(|error| error.to_string())?;
        Ok((keys, ttl))
    }
}

/// The cache lifetime from `Cache-Control`: `max-age` when present, zero for `no-store` and
/// `no-cache`, the default otherwise — then bounded to `[min_ttl, max_ttl]`.
fn cache_lifetime(header: Option<&HeaderValue>, options: &CacheOptions) -> Duration {
    let directives = header
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let mut lifetime = None;
    for directive in directives.split(',').map(str::trim) {
        if directive.eq_ignore_ascii_case("no-store") || directive.eq_ignore_ascii_case("no-cache")
        {
            lifetime = Some(Duration::ZERO);
            break;
        }
        if let Some((name, value)) = directive.split_once('=')
            && name.trim().eq_ignore_ascii_case("max-age")
            && let Ok(seconds) = value.trim().trim_matches('"').parse::<u64>()
        {
            lifetime = Some(Duration::from_secs(seconds));
        }
    }
    lifetime
        .unwrap_or(options.default_ttl)
        .max(options.min_ttl)
        .min(options.max_ttl)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lifetime(header: Option<&str>) -> Duration {
        let value = header.and_then(|text| HeaderValue::from_str(text).ok());
        cache_lifetime(value.as_ref(), &CacheOptions::default())
    }

    #[test]
    fn max_age_sets_the_lifetime() {
        assert_eq!(
            lifetime(Some("public, max-age=600")),
            Duration::from_secs(600)
        );
        assert_eq!(
            lifetime(Some("Max-Age=\"120\", public")),
            Duration::from_secs(120)
        );
    }

    #[test]
    fn lifetime_defaults_to_an_hour_and_is_bounded() {
        assert_eq!(lifetime(None), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("public")), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("max-age=banana")), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("max-age=1")), Duration::from_secs(60));
        assert_eq!(lifetime(Some("no-store")), Duration::from_secs(60));
        assert_eq!(
            lifetime(Some("max-age=99999999999")),
            Duration::from_secs(86_400)
        );
    }
}
