//! Limits on what one request can make the server do or store, each answered with a stable
//! code and leaving the server serving: body size (in `api.rs`), JSON nesting, header size,
//! page size (in `api.rs`), and lifetimes and expiries at the edges of 64-bit time.

use crate::common::{TestServer, assert_error};
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_databases!(
    deeply_nested_json_is_refused,
    oversized_headers_are_refused,
    lifetimes_cannot_overflow,
);

/// Bodies are decoded straight into typed requests, so nesting never reaches a recursive
/// parse: a deeply nested value where a string belongs is a type error (422 `invalid_body`),
/// and one nested past the body limit is a 413; the server answers the next request.
async fn deeply_nested_json_is_refused(s: &TestServer) {
    for (depth, status, code) in [
        (200, StatusCode::UNPROCESSABLE_ENTITY, "invalid_body"),
        (5_000, StatusCode::UNPROCESSABLE_ENTITY, "invalid_body"),
        (40_000, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
    ] {
        let body = format!(
            "{{\"name\": \"Acme\", \"domains\": {}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let response = s
            .client()
            .post(format!("{}/v1/organizations", s.url))
            .bearer_auth(s.key())
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let answer = (response.status(), response.json::<Value>().await.unwrap());
        assert_error(answer, status, code);
    }
    let (status, _) = s.get("/v1/organizations").await;
    assert_eq!(status, StatusCode::OK);
}

/// A header block beyond the HTTP server's limit is refused at the protocol level (431 or
/// a closed connection), never buffered without bound; the server keeps serving.
async fn oversized_headers_are_refused(s: &TestServer) {
    let result = s
        .client()
        .get(format!("{}/v1/organizations", s.url))
        .bearer_auth(s.key())
        .header("x-padding", "a".repeat(1024 * 1024))
        .send()
        .await;
    match result {
        Ok(response) => assert_eq!(
            response.status(),
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
        ),
        Err(err) => assert!(
            err.is_request() || err.is_connect() || err.is_body(),
            "{err}"
        ),
    }
    let (status, _) = s.get("/v1/organizations").await;
    assert_eq!(status, StatusCode::OK);
}

/// Durations and expiries are bounded where they are read, so no arithmetic on them can
/// overflow: the largest integers JSON can carry are refused with the field's code.
async fn lifetimes_cannot_overflow(s: &TestServer) {
    for value in [json!(i64::MAX), json!(i64::MIN), json!(0), json!(-1)] {
        assert_error(
            s.patch(
                "/v1/project",
                json!({"access_token_lifetime_seconds": value}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_token_lifetime",
        );
        assert_error(
            s.post(
                "/v1/organizations",
                json!({"name": "Acme", "slug": "acme", "session_lifetime_seconds": value}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_session_lifetime",
        );
    }
    let org = s.create_org("Acme", "acme").await;
    for days in [json!(i64::MAX), json!(0), json!(-3)] {
        let (status, body) = s
            .post(
                &format!("/v1/organizations/{org}/invitations"),
                json!({"email": "grace@acme.test", "expires_in_days": days}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["field"], "expires_in_days", "{body}");
    }
    for at in [
        "9999-12-31T23:59:59Z",
        "+275760-09-13T00:00:00Z",
        "1970-01-01T00:00:00Z",
    ] {
        let (status, body) = s
            .post(
                "/v1/api_keys",
                json!({"organization_id": org, "name": "k", "expires_at": at}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{at}: {body}");
        assert_eq!(body["code"], "invalid_expires_at", "{body}");
    }
    // The server is unharmed and the project kept its lifetime.
    let (status, project) = s.get("/v1/project").await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["access_token_lifetime_seconds"], 300);
}
