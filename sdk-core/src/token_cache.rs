//! Tokens already verified (issue 25): one access token is typically presented on every request
//! of its five minutes, and checking its signature each time is most of a verification's cost.
//! [`VerifiedTokens`] remembers the claims of tokens whose signature and claims passed, keyed by
//! the whole token, for as long as the key set that verified them is the current one: any
//! fetch of the JWKS (`sdk-core/src/jwks_cache.rs` counts them as generations) drops every
//! entry, so a token signed by a key that was revoked meanwhile is verified again, and refused.
//! The checks that depend on the clock (`exp`, `nbf`) run on every call, cached or not; `iss`
//! and `aud` depend only on the verifier's options, which do not change.

use std::collections::HashMap;

use crate::{AuthError, Claims, VerifyOptions};

/// Default number of tokens remembered per verifier.
pub const DEFAULT_VERIFIED_TOKENS: usize = 4096;

/// A bounded map from token to claims, valid for one key-set generation.
#[derive(Debug)]
pub struct VerifiedTokens {
    capacity: usize,
    generation: u64,
    entries: HashMap<Box<str>, Claims>,
}

impl VerifiedTokens {
    /// Remembers at most `capacity` tokens; 0 remembers none.
    pub fn new(capacity: usize) -> VerifiedTokens {
        VerifiedTokens {
            capacity,
            generation: 0,
            entries: HashMap::new(),
        }
    }

    /// The verdict on `token` when it was verified with the keys of `generation`: its claims
    /// if they are still within their lifetime, the expiry error if not; `None` when it must be
    /// verified in full.
    pub fn get(
        &self,
        token: &str,
        generation: u64,
        options: &VerifyOptions,
    ) -> Option<Result<Claims, AuthError>> {
        if generation != self.generation {
            return None;
        }
        let claims = self.entries.get(token)?;
        Some(claims.check_lifetime(options).map(|()| claims.clone()))
    }

    /// Remembers that `token` verified to `claims` with the keys of `generation`. Entries of an
    /// older generation go first; when full, the expired ones go, and if none has expired the
    /// whole map is emptied (a burst of distinct tokens costs a signature check each, as it
    /// would without the cache, and memory stays bounded).
    pub fn insert(
        &mut self,
        token: &str,
        generation: u64,
        claims: &Claims,
        options: &VerifyOptions,
    ) {
        if self.capacity == 0 || generation < self.generation {
            return;
        }
        if generation != self.generation {
            self.entries.clear();
            self.generation = generation;
        }
        if self.entries.len() >= self.capacity {
            self.entries
                .retain(|_, claims| claims.check_lifetime(options).is_ok());
            if self.entries.len() >= self.capacity {
                self.entries.clear();
            }
        }
        self.entries.insert(token.into(), claims.clone());
    }

    /// Number of tokens remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no token is remembered.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
