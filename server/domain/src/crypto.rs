//! Key material: the master key that seals private signing keys at rest (AES-256-GCM), and
//! generation of signing key pairs (Ed25519, P-256) with their public JWKs.
//!
//! Everything here uses aws-lc-rs, the same library the SDK core's native backend uses, so
//! the product depends on one audited crypto implementation. Sealed values are
//! `base64url(nonce || ciphertext || tag)`, with the owning row's identity as associated
//! data, so a sealed key copied into another row (or another project) fails to open.

use std::path::Path;

use anyhow::Context;
use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use aws_lc_rs::hmac;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair,
};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};

/// Name of the file holding a generated master key inside the data directory.
pub const MASTER_KEY_FILE: &str = "master.key";

/// The key that seals private signing keys. Never logged, never serialised.
pub struct MasterKey {
    aead: LessSafeKey,
    /// HMAC key derived from the master key, for values the server must recognise later
    /// (CSRF tokens of the hosted login).
    mac: hmac::Key,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    /// Parses 32 bytes given as standard or URL-safe base64 (`GATEHOUSE_MASTER_KEY`).
    pub fn from_base64(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim_end_matches('='))
            .or_else(|_| STANDARD.decode(text))
            .context("the master key is not base64")?;
        anyhow::ensure!(
            bytes.len() == 32,
            "the master key must be 32 bytes (base64 of 32 random bytes), got {}",
            bytes.len()
        );
        let key = UnboundKey::new(&AES_256_GCM, &bytes)
            .map_err(|_| anyhow::anyhow!("invalid master key"))?;
        // A separate key for MACs, so the AES key is never used for anything else.
        let derived = hmac::sign(
            &hmac::Key::new(hmac::HMAC_SHA256, &bytes),
            b"gatehouse mac key v1",
        );
        Ok(Self {
            aead: LessSafeKey::new(key),
            mac: hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref()),
        })
    }

    /// A fresh random key and its base64 form.
    pub fn generate() -> anyhow::Result<(Self, String)> {
        let mut bytes = [0u8; 32];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| anyhow::anyhow!("the system random generator failed"))?;
        let text = URL_SAFE_NO_PAD.encode(bytes);
        Ok((Self::from_base64(&text)?, text))
    }

    /// The key from `GATEHOUSE_MASTER_KEY` when given, else from `data_dir/master.key`,
    /// generating that file (mode 0600) on first use.
    pub fn load_or_create(from_env: Option<&str>, data_dir: &Path) -> anyhow::Result<Self> {
        if let Some(text) = from_env.filter(|t| !t.trim().is_empty()) {
            return Self::from_base64(text);
        }
        let path = data_dir.join(MASTER_KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::from_base64(&text)
                .with_context(|| format!("reading the master key in {}", path.display())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                let (key, text) = Self::generate()?;
                crate::files::write_private(&path, text.as_bytes())?;
                tracing::info!(path = %path.display(), "generated a new master key");
                Ok(key)
            }
            Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Encrypts `plaintext`, binding it to `context` (the owning row's identity).
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> anyhow::Result<String> {
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| anyhow::anyhow!("the system random generator failed"))?;
        let mut buffer = plaintext.to_vec();
        self.aead
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context.as_bytes()),
                &mut buffer,
            )
            .map_err(|_| anyhow::anyhow!("sealing failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&buffer);
        Ok(URL_SAFE_NO_PAD.encode(out))
    }

    /// Decrypts a value made by [`seal`](Self::seal) with the same `context`.
    pub fn open(&self, context: &str, sealed: &str) -> anyhow::Result<Vec<u8>> {
        let bytes = URL_SAFE_NO_PAD
            .decode(sealed)
            .context("sealed value is not base64url")?;
        anyhow::ensure!(bytes.len() > NONCE_LEN, "sealed value is truncated");
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let nonce =
            Nonce::try_assume_unique_for_key(nonce).map_err(|_| anyhow::anyhow!("bad nonce"))?;
        let mut buffer = ciphertext.to_vec();
        let plaintext = self
            .aead
            .open_in_place(nonce, Aad::from(context.as_bytes()), &mut buffer)
            .map_err(|_| {
                anyhow::anyhow!("cannot open a sealed key: wrong master key or tampered row")
            })?;
        Ok(plaintext.to_vec())
    }
}

impl MasterKey {
    /// HMAC-SHA256 of `data` under a key derived from the master key, separated by
    /// `purpose`, as base64url.
    pub fn mac(&self, purpose: &str, data: &[u8]) -> String {
        let mut context = hmac::Context::with_key(&self.mac);
        context.update(purpose.as_bytes());
        context.update(&[0]);
        context.update(data);
        URL_SAFE_NO_PAD.encode(context.sign().as_ref())
    }

    /// Whether `tag` is [`mac`](Self::mac) of `data` for `purpose` (constant time).
    pub fn verify_mac(&self, purpose: &str, data: &[u8], tag: &str) -> bool {
        let Ok(tag) = URL_SAFE_NO_PAD.decode(tag) else {
            return false;
        };
        let mut message = purpose.as_bytes().to_vec();
        message.push(0);
        message.extend_from_slice(data);
        hmac::verify(&self.mac, &message, &tag).is_ok()
    }
}

pub use gatehouse_storage::db::projects::SigningAlgorithm;

/// A freshly generated key pair.
pub struct GeneratedKey {
    /// PKCS#8 DER of the private key (to be sealed).
    pub private_pkcs8: Vec<u8>,
    /// The public JWK, with `kid`, `alg` and `use`.
    pub public_jwk: Value,
}

/// Generates a key pair for `algorithm` whose JWK carries `kid`.
pub fn generate_signing_key(
    algorithm: SigningAlgorithm,
    kid: &str,
) -> anyhow::Result<GeneratedKey> {
    let rng = SystemRandom::new();
    let failed = |_| anyhow::anyhow!("key generation failed");
    match algorithm {
        SigningAlgorithm::EdDsa => {
            let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).map_err(failed)?;
            let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref())
                .map_err(|_| anyhow::anyhow!("generated Ed25519 key does not parse"))?;
            Ok(GeneratedKey {
                public_jwk: json!({
                    "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": kid,
                    "x": URL_SAFE_NO_PAD.encode(pair.public_key().as_ref()),
                }),
                private_pkcs8: pkcs8.as_ref().to_vec(),
            })
        }
        SigningAlgorithm::Es256 => {
            let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
                .map_err(failed)?;
            let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref())
                .map_err(|_| anyhow::anyhow!("generated P-256 key does not parse"))?;
            // Uncompressed SEC1 point: 0x04 || X (32 bytes) || Y (32 bytes).
            let point = pair.public_key().as_ref();
            anyhow::ensure!(
                point.len() == 65 && point[0] == 4,
                "unexpected P-256 point encoding"
            );
            Ok(GeneratedKey {
                public_jwk: json!({
                    "kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": kid,
                    "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
                    "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
                }),
                private_pkcs8: pkcs8.as_ref().to_vec(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_context() -> anyhow::Result<()> {
        let (key, text) = MasterKey::generate()?;
        let sealed = key.seal("proj_a/kid_1", b"secret bytes")?;
        assert_eq!(key.open("proj_a/kid_1", &sealed)?, b"secret bytes");
        assert!(
            key.open("proj_b/kid_1", &sealed).is_err(),
            "context must be bound"
        );
        let (other, _) = MasterKey::generate()?;
        assert!(other.open("proj_a/kid_1", &sealed).is_err());
        assert!(
            MasterKey::from_base64(&text)?
                .open("proj_a/kid_1", &sealed)
                .is_ok()
        );
        let mut tampered = URL_SAFE_NO_PAD.decode(&sealed)?;
        if let Some(last) = tampered.last_mut() {
            *last ^= 1;
        }
        assert!(
            key.open("proj_a/kid_1", &URL_SAFE_NO_PAD.encode(tampered))
                .is_err()
        );
        assert!(!sealed.contains("secret"));
        Ok(())
    }

    #[test]
    fn master_keys_must_be_32_bytes() {
        assert!(MasterKey::from_base64("c2hvcnQ").is_err());
        assert!(MasterKey::from_base64("not base64 at all!").is_err());
    }

    #[test]
    fn generated_keys_have_complete_jwks() -> anyhow::Result<()> {
        let ed = generate_signing_key(SigningAlgorithm::EdDsa, "k1")?;
        assert_eq!(ed.public_jwk["kty"], "OKP");
        assert_eq!(ed.public_jwk["x"].as_str().map(str::len), Some(43));
        let ec = generate_signing_key(SigningAlgorithm::Es256, "k2")?;
        assert_eq!(ec.public_jwk["crv"], "P-256");
        assert_eq!(ec.public_jwk["y"].as_str().map(str::len), Some(43));
        Ok(())
    }
}
