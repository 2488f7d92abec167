//! Tenant isolation of the hosted pages: links (magic link, email verification, password
//! reset, sign-up, invitation) and sign-in flows of one project are worthless on another
//! project's pages, and an invitation to one organization never creates a user elsewhere.
//! The tokens are planted through the library (the emailed path runs in `tests/e2e`).

use crate::common::TestServer;
use crate::common::browser::{Browser, field};
use gatehouse_domain::secrets;
use gatehouse_storage::db;
use reqwest::StatusCode;
use serde_json::json;

async fn plant_email_token(
    server: &TestServer,
    purpose: &str,
    user_id: Option<&str>,
    email: &str,
) -> String {
    let token = secrets::random_token(32);
    let now = server.clock.now();
    db::email_tokens::insert(
        server.db.pool(),
        &db::email_tokens::EmailToken {
            token_hash: secrets::hash_secret(&token),
            project_id: server.project.project_id.clone(),
            purpose: purpose.to_owned(),
            email: email.to_owned(),
            user_id: user_id
                .map(|id| gatehouse_storage::ids::UserId::parse(id).expect("a user id")),
            flow_id: None,
            payload: "{}".to_owned(),
            created_at: now,
            expires_at: now + 600,
            used_at: None,
        },
    )
    .await
    .expect("insert token");
    token
}

async fn links_of_one_project_do_not_open_another(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let user = server.create_user(&org, "ada@acme.test").await;
    let other = server.other_project().await;
    let mut browser = Browser::new();
    for (purpose, path) in [
        ("magic_link", "login/magic"),
        ("verify_email", "verify-email"),
        ("password_reset", "reset"),
    ] {
        let token = plant_email_token(server, purpose, Some(&user), "ada@acme.test").await;
        let foreign = browser
            .get(&format!("{}/{path}?token={token}", other.issuer))
            .await;
        assert_eq!(
            foreign.status,
            StatusCode::BAD_REQUEST,
            "{purpose} opened on another project"
        );
        assert!(foreign.body.contains("link_invalid"), "{}", foreign.body);
        // Submitting it there fails too, and it still works at home afterwards.
        let page = browser.get(&format!("{}/login", other.issuer)).await;
        let csrf = field(&page.body, "csrf_token");
        let posted = browser
            .post(
                &format!("{}/{path}", other.issuer),
                &[
                    ("csrf_token", &csrf),
                    ("token", &token),
                    ("password", "a long new password"),
                ],
            )
            .await;
        assert_eq!(
            posted.status,
            StatusCode::BAD_REQUEST,
            "{purpose}: {}",
            posted.body
        );
        let home = browser
            .get(&format!("{}/{path}?token={token}", server.project.issuer))
            .await;
        assert_eq!(
            home.status,
            StatusCode::OK,
            "{purpose} at home: {}",
            home.body
        );
    }
}

async fn invitations_only_create_users_where_they_were_issued(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let token = secrets::random_token(32);
    let now = server.clock.now();
    db::invitations::insert(
        server.db.pool(),
        &db::invitations::Invitation {
            id: gatehouse_storage::ids::IdKind::Invitation.generate(),
            project_id: server.project.project_id.clone(),
            organization_id: gatehouse_storage::ids::OrganizationId::parse(&org)
                .expect("an org id"),
            email: "grace@acme.test".to_owned(),
            roles: r#"["member"]"#.to_owned(),
            token_hash: secrets::hash_secret(&token),
            invited_by: None,
            created_at: now,
            expires_at: now + 86_400,
            accepted_at: None,
            accepted_user_id: None,
            revoked_at: None,
        },
    )
    .await
    .expect("insert invitation");
    let other = server.other_project().await;
    let mut browser = Browser::new();
    let foreign = browser
        .get(&format!(
            "{}/invitations/accept?token={token}",
            other.issuer
        ))
        .await;
    assert_eq!(foreign.status, StatusCode::BAD_REQUEST);
    assert!(foreign.body.contains("invitation_invalid"));
    let page = browser.get(&format!("{}/login", other.issuer)).await;
    let csrf = field(&page.body, "csrf_token");
    let posted = browser
        .post(
            &format!("{}/invitations/accept", other.issuer),
            &[
                ("csrf_token", &csrf),
                ("token", &token),
                ("name", "Grace"),
                ("password", "a long new password"),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::BAD_REQUEST);
    let (_, users) = server
        .call(
            reqwest::Method::GET,
            "/v1/users?email=grace@acme.test",
            Some(&other.secret_key),
            None,
        )
        .await;
    assert_eq!(users["data"], json!([]), "no user in the other project");

    // At home it works, in the invited organization only.
    let home = browser
        .get(&format!(
            "{}/invitations/accept?token={token}",
            server.project.issuer
        ))
        .await;
    let csrf = field(&home.body, "csrf_token");
    let done = browser
        .post(
            &format!("{}/invitations/accept", server.project.issuer),
            &[
                ("csrf_token", &csrf),
                ("token", &token),
                ("name", "Grace"),
                ("password", "a long new password"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, users) = server.get("/v1/users?email=grace@acme.test").await;
    assert_eq!(users["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(users["data"][0]["organization_id"], org.as_str());
}

on_both_databases!(
    links_of_one_project_do_not_open_another,
    invitations_only_create_users_where_they_were_issued,
);
