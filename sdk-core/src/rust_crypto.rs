//! The RustCrypto signature backend: a `jsonwebtoken` [`CryptoProvider`] that knows only the two
//! algorithms Gatehouse signs with, Ed25519 (`ed25519-dalek`) and ES256 (`p256`). The browser
//! (wasm32) build always verifies with it; native builds use aws-lc unless the `rust-crypto`
//! feature selects this one, which is how the shared vectors are run against it natively.
//!
//! `jsonwebtoken`'s own RustCrypto provider would do the same checks, but it also links RSA,
//! P-384, HMAC and a random-number generator into every build that enables it: after `wasm-opt`
//! that more than doubled the gzipped browser module (see `bindings-wasm/README.md`, "Build"). Only verification is provided; the core never signs.

use jsonwebtoken::crypto::{CryptoProvider, JwtSigner, JwtVerifier, KeyUtils};
use jsonwebtoken::errors::{Error, ErrorKind, Result};
use jsonwebtoken::jwk::{EllipticCurve, ThumbprintHash};
use jsonwebtoken::signature::{self, Verifier};
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey, EncodingKey};

/// The `jsonwebtoken` provider the core verifies with on wasm32 and under the `rust-crypto`
/// feature: EdDSA and ES256 verification only; signing and the JWK helpers answer errors.
pub static RUST_CRYPTO_PROVIDER: CryptoProvider = CryptoProvider {
    signer_factory: no_signer,
    verifier_factory: verifier,
    key_utils: KeyUtils {
        rsa_pub_components_from_private_key: no_rsa_components,
        rsa_pub_components_from_public_key: no_rsa_components,
        ec_pub_components_from_private_key: no_ec_components,
        ed_pub_components_from_private_key: no_ed_components,
        compute_digest: no_digest,
    },
};

/// Builds the verifier for one key; called once per verification with the key the token names.
fn verifier(algorithm: &Algorithm, key: &DecodingKey) -> Result<Box<dyn JwtVerifier>> {
    match (algorithm, key.family()) {
        (Algorithm::EdDSA, AlgorithmFamily::Ed) => {
            let bytes = <&[u8; 32]>::try_from(key.try_get_as_bytes()?)
                .map_err(|_| ErrorKind::InvalidEddsaKey)?;
            let key = ed25519_dalek::VerifyingKey::from_bytes(bytes)
                .map_err(|_| ErrorKind::InvalidEddsaKey)?;
            Ok(Box::new(Ed25519Verifier(key)))
        }
        (Algorithm::ES256, AlgorithmFamily::Ec) => {
            // `from_sec1_bytes` refuses points that are not on the curve.
            let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(key.try_get_as_bytes()?)
                .map_err(|_| ErrorKind::InvalidEcdsaKey)?;
            Ok(Box::new(Es256Verifier(key)))
        }
        (Algorithm::EdDSA | Algorithm::ES256, _) => Err(ErrorKind::InvalidKeyFormat.into()),
        _ => Err(ErrorKind::UnsupportedAlgorithm.into()),
    }
}

/// Ed25519 as RFC 8032 and aws-lc verify it: cofactorless, with `S` required to be reduced, so
/// both backends give the same verdict for every signature.
struct Ed25519Verifier(ed25519_dalek::VerifyingKey);

impl Verifier<Vec<u8>> for Ed25519Verifier {
    fn verify(&self, message: &[u8], signature: &Vec<u8>) -> signature::Result<()> {
        let signature = ed25519_dalek::Signature::from_slice(signature)?;
        self.0.verify(message, &signature)
    }
}

impl JwtVerifier for Ed25519Verifier {
    fn algorithm(&self) -> Algorithm {
        Algorithm::EdDSA
    }
}

/// ECDSA P-256 with SHA-256 over JOSE's fixed-size `r || s` signature (RFC 7518 §3.4); a DER
/// signature has another length and is refused.
struct Es256Verifier(p256::ecdsa::VerifyingKey);

impl Verifier<Vec<u8>> for Es256Verifier {
    fn verify(&self, message: &[u8], signature: &Vec<u8>) -> signature::Result<()> {
        let signature = p256::ecdsa::Signature::from_slice(signature)?;
        self.0.verify(message, &signature)
    }
}

impl JwtVerifier for Es256Verifier {
    fn algorithm(&self) -> Algorithm {
        Algorithm::ES256
    }
}

// The rest of the provider serves signing and JWK helpers, which the core never calls. Each
// answers with an error rather than panicking, should a future caller reach it.

fn no_signer(_: &Algorithm, _: &EncodingKey) -> Result<Box<dyn JwtSigner>> {
    Err(unsupported())
}

fn no_rsa_components(_: &[u8]) -> Result<(Vec<u8>, Vec<u8>)> {
    Err(unsupported())
}

fn no_ec_components(_: &[u8], _: Algorithm) -> Result<(EllipticCurve, Vec<u8>, Vec<u8>)> {
    Err(unsupported())
}

fn no_ed_components(_: &[u8], _: &EllipticCurve) -> Result<Vec<u8>> {
    Err(unsupported())
}

fn no_digest(_: &[u8], _: ThumbprintHash) -> Result<Vec<u8>> {
    Err(unsupported())
}

fn unsupported() -> Error {
    ErrorKind::Provider("the Gatehouse core only verifies EdDSA and ES256 signatures".into()).into()
}
