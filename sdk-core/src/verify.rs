//! Offline access-token verification: the one function that decides whether a token is valid,
//! in every language. It does no I/O; the caller supplies the keys and, optionally, the time.
//!
//! The checks run in the order of `docs/token-contract.md` ("Verification, in order"), and the first failing
//! check decides the error code, so every binding reports the same code for the same token.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::crypto::CryptoProvider;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

use crate::AuthError;
use crate::claims::{Claims, RawClaims};
use crate::json::{parse_member, parse_object, present};
use crate::jwks::{Algorithm, Jwks};

/// Tokens longer than this are refused before any decoding, which bounds the work an attacker
/// can make us do per request.
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// The leeway applied to `exp` and `nbf` unless configured otherwise.
pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(30);

// The provider is named explicitly instead of relying on jsonwebtoken's process-wide default:
// that default panics when feature unification in a bigger build enables both backends.
#[cfg(not(any(target_arch = "wasm32", feature = "rust-crypto")))]
static PROVIDER: &CryptoProvider = &jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER;
#[cfg(any(target_arch = "wasm32", feature = "rust-crypto"))]
static PROVIDER: &CryptoProvider = &crate::rust_crypto::RUST_CRYPTO_PROVIDER;

/// What a token must match to be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct VerifyOptions {
    /// The exact expected `iss` (the project's issuer URL).
    pub issuer: String,
    /// The audience that `aud` must contain (the project id, or the configured audience).
    pub audience: String,
    /// Clock skew tolerated on `exp` and `nbf`.
    pub leeway: Duration,
    /// The current time in Unix seconds; `None` reads the system clock. Set it in tests.
    pub now: Option<i64>,
    /// Accepted signature algorithms.
    pub algorithms: Vec<Algorithm>,
}

impl VerifyOptions {
    /// Options with the default leeway (30 s), the system clock and EdDSA + ES256.
    pub fn new(issuer: impl Into<String>, audience: impl Into<String>) -> VerifyOptions {
        VerifyOptions {
            issuer: issuer.into(),
            audience: audience.into(),
            leeway: DEFAULT_LEEWAY,
            now: None,
            algorithms: vec![Algorithm::EdDSA, Algorithm::ES256],
        }
    }

    /// Replaces the leeway on `exp` and `nbf`.
    pub fn with_leeway(mut self, leeway: Duration) -> VerifyOptions {
        self.leeway = leeway;
        self
    }

    /// Verifies as if the current time were `now` (Unix seconds).
    pub fn at(mut self, now: i64) -> VerifyOptions {
        self.now = Some(now);
        self
    }

    /// Replaces the accepted algorithms.
    pub fn with_algorithms(mut self, algorithms: impl Into<Vec<Algorithm>>) -> VerifyOptions {
        self.algorithms = algorithms.into();
        self
    }

    pub(crate) fn current_time(&self) -> i64 {
        self.now.unwrap_or_else(|| {
            // jsonwebtoken reads the clock in a way that also works on wasm32 (Date.now()).
            i64::try_from(jsonwebtoken::get_current_timestamp()).unwrap_or(i64::MAX)
        })
    }

    pub(crate) fn leeway_seconds(&self) -> i64 {
        i64::try_from(self.leeway.as_secs()).unwrap_or(i64::MAX)
    }
}

/// Verifies an access token against a key set, without any I/O.
///
/// On success returns the typed claims; on failure the first failing check's error. Never
/// panics, whatever the input.
pub fn verify_access_token(
    token: &str,
    jwks: &Jwks,
    options: &VerifyOptions,
) -> Result<Claims, AuthError> {
    if token.is_empty() {
        return Err(AuthError::MissingToken);
    }
    if token.len() > MAX_TOKEN_BYTES {
        return Err(AuthError::MalformedToken("the token is larger than 8 KiB"));
    }

    let mut segments = token.split('.');
    let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) = (
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
    ) else {
        return Err(AuthError::MalformedToken(
            "a token has exactly three segments",
        ));
    };
    // The standard engine without padding also refuses non-canonical trailing bits, so each
    // token has exactly one accepted spelling.
    let decode = |segment: &str| {
        URL_SAFE_NO_PAD
            .decode(segment)
            .map_err(|_| AuthError::MalformedToken("a segment is not unpadded base64url"))
    };
    let header_json = decode(header_b64)?;
    let payload_json = decode(payload_b64)?;
    let signature = decode(signature_b64)?;

    let header: Header<'_> = parse_object(&header_json)
        .ok_or(AuthError::MalformedToken("the header is not a JSON object"))?;
    let header_text = |member: Option<&RawValue>| member.and_then(parse_member::<Cow<'_, str>>);

    if !header_text(header.typ).is_some_and(|typ| is_access_token_type(&typ)) {
        return Err(AuthError::WrongTokenType);
    }

    let algorithm = header_text(header.alg)
        .and_then(|alg| Algorithm::from_name(&alg))
        .filter(|algorithm| options.algorithms.contains(algorithm))
        .ok_or(AuthError::UnsupportedAlgorithm(
            "the algorithm is not allowed",
        ))?;

    // We understand no JWS extension, and RFC 7515 says a token listing any must be refused.
    if header.crit.is_some() {
        return Err(AuthError::MalformedToken(
            "critical header extensions are not supported",
        ));
    }

    let key = header_text(header.kid)
        .and_then(|kid| jwks.find(&kid))
        .ok_or(AuthError::UnknownKey)?;
    if key.algorithm != algorithm {
        return Err(AuthError::UnsupportedAlgorithm(
            "the algorithm does not match the key",
        ));
    }

    let signed_part_len = header_b64.len() + 1 + payload_b64.len();
    let signed_part = token
        .as_bytes()
        .get(..signed_part_len)
        .ok_or(AuthError::InvalidSignature)?;
    let verifier = (PROVIDER.verifier_factory)(&algorithm.to_jsonwebtoken(), &key.decoding_key)
        .map_err(|_| AuthError::InvalidSignature)?;
    verifier
        .verify(signed_part, &signature)
        .map_err(|_| AuthError::InvalidSignature)?;

    let claims: RawClaims<'_> = parse_object(&payload_json).ok_or(AuthError::MalformedToken(
        "the payload is not a JSON object",
    ))?;
    Claims::validate(&claims, &payload_json, options)
}

/// The header members the checks read, as unparsed JSON (see [`crate::json`]).
#[derive(Default, Deserialize)]
#[serde(default)]
struct Header<'a> {
    #[serde(borrow, deserialize_with = "present")]
    typ: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    alg: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    kid: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    crit: Option<&'a RawValue>,
}

/// RFC 9068 names the type `application/at+jwt`; RFC 7515 lets the `application/` prefix be
/// dropped and makes media types case-insensitive.
fn is_access_token_type(typ: &str) -> bool {
    typ.eq_ignore_ascii_case("at+jwt") || typ.eq_ignore_ascii_case("application/at+jwt")
}
