//! Regression tests for the security review of the first wave (issue 19): each attack as it
//! was tried against the server, next to the honest path it must not break. Every test runs
//! on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(password_api_applies_the_hosted_login_policy,);

const PASSWORD: &str = "correct horse battery staple";

async fn api_login(s: &TestServer, organization: &str, email: &str) -> (StatusCode, Value) {
    api_login_with(s, organization, email, PASSWORD).await
}

async fn api_login_with(
    s: &TestServer,
    organization: &str,
    email: &str,
    password: &str,
) -> (StatusCode, Value) {
    s.call(
        Method::POST,
        &format!("/p/{}/v1/login/password", s.project.project_id),
        None,
        Some(json!({"organization": organization, "email": email, "password": password})),
    )
    .await
}

/// Creates a user with [`PASSWORD`] and returns its id.
async fn user(s: &TestServer, org: &str, email: &str, verified: bool) -> String {
    let (status, body) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": email, "password": PASSWORD, "email_verified": verified}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

/// Item 1: `POST /v1/login/password` issued tokens with `amr: ["pwd"]` to users whose
/// organization requires MFA, to users enrolled in TOTP, and to unverified addresses.
async fn password_api_applies_the_hosted_login_policy(s: &TestServer) {
    // The honest path: a verified user of an organization without MFA gets tokens.
    let open = s.create_org("Open", "open").await;
    user(s, &open, "ada@open.test", true).await;
    let (status, tokens) = api_login(s, "open", "ada@open.test").await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert!(tokens["access_token"].is_string());

    // An organization that requires a second factor.
    let (status, vault) = s
        .post(
            "/v1/organizations",
            json!({"name": "Vault", "slug": "vault", "require_mfa": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{vault}");
    let vault = vault["id"].as_str().unwrap().to_owned();
    user(s, &vault, "bob@vault.test", true).await;
    assert_error(
        api_login(s, "vault", "bob@vault.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );
    assert_error(
        api_login(s, &vault, "bob@vault.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );

    // A user who enrolled TOTP, in an organization that does not require it.
    let carol = user(s, &open, "carol@open.test", true).await;
    let now = s.clock.now();
    assert!(
        gatehouse_server::db::mfa::enroll(&s.db, &s.project.project_id, &carol, "sealed", now)
            .await
            .unwrap()
    );
    assert_error(
        api_login(s, "open", "carol@open.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );

    // An unverified address.
    user(s, &open, "dan@open.test", false).await;
    assert_error(
        api_login(s, "open", "dan@open.test").await,
        StatusCode::FORBIDDEN,
        "email_not_verified",
    );

    // An organization that allows only emailed links.
    let (status, links) = s
        .post(
            "/v1/organizations",
            json!({"name": "Links", "slug": "links", "login_methods": ["magic_link"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{links}");
    user(s, links["id"].as_str().unwrap(), "eve@links.test", true).await;
    assert_error(
        api_login(s, "links", "eve@links.test").await,
        StatusCode::FORBIDDEN,
        "login_method_disabled",
    );

    // None of the refusals is an oracle: a wrong password is still just wrong.
    assert_error(
        api_login_with(s, "vault", "bob@vault.test", "wrong password!").await,
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
    );
}
