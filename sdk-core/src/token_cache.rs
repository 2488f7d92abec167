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
///
/// Entries are found by the token's signature segment and then compared with the whole token:
/// a lookup hashes the 86 characters of an EdDSA or ES256 signature rather than the kilobyte
/// of the token, and a token that borrows another's signature is still a miss.
#[derive(Debug)]
pub struct VerifiedTokens {
    capacity: usize,
    generation: u64,
    entries: HashMap<Box<str>, Entry>,
}

#[derive(Debug)]
struct Entry {
    token: Box<str>,
    claims: Claims,
}

/// What entries are found by: the part after the last `.` (the signature of a JWS).
fn lookup_key(token: &str) -> &str {
    token
        .rsplit_once('.')
        .map_or(token, |(_, signature)| signature)
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
        self.get_with(token, generation, options, Claims::clone)
    }

    /// [`VerifiedTokens::get`] that hands the remembered claims to `convert` instead of
    /// copying them: a binding that needs only a part (the payload JSON) skips the copy.
    pub fn get_with<R>(
        &self,
        token: &str,
        generation: u64,
        options: &VerifyOptions,
        convert: impl FnOnce(&Claims) -> R,
    ) -> Option<Result<R, AuthError>> {
        if generation != self.generation {
            return None;
        }
        let entry = self.entries.get(lookup_key(token))?;
        if *entry.token != *token {
            return None;
        }
        let claims = &entry.claims;
        Some(claims.check_lifetime(options).map(|()| convert(claims)))
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
                .retain(|_, entry| entry.claims.check_lifetime(options).is_ok());
            if self.entries.len() >= self.capacity {
                self.entries.clear();
            }
        }
        self.entries.insert(
            lookup_key(token).into(),
            Entry {
                token: token.into(),
                claims: claims.clone(),
            },
        );
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
