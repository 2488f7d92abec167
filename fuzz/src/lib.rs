//! What the fuzz targets share: a fixed Ed25519 signing key with its JWKS, so that a target can
//! sign a header and payload the fuzzer chose and reach the claim checks behind the signature,
//! and the verification options every token target uses.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{Signer, SigningKey};
use gatehouse_core::{Jwks, VerifyOptions};

/// The issuer the targets' tokens are checked against.
pub const ISSUER: &str = "https://auth.example.com/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2";
/// The audience (project id) the targets' tokens are checked against.
pub const AUDIENCE: &str = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2";
/// The "now" of every verification (2026-01-01T00:00:00Z), so runs are reproducible.
pub const NOW: i64 = 1_767_225_600;
/// The `kid` of the fixed key.
pub const KID: &str = "jwk_fuzz";

fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

/// The JWKS document publishing the fixed key.
pub fn jwks_json() -> String {
    let x = URL_SAFE_NO_PAD.encode(signing_key().verifying_key().as_bytes());
    format!(
        r#"{{"keys":[{{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","use":"sig","kid":"{KID}","x":"{x}"}}]}}"#
    )
}

/// The parsed JWKS of the fixed key.
pub fn jwks() -> Jwks {
    Jwks::from_json(&jwks_json()).unwrap_or_default()
}

/// Options matching [`ISSUER`], [`AUDIENCE`] and [`NOW`].
pub fn options() -> VerifyOptions {
    VerifyOptions::new(ISSUER, AUDIENCE).at(NOW)
}

/// A compact JWS of `header` and `payload` (any bytes), signed with the fixed key.
pub fn sign(header: &[u8], payload: &[u8]) -> String {
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload)
    );
    let signature = signing_key().sign(signed.as_bytes());
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
}

/// A well-formed token for the fixed key, valid at [`NOW`].
pub fn valid_token() -> String {
    let header = format!(r#"{{"typ":"at+jwt","alg":"EdDSA","kid":"{KID}"}}"#);
    let payload = format!(
        r#"{{"iss":"{ISSUER}","sub":"user_01j9zr2b3c4d5e6f7g8h9j0k1m","aud":"{AUDIENCE}","exp":{},"iat":{NOW},"nbf":{NOW},"jti":"tok_1","client_id":"pk_test_x","sid":"sess_01j9zr3a4b5c6d7e8f9g0h1j2k","org":{{"id":"org_01j9zr1x2y3z4a5b6c7d8e9f0g","slug":"acme","name":"Acme"}},"user":{{"id":"user_01j9zr2b3c4d5e6f7g8h9j0k1m","email":"ada@acme.test","email_verified":true}},"roles":["admin"],"actions":["a:b"],"amr":["pwd"]}}"#,
        NOW + 300
    );
    sign(header.as_bytes(), payload.as_bytes())
}
