//! An organization's SSO policy at the doors that bypass its identity provider: with SSO
//! required, password sign-in (hosted and API) and emailed links are refused with
//! `sso_required`, except for break-glass users, who must add a second factor and whose every
//! such sign-in is audited; the policy is scoped to its organization and project.

use crate::common::browser::{Browser, field};
use crate::common::{TestServer, assert_error};
use reqwest::StatusCode;
use serde_json::json;

use crate::common::scenario::PASSWORD;

/// Email, then password, through the hosted pages (no application); the page after it.
async fn hosted_password(server: &TestServer, email: &str) -> crate::common::browser::Answer {
    let mut browser = Browser::new();
    let issuer = &server.project.issuer;
    let login = browser.get(&format!("{issuer}/login")).await;
    let csrf = field(&login.body, "csrf_token");
    let methods = browser
        .post(
            &format!("{issuer}/login"),
            &[("csrf_token", &csrf), ("email", email)],
        )
        .await;
    assert_eq!(methods.status, StatusCode::OK, "{}", methods.body);
    browser
        .post(
            &format!("{issuer}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await
}

async fn sso_required_refuses_passwords_except_break_glass(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let member = server.person(&org, "member@acme.example").create_id().await;
    let keeper = server.person(&org, "keeper@acme.example").create_id().await;
    let other_org = server.create_org("Other", "other").await;
    server
        .person(&other_org, "member@acme.example")
        .create_id()
        .await;

    // Before: the password works.
    let before = hosted_password(server, "keeper@acme.example").await;
    assert_eq!(before.status, StatusCode::SEE_OTHER, "{}", before.body);

    let policy = format!("/v1/organizations/{org}/sso_policy");
    let (status, set) = server
        .call(
            reqwest::Method::PUT,
            &policy,
            Some(server.key()),
            Some(json!({"sso_required": true, "break_glass_user_ids": [keeper]})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{set}");
    assert_eq!(set["sso_required"], true);
    assert_eq!(set["break_glass_user_ids"], json!([keeper]));
    let (_, got) = server.get(&policy).await;
    assert_eq!(got, set);
    let change = server
        .audit_event(&org, "organization.sso_policy_updated")
        .await;
    assert_eq!(change["details"]["sso_required"], true);

    // A member: refused at both doors, with the stable code.
    let hosted = hosted_password(server, "member@acme.example").await;
    // The same address in another organization (without the policy) still signs in there.
    assert_eq!(hosted.status, StatusCode::SEE_OTHER, "{}", hosted.body);
    assert_error(
        server
            .password_login(&org, "member@acme.example", PASSWORD)
            .await,
        StatusCode::FORBIDDEN,
        "sso_required",
    );
    let _ = member;

    // Only the organization with the policy: refused outright.
    let solo = server.person(&org, "solo@acme.example").create_id().await;
    let refused = hosted_password(server, "solo@acme.example").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(refused.body.contains("sso_required"), "{}", refused.body);
    let _ = solo;

    // The break-glass user: the password leads to a second factor (enrolled on the spot),
    // never straight to a session, and the use is audited.
    let glass = hosted_password(server, "keeper@acme.example").await;
    assert_eq!(glass.status, StatusCode::OK, "{}", glass.body);
    assert!(glass.body.contains("login/mfa"), "{}", glass.body);
    let audited = server.audit_event(&org, "user.break_glass_login").await;
    assert_eq!(audited["actor"], keeper.as_str());
    // The password API has no second factor: refused there.
    assert_error(
        server
            .password_login(&org, "keeper@acme.example", PASSWORD)
            .await,
        StatusCode::FORBIDDEN,
        "sso_required",
    );
}

async fn break_glass_users_must_be_members(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let other = server.create_org("Other", "other").await;
    let outsider = server.person(&other, "out@other.example").create_id().await;
    let policy = format!("/v1/organizations/{org}/sso_policy");
    assert_error(
        server
            .call(
                reqwest::Method::PUT,
                &policy,
                Some(server.key()),
                Some(json!({"sso_required": true, "break_glass_user_ids": [outsider]})),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not_a_member",
    );
    assert_error(
        server
            .call(
                reqwest::Method::PUT,
                &policy,
                Some(server.key()),
                Some(json!({"sso_required": true, "break_glass_user_ids": ["org_x"]})),
            )
            .await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    // Another project cannot read or change it.
    let stranger = server.other_project().await;
    assert_error(
        server
            .call(
                reqwest::Method::GET,
                &policy,
                Some(&stranger.secret_key),
                None,
            )
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

on_both_databases!(
    sso_required_refuses_passwords_except_break_glass,
    break_glass_users_must_be_members,
);
