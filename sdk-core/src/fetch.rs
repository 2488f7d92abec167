//! The async [`Verifier`] (feature `fetch`): the JWKS cache policy of `sdk-core/src/jwks_cache.rs`
//! driven with reqwest. This file only performs the requests the policy asks for and waits for
//! the ones other callers perform; every decision (lifetimes, single flight, the unknown-`kid`
//! refetch and its rate limit, stale keys on error) is [`JwksCache`]'s.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use reqwest::header::{ACCEPT, CACHE_CONTROL};
use tokio::sync::Notify;

use crate::{
    AuthError, CacheOptions, CacheStep, Claims, FetchRequest, Jwks, JwksCache, PublishableKey,
    VerifiedTokens, VerifyOptions, verify_access_token,
};

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
    client: reqwest::Client,
    cache: Mutex<JwksCache>,
    /// Tokens verified with the current keys (`sdk-core/src/token_cache.rs`).
    verified: Mutex<VerifiedTokens>,
    /// Signalled whenever a fetch is reported, waking the callers the cache told to wait.
    fetched: Notify,
    /// The origin of the cache's millisecond clock.
    started: Instant,
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
        let jwks_url = jwks_url.into();
        Ok(Verifier {
            inner: Arc::new(Inner {
                verified: Mutex::new(VerifiedTokens::new(cache_options.verified_tokens)),
                cache: Mutex::new(JwksCache::new(jwks_url.clone(), cache_options)),
                jwks_url,
                options,
                client,
                fetched: Notify::new(),
                started: Instant::now(),
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

    /// The verdict on a token this verifier accepted before, while the keys that verified it
    /// are current and fresh: its claims, or the expiry error (the clock checks run on every
    /// call). `None` when the token needs [`Verifier::verify`]. Never waits and never fetches,
    /// so a binding can answer the common case without scheduling any asynchronous work.
    pub fn verify_seen(&self, token: &str) -> Option<Result<Claims, AuthError>> {
        self.verify_seen_with(token, Claims::clone)
    }

    /// [`Verifier::verify_seen`] that hands the claims to `convert` rather than copying them
    /// (the same decision; a binding converts only what it passes on).
    pub fn verify_seen_with<R>(
        &self,
        token: &str,
        convert: impl FnOnce(&Claims) -> R,
    ) -> Option<Result<R, AuthError>> {
        let generation = self.inner.cache().fresh_generation(self.inner.now())?;
        self.inner
            .verified()
            .get_with(token, generation, &self.inner.options, convert)
    }

    /// Verifies a token, fetching or refreshing the keys when the cache asks for it.
    pub async fn verify(&self, token: &str) -> Result<Claims, AuthError> {
        let options = &self.inner.options;
        let (keys, generation) = self
            .inner
            .settle(|cache, now| cache.keys_for_token(now))
            .await?;
        if let Some(verdict) = self.inner.verified().get(token, generation, options) {
            return verdict;
        }
        let (verdict, generation) = match verify_access_token(token, &keys, options) {
            Err(AuthError::UnknownKey) => {
                let (keys, generation) = self
                    .inner
                    .settle(|cache, now| cache.after_unknown_key(generation, now))
                    .await?;
                (verify_access_token(token, &keys, options), generation)
            }
            verdict => (verdict, generation),
        };
        if let Ok(claims) = &verdict {
            self.inner
                .verified()
                .insert(token, generation, claims, options);
        }
        verdict
    }
}

impl Inner {
    fn cache(&self) -> MutexGuard<'_, JwksCache> {
        // No code panics while holding the lock, and the cache stays consistent if one did.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn verified(&self) -> MutexGuard<'_, VerifiedTokens> {
        self.verified.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn now(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Asks the cache with `ask`, performs the fetch or waits for the one it names, and returns
    /// the keys it settles on. Never fetches twice for one question.
    async fn settle(
        &self,
        ask: impl FnOnce(&mut JwksCache, u64) -> CacheStep,
    ) -> Result<(Arc<Jwks>, u64), AuthError> {
        let step = ask(&mut self.cache(), self.now());
        let step = match step {
            CacheStep::Fetch(request) => {
                self.fetch(request).await;
                self.cache().current_keys()
            }
            CacheStep::Wait => {
                // Registered before looking again, so a fetch reported in between still wakes
                // this caller; the hot path (keys in the cache) never touches the `Notify`.
                let fetched = self.fetched.notified();
                tokio::pin!(fetched);
                fetched.as_mut().enable();
                if self.cache().is_fetching() {
                    fetched.await;
                }
                self.cache().current_keys()
            }
            step => step,
        };
        match step {
            CacheStep::Use { keys, generation } => Ok((keys, generation)),
            CacheStep::Refuse(error) => Err(error),
            CacheStep::Fetch(_) | CacheStep::Wait => Err(AuthError::JwksUnavailable(
                "the JWKS cache asked for a second fetch".into(),
            )),
        }
    }

    /// Performs the fetch the cache asked for and reports its outcome, also when the caller's
    /// future is dropped midway (the guard reports a failure then).
    async fn fetch(&self, request: FetchRequest) {
        let mut report = ReportOnDrop {
            inner: self,
            armed: true,
        };
        let outcome = self.download(&request).await;
        let now = self.now();
        let mut cache = self.cache();
        match outcome {
            Ok((status, cache_control, body)) => {
                // A refused answer is already counted as a failure; the keys held keep serving.
                let _ = cache.record_response(now, status, cache_control.as_deref(), &body);
            }
            Err(_) => cache.record_failure(now),
        }
        report.armed = false;
        drop(cache);
        self.fetched.notify_waiters();
    }

    async fn download(
        &self,
        request: &FetchRequest,
    ) -> Result<(u16, Option<String>, Vec<u8>), reqwest::Error> {
        let mut response = self
            .client
            .get(&request.url)
            .header(ACCEPT, request.accept)
            .timeout(request.timeout)
            .send()
            .await?;
        let status = response.status().as_u16();
        let cache_control = response
            .headers()
            .get(CACHE_CONTROL)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await? {
            body.extend_from_slice(&chunk);
            if body.len() > request.max_bytes {
                // The cache refuses it as too large; reading further would only cost memory.
                break;
            }
        }
        Ok((status, cache_control, body))
    }
}

/// Reports a failed fetch if the fetching future is dropped before it reported, so the cache
/// never waits for a fetch nobody is performing.
struct ReportOnDrop<'a> {
    inner: &'a Inner,
    armed: bool,
}

impl Drop for ReportOnDrop<'_> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let now = self.inner.now();
        self.inner.cache().record_failure(now);
        self.inner.fetched.notify_waiters();
    }
}
