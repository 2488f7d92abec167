//! Runs every case of `testdata/vectors.json` through `verify_access_token`, and checks that the
//! file is exactly what the generator produces (run `cargo run -p gatehouse-core --example
//! gen_vectors` after changing the generator).

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(dead_code)]
mod support;

use std::time::Duration;

use gatehouse_core::{Jwks, VerifyOptions, verify_access_token};
use serde_json::Value;

fn load() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(support::vectors::VECTORS_PATH);
    let text = std::fs::read_to_string(path).expect("testdata/vectors.json");
    serde_json::from_str(&text).expect("vectors JSON")
}

#[test]
fn vectors_file_matches_the_generator() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(support::vectors::VECTORS_PATH);
    let committed = std::fs::read_to_string(path).expect("testdata/vectors.json");
    assert!(
        committed == support::vectors::generate(),
        "testdata/vectors.json drifted from its generator: run `cargo run -p gatehouse-core --example gen_vectors`"
    );
}

#[test]
fn every_vector_gives_its_expected_verdict() {
    let document = load();
    let cases = document["cases"].as_array().expect("cases");
    assert!(cases.len() >= 40, "the contract asks for at least 40 cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let options = &case["options"];
        let jwks = Jwks::from_json(&case["jwks"].to_string()).expect("vector JWKS");
        let options = VerifyOptions::new(
            options["issuer"].as_str().expect("issuer"),
            options["audience"].as_str().expect("audience"),
        )
        .with_leeway(Duration::from_secs(
            options["leeway"].as_u64().expect("leeway"),
        ))
        .at(options["now"].as_i64().expect("now"));
        let verdict = verify_access_token(case["token"].as_str().expect("token"), &jwks, &options);
        let matches = match (
            &verdict,
            case.get("expected_claims"),
            case.get("expected_error"),
        ) {
            (Ok(claims), Some(expected), None) => {
                serde_json::to_value(claims).unwrap() == *expected
            }
            (Err(error), None, Some(code)) => code.as_str() == Some(error.code()),
            _ => false,
        };
        if !matches {
            failures.push(format!(
                "{name}: got {:?}",
                verdict.map(|_| "valid").map_err(|e| e.code())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "vectors failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn vector_names_are_unique_and_cover_every_token_error_code() {
    let document = load();
    let cases = document["cases"].as_array().expect("cases");
    let mut names: Vec<&str> = cases.iter().filter_map(|c| c["name"].as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "duplicate vector names");
    for code in [
        "missing_token",
        "malformed_token",
        "unsupported_algorithm",
        "unknown_key",
        "invalid_signature",
        "token_expired",
        "token_not_yet_valid",
        "wrong_issuer",
        "wrong_audience",
        "wrong_token_type",
        "missing_claim",
        "invalid_claim",
    ] {
        assert!(
            cases
                .iter()
                .any(|c| c["expected_error"].as_str() == Some(code)),
            "no vector expects {code}"
        );
    }
}
