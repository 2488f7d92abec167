//! The cache of upstream providers' signing keys, one entry per `jwks_uri`, shared by every
//! request (an `Arc` in the application state). Policy:
//!
//! - a fetched set is used for its `Cache-Control: max-age`, bounded to
//!   [`MIN_TTL_SECONDS`, `MAX_TTL_SECONDS`], or [`DEFAULT_TTL_SECONDS`] without one;
//! - a token naming a `kid` the set lacks causes one refetch, at most once per
//!   [`REFETCH_COOLDOWN_SECONDS`] per entry, so a stream of forged `kid`s cannot make us hammer
//!   the provider (or be used to amplify traffic towards it);
//! - when a refetch fails, the keys held so far stay in use;
//! - fetches of one entry are single-flight: concurrent callers wait for the one in progress.
//!
//! Time is the caller's (`now`, Unix seconds), so the policy is tested without waiting.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jsonwebtoken::jwk::{AlgorithmParameters, Jwk, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey};

use super::error::FederationError;
use super::fetch::Fetcher;

/// How long a set is used without `Cache-Control`.
pub const DEFAULT_TTL_SECONDS: i64 = 3600;
/// The shortest a set is used, whatever `Cache-Control` says (`no-store` included).
pub const MIN_TTL_SECONDS: i64 = 60;
/// The longest a set is used, whatever `Cache-Control` says.
pub const MAX_TTL_SECONDS: i64 = 86_400;
/// The least time between two fetches of one set caused by an unknown `kid`.
pub const REFETCH_COOLDOWN_SECONDS: i64 = 30;

/// One usable verification key of a set.
#[derive(Clone)]
pub struct VerificationKey {
    kid: Option<String>,
    alg: Option<Algorithm>,
    key: DecodingKey,
}

#[derive(Default)]
struct Entry {
    keys: Vec<VerificationKey>,
    /// When the held keys stop being fresh; `None` before the first successful fetch.
    fresh_until: Option<i64>,
    /// When a fetch was last attempted (successful or not).
    last_attempt: Option<i64>,
}

/// The shared cache. Create one per process and share it.
#[derive(Default)]
pub struct JwksCache {
    entries: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Entry>>>>,
}

impl std::fmt::Debug for JwksCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwksCache").finish_non_exhaustive()
    }
}

impl JwksCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The keys of `jwks_uri` that may verify a token with `kid` and `alg`: the one with that
    /// `kid`, or without a `kid` every key of the algorithm's family. Fetches the set when it
    /// is missing or stale, and once more (within the cooldown) when no key matches.
    pub async fn keys_for(
        &self,
        f: &Fetcher,
        jwks_uri: &str,
        kid: Option<&str>,
        alg: Algorithm,
        now: i64,
    ) -> Result<Vec<DecodingKey>, FederationError> {
        let entry = {
            let mut entries = self
                .entries
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            entries.entry(jwks_uri.to_owned()).or_default().clone()
        };
        // Held across the fetch: this is the single flight.
        let mut entry = entry.lock().await;
        let stale = entry.fresh_until.is_none_or(|until| now >= until);
        if stale {
            let cooled_down = entry
                .last_attempt
                .is_none_or(|at| now - at >= REFETCH_COOLDOWN_SECONDS);
            // A failing provider is not asked again on every request: a stale set is kept,
            // and without one the sign-in fails until the cooldown has passed.
            if cooled_down {
                refresh(&mut entry, f, jwks_uri, now).await?;
            } else if entry.fresh_until.is_none() {
                return Err(FederationError::FetchFailed {
                    url: jwks_uri.to_owned(),
                    reason: "the last fetch failed; the next is after the cooldown".to_owned(),
                });
            }
        }
        let found = matching(&entry.keys, kid, alg);
        if !found.is_empty() {
            return Ok(found);
        }
        let cooled_down = entry
            .last_attempt
            .is_none_or(|at| now - at >= REFETCH_COOLDOWN_SECONDS);
        if !cooled_down {
            return Err(FederationError::UnknownKey);
        }
        refresh(&mut entry, f, jwks_uri, now).await?;
        let found = matching(&entry.keys, kid, alg);
        if found.is_empty() {
            Err(FederationError::UnknownKey)
        } else {
            Ok(found)
        }
    }
}

/// Fetches the set. On failure the keys held so far stay (the error is returned only when
/// there are none).
async fn refresh(
    entry: &mut Entry,
    f: &Fetcher,
    jwks_uri: &str,
    now: i64,
) -> Result<(), FederationError> {
    entry.last_attempt = Some(now);
    let fetched = f
        .get(jwks_uri, "application/json")
        .await
        .and_then(|fetched| {
            let document: serde_json::Value =
                serde_json::from_slice(&fetched.body).map_err(|_| {
                    FederationError::DiscoveryInvalid("the JWKS is not JSON".to_owned())
                })?;
            Ok((parse_jwks(&document)?, fetched.cache_control))
        });
    match fetched {
        Ok((keys, cache_control)) => {
            entry.keys = keys;
            entry.fresh_until = Some(now + ttl(cache_control.as_deref()));
            Ok(())
        }
        Err(err) if entry.fresh_until.is_some() => {
            tracing::warn!(jwks_uri, error = %err, "refreshing a JWKS failed; keeping the keys held");
            Ok(())
        }
        Err(err) => Err(err),
    }
}

/// The usable verification keys of a JWKS document: asymmetric keys whose `use` (when given)
/// is `sig`. Keys of types the library does not know are skipped, not fatal, so a provider
/// adding a new key type does not break sign-in.
pub fn parse_jwks(document: &serde_json::Value) -> Result<Vec<VerificationKey>, FederationError> {
    let keys = document
        .get("keys")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| {
            FederationError::DiscoveryInvalid("the JWKS has no keys array".to_owned())
        })?;
    Ok(keys
        .iter()
        .filter_map(|value| {
            let jwk: Jwk = serde_json::from_value(value.clone()).ok()?;
            if matches!(jwk.algorithm, AlgorithmParameters::OctetKey(_)) {
                return None;
            }
            if jwk
                .common
                .public_key_use
                .as_ref()
                .is_some_and(|usage| *usage != PublicKeyUse::Signature)
            {
                return None;
            }
            let alg = match jwk.common.key_algorithm {
                Some(alg) => Some(Algorithm::try_from(alg).ok()?),
                None => None,
            };
            let key = DecodingKey::from_jwk(&jwk).ok()?;
            Some(VerificationKey {
                kid: jwk.common.key_id.clone(),
                alg,
                key,
            })
        })
        .collect())
}

impl VerificationKey {
    /// The key's `kid`, when it has one.
    pub fn kid(&self) -> Option<&str> {
        self.kid.as_deref()
    }
}

fn matching(keys: &[VerificationKey], kid: Option<&str>, alg: Algorithm) -> Vec<DecodingKey> {
    keys.iter()
        .filter(|key| match kid {
            Some(kid) => key.kid.as_deref() == Some(kid),
            None => true,
        })
        .filter(|key| key.alg.is_none_or(|key_alg| key_alg == alg))
        .filter(|key| key.key.family() == alg.family())
        .map(|key| key.key.clone())
        .collect()
}

/// The time to live `Cache-Control` gives, bounded.
fn ttl(cache_control: Option<&str>) -> i64 {
    let Some(header) = cache_control else {
        return DEFAULT_TTL_SECONDS;
    };
    let mut max_age = None;
    for directive in header.split(',').map(str::trim) {
        let lower = directive.to_ascii_lowercase();
        if lower == "no-store" || lower == "no-cache" {
            return MIN_TTL_SECONDS;
        }
        if let Some(value) = lower.strip_prefix("max-age=") {
            max_age = value.trim_matches('"').parse::<i64>().ok();
        }
    }
    max_age
        .unwrap_or(DEFAULT_TTL_SECONDS)
        .clamp(MIN_TTL_SECONDS, MAX_TTL_SECONDS)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;

    #[test]
    fn cache_control_is_bounded() {
        assert_eq!(ttl(None), DEFAULT_TTL_SECONDS);
        assert_eq!(ttl(Some("public, max-age=300")), 300);
        assert_eq!(ttl(Some("max-age=0")), MIN_TTL_SECONDS);
        assert_eq!(ttl(Some("max-age=999999999")), MAX_TTL_SECONDS);
        assert_eq!(ttl(Some("no-store")), MIN_TTL_SECONDS);
        assert_eq!(ttl(Some("max-age=abc")), DEFAULT_TTL_SECONDS);
    }

    #[test]
    fn symmetric_and_encryption_keys_are_skipped() {
        let document = serde_json::json!({"keys": [
            {"kty": "oct", "k": "c2VjcmV0", "kid": "hmac"},
            {"kty": "EC", "crv": "P-256", "use": "enc", "kid": "enc",
             "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
             "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
            {"kty": "EC", "crv": "P-256", "use": "sig", "kid": "sig",
             "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
             "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
            {"kty": "unknown-type", "kid": "future"},
        ]});
        let keys = parse_jwks(&document).expect("a key set");
        let kids: Vec<_> = keys.iter().map(|k| k.kid().map(str::to_owned)).collect();
        assert_eq!(kids, [Some("sig".to_owned())]);
        assert!(parse_jwks(&serde_json::json!({"nokeys": []})).is_err());
    }
}
