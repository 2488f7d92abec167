//! The generator of `testdata/authenticate.json` (credential → principal or error code, with
//! the server's answer as data) and `testdata/requests.json` (request → which credential it
//! carries). `cargo run -p gatehouse-core --example gen_vectors` writes them with
//! `testdata/vectors.json`; the `vectors` test fails when a file drifts from this code.

use gatehouse_core::format_api_key;
use serde_json::{Value, json};

use super::{
    AUDIENCE, ED_KID, ISSUER, Keys, NOW, Signer, canonical, claims_with, full_claims, header,
    minimal_claims, sign,
};

/// Where the authenticate vectors live, relative to the repository root.
pub const AUTHENTICATE_PATH: &str = "testdata/authenticate.json";
/// Where the request vectors live, relative to the repository root.
pub const REQUESTS_PATH: &str = "testdata/requests.json";

const KEY_ORG: &str = "org_01j9zr1x2y3z4a5b6c7d8e9f0h";
const KEY_ID: &str = "key_01j9zs8c9d0e1f2g3h4j5k6m7n";

/// A well-formed API key (correct checksum).
pub fn good_key() -> String {
    format_api_key("WRITERwriterWRITERwriterWRITERwr").expect("32 base62 characters")
}

/// `good_key` with one character of its secret changed: the checksum no longer matches.
pub fn typo_key() -> String {
    let mut key = good_key();
    let replacement = if &key[10..11] == "a" { "b" } else { "a" };
    key.replace_range(10..11, replacement);
    key
}

fn pretty(document: Value) -> String {
    let mut text = serde_json::to_string_pretty(&canonical(document)).expect("JSON");
    text.push('\n');
    text
}

fn answer(status: u16, body: &str) -> Value {
    json!({"status": status, "body": body})
}

fn accepted_body() -> String {
    json!({
        "kind": "api_key", "organization_id": KEY_ORG, "user_id": null, "api_key_id": KEY_ID,
        "roles": ["integration"], "actions": ["invoices:read", "invoices:write"], "claims": null,
    })
    .to_string()
}

fn key_principal(roles: Value, actions: Value) -> Value {
    json!({
        "kind": "api_key", "organization_id": KEY_ORG, "user_id": null, "api_key_id": KEY_ID,
        "roles": roles, "actions": actions, "impersonator": null,
    })
}

fn token_principal(claims: &Value) -> Value {
    json!({
        "kind": "access_token",
        "organization_id": claims["org"]["id"],
        "user_id": claims["sub"],
        "api_key_id": null,
        "roles": claims.get("roles").cloned().unwrap_or(json!([])),
        "actions": claims.get("actions").cloned().unwrap_or(json!([])),
        "impersonator": claims.get("act").map(|act| json!({
            "sub": act["sub"],
            "email": act.get("email").cloned().unwrap_or(Value::Null),
        })).unwrap_or(Value::Null),
    })
}

struct Case {
    name: &'static str,
    description: &'static str,
    credential: String,
    accepts_api_keys: bool,
    server_answer: Value,
    asks_server: bool,
    expected: Result<Value, &'static str>,
}

impl Case {
    fn token(
        name: &'static str,
        description: &'static str,
        token: String,
        expected: Result<Value, &'static str>,
    ) -> Case {
        Case {
            name,
            description,
            credential: token,
            accepts_api_keys: true,
            server_answer: json!("no_answer"),
            asks_server: false,
            expected,
        }
    }

    fn key(
        name: &'static str,
        description: &'static str,
        key: String,
        server_answer: Value,
        asks_server: bool,
        expected: Result<Value, &'static str>,
    ) -> Case {
        Case {
            name,
            description,
            credential: key,
            accepts_api_keys: true,
            server_answer,
            asks_server,
            expected,
        }
    }

    fn to_json(&self) -> Value {
        let mut case = json!({
            "name": self.name,
            "description": self.description,
            "credential": self.credential,
            "accepts_api_keys": self.accepts_api_keys,
            "server_answer": self.server_answer,
            "asks_server": self.asks_server,
        });
        match &self.expected {
            Ok(principal) => case["expected_principal"] = principal.clone(),
            Err(code) => case["expected_error"] = json!(code),
        }
        case
    }
}

/// The complete contents of `testdata/authenticate.json`.
pub fn generate_authenticate() -> String {
    let keys = Keys::fixed();
    let token = |claims: &Value| {
        sign(
            &header("EdDSA", ED_KID),
            claims,
            Signer::Ed25519(&keys.ed25519),
        )
    };
    let impersonated = claims_with(|c| {
        c.insert(
            "act".into(),
            json!({"sub": "staff_01j9zs0a1b2c3d4e5f6g7h8j9k", "email": "support@vendor.example"}),
        );
    });
    let impersonated_no_email = claims_with(|c| {
        c.insert(
            "act".into(),
            json!({"sub": "staff_01j9zs0a1b2c3d4e5f6g7h8j9k"}),
        );
    });
    let bad_act = claims_with(|c| {
        c.insert("act".into(), json!({"email": "support@vendor.example"}));
    });
    let expired = claims_with(|c| {
        c.insert("exp".into(), json!(NOW - 120));
    });
    let accepted = answer(200, &accepted_body());
    let mut cases = vec![
        Case::token(
            "token_full_claims",
            "an access token: verified locally, the server is never asked",
            token(&full_claims()),
            Ok(token_principal(&full_claims())),
        ),
        Case::token(
            "token_minimal_claims",
            "only the required claims: roles and actions empty, no impersonator",
            token(&minimal_claims()),
            Ok(token_principal(&minimal_claims())),
        ),
        Case::token(
            "token_impersonated",
            "act {sub, email} (RFC 8693) names the impersonating staff member",
            token(&impersonated),
            Ok(token_principal(&impersonated)),
        ),
        Case::token(
            "token_impersonated_without_email",
            "act with only sub: the impersonator's email is null",
            token(&impersonated_no_email),
            Ok(token_principal(&impersonated_no_email)),
        ),
        Case::token(
            "token_act_without_sub",
            "act without sub is refused, not read as 'not impersonated'",
            token(&bad_act),
            Err("missing_claim"),
        ),
        Case::token(
            "token_expired",
            "an expired access token",
            token(&expired),
            Err("token_expired"),
        ),
        Case::token("empty_credential", "an empty credential", String::new(), Err("missing_token")),
        Case::key(
            "api_key_accepted",
            "a well-formed key the server accepts: organization, roles, actions, no user",
            good_key(),
            accepted.clone(),
            true,
            Ok(key_principal(json!(["integration"]), json!(["invoices:read", "invoices:write"]))),
        ),
        Case::key(
            "api_key_accepted_without_roles",
            "an acceptance without roles or actions reads them as empty",
            good_key(),
            answer(200, &json!({"kind": "api_key", "organization_id": KEY_ORG, "api_key_id": KEY_ID}).to_string()),
            true,
            Ok(key_principal(json!([]), json!([]))),
        ),
        Case::key(
            "api_key_bad_checksum",
            "one character changed: refused offline, no request (even though the server would accept)",
            typo_key(),
            accepted.clone(),
            false,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_truncated",
            "a truncated key fails the checksum offline",
            good_key()[..good_key().len() - 1].to_owned(),
            accepted.clone(),
            false,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_prefix_only",
            "the bare prefix is an API key with a bad checksum",
            "gh_key_".to_owned(),
            accepted.clone(),
            false,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_server_did_not_answer",
            "a well-formed key while the server does not answer: server_unavailable, not jwks_unavailable",
            good_key(),
            json!("no_answer"),
            true,
            Err("server_unavailable"),
        ),
        Case::key(
            "api_key_server_error",
            "a 500 says nothing about the key",
            good_key(),
            answer(500, "{\"error\":\"internal\"}"),
            true,
            Err("server_unavailable"),
        ),
        Case::key(
            "api_key_unreadable_acceptance",
            "a 200 that is not the authenticate answer",
            good_key(),
            answer(200, "<html>proxy login</html>"),
            true,
            Err("server_unavailable"),
        ),
        Case::key(
            "api_key_acceptance_without_key_id",
            "a 200 for an API key must name the key",
            good_key(),
            answer(200, &json!({"kind": "api_key", "organization_id": KEY_ORG}).to_string()),
            true,
            Err("server_unavailable"),
        ),
        Case::key(
            "api_key_answered_as_access_token",
            "a 200 whose kind is not api_key is refused (user_id and friends would lie)",
            good_key(),
            answer(200, &json!({"kind": "access_token", "organization_id": KEY_ORG, "user_id": "user_1", "api_key_id": null}).to_string()),
            true,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_refused",
            "the server does not know the key",
            good_key(),
            answer(401, "{\"error\":\"unauthorized\",\"code\":\"invalid_api_key\",\"message\":\"no\"}"),
            true,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_refused_without_code",
            "a 401 without a code still refuses the key",
            good_key(),
            answer(401, ""),
            true,
            Err("invalid_api_key"),
        ),
        Case::key(
            "api_key_secret_key_refused",
            "the server refused our secret key: our configuration, not the caller's fault",
            good_key(),
            answer(401, "{\"error\":\"unauthorized\",\"code\":\"invalid_secret_key\",\"message\":\"no\"}"),
            true,
            Err("server_unavailable"),
        ),
        Case::key(
            "api_key_locked_out",
            "429: the key prefix is locked after repeated failures",
            good_key(),
            answer(429, "{\"error\":\"rate_limited\",\"code\":\"rate_limited\",\"message\":\"later\"}"),
            true,
            Err("invalid_api_key"),
        ),
    ];
    let mut no_secret = Case::key(
        "api_key_without_secret_key",
        "no secret key is configured: nobody can vouch for the key, no request",
        good_key(),
        accepted,
        false,
        Err("invalid_api_key"),
    );
    no_secret.accepts_api_keys = false;
    cases.push(no_secret);

    pretty(json!({
        "description": "Shared authenticate vectors: credential and the server's answer in, principal or error code out. Generated by sdk-core/tests/support/contract.rs; see testdata/README.md.",
        "version": 1,
        "jwks": keys.jwks(),
        "options": {"issuer": ISSUER, "audience": AUDIENCE, "now": NOW, "leeway": 30},
        "cases": cases.iter().map(Case::to_json).collect::<Vec<_>>(),
    }))
}

fn request_case(name: &str, description: &str, request: Value, expected: Value) -> Value {
    let mut parts = json!({
        "method": "GET", "authorization": null, "cookie": null, "origin": null,
        "access_control_request_method": null,
    });
    if let (Value::Object(parts), Value::Object(given)) = (&mut parts, request) {
        parts.extend(given);
    }
    let mut case = json!({"name": name, "description": description, "request": parts});
    if let (Value::Object(case), Value::Object(expected)) = (&mut case, expected) {
        case.extend(expected);
    }
    case
}

/// The complete contents of `testdata/requests.json`.
pub fn generate_requests() -> String {
    let cookie = "theme=dark; gatehouse_access_token=cookie-token";
    let from_cookie =
        json!({"expected_credential": "cookie-token", "expected_kind": "access_token"});
    let from_header =
        json!({"expected_credential": "header-token", "expected_kind": "access_token"});
    let missing = json!({"expected_error": "missing_token"});
    let preflight = json!({"expected_preflight": true});
    let cases = vec![
        request_case(
            "get_bearer",
            "a bearer token",
            json!({"authorization": "Bearer header-token"}),
            from_header.clone(),
        ),
        request_case(
            "get_cookie",
            "the cookie on a safe method",
            json!({"cookie": cookie}),
            from_cookie.clone(),
        ),
        request_case(
            "head_cookie",
            "HEAD is safe",
            json!({"method": "HEAD", "cookie": cookie}),
            from_cookie.clone(),
        ),
        request_case(
            "get_bearer_wins",
            "the bearer token wins over the cookie",
            json!({"authorization": "Bearer header-token", "cookie": cookie}),
            from_header.clone(),
        ),
        request_case(
            "get_basic_then_cookie",
            "another scheme is not ours: the cookie is used",
            json!({"authorization": "Basic dXNlcjpwYXNz", "cookie": cookie}),
            from_cookie.clone(),
        ),
        request_case(
            "get_api_key",
            "an API key as bearer",
            json!({"authorization": "Bearer gh_key_abc"}),
            json!({"expected_credential": "gh_key_abc", "expected_kind": "api_key"}),
        ),
        request_case("get_nothing", "no credential", json!({}), missing.clone()),
        request_case(
            "post_cookie_only",
            "the cookie alone on an unsafe method is no credential (CSRF)",
            json!({"method": "POST", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "put_cookie_only",
            "PUT is unsafe",
            json!({"method": "PUT", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "patch_cookie_only",
            "PATCH is unsafe",
            json!({"method": "PATCH", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "delete_cookie_only",
            "DELETE is unsafe",
            json!({"method": "DELETE", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "lowercase_get_cookie",
            "methods are case-sensitive: `get` is not GET",
            json!({"method": "get", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "post_bearer",
            "a bearer token on an unsafe method",
            json!({"method": "POST", "authorization": "Bearer header-token", "cookie": cookie}),
            from_header,
        ),
        request_case(
            "post_basic_and_cookie",
            "another scheme and the cookie on an unsafe method",
            json!({"method": "POST", "authorization": "Basic dXNlcjpwYXNz", "cookie": cookie}),
            missing.clone(),
        ),
        request_case(
            "cors_preflight",
            "OPTIONS with Origin and Access-Control-Request-Method",
            json!({"method": "OPTIONS", "origin": "https://app.example", "access_control_request_method": "POST"}),
            preflight.clone(),
        ),
        request_case(
            "cors_preflight_with_header",
            "a preflight is a preflight whatever else it carries",
            json!({"method": "OPTIONS", "origin": "https://app.example", "access_control_request_method": "DELETE", "authorization": "Bearer header-token"}),
            preflight,
        ),
        request_case(
            "options_origin_only",
            "OPTIONS without Access-Control-Request-Method is authenticated",
            json!({"method": "OPTIONS", "origin": "https://app.example"}),
            missing.clone(),
        ),
        request_case(
            "options_method_only",
            "OPTIONS without Origin is authenticated",
            json!({"method": "OPTIONS", "access_control_request_method": "POST"}),
            missing.clone(),
        ),
        request_case(
            "options_cookie",
            "a plain OPTIONS is safe: the cookie counts",
            json!({"method": "OPTIONS", "cookie": cookie}),
            from_cookie,
        ),
        request_case(
            "options_nothing",
            "a plain OPTIONS without credential",
            json!({"method": "OPTIONS"}),
            missing,
        ),
    ];
    pretty(json!({
        "description": "Shared request vectors: which credential a request carries (method, Authorization, Cookie, CORS preflight headers). Generated by sdk-core/tests/support/contract.rs; see testdata/README.md.",
        "version": 1,
        "cases": cases,
    }))
}
