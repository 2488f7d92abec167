//! Runs every case of the shared vectors — `testdata/vectors.json` through
//! `verify_access_token`, `testdata/authenticate.json` through `authenticate_with_answer`,
//! `testdata/requests.json` through `request_credential` — and checks that each file is exactly
//! what its generator produces (run `cargo run -p gatehouse-core --example gen_vectors` after
//! changing a generator).

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(dead_code)]
mod support;

use std::time::Duration;

use gatehouse_core::{
    Jwks, Principal, RequestCredential, RequestParts, ServerAnswer, VerifyOptions,
    authenticate_with_answer, request_credential, verify_access_token,
};
use serde_json::{Value, json};

fn read(path: &str) -> String {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path);
    std::fs::read_to_string(full).expect(path)
}

fn load() -> Value {
    serde_json::from_str(&read(support::vectors::VECTORS_PATH)).expect("vectors JSON")
}

#[test]
fn vectors_files_match_their_generators() {
    for (path, generated) in [
        (support::vectors::VECTORS_PATH, support::vectors::generate()),
        (
            support::contract::AUTHENTICATE_PATH,
            support::contract::generate_authenticate(),
        ),
        (
            support::contract::REQUESTS_PATH,
            support::contract::generate_requests(),
        ),
    ] {
        assert!(
            read(path) == generated,
            "{path} drifted from its generator: run `cargo run -p gatehouse-core --example gen_vectors`"
        );
    }
}

/// A principal as the vectors spell it; every binding builds the same object from its own
/// accessors.
fn principal_json(principal: &Principal) -> Value {
    json!({
        "kind": principal.kind(),
        "organization_id": principal.organization_id(),
        "user_id": principal.user_id(),
        "api_key_id": principal.api_key_id(),
        "roles": principal.roles(),
        "actions": principal.actions(),
        "impersonator": principal.impersonator().map(|actor| json!({
            "sub": actor.subject,
            "email": actor.email,
        })),
    })
}

fn server_answer(value: &Value) -> ServerAnswer {
    match value {
        Value::String(text) if text == "no_answer" => ServerAnswer::NoAnswer("no answer".into()),
        answer => ServerAnswer::Response {
            status: u16::try_from(answer["status"].as_u64().expect("status")).expect("u16"),
            body: answer["body"].as_str().expect("body").as_bytes().to_vec(),
        },
    }
}

#[test]
fn every_authenticate_vector_gives_its_expected_decision() {
    let document: Value =
        serde_json::from_str(&read(support::contract::AUTHENTICATE_PATH)).expect("JSON");
    let jwks = Jwks::from_json(&document["jwks"].to_string()).expect("vector JWKS");
    let options = &document["options"];
    let options = VerifyOptions::new(
        options["issuer"].as_str().expect("issuer"),
        options["audience"].as_str().expect("audience"),
    )
    .with_leeway(Duration::from_secs(
        options["leeway"].as_u64().expect("leeway"),
    ))
    .at(options["now"].as_i64().expect("now"));
    let mut failures = Vec::new();
    for case in document["cases"].as_array().expect("cases") {
        let decision = authenticate_with_answer(
            case["credential"].as_str().expect("credential"),
            &jwks,
            &options,
            case["accepts_api_keys"]
                .as_bool()
                .expect("accepts_api_keys"),
            &server_answer(&case["server_answer"]),
        );
        let got = match &decision.result {
            Ok(principal) => json!({"expected_principal": principal_json(principal)}),
            Err(error) => json!({"expected_error": error.code()}),
        };
        let expected = match case.get("expected_principal") {
            Some(principal) => json!({"expected_principal": principal}),
            None => json!({"expected_error": case["expected_error"]}),
        };
        if got != expected || Some(decision.asked_server) != case["asks_server"].as_bool() {
            failures.push(format!(
                "{}: got {got} (asked server: {})",
                case["name"], decision.asked_server
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "authenticate vectors failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_request_vector_gives_its_expected_credential() {
    let document: Value =
        serde_json::from_str(&read(support::contract::REQUESTS_PATH)).expect("JSON");
    let mut failures = Vec::new();
    for case in document["cases"].as_array().expect("cases") {
        let request = &case["request"];
        let parts = RequestParts {
            method: request["method"].as_str().expect("method"),
            authorization: request["authorization"].as_str(),
            cookie: request["cookie"].as_str(),
            origin: request["origin"].as_str(),
            access_control_request_method: request["access_control_request_method"].as_str(),
        };
        let got = match request_credential(&parts) {
            Ok(RequestCredential::CorsPreflight) => json!({"expected_preflight": true}),
            Ok(RequestCredential::Credential(credential)) => json!({
                "expected_kind": if matches!(credential, gatehouse_core::Credential::ApiKey(_)) { "api_key" } else { "access_token" },
                "expected_credential": credential.as_str(),
            }),
            Err(error) => json!({"expected_error": error.code()}),
        };
        let mut expected = case.clone();
        if let Some(expected) = expected.as_object_mut() {
            for field in ["name", "description", "request"] {
                expected.remove(field);
            }
        }
        if got != expected {
            failures.push(format!("{}: got {got}", case["name"]));
        }
    }
    assert!(
        failures.is_empty(),
        "request vectors failed:\n{}",
        failures.join("\n")
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
