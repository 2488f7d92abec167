//! DNS TXT domain verification through the pluggable resolver (a stub inside the tests):
//! the challenge, a failed check, a successful one that makes the domain verified (and so
//! usable for discovery), and tenant isolation.

use crate::common::browser::{Browser, field};
use crate::common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn a_published_txt_record_verifies_the_domain(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let base = format!("/v1/organizations/{org}/domain_verifications");
    let (status, challenge) = server.post(&base, json!({"domain": "Acme.COM"})).await;
    assert_eq!(status, StatusCode::CREATED, "{challenge}");
    assert_eq!(challenge["domain"], "acme.com");
    assert_eq!(challenge["record_name"], "_gatehouse-challenge.acme.com");
    assert_eq!(challenge["status"], "pending");
    let value = challenge["record_value"]
        .as_str()
        .expect("value")
        .to_owned();
    assert!(value.starts_with("gatehouse-domain-verification="));
    // Asking again returns the same challenge.
    let (_, again) = server.post(&base, json!({"domain": "acme.com"})).await;
    assert_eq!(again["record_value"], value.as_str());

    // Nothing published yet, then a wrong value: refused, and the domain is not verified.
    let check = format!("{base}/acme.com/check");
    assert_error(
        server.post(&check, json!({})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "verification_failed",
    );
    server.dns.publish(
        "_gatehouse-challenge.acme.com",
        "gatehouse-domain-verification=wrong",
    );
    assert_error(
        server.post(&check, json!({})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "verification_failed",
    );
    let (_, found) = server.get("/v1/organizations?domain=acme.com").await;
    assert_eq!(found["data"], json!([]));

    server.dns.publish("_gatehouse-challenge.acme.com", &value);
    let (status, verified) = server.post(&check, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{verified}");
    assert_eq!(verified["status"], "verified");
    let (_, found) = server.get("/v1/organizations?domain=acme.com").await;
    assert_eq!(found["data"][0]["id"], org.as_str());
    assert_error(
        server.post(&base, json!({"domain": "acme.com"})).await,
        StatusCode::CONFLICT,
        "domain_already_verified",
    );
    let (_, list) = server.get(&base).await;
    assert_eq!(list["data"][0]["status"], "verified");
}

async fn lookup_failures_and_bad_input_are_clear(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let base = format!("/v1/organizations/{org}/domain_verifications");
    server
        .post(&base, json!({"domain": "broken.example"}))
        .await;
    let (status, body) = server
        .post(&format!("{base}/broken.example/check"), json!({}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .expect("message")
            .contains("SERVFAIL"),
        "{body}"
    );
    assert_error(
        server.post(&base, json!({"domain": "not a domain"})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_domain",
    );
    assert_error(
        server.post(&base, json!({"domain": "127.0.0.1"})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_domain",
    );
    assert_error(
        server
            .post(&format!("{base}/never-asked.example/check"), json!({}))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn challenges_do_not_cross_tenants(server: &TestServer) {
    let acme = server.create_org("Acme", "acme").await;
    let globex = server.create_org("Globex", "globex").await;
    let (_, challenge) = server
        .post(
            &format!("/v1/organizations/{acme}/domain_verifications"),
            json!({"domain": "acme.com"}),
        )
        .await;
    server.dns.publish(
        "_gatehouse-challenge.acme.com",
        challenge["record_value"].as_str().expect("value"),
    );
    // Globex cannot complete Acme's challenge, nor see it.
    assert_error(
        server
            .post(
                &format!("/v1/organizations/{globex}/domain_verifications/acme.com/check"),
                json!({}),
            )
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, list) = server
        .get(&format!("/v1/organizations/{globex}/domain_verifications"))
        .await;
    assert_eq!(list["data"], json!([]));
    // Another project's key reaches nothing.
    let other = server.other_project().await;
    for (method, path) in [
        (
            Method::GET,
            format!("/v1/organizations/{acme}/domain_verifications"),
        ),
        (
            Method::POST,
            format!("/v1/organizations/{acme}/domain_verifications/acme.com/check"),
        ),
    ] {
        let (status, _) = server
            .call(method, &path, Some(&other.secret_key), Some(json!({})))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (_, found) = server.get("/v1/organizations?domain=acme.com").await;
    assert_eq!(
        found["data"],
        json!([]),
        "nothing got verified by the attempts"
    );
}

async fn signup_domains_narrow_who_may_sign_up(server: &TestServer) {
    let (status, org) = server
        .post(
            "/v1/organizations",
            json!({"name": "Acme", "slug": "acme", "domains": ["acme.test", "acme-labs.test"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    assert_eq!(org["signup_domains"], serde_json::Value::Null);
    let id = org["id"].as_str().expect("id").to_owned();
    // Only verified domains can be allowed.
    assert_error(
        server
            .patch(
                &format!("/v1/organizations/{id}"),
                json!({"signup_domains": ["gmail.com"]}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unverified_domain",
    );
    let (status, narrowed) = server
        .patch(
            &format!("/v1/organizations/{id}"),
            json!({"signup_domains": ["acme-labs.test"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{narrowed}");
    assert_eq!(narrowed["signup_domains"], json!(["acme-labs.test"]));
    server
        .patch(
            "/v1/project",
            json!({"hosted_login": {"signup": "verified_domain"}}),
        )
        .await;

    let sign_up = |email: &'static str| async move {
        let mut browser = Browser::new();
        let url = format!("{}/signup", server.project.issuer);
        let page = browser.get(&url).await;
        let csrf = field(&page.body, "csrf_token");
        browser
            .post(
                &url,
                &[
                    ("csrf_token", &csrf),
                    ("name", "New Person"),
                    ("email", email),
                    ("password", "a long enough password"),
                ],
            )
            .await
    };
    let refused = sign_up("someone@acme.test").await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("Sign-up is not available for this email address")
    );
    let accepted = sign_up("someone@acme-labs.test").await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert!(accepted.body.contains("Check your email"));
    // null restores every verified domain.
    let (_, reset) = server
        .patch(
            &format!("/v1/organizations/{id}"),
            json!({"signup_domains": null}),
        )
        .await;
    assert_eq!(reset["signup_domains"], serde_json::Value::Null);
    assert_eq!(sign_up("other@acme.test").await.status, StatusCode::OK);
}

on_both_databases!(
    a_published_txt_record_verifies_the_domain,
    lookup_failures_and_bad_input_are_clear,
    challenges_do_not_cross_tenants,
    signup_domains_narrow_who_may_sign_up,
);
