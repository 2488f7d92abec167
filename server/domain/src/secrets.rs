//! Generation and recognition of the secrets the server hands out: project secret keys and
//! publishable keys.
//!
//! A secret key is `sk_test_` or `sk_live_` followed by 43 base64url characters (256 random
//! bits from `rand`'s thread-local CSPRNG, seeded and periodically reseeded from the OS). The server stores only its SHA-256 digest. A publishable key
//! is public: `pk_test_`/`pk_live_` and the base64url (no padding) of `{issuer}#{project_id}`,
//! so an SDK given only that key knows where the JWKS lives. Issuers never contain `#`
//! (OpenID Connect forbids fragments in issuer URLs), which makes the split unambiguous.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_storage::db::projects::Environment;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// How many characters of a secret key are kept to recognise it in listings.
const DISPLAY_PREFIX_CHARS: usize = 12;

/// A freshly generated secret key: the secret (shown once), its digest and display prefix.
#[derive(Debug)]
pub struct NewSecretKey {
    /// The whole secret, to be shown to the operator exactly once.
    pub secret: String,
    /// Hex SHA-256 of the secret; what the database keeps.
    pub hash: String,
    /// The first characters, for listings.
    pub display_prefix: String,
}

/// Generates a secret key for a project of the given environment (`test` or `live`).
pub fn new_secret_key(environment: Environment) -> NewSecretKey {
    let environment = environment.as_str();
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = format!("sk_{environment}_{}", URL_SAFE_NO_PAD.encode(bytes));
    NewSecretKey {
        hash: hash_secret(&secret),
        display_prefix: secret.chars().take(DISPLAY_PREFIX_CHARS).collect(),
        secret,
    }
}

/// The digest under which a secret is stored and looked up.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Compares two digests or tokens in constant time.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Whether a presented value has the shape of a secret key (checked before any lookup, so
/// garbage never reaches the database).
pub fn looks_like_secret_key(value: &str) -> bool {
    let body = value
        .strip_prefix("sk_test_")
        .or_else(|| value.strip_prefix("sk_live_"));
    body.is_some_and(|b| {
        b.len() == 43
            && b.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    })
}

/// The publishable key of a project.
pub fn publishable_key(environment: Environment, issuer: &str, project_id: &str) -> String {
    let environment = environment.as_str();
    format!(
        "pk_{environment}_{}",
        URL_SAFE_NO_PAD.encode(format!("{issuer}#{project_id}"))
    )
}

/// `count` bytes from `rand`'s thread-local CSPRNG (seeded and reseeded from the OS).
pub fn random_bytes(count: usize) -> Vec<u8> {
    let mut buf = vec![0u8; count];
    rand::rng().fill_bytes(&mut buf);
    buf
}

/// A random string of `bytes` random bytes in base64url (refresh tokens, demo passwords).
pub fn random_token(bytes: usize) -> String {
    URL_SAFE_NO_PAD.encode(random_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_keys_have_a_recognisable_shape() {
        let key = new_secret_key(Environment::Test);
        assert!(looks_like_secret_key(&key.secret), "{}", key.secret);
        assert!(key.secret.starts_with(&key.display_prefix));
        assert_eq!(key.hash, hash_secret(&key.secret));
        assert!(!looks_like_secret_key("sk_test_short"));
        assert!(!looks_like_secret_key(
            &key.secret.replace("sk_test_", "pk_test_")
        ));
    }

    #[test]
    fn publishable_key_encodes_issuer_and_project() {
        let pk = publishable_key(
            Environment::Live,
            "https://auth.example.com/p/proj_1",
            "proj_1",
        );
        let body = pk.strip_prefix("pk_live_").unwrap_or_default();
        let decoded = URL_SAFE_NO_PAD.decode(body).unwrap_or_default();
        assert_eq!(decoded, b"https://auth.example.com/p/proj_1#proj_1");
    }
}
