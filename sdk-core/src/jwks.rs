//! Signing keys: parsing a JSON Web Key Set (RFC 7517) into the keys the verifier accepts.
//!
//! Only the key types Gatehouse signs with are kept (Ed25519 `OKP` keys and P-256 `EC` keys).
//! Every other entry — RSA, symmetric, other curves, encryption keys, or a malformed entry — is
//! skipped rather than failing the whole set, so one odd key published next to ours cannot stop
//! verification.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::DecodingKey;
use serde_json::{Map, Value};

use crate::AuthError;

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
        let document: Map<String, Value> = serde_json::from_slice(bytes).map_err(|_| {
            AuthError::JwksUnavailable("the JWKS document is not a JSON object".into())
        })?;
        let Some(Value::Array(entries)) = document.get("keys") else {
            return Err(AuthError::JwksUnavailable(
                "the JWKS document has no \"keys\" array".into(),
            ));
        };
        let mut keys: Vec<VerificationKey> = Vec::with_capacity(entries.len());
        for key in entries
            .iter()
            .filter_map(Value::as_object)
            .filter_map(parse_key)
        {
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

/// Turns one JWK into a usable key, or `None` when it is not one we verify with.
fn parse_key(jwk: &Map<String, Value>) -> Option<VerificationKey> {
    let text = |name: &str| jwk.get(name).and_then(Value::as_str);
    let kid = text("kid").filter(|kid| !kid.is_empty())?;
    if jwk.contains_key("use") && text("use") != Some("sig") {
        return None;
    }
    let (algorithm, decoding_key) = match (text("kty")?, text("crv")?) {
        ("OKP", "Ed25519") => {
            let x = text("x")?;
            coordinate_is_32_bytes(x)?;
            (Algorithm::EdDSA, DecodingKey::from_ed_components(x).ok()?)
        }
        ("EC", "P-256") => {
            let (x, y) = (text("x")?, text("y")?);
            coordinate_is_32_bytes(x)?;
            coordinate_is_32_bytes(y)?;
            (
                Algorithm::ES256,
                DecodingKey::from_ec_components(x, y).ok()?,
            )
        }
        _ => return None,
    };
    // A key that names an algorithm must name the one its type implies; anything else is a
    // publishing mistake we refuse to guess around.
    if jwk.contains_key("alg") && text("alg") != Some(algorithm.as_str()) {
        return None;
    }
    Some(VerificationKey {
        kid: kid.to_owned(),
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
