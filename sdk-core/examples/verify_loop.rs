//! Verifies one token from `testdata/vectors.json` many times through one path, for counting
//! instructions with callgrind, which unlike wall-clock timing is unaffected by other load on
//! the machine:
//!
//! ```sh
//! cargo build --release -p gatehouse-core --example verify_loop
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/verify_loop valid_eddsa_full_claims core 1000
//! ```
//!
//! Paths: `core` (`verify_access_token`), `raw` (the bare aws-lc-rs signature check on the same
//! bytes), `raw-rustcrypto` (the same with ed25519-dalek or p256, the wasm32 backend's crates;
//! compare with `core` built with `--features rust-crypto`), `none` (setup only, to subtract).

#![allow(clippy::expect_used, missing_docs)]

use std::hint::black_box;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_core::{Jwks, VerifyOptions, verify_access_token};
use serde_json::Value;

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let [_, case_name, path, count] = arguments.as_slice() else {
        panic!("usage: verify_loop CASE core|raw|none COUNT");
    };
    let count: usize = count.parse().expect("COUNT");
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/vectors.json");
    let vectors: Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("vectors")).expect("JSON");
    let case = vectors["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|case| case["name"] == case_name.as_str())
        .expect("no such case");
    let token = case["token"].as_str().expect("token");
    let jwks = Jwks::from_json(&case["jwks"].to_string()).expect("JWKS");
    let options = &case["options"];
    let options = VerifyOptions::new(
        options["issuer"].as_str().expect("issuer"),
        options["audience"].as_str().expect("audience"),
    )
    .at(options["now"].as_i64().expect("now"));

    let header: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(token.split('.').next().expect("header"))
            .expect("base64"),
    )
    .expect("header JSON");
    let jwk = case["jwks"]["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|key| key["kid"] == header["kid"])
        .expect("key");
    let coordinate = |name: &str| {
        URL_SAFE_NO_PAD
            .decode(jwk[name].as_str().expect(name))
            .expect("base64")
    };
    let (algorithm, public_key): (
        &'static dyn aws_lc_rs::signature::VerificationAlgorithm,
        Vec<u8>,
    ) = match header["alg"].as_str() {
        Some("EdDSA") => (&aws_lc_rs::signature::ED25519, coordinate("x")),
        _ => (
            &aws_lc_rs::signature::ECDSA_P256_SHA256_FIXED,
            [vec![4], coordinate("x"), coordinate("y")].concat(),
        ),
    };
    let (signed, signature) = token.rsplit_once('.').expect("segments");
    let signature = URL_SAFE_NO_PAD.decode(signature).expect("signature");
    let rustcrypto_verify = rustcrypto_verifier(&public_key, &signature);

    for _ in 0..count {
        match path.as_str() {
            "core" => assert!(verify_access_token(black_box(token), &jwks, &options).is_ok()),
            "raw" => algorithm
                .verify_sig(&public_key, black_box(signed.as_bytes()), &signature)
                .expect("signature"),
            "raw-rustcrypto" => assert!(rustcrypto_verify(black_box(signed.as_bytes()))),
            _ => {}
        }
    }
}

/// Checks the fixed signature over a message.
type SignatureCheck = Box<dyn Fn(&[u8]) -> bool>;

/// The RustCrypto verification the core's wasm32 provider (`RUST_CRYPTO_PROVIDER`) performs, for the key type.
fn rustcrypto_verifier(public_key: &[u8], signature: &[u8]) -> SignatureCheck {
    // ed25519-dalek and p256 share the `signature` crate's `Verifier` trait.
    use ed25519_dalek::Verifier as _;
    if let Ok(key) = <[u8; 32]>::try_from(public_key) {
        let key = ed25519_dalek::VerifyingKey::from_bytes(&key).expect("Ed25519 key");
        let signature = ed25519_dalek::Signature::from_slice(signature).expect("signature");
        Box::new(move |message| key.verify(message, &signature).is_ok())
    } else {
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(public_key).expect("P-256 key");
        let signature = p256::ecdsa::Signature::from_slice(signature).expect("signature");
        Box::new(move |message| key.verify(message, &signature).is_ok())
    }
}
