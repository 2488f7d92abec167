//! Test keys and token building shared by the test suites, the vector generator and the
//! benchmark. Keys are derived from fixed labels so every run produces the same tokens.
//! Each test crate uses part of this module, hence the `dead_code` allowances where it is
//! included.

pub mod contract;
pub mod vectors;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use hmac::Mac;
use p256::ecdsa::signature::Signer as _;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

pub const ISSUER: &str = "https://auth.example.com/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2";
pub const AUDIENCE: &str = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2";
/// 2026-01-01T00:00:00Z: the fixed "now" of every vector.
pub const NOW: i64 = 1_767_225_600;
pub const ISSUED_AT: i64 = NOW - 60;
pub const EXPIRES_AT: i64 = ISSUED_AT + 300;
pub const ED_KID: &str = "ed-2026-01";
pub const ES_KID: &str = "es-2026-01";
pub const RSA_KID: &str = "rsa-legacy";

/// A 2048-bit RSA key (PKCS#1 DER) generated once for the vectors: only used to produce a real
/// RS256 token that the core must refuse, so it protects nothing.
const RSA_PKCS1_DER_BASE64: &str = "MIIEowIBAAKCAQEAqQs+FZ3Xb6OZvNfNLbLqFWb1SKA/3R3I2B1dwURYcTtiJff6fHCBtR6rM3zF8H7TGYepWX4TiiMfRE7AogeaKtKMFdWl7VzgxwNBYf1VdfgXeWAxmnOBCNnxNQ0Ax60ltGqEK08IQZAEa8KfcuN73MsPGxGdFyKkIzgKsbdKYnRYebqaptBdyEiHWXrYxnDSB10kcyNXzlN9NkQZ1BDg7GaDV/et0yEc1ffbBk6r568WPeuQK4Z1jhhX3IiFCnV+iY3q+nAhX6vNgff8KXuJV1S2TX3tx70HLwuE/Oqx4wrA0YtwtTDi01yJbmsivk/aJbJRNgmFYIachgAxKMGNuwIDAQABAoIBADaHHduzMo8cYrb7lX+sOr30nCJ1LqSQuvybXGa/ORgtY5eDyhTh5bUa03akROUyw710eTgY5wykD63lCVY6xYwSpoVUiVVrpEYN0sVdBngrMsdAND/yCilkw92s+BdwzrzHryKZN7yOTB7GhNB2eLnb9l9w6w9PaUrDBRAWY7Ql9QdM0TuH3m8mNQpQKoWbI1j14eeWsfeSaFVbd3+ydFWBMDwIxwexg3fbzPctAQsJZyYTYSU98sOkwsz4aUFZkxg0DaTbN/tXV6SAEdOWQpN1JTfkIEDPLL/pg6LUlvHodx9sbKIye6L0D4QU3Ck/p+QX4lJ7FClod4FoHgr7TOECgYEA3D1Mw/m97tUwIGO66cnsponMmXtr9mSm2L+JGDFczsAdJsn8AaWuengbFxouPbnYvo/dPUorOoGgewwlUuyK3NwCDi/PwVpxAx2+u8ltrGaFEQEsEeoR5T+Nxp4vpsZ+KGNK0Y+2OmHTDLl+YQyd3FiJLe6f1GMyLwFEMLjoifUCgYEAxH3lbY8r/EILB94xnBX5n3PD2nyTwk/NrdC7h2K9hCaA/zKp0nBJeKTh/Ju+GLtxd1Eej2vnH1KESCJCR1w5JVBDYBk7g9WS6dSOnwd1TXGQtxxyHhIWHYnjIcM9IQYtcuRNv3jODDXdKOfUY405EuyA4UbEJLRTG+BJ4toCeu8CgYEA15amA50AIL/NqZcWi+5e2rM/derMR1hFvxzXPbhsafLDVooYRyCBSF8z3YyCQWggVIINhwaIhHAJwQmlq6PjVsmCtZJ144b945gFclt+IWoFzhyAoFSqCegJh6inarEZI732qmbscf/6kZUush+gk+aS+kSBbm1f3YV2097dutUCgYB0dt7PIoaCva6GGlgzWP8dWOOklCSMjvqtZMRSid8k/iGFocTwu6eAv9JHBRUW2bt2anl/rwhOE33et5erbmlcyYc15Z7WFHhA6sEiV6xam86YCl9FnZjIJ1uePnf0JBI6QEIpFHSk3iRZQ5gq7aD/q3j0jhpiWxPLuRRyRqAjtwKBgACtCKEyI8lXPNy0bbQ29ylKknCbUw2jJqsc0v4y4p6UiSrHJnE+UGnH0OAe0uZ/GA6/8fVNetF4AZ1/FP8GggW0/AqPE1Cp3P8lnJm3cbFmw/LB2o3nSLdhcoq3xmv3+5FencGqy+3lt7yJIDZ0hzoxoch9gcnCOGexObo2X4+x";

/// The keys a vector can be signed with.
pub struct Keys {
    pub ed25519: ed25519_dalek::SigningKey,
    pub other_ed25519: ed25519_dalek::SigningKey,
    pub p256: p256::ecdsa::SigningKey,
    pub other_p256: p256::ecdsa::SigningKey,
    pub rsa: RsaKeyPair,
}

/// How a token's signature is produced.
pub enum Signer<'a> {
    Ed25519(&'a ed25519_dalek::SigningKey),
    P256(&'a p256::ecdsa::SigningKey),
    P256Der(&'a p256::ecdsa::SigningKey),
    Hmac(&'a [u8]),
    Rsa(&'a RsaKeyPair),
    Unsigned,
}

fn seed(label: &str) -> [u8; 32] {
    Sha256::digest(label.as_bytes()).into()
}

impl Keys {
    pub fn fixed() -> Keys {
        let p256_key = |label: &str| {
            p256::ecdsa::SigningKey::from_bytes(&seed(label).into()).expect("a valid P-256 scalar")
        };
        let rsa_der = STANDARD
            .decode(RSA_PKCS1_DER_BASE64)
            .expect("RSA key base64");
        Keys {
            ed25519: ed25519_dalek::SigningKey::from_bytes(&seed("gatehouse vectors ed25519 1")),
            other_ed25519: ed25519_dalek::SigningKey::from_bytes(&seed(
                "gatehouse vectors ed25519 2",
            )),
            p256: p256_key("gatehouse vectors p256 1"),
            other_p256: p256_key("gatehouse vectors p256 2"),
            rsa: RsaKeyPair::from_der(&rsa_der).expect("RSA key"),
        }
    }

    pub fn ed25519_jwk(&self) -> Value {
        let x = URL_SAFE_NO_PAD.encode(self.ed25519.verifying_key().to_bytes());
        json!({"kty": "OKP", "crv": "Ed25519", "x": x, "kid": ED_KID, "alg": "EdDSA", "use": "sig"})
    }

    pub fn p256_jwk(&self) -> Value {
        let point = self.p256.verifying_key().to_encoded_point(false);
        let x = URL_SAFE_NO_PAD.encode(point.x().expect("uncompressed point"));
        let y = URL_SAFE_NO_PAD.encode(point.y().expect("uncompressed point"));
        json!({"kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": ES_KID, "alg": "ES256", "use": "sig"})
    }

    pub fn rsa_jwk(&self) -> Value {
        let public = RsaPublicKeyComponents::<Vec<u8>>::from(self.rsa.public_key());
        json!({
            "kty": "RSA", "kid": RSA_KID, "alg": "RS256", "use": "sig",
            "n": URL_SAFE_NO_PAD.encode(&public.n), "e": URL_SAFE_NO_PAD.encode(&public.e),
        })
    }

    /// The key set most vectors use: both of our keys plus an RSA key the core must ignore.
    pub fn jwks(&self) -> Value {
        canonical(json!({"keys": [self.ed25519_jwk(), self.p256_jwk(), self.rsa_jwk()]}))
    }

    /// The raw Ed25519 public key, as an attacker would use it for an HMAC secret.
    pub fn ed25519_public_bytes(&self) -> Vec<u8> {
        self.ed25519.verifying_key().to_bytes().to_vec()
    }
}

/// Rebuilds objects with sorted keys. serde_json keeps insertion order when another crate in
/// the build turns on `preserve_order`, so sorting makes the vectors byte-identical either way.
pub fn canonical(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let sorted: Map<String, Value> = entries
                .into_iter()
                .map(|(key, value)| (key, canonical(value)))
                .collect();
            Value::Object(sorted)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        other => other,
    }
}

pub fn b64(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The base64url of a JSON value, serialized compactly with sorted keys.
pub fn b64_json(value: &Value) -> String {
    b64(serde_json::to_vec(&canonical(value.clone())).expect("JSON"))
}

/// Signs `header.payload` (both already base64url) and returns the compact token.
pub fn sign_parts(header_b64: &str, payload_b64: &str, signer: Signer<'_>) -> String {
    let input = format!("{header_b64}.{payload_b64}");
    let signature: Vec<u8> = match signer {
        Signer::Ed25519(key) => {
            use ed25519_dalek::Signer as _;
            key.sign(input.as_bytes()).to_bytes().to_vec()
        }
        Signer::P256(key) => {
            let signature: p256::ecdsa::Signature = key.sign(input.as_bytes());
            signature.to_bytes().to_vec()
        }
        Signer::P256Der(key) => {
            let signature: p256::ecdsa::Signature = key.sign(input.as_bytes());
            signature.to_der().as_bytes().to_vec()
        }
        Signer::Hmac(secret) => {
            let mut mac = hmac::Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
            mac.update(input.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        Signer::Rsa(key) => {
            let mut signature = vec![0; key.public_modulus_len()];
            key.sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                input.as_bytes(),
                &mut signature,
            )
            .expect("RSA signature");
            signature
        }
        Signer::Unsigned => Vec::new(),
    };
    format!("{input}.{}", b64(signature))
}

/// Signs a header and claims given as JSON values.
pub fn sign(header: &Value, claims: &Value, signer: Signer<'_>) -> String {
    sign_parts(&b64_json(header), &b64_json(claims), signer)
}

pub fn header(alg: &str, kid: &str) -> Value {
    json!({"alg": alg, "typ": "at+jwt", "kid": kid})
}

/// Every claim Gatehouse issues, as the server issues them.
pub fn full_claims() -> Value {
    json!({
        "iss": ISSUER,
        "sub": "user_01j9zr2b3c4d5e6f7g8h9j0k1m",
        "aud": AUDIENCE,
        "exp": EXPIRES_AT,
        "iat": ISSUED_AT,
        "nbf": ISSUED_AT,
        "jti": "tok_01j9zr5n6p7q8r9s0t1v2w3x4y",
        "sid": "sess_01j9zr3a4b5c6d7e8f9g0h1j2k",
        "org": {"id": "org_01j9zr1x2y3z4a5b6c7d8e9f0g", "slug": "acme", "name": "Acme Inc."},
        "user": {
            "id": "user_01j9zr2b3c4d5e6f7g8h9j0k1m",
            "email": "ada@acme.example",
            "email_verified": true,
            "name": "Ada Lovelace"
        },
        "roles": ["admin"],
        "actions": ["invoices:read", "invoices:write", "members:invite"],
        "amr": ["pwd", "otp", "mfa"]
    })
}

/// Only the claims a verifier requires.
pub fn minimal_claims() -> Value {
    json!({
        "iss": ISSUER,
        "sub": "user_01j9zr2b3c4d5e6f7g8h9j0k1m",
        "aud": AUDIENCE,
        "exp": EXPIRES_AT,
        "iat": ISSUED_AT,
        "org": {"id": "org_01j9zr1x2y3z4a5b6c7d8e9f0g"}
    })
}

/// `full_claims` with `edit` applied to its object.
pub fn claims_with(edit: impl FnOnce(&mut Map<String, Value>)) -> Value {
    let mut claims = full_claims();
    if let Value::Object(object) = &mut claims {
        edit(object);
    }
    claims
}
