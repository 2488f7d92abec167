//! The JWKS cache policy, written once and without I/O: what to fetch and when, and which keys
//! to verify with (`docs/sdk-contract.md`, "The JWKS cache"). The native [`Verifier`] drives it
//! with reqwest (`src/fetch.rs`) and the WebAssembly package with `fetch()`
//! (`bindings-wasm/remote.js`); neither makes a decision of its own.
//!
//! Time is whatever monotonic millisecond clock the driver reads, passed into every call, so
//! the policy runs on wasm32 (which has no `Instant`) and tests move the clock by hand.
//!
//! A driver asks [`JwksCache::keys_for_token`] before verifying. The answer is a [`CacheStep`]:
//! verify with these keys, perform this fetch, wait for the fetch another caller is performing,
//! or refuse. A fetch the cache asked for must be reported with [`JwksCache::record_response`]
//! or [`JwksCache::record_failure`] (also when the caller gives up on it); until then every
//! other caller is told to wait, which is what makes refreshes single-flight. After a fetch or
//! a wait the driver takes [`JwksCache::current_keys`], so one call never fetches twice. When a
//! token names an unknown `kid`, [`JwksCache::after_unknown_key`] decides whether to refetch.
//!
//! [`Verifier`]: crate::Verifier

use std::sync::Arc;
use std::time::Duration;

use crate::{AuthError, Jwks};

/// JWKS documents larger than this are refused; ours hold a handful of keys.
pub const MAX_JWKS_BYTES: usize = 1024 * 1024;

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
    /// Time allowed to open the connection (drivers whose HTTP client can bound it).
    pub connect_timeout: Duration,
    /// Time allowed for the whole request, body included.
    pub request_timeout: Duration,
    /// How many verified tokens a verifier remembers (`sdk-core/src/token_cache.rs`); 0
    /// verifies every token in full.
    pub verified_tokens: usize,
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
            verified_tokens: crate::DEFAULT_VERIFIED_TOKENS,
        }
    }
}

/// The request a driver performs when told to fetch: `GET url` with `Accept: accept`, given up
/// after `timeout`, its body refused beyond `max_bytes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchRequest {
    /// The JWKS URL.
    pub url: String,
    /// The `Accept` header to send.
    pub accept: &'static str,
    /// Time allowed for the whole request, body included.
    pub timeout: Duration,
    /// Bodies longer than this are a failed fetch.
    pub max_bytes: usize,
}

/// What a driver does next.
#[derive(Debug, Clone)]
pub enum CacheStep {
    /// Verify with these keys. `generation` identifies them for
    /// [`JwksCache::after_unknown_key`].
    Use {
        /// The keys to verify with.
        keys: Arc<Jwks>,
        /// Which fetch produced them (it changes with every fetch reported).
        generation: u64,
    },
    /// Perform this request and report its outcome, then take [`JwksCache::current_keys`].
    Fetch(FetchRequest),
    /// Another caller's fetch is running: wait until it is reported, then take
    /// [`JwksCache::current_keys`].
    Wait,
    /// Refuse the token with this error.
    Refuse(AuthError),
}

/// The state of one JWKS URL's key cache. Not synchronised: a driver shared between threads
/// keeps it behind a mutex and never holds the lock across I/O.
#[derive(Debug, Clone)]
pub struct JwksCache {
    url: String,
    options: CacheOptions,
    keys: Option<Arc<Jwks>>,
    /// Counts reported fetches, so a caller holding older keys can tell that someone fetched
    /// since, and retry with theirs instead of fetching again.
    generation: u64,
    /// Until when (clock milliseconds) the keys, or the last failure, stand without a fetch.
    fresh_until: u64,
    fetching: bool,
    last_unknown_key_refetch: Option<u64>,
}

impl JwksCache {
    /// An empty cache for `url`: the first call asks for a fetch.
    pub fn new(url: impl Into<String>, options: CacheOptions) -> JwksCache {
        JwksCache {
            url: url.into(),
            options,
            keys: None,
            generation: 0,
            fresh_until: 0,
            fetching: false,
            last_unknown_key_refetch: None,
        }
    }

    /// Where the keys are fetched from.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The cache behaviour.
    pub fn options(&self) -> &CacheOptions {
        &self.options
    }

    /// The keys to verify a token with at `now`, or what to do to get them.
    pub fn keys_for_token(&mut self, now: u64) -> CacheStep {
        if now < self.fresh_until {
            return match &self.keys {
                Some(keys) => self.use_keys(keys.clone()),
                None => CacheStep::Refuse(AuthError::JwksUnavailable(
                    "the last JWKS fetch failed; retrying shortly".into(),
                )),
            };
        }
        self.fetch_unless_running()
    }

    /// What to do after a token named a `kid` that the keys of `generation` do not have:
    /// verify again with newer keys, refetch (at most once per
    /// [`CacheOptions::unknown_key_refetch_interval`]), wait for a running fetch, or refuse
    /// with `unknown_key`.
    pub fn after_unknown_key(&mut self, generation: u64, now: u64) -> CacheStep {
        if self.generation != generation {
            return match &self.keys {
                Some(keys) => self.use_keys(keys.clone()),
                None => CacheStep::Refuse(AuthError::UnknownKey),
            };
        }
        if self.fetching {
            return CacheStep::Wait;
        }
        let interval = millis(self.options.unknown_key_refetch_interval);
        if self
            .last_unknown_key_refetch
            .is_some_and(|last| now < last.saturating_add(interval))
        {
            return CacheStep::Refuse(AuthError::UnknownKey);
        }
        self.last_unknown_key_refetch = Some(now);
        self.fetch_unless_running()
    }

    /// The generation of the keys held when they are still fresh at `now`, so that a verdict
    /// remembered under it stands; `None` when [`JwksCache::keys_for_token`] has something to
    /// do first. Asks for nothing and changes nothing.
    pub fn fresh_generation(&self, now: u64) -> Option<u64> {
        (now < self.fresh_until && self.keys.is_some()).then_some(self.generation)
    }

    /// The keys held after a fetch or a wait, without asking for another fetch.
    pub fn current_keys(&self) -> CacheStep {
        match &self.keys {
            Some(keys) => self.use_keys(keys.clone()),
            None => CacheStep::Refuse(AuthError::JwksUnavailable(
                "the JWKS could not be fetched and no keys are cached".into(),
            )),
        }
    }

    /// Whether a fetch has been asked for and not reported yet.
    pub fn is_fetching(&self) -> bool {
        self.fetching
    }

    /// Reports the server's answer to the fetch: a 2xx status with a JWKS body replaces the
    /// keys for the lifetime its `Cache-Control` gives; anything else counts as a failure and
    /// keeps the keys held. Returns why the answer was not used, for the driver's logs.
    pub fn record_response(
        &mut self,
        now: u64,
        status: u16,
        cache_control: Option<&str>,
        body: &[u8],
    ) -> Result<(), AuthError> {
        let keys = if !(200..300).contains(&status) {
            Err(AuthError::JwksUnavailable(format!(
                "the JWKS endpoint answered {status}"
            )))
        } else if body.len() > MAX_JWKS_BYTES {
            Err(AuthError::JwksUnavailable(
                "the JWKS document is too large".into(),
            ))
        } else {
            Jwks::from_slice(body)
        };
        match keys {
            Ok(keys) => {
                self.finish_fetch();
                self.keys = Some(Arc::new(keys));
                let lifetime = cache_lifetime(cache_control, &self.options);
                self.fresh_until = now.saturating_add(millis(lifetime));
                Ok(())
            }
            Err(error) => {
                self.record_failure(now);
                Err(error)
            }
        }
    }

    /// Reports that the fetch failed (no answer, a timeout, or the caller gave up on it): the
    /// keys held keep serving, and the next fetch waits for
    /// [`CacheOptions::retry_after_failure`].
    pub fn record_failure(&mut self, now: u64) {
        self.finish_fetch();
        self.fresh_until = now.saturating_add(millis(self.options.retry_after_failure));
    }

    fn finish_fetch(&mut self) {
        self.fetching = false;
        self.generation += 1;
    }

    fn use_keys(&self, keys: Arc<Jwks>) -> CacheStep {
        CacheStep::Use {
            keys,
            generation: self.generation,
        }
    }

    fn fetch_unless_running(&mut self) -> CacheStep {
        if self.fetching {
            return CacheStep::Wait;
        }
        self.fetching = true;
        CacheStep::Fetch(FetchRequest {
            url: self.url.clone(),
            accept: "application/json",
            timeout: self.options.request_timeout,
            max_bytes: MAX_JWKS_BYTES,
        })
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// The cache lifetime from a `Cache-Control` value: `max-age` when present, zero for
/// `no-store` and `no-cache`, the default otherwise — then bounded to `[min_ttl, max_ttl]`.
pub fn cache_lifetime(cache_control: Option<&str>, options: &CacheOptions) -> Duration {
    let mut lifetime = None;
    for directive in cache_control.unwrap_or_default().split(',').map(str::trim) {
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
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const URL: &str = "https://auth.example/p/proj_1/.well-known/jwks.json";
    const SECOND: u64 = 1000;

    /// Two Ed25519 keys (RFC 8037's test key and another 32-byte value), in separate sets.
    fn jwks(kids: &[&str]) -> Vec<u8> {
        let keys: Vec<String> = kids
            .iter()
            .map(|kid| {
                format!(
                    r#"{{"kty":"OKP","crv":"Ed25519","kid":"{kid}","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}}"#
                )
            })
            .collect();
        format!(r#"{{"keys":[{}]}}"#, keys.join(",")).into_bytes()
    }

    fn cache() -> JwksCache {
        JwksCache::new(URL, CacheOptions::default())
    }

    fn expect_fetch(step: CacheStep) -> FetchRequest {
        match step {
            CacheStep::Fetch(request) => request,
            other => panic!("expected a fetch, got {other:?}"),
        }
    }

    fn expect_keys(step: CacheStep) -> (Vec<String>, u64) {
        match step {
            CacheStep::Use { keys, generation } => {
                (keys.key_ids().map(str::to_owned).collect(), generation)
            }
            other => panic!("expected keys, got {other:?}"),
        }
    }

    fn expect_refusal(step: CacheStep) -> &'static str {
        match step {
            CacheStep::Refuse(error) => error.code(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    /// A cache holding `kids`, fetched at `now` with `cache_control`.
    fn warm(now: u64, cache_control: &str, kids: &[&str]) -> JwksCache {
        let mut cache = cache();
        expect_fetch(cache.keys_for_token(now));
        cache
            .record_response(now, 200, Some(cache_control), &jwks(kids))
            .unwrap();
        cache
    }

    #[test]
    fn an_empty_cache_asks_for_the_jwks_url() {
        let request = expect_fetch(cache().keys_for_token(0));
        assert_eq!(request.url, URL);
        assert_eq!(request.accept, "application/json");
        assert_eq!(request.timeout, Duration::from_secs(10));
        assert_eq!(request.max_bytes, MAX_JWKS_BYTES);
    }

    #[test]
    fn keys_are_kept_for_max_age_then_refetched() {
        let mut cache = warm(5 * SECOND, "public, max-age=300", &["a"]);
        let (kids, _) = expect_keys(cache.keys_for_token(5 * SECOND + 299 * SECOND));
        assert_eq!(kids, ["a"]);
        expect_fetch(cache.keys_for_token(5 * SECOND + 300 * SECOND));
    }

    #[test]
    fn single_flight_other_callers_wait_for_the_running_fetch() {
        let mut cache = cache();
        expect_fetch(cache.keys_for_token(0));
        assert!(cache.is_fetching());
        for _ in 0..3 {
            assert!(matches!(cache.keys_for_token(0), CacheStep::Wait));
        }
        cache
            .record_response(SECOND, 200, None, &jwks(&["a"]))
            .unwrap();
        assert!(!cache.is_fetching());
        assert_eq!(expect_keys(cache.current_keys()).0, ["a"]);
        assert_eq!(expect_keys(cache.keys_for_token(SECOND)).0, ["a"]);
    }

    #[test]
    fn a_stale_cache_still_single_flights_its_refresh() {
        let mut cache = warm(0, "max-age=60", &["a"]);
        expect_fetch(cache.keys_for_token(61 * SECOND));
        assert!(matches!(cache.keys_for_token(61 * SECOND), CacheStep::Wait));
    }

    #[test]
    fn a_failed_refresh_keeps_the_keys_and_retries_after_the_pause() {
        let mut cache = warm(0, "max-age=60", &["a"]);
        expect_fetch(cache.keys_for_token(60 * SECOND));
        cache.record_failure(60 * SECOND);
        assert_eq!(expect_keys(cache.current_keys()).0, ["a"]);
        assert_eq!(expect_keys(cache.keys_for_token(69 * SECOND)).0, ["a"]);
        expect_fetch(cache.keys_for_token(70 * SECOND));
    }

    #[test]
    fn error_statuses_and_bad_documents_count_as_failures() {
        for (status, body) in [
            (500, jwks(&["b"])),
            (304, Vec::new()),
            (200, b"<html>".to_vec()),
            (200, br#"{"keys": 1}"#.to_vec()),
            (200, vec![b' '; MAX_JWKS_BYTES + 1]),
        ] {
            let mut cache = warm(0, "max-age=60", &["a"]);
            expect_fetch(cache.keys_for_token(60 * SECOND));
            let refusal = cache.record_response(60 * SECOND, status, Some("max-age=600"), &body);
            assert_eq!(refusal.unwrap_err().code(), "jwks_unavailable");
            assert_eq!(expect_keys(cache.keys_for_token(61 * SECOND)).0, ["a"]);
            expect_fetch(cache.keys_for_token(70 * SECOND));
        }
    }

    #[test]
    fn without_any_keys_a_failure_is_jwks_unavailable_until_the_retry() {
        let mut cache = cache();
        expect_fetch(cache.keys_for_token(0));
        cache.record_failure(0);
        assert_eq!(expect_refusal(cache.current_keys()), "jwks_unavailable");
        assert_eq!(
            expect_refusal(cache.keys_for_token(9 * SECOND)),
            "jwks_unavailable"
        );
        expect_fetch(cache.keys_for_token(10 * SECOND));
    }

    #[test]
    fn an_unknown_kid_refetches_once_per_interval() {
        let mut cache = warm(0, "max-age=3600", &["a"]);
        let (_, generation) = expect_keys(cache.keys_for_token(SECOND));
        expect_fetch(cache.after_unknown_key(generation, SECOND));
        cache
            .record_response(2 * SECOND, 200, None, &jwks(&["a", "b"]))
            .unwrap();
        let (kids, generation) = expect_keys(cache.current_keys());
        assert_eq!(kids, ["a", "b"]);

        // Forged kids within 30 s of that refetch get no fetch.
        assert_eq!(
            expect_refusal(cache.after_unknown_key(generation, 30 * SECOND)),
            "unknown_key"
        );
        expect_fetch(cache.after_unknown_key(generation, 31 * SECOND));
    }

    #[test]
    fn an_unknown_kid_retries_with_keys_fetched_meanwhile() {
        let mut cache = warm(0, "max-age=60", &["a"]);
        let (_, old) = expect_keys(cache.keys_for_token(SECOND));
        expect_fetch(cache.keys_for_token(61 * SECOND));
        // A caller whose token names an unknown kid while the refresh runs waits for it...
        assert!(matches!(
            cache.after_unknown_key(old, 61 * SECOND),
            CacheStep::Wait
        ));
        cache
            .record_response(62 * SECOND, 200, None, &jwks(&["b"]))
            .unwrap();
        // ...and then retries with the new keys without spending the refetch budget.
        assert_eq!(
            expect_keys(cache.after_unknown_key(old, 62 * SECOND)).0,
            ["b"]
        );
        let (_, current) = expect_keys(cache.current_keys());
        expect_fetch(cache.after_unknown_key(current, 62 * SECOND));
    }

    #[test]
    fn a_zero_interval_refetches_for_every_unknown_kid() {
        let options = CacheOptions {
            unknown_key_refetch_interval: Duration::ZERO,
            ..CacheOptions::default()
        };
        let mut cache = JwksCache::new(URL, options);
        expect_fetch(cache.keys_for_token(0));
        cache.record_response(0, 200, None, &jwks(&["a"])).unwrap();
        for _ in 0..3 {
            let (_, generation) = expect_keys(cache.current_keys());
            expect_fetch(cache.after_unknown_key(generation, 0));
            cache.record_response(0, 200, None, &jwks(&["a"])).unwrap();
        }
    }

    #[test]
    fn a_clock_that_goes_backwards_only_delays_a_refresh() {
        let mut cache = warm(100 * SECOND, "max-age=60", &["a"]);
        assert_eq!(expect_keys(cache.keys_for_token(0)).0, ["a"]);
        expect_fetch(cache.keys_for_token(160 * SECOND));
    }

    fn lifetime(header: Option<&str>) -> Duration {
        cache_lifetime(header, &CacheOptions::default())
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
    fn lifetime_is_bounded_and_defaults_to_an_hour() {
        assert_eq!(lifetime(None), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("public")), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("max-age=bogus")), Duration::from_secs(3600));
        assert_eq!(lifetime(Some("max-age=5")), Duration::from_secs(60));
        assert_eq!(lifetime(Some("no-store")), Duration::from_secs(60));
        assert_eq!(
            lifetime(Some("max-age=600, no-cache")),
            Duration::from_secs(60)
        );
        assert_eq!(
            lifetime(Some("max-age=99999999999")),
            Duration::from_secs(86_400)
        );
    }
}
