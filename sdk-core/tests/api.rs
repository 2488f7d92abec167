//! Tests of the public API beyond the shared vectors: claim accessors, options, JWKS parsing,
//! publishable keys, credential extraction and the HTTP error answers.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(dead_code)]
mod support;

use gatehouse_core::{
    Algorithm, AuthError, Credential, Jwks, PublishableKey, PublishableKeyError, RequestCredential,
    RequestParts, VerifyOptions, request_credential, verify_access_token,
};
use serde_json::json;
use support::{
    AUDIENCE, ED_KID, ES_KID, ISSUER, Keys, NOW, Signer, claims_with, full_claims, header, sign,
};

fn options() -> VerifyOptions {
    VerifyOptions::new(ISSUER, AUDIENCE).at(NOW)
}

fn jwks(keys: &Keys) -> Jwks {
    Jwks::from_json(&keys.jwks().to_string()).unwrap()
}

#[test]
fn claims_accessors_read_the_contract() {
    let keys = Keys::fixed();
    let claims = claims_with(|c| {
        c.insert(
            "act".into(),
            json!({"sub": "staff_1", "email": "support@vendor.example"}),
        );
        c.insert("tier".into(), json!("gold"));
    });
    let token = sign(
        &header("EdDSA", ED_KID),
        &claims,
        Signer::Ed25519(&keys.ed25519),
    );
    let claims = verify_access_token(&token, &jwks(&keys), &options()).unwrap();
    assert_eq!(claims.organization_id(), "org_01j9zr1x2y3z4a5b6c7d8e9f0g");
    assert_eq!(claims.user_id(), "user_01j9zr2b3c4d5e6f7g8h9j0k1m");
    assert!(claims.has_permission("invoices:write"));
    assert!(!claims.has_permission("invoices:delete"));
    assert!(claims.has_role("admin"));
    assert!(!claims.has_role("owner"));
    assert_eq!(
        claims.impersonator().map(|a| a.subject.as_str()),
        Some("staff_1")
    );
    assert_eq!(claims.get("tier"), Some(&json!("gold")));
    assert_eq!(claims.organization.slug.as_deref(), Some("acme"));
    let user = claims.user.as_ref().unwrap();
    assert_eq!(user.email_verified, Some(true));
    assert_eq!(claims.authentication_methods, ["pwd", "otp", "mfa"]);
    assert_eq!(
        claims.session_id.as_deref(),
        Some("sess_01j9zr3a4b5c6d7e8f9g0h1j2k")
    );
    assert_eq!(serde_json::to_value(&claims).unwrap()["tier"], "gold");
}

#[test]
fn absent_roles_and_actions_read_as_empty() {
    let keys = Keys::fixed();
    let token = sign(
        &header("ES256", ES_KID),
        &support::minimal_claims(),
        Signer::P256(&keys.p256),
    );
    let claims = verify_access_token(&token, &jwks(&keys), &options()).unwrap();
    assert!(claims.roles.is_empty() && claims.actions.is_empty());
    assert!(!claims.has_permission("anything"));
    assert!(claims.impersonator().is_none() && claims.user.is_none());
}

#[test]
fn algorithm_allow_list_is_honoured() {
    let keys = Keys::fixed();
    let token = sign(
        &header("ES256", ES_KID),
        &full_claims(),
        Signer::P256(&keys.p256),
    );
    let eddsa_only = options().with_algorithms([Algorithm::EdDSA]);
    assert_eq!(
        verify_access_token(&token, &jwks(&keys), &eddsa_only)
            .unwrap_err()
            .code(),
        "unsupported_algorithm"
    );
}

#[test]
fn nested_claim_errors_name_the_path() {
    let keys = Keys::fixed();
    let claims = claims_with(|c| {
        c.insert("user".into(), json!({"email_verified": "yes"}));
    });
    let token = sign(
        &header("EdDSA", ED_KID),
        &claims,
        Signer::Ed25519(&keys.ed25519),
    );
    let error = verify_access_token(&token, &jwks(&keys), &options()).unwrap_err();
    assert_eq!(error, AuthError::InvalidClaim("user.email_verified"));
    assert_eq!(error.code(), "invalid_claim");
}

#[test]
fn jwks_documents_that_are_not_key_sets_are_refused() {
    for document in ["", "[]", "{}", "{\"keys\": {}}", "not json"] {
        assert_eq!(
            Jwks::from_json(document).unwrap_err().code(),
            "jwks_unavailable",
            "{document}"
        );
    }
    let keys = Keys::fixed();
    let parsed = jwks(&keys);
    assert_eq!(parsed.key_ids().collect::<Vec<_>>(), [ED_KID, ES_KID]);
    let mismatched = json!({"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "k", "alg": "ES256",
        "x": support::b64(keys.ed25519.verifying_key().to_bytes())}]});
    assert!(Jwks::from_json(&mismatched.to_string()).unwrap().is_empty());
    let encryption = json!({"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "k", "use": "enc",
        "x": support::b64(keys.ed25519.verifying_key().to_bytes())}]});
    assert!(Jwks::from_json(&encryption.to_string()).unwrap().is_empty());
}

#[test]
fn every_code_is_listed_once() {
    let mut codes = AuthError::CODES.to_vec();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), AuthError::CODES.len());
}

/// Mutating every byte of a valid token must give errors, never a panic or an acceptance.
#[test]
fn single_byte_mutations_are_refused_without_panicking() {
    let keys = Keys::fixed();
    let jwks = jwks(&keys);
    let token = sign(
        &header("EdDSA", ED_KID),
        &full_claims(),
        Signer::Ed25519(&keys.ed25519),
    );
    for index in 0..token.len() {
        for replacement in [b'A', b'_', b'.', b' ', 0xff] {
            let mut bytes = token.as_bytes().to_vec();
            if bytes[index] == replacement {
                continue;
            }
            bytes[index] = replacement;
            let mutated = String::from_utf8_lossy(&bytes);
            assert!(
                verify_access_token(&mutated, &jwks, &options()).is_err(),
                "{mutated}"
            );
        }
    }
}

const PROJECT: &str = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2";

fn encode(prefix: &str, text: &str) -> String {
    format!("{prefix}{}", support::b64(text))
}

#[test]
fn publishable_keys_round_trip() {
    let key = PublishableKey::parse(&encode(
        "pk_live_",
        &format!("https://auth.acme.example#{PROJECT}"),
    ))
    .unwrap();
    assert!(key.is_live());
    assert_eq!(key.issuer(), "https://auth.acme.example");
    assert_eq!(key.project_id(), PROJECT);
    assert_eq!(
        key.jwks_url(),
        "https://auth.acme.example/.well-known/jwks.json"
    );

    let local = PublishableKey::new(
        &format!("http://127.0.0.1:8080/p/{PROJECT}"),
        PROJECT,
        false,
    )
    .unwrap();
    assert!(!local.is_live());
    assert_eq!(PublishableKey::parse(local.as_str()).unwrap(), local);
    assert_eq!(
        local.jwks_url(),
        format!("http://127.0.0.1:8080/p/{PROJECT}/.well-known/jwks.json")
    );
    assert!(PublishableKey::new("https://[::1]:8443", PROJECT, true).is_ok());
}

#[test]
fn bad_publishable_keys_say_why() {
    use PublishableKeyError::*;
    let cases: Vec<(String, PublishableKeyError)> = vec![
        ("sk_live_abc".into(), WrongPrefix),
        ("".into(), WrongPrefix),
        ("pk_live_%%%".into(), InvalidEncoding),
        (
            format!(
                "pk_live_{}=",
                support::b64(format!("https://a.example#{PROJECT}"))
            ),
            InvalidEncoding,
        ),
        (encode("pk_live_", "https://a.example"), MissingProjectId),
        (
            encode("pk_live_", "https://a.example#proj_short"),
            InvalidProjectId,
        ),
        (
            encode(
                "pk_live_",
                "https://a.example#proj_01J9ZQK3M4N5P6Q7R8S9T0V1W2",
            ),
            InvalidProjectId,
        ),
        (
            encode("pk_live_", &format!("http://a.example#{PROJECT}")),
            InsecureLiveIssuer,
        ),
        (
            encode("pk_test_", &format!("ftp://a.example#{PROJECT}")),
            InvalidIssuer("the scheme must be https (or http for test keys)"),
        ),
        (
            encode("pk_test_", &format!("https://#{PROJECT}")),
            InvalidIssuer("it has no host"),
        ),
        (
            encode("pk_test_", &format!("https://a.example?x=1#{PROJECT}")),
            InvalidIssuer("it has a query or fragment"),
        ),
        (
            encode("pk_test_", &format!("https://user@a.example#{PROJECT}")),
            InvalidIssuer("it carries user information"),
        ),
        (
            encode("pk_test_", &format!("https://a.example:99999#{PROJECT}")),
            InvalidIssuer("the port is not a number from 0 to 65535"),
        ),
        (
            encode("pk_test_", &format!("https://a example#{PROJECT}")),
            InvalidIssuer("it contains spaces, control or non-ASCII characters"),
        ),
    ];
    for (key, expected) in cases {
        assert_eq!(PublishableKey::parse(&key), Err(expected), "{key}");
    }
}

fn extract_credential(
    authorization: Option<&str>,
    cookie: Option<&str>,
) -> Result<Credential, AuthError> {
    let request = RequestParts {
        method: "GET",
        authorization,
        cookie,
        ..RequestParts::default()
    };
    match request_credential(&request)? {
        RequestCredential::Credential(credential) => Ok(credential),
        RequestCredential::CorsPreflight => panic!("a GET is never a preflight"),
    }
}

#[test]
fn bearer_header_wins_over_cookie() {
    let cookie = "theme=dark; gatehouse_access_token=from-cookie";
    assert_eq!(
        extract_credential(Some("Bearer from-header"), Some(cookie)),
        Ok(Credential::AccessToken("from-header".into()))
    );
    assert_eq!(
        extract_credential(Some("bearer   spaced"), None),
        Ok(Credential::AccessToken("spaced".into()))
    );
    assert_eq!(
        extract_credential(Some("Basic dXNlcjpwYXNz"), Some(cookie)),
        Ok(Credential::AccessToken("from-cookie".into()))
    );
    assert_eq!(
        extract_credential(None, Some("gatehouse_access_token=\"quoted\"")),
        Ok(Credential::AccessToken("quoted".into()))
    );
    assert_eq!(
        extract_credential(Some("Bearer gh_key_abc123"), None),
        Ok(Credential::ApiKey("gh_key_abc123".into()))
    );
    for (authorization, cookie) in [
        (None, None),
        (Some("Bearer "), None),
        (Some("Bearer"), Some("other=1; gatehouse_access_token=")),
        (None, Some("xgatehouse_access_token=nope")),
    ] {
        assert_eq!(
            extract_credential(authorization, cookie),
            Err(AuthError::MissingToken)
        );
    }
}

#[test]
fn classify_tells_api_keys_from_tokens() {
    assert_eq!(
        Credential::classify("gh_key_x"),
        Ok(Credential::ApiKey("gh_key_x".into()))
    );
    assert_eq!(
        Credential::classify("eyJ.x.y"),
        Ok(Credential::AccessToken("eyJ.x.y".into()))
    );
    assert_eq!(Credential::classify(""), Err(AuthError::MissingToken));
}

#[test]
fn errors_become_identical_http_answers() {
    let expired = AuthError::TokenExpired.to_response();
    assert_eq!(expired.status, 401);
    assert_eq!(
        expired.www_authenticate.as_deref(),
        Some("Bearer error=\"invalid_token\", error_description=\"the token has expired\"")
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&expired.body).unwrap(),
        json!({"error": "unauthorized", "code": "token_expired", "message": "the token has expired"})
    );

    let forbidden = AuthError::Forbidden("invoices:write".into()).to_response();
    assert_eq!(forbidden.status, 403);
    assert_eq!(
        forbidden.www_authenticate.as_deref(),
        Some(
            "Bearer error=\"insufficient_scope\", error_description=\"missing permission invoices:write\""
        )
    );
    assert!(forbidden.body.contains("\"error\":\"forbidden\""));

    let missing = AuthError::MissingToken.to_response();
    assert_eq!(
        (missing.status, missing.www_authenticate.as_deref()),
        (401, Some("Bearer"))
    );

    let outage = AuthError::ServerUnavailable("connection refused to 10.0.0.7".into());
    let outage = outage.to_response();
    assert_eq!((outage.status, outage.www_authenticate), (503, None));
    assert!(!outage.body.contains("10.0.0.7"));
    assert!(outage.body.contains("\"code\":\"server_unavailable\""));

    let unavailable =
        AuthError::JwksUnavailable("connection refused to 10.0.0.7".into()).to_response();
    assert_eq!(
        (unavailable.status, unavailable.www_authenticate),
        (503, None)
    );
    assert!(
        !unavailable.body.contains("10.0.0.7"),
        "internal details stay in the logs"
    );

    let hostile = AuthError::Forbidden("a\"b\\c\u{e9}\n".into()).to_response();
    assert!(
        hostile
            .www_authenticate
            .unwrap()
            .ends_with("missing permission a?b?c??\"")
    );
}
