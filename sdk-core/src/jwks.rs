//! Signing keys: parsing a JSON Web Key Set (RFC 7517) into the keys the verifier accepts.
//!
//! Only the key types Gatehouse signs with are kept (Ed25519 `OKP` keys and P-256 `EC` keys).
//! Every other entry — RSA, symmetric, other curves, encryption keys, or a malformed entry — is
//! skipped rather than failing the whole set, so one odd key published next to ours cannot stop
//! verification.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::DecodingKey;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::AuthError;
use crate::json::{parse_member, parse_object, present};

/// A signature algorithm the core can accept.
///
/// Deliberately closed: `none`, HMAC and RSA are not representable, so no option can turn
/// them on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// Ed25519 signatures (`OKP` keys, curve `Ed25519`). Gatehouse's default.
    EdDSA,
    /// ECDSA with P-256 and SHA-256 (`EC` keys, curve `P-256`).
    ES256,
}

impl Algorithm {
    /// The JOSE name of the algorithm, as written in a token's `alg` header.
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::EdDSA => "EdDSA",
            Algorithm::ES256 => "ES256",
        }
    }

    /// The algorithm with this exact JOSE name, if the core supports it.
    pub fn from_name(name: &str) -> Option<Algorithm> {
        match name {
            "EdDSA" => Some(Algorithm::EdDSA),
            "ES256" => Some(Algorithm::ES256),
            _ => None,
        }
    }

    pub(crate) fn to_jsonwebtoken(self) -> jsonwebtoken::Algorithm {
        match self {
            Algorithm::EdDSA => jsonwebtoken::Algorithm::EdDSA,
            Algorithm::ES256 => jsonwebtoken::Algorithm::ES256,
        }
    }
}

/// One usable public key from a JWKS.
#[derive(Debug, Clone)]
pub(crate) struct VerificationKey {
    pub(crate) kid: String,
    pub(crate) algorithm: Algorithm,
    pub(crate) decoding_key: DecodingKey,
}

/// The usable keys of a JSON Web Key Set, looked up by `kid`.
#[derive(Debug, Clone, Default)]
pub struct Jwks {
    keys: Vec<VerificationKey>,
}

impl Jwks {
    /// Parses a JWKS document (`{"keys": [...]}`).
    ///
    /// Fails with `jwks_unavailable` only when the document itself is not a JWKS; unsupported
    /// or malformed entries are skipped. When two usable keys share a `kid`, the first wins.
    pub fn from_json(json: &str) -> Result<Jwks, AuthError> {
        Jwks::from_slice(json.as_bytes())
    }

    /// Parses a JWKS document from bytes, as received over HTTP.
    pub fn from_slice(bytes: &[u8]) -> Result<Jwks, AuthError> {
        let document: Document<'_> = parse_object(bytes).ok_or_else(|| {
            AuthError::JwksUnavailable("the JWKS document is not a JSON object".into())
        })?;
        let Some(entries) = document.keys.and_then(parse_member::<Vec<&RawValue>>) else {
            return Err(AuthError::JwksUnavailable(
                "the JWKS document has no \"keys\" array".into(),
            ));
        };
        let mut keys: Vec<VerificationKey> = Vec::with_capacity(entries.len());
        for key in entries.into_iter().filter_map(parse_key) {
            if !keys.iter().any(|known| known.kid == key.kid) {
                keys.push(key);
            }
        }
        Ok(Jwks { keys })
    }

    /// The number of usable keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether no usable key was found.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The `kid`s of the usable keys, in document order.
    pub fn key_ids(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|key| key.kid.as_str())
    }

    pub(crate) fn find(&self, kid: &str) -> Option<&VerificationKey> {
        self.keys.iter().find(|key| key.kid == kid)
    }
}

/// A JWKS document, read with borrowed members (`src/json.rs`) rather than as a JSON tree:
/// the browser module then links no general JSON value type, which kept it within its size
/// budget.
#[derive(Deserialize)]
struct Document<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    keys: Option<&'a RawValue>,
}

/// The members of one JWK the verifier reads; others are skipped.
#[derive(Deserialize)]
struct JwkMembers<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    kid: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "use", deserialize_with = "present")]
    public_key_use: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    kty: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    crv: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    x: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    y: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    alg: Option<&'a RawValue>,
}

/// A member's string value; `None` when absent or not a string.
fn text(member: Option<&RawValue>) -> Option<String> {
    member.and_then(parse_member::<String>)
}

/// Turns one JWK into a usable key, or `None` when it is not one we verify with.
fn parse_key(entry: &RawValue) -> Option<VerificationKey> {
    let jwk: JwkMembers<'_> = parse_object(entry.get().as_bytes())?;
    let kid = text(jwk.kid).filter(|kid| !kid.is_empty())?;
    if jwk.public_key_use.is_some() && text(jwk.public_key_use).as_deref() != Some("sig") {
        return None;
    }
    let (algorithm, decoding_key) = match (text(jwk.kty)?.as_str(), text(jwk.crv)?.as_str()) {
        ("OKP", "Ed25519") => {
            let x = text(jwk.x)?;
            coordinate_is_32_bytes(&x)?;
            (Algorithm::EdDSA, DecodingKey::from_ed_components(&x).ok()?)
        }
        ("EC", "P-256") => {
            let (x, y) = (text(jwk.x)?, text(jwk.y)?);
            coordinate_is_32_bytes(&x)?;
            coordinate_is_32_bytes(&y)?;
            (
                Algorithm::ES256,
                DecodingKey::from_ec_components(&x, &y).ok()?,
            )
        }
        _ => return None,
    };
    // A key that names an algorithm must name the one its type implies; anything else is a
    // publishing mistake we refuse to guess around.
    if jwk.alg.is_some() && text(jwk.alg).as_deref() != Some(algorithm.as_str()) {
        return None;
    }
    Some(VerificationKey {
        kid,
        algorithm,
        decoding_key,
    })
}

/// Both Ed25519 public keys and P-256 coordinates are exactly 32 bytes; checking here keeps
/// malformed keys out of the crypto backends, some of which slice without checking.
fn coordinate_is_32_bytes(encoded: &str) -> Option<()> {
    let bytes = URL_SAFE_NO_PAD.decode(encoded).ok()?;
    (bytes.len() == 32).then_some(())
}
