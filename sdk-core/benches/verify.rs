//! Cost of `verify_access_token` next to the cost of what it is built on, in one run:
//! the core (valid token, cheapest and most expensive rejection), `jsonwebtoken` called
//! directly with the same key and checks, and the bare signature verification with aws-lc-rs
//! (the backend the core uses natively) and the RustCrypto crates (the wasm32 backend).
//!
//! `cargo bench -p gatehouse-core --bench verify` measures the core with aws-lc-rs (native);
//! add `--features rust-crypto` to measure it with the RustCrypto backend that wasm32 uses.
//! Each line reports verifications per second ("thrpt") on one core.

#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

#[allow(dead_code)]
#[path = "../tests/support/mod.rs"]
mod support;

use std::hint::black_box;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gatehouse_core::{Jwks, VerifyOptions, verify_access_token};
use serde_json::{Value, json};
use support::{AUDIENCE, ED_KID, ES_KID, ISSUER, Keys, NOW, Signer, full_claims, header, sign};

struct Algorithm {
    name: &'static str,
    jwt_algorithm: jsonwebtoken::Algorithm,
    token: String,
    expired: String,
    jwk: Value,
}

/// The backend the core verifies with in this build, installed for `jsonwebtoken::decode` too
/// so both sides of the comparison use the same one.
#[cfg(not(feature = "rust-crypto"))]
const BACKEND: (&str, &jsonwebtoken::crypto::CryptoProvider) =
    ("aws-lc", &jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER);
#[cfg(feature = "rust-crypto")]
const BACKEND: (&str, &jsonwebtoken::crypto::CryptoProvider) =
    ("rust-crypto", &gatehouse_core::RUST_CRYPTO_PROVIDER);

fn bench(c: &mut Criterion) {
    let (backend, provider) = BACKEND;
    provider
        .install_default()
        .expect("the first provider installed");
    let keys = Keys::fixed();
    let jwks = Jwks::from_json(&keys.jwks().to_string()).unwrap();
    let options = VerifyOptions::new(ISSUER, AUDIENCE).at(NOW);
    let mut expired_claims = full_claims();
    expired_claims["exp"] = json!(NOW - 3600);
    let oversized = "a".repeat(gatehouse_core::MAX_TOKEN_BYTES + 1);

    let algorithms = [
        Algorithm {
            name: "EdDSA",
            jwt_algorithm: jsonwebtoken::Algorithm::EdDSA,
            token: sign(
                &header("EdDSA", ED_KID),
                &full_claims(),
                Signer::Ed25519(&keys.ed25519),
            ),
            expired: sign(
                &header("EdDSA", ED_KID),
                &expired_claims,
                Signer::Ed25519(&keys.ed25519),
            ),
            jwk: keys.ed25519_jwk(),
        },
        Algorithm {
            name: "ES256",
            jwt_algorithm: jsonwebtoken::Algorithm::ES256,
            token: sign(
                &header("ES256", ES_KID),
                &full_claims(),
                Signer::P256(&keys.p256),
            ),
            expired: sign(
                &header("ES256", ES_KID),
                &expired_claims,
                Signer::P256(&keys.p256),
            ),
            jwk: keys.p256_jwk(),
        },
    ];

    for algorithm in &algorithms {
        let mut group = c.benchmark_group(format!("{}/{backend}", algorithm.name));
        group.throughput(Throughput::Elements(1));
        let token = algorithm.token.as_str();
        assert!(verify_access_token(token, &jwks, &options).is_ok());

        group.bench_function("core/valid", |b| {
            b.iter(|| verify_access_token(black_box(token), &jwks, &options))
        });
        // Refused by its length alone.
        group.bench_function("core/reject_cheapest_oversized", |b| {
            b.iter(|| verify_access_token(black_box(&oversized), &jwks, &options))
        });
        // Refused only after the signature check succeeded.
        group.bench_function("core/reject_costliest_expired", |b| {
            b.iter(|| verify_access_token(black_box(&algorithm.expired), &jwks, &options))
        });

        // The same checks through jsonwebtoken's own decode (typ is not among its checks).
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(algorithm.jwk.clone()).unwrap();
        let decoding_key = jsonwebtoken::DecodingKey::from_jwk(&jwk).unwrap();
        let mut validation = jsonwebtoken::Validation::new(algorithm.jwt_algorithm);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 30;
        // jsonwebtoken reads the system clock; the vectors' tokens expired long ago.
        validation.validate_exp = false;
        assert!(jsonwebtoken::decode::<Value>(token, &decoding_key, &validation).is_ok());
        group.bench_function("jsonwebtoken/decode", |b| {
            b.iter(|| jsonwebtoken::decode::<Value>(black_box(token), &decoding_key, &validation))
        });

        let (signed, signature) = token.rsplit_once('.').unwrap();
        let signature = URL_SAFE_NO_PAD.decode(signature).unwrap();
        let message = signed.as_bytes();
        match algorithm.name {
            "EdDSA" => {
                let public = keys.ed25519.verifying_key();
                let raw = public.to_bytes();
                let aws = aws_lc_rs::signature::UnparsedPublicKey::new(
                    &aws_lc_rs::signature::ED25519,
                    raw,
                );
                group.bench_function("raw/aws-lc-rs", |b| {
                    b.iter(|| aws.verify(black_box(message), &signature).unwrap())
                });
                let dalek_signature = ed25519_dalek::Signature::from_slice(&signature).unwrap();
                group.bench_function("raw/ed25519-dalek", |b| {
                    b.iter(|| {
                        public
                            .verify_strict(black_box(message), &dalek_signature)
                            .unwrap()
                    })
                });
            }
            _ => {
                let public = *keys.p256.verifying_key();
                let point = public.to_encoded_point(false);
                let aws = aws_lc_rs::signature::UnparsedPublicKey::new(
                    &aws_lc_rs::signature::ECDSA_P256_SHA256_FIXED,
                    point.as_bytes().to_vec(),
                );
                group.bench_function("raw/aws-lc-rs", |b| {
                    b.iter(|| aws.verify(black_box(message), &signature).unwrap())
                });
                let p256_signature = p256::ecdsa::Signature::from_slice(&signature).unwrap();
                group.bench_function("raw/p256", |b| {
                    use p256::ecdsa::signature::Verifier as _;
                    b.iter(|| public.verify(black_box(message), &p256_signature).unwrap())
                });
            }
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Short runs: enough for stable per-verification numbers, bounded for a 2-core machine.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = bench
}
criterion_main!(benches);
