//! Invitations over the backend API: create, list, resend, revoke, validation, and tenant
//! isolation (another project's key and another organization's path see nothing). The
//! emailed acceptance itself runs end to end in `tests/e2e` (real SMTP and Chromium).

use crate::common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn invitations_are_created_listed_resent_and_revoked(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let base = format!("/v1/organizations/{org}/invitations");
    let (status, created) = server
        .post(
            &base,
            json!({"email": "Grace@Acme.test", "roles": ["admin"], "expires_in_days": 3}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["email"], "grace@acme.test");
    assert_eq!(created["roles"], json!(["admin"]));
    assert_eq!(created["status"], "pending");
    assert!(
        created.get("token").is_none(),
        "the link's secret is never returned"
    );
    let id = created["id"].as_str().expect("id").to_owned();

    let (status, list) = server.get(&base).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["data"].as_array().map(Vec::len), Some(1));

    // Expired invitations show as such and can be resent with a fresh expiry.
    server.clock.advance(4 * 86_400);
    let (_, expired) = server.get(&format!("{base}/{id}")).await;
    assert_eq!(expired["status"], "expired");
    let (status, resent) = server.post(&format!("{base}/{id}/resend"), json!({})).await;
    assert_eq!(status, StatusCode::OK, "{resent}");
    assert_eq!(resent["status"], "pending");

    let (status, _) = server.delete(&format!("{base}/{id}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, revoked) = server.get(&format!("{base}/{id}")).await;
    assert_eq!(revoked["status"], "revoked");
    let event = server.audit_event(&org, "invitation.revoked").await;
    assert_eq!(event["actor"], "secret_key");
    assert_eq!(event["target"], id.as_str());
    assert_error(
        server.delete(&format!("{base}/{id}")).await,
        StatusCode::CONFLICT,
        "invitation_not_pending",
    );
    assert_error(
        server.post(&format!("{base}/{id}/resend"), json!({})).await,
        StatusCode::CONFLICT,
        "invitation_not_pending",
    );
}

async fn invitations_validate_their_input(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    server.create_user(&org, "ada@acme.test").await;
    let base = format!("/v1/organizations/{org}/invitations");
    assert_error(
        server.post(&base, json!({"email": "not-an-email"})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_email",
    );
    assert_error(
        server
            .post(&base, json!({"email": "x@acme.test", "roles": ["emperor"]}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_role",
    );
    assert_error(
        server
            .post(
                &base,
                json!({"email": "x@acme.test", "expires_in_days": 31}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_expiry",
    );
    assert_error(
        server.post(&base, json!({"email": "ADA@acme.test"})).await,
        StatusCode::CONFLICT,
        "email_taken",
    );
    assert_error(
        server
            .post(&base, json!({"email": "x@acme.test", "extra": 1}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_body",
    );
    assert_error(
        server.get(&format!("{base}/inv_nope")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn invitations_do_not_cross_tenants(server: &TestServer) {
    let acme = server.create_org("Acme", "acme").await;
    let globex = server.create_org("Globex", "globex").await;
    let (_, created) = server
        .post(
            &format!("/v1/organizations/{acme}/invitations"),
            json!({"email": "grace@acme.test"}),
        )
        .await;
    let id = created["id"].as_str().expect("id").to_owned();
    // Another organization's path of the same project does not reach it.
    assert_error(
        server
            .get(&format!("/v1/organizations/{globex}/invitations/{id}"))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        server
            .delete(&format!("/v1/organizations/{globex}/invitations/{id}"))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, list) = server
        .get(&format!("/v1/organizations/{globex}/invitations"))
        .await;
    assert_eq!(list["data"], json!([]));
    // Another project's key reaches neither the organization nor the invitation.
    let other = server.other_project().await;
    let key = Some(other.secret_key.as_str());
    for (method, path) in [
        (Method::GET, format!("/v1/organizations/{acme}/invitations")),
        (
            Method::GET,
            format!("/v1/organizations/{acme}/invitations/{id}"),
        ),
        (
            Method::DELETE,
            format!("/v1/organizations/{acme}/invitations/{id}"),
        ),
        (
            Method::POST,
            format!("/v1/organizations/{acme}/invitations/{id}/resend"),
        ),
        (
            Method::POST,
            format!("/v1/organizations/{acme}/invitations"),
        ),
    ] {
        let body = (method == Method::POST).then(|| json!({"email": "mallory@evil.test"}));
        let (status, _) = server.call(method.clone(), &path, key, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
    }
    let (_, still) = server
        .get(&format!("/v1/organizations/{acme}/invitations/{id}"))
        .await;
    assert_eq!(still["status"], "pending");
    // A forged or unknown link gets a clear page, not an account.
    let page = server
        .client()
        .get(format!(
            "{}/invitations/accept?token=forged",
            server.project.issuer
        ))
        .send()
        .await
        .expect("send");
    assert_eq!(page.status(), StatusCode::BAD_REQUEST);
    assert!(
        page.text()
            .await
            .expect("body")
            .contains("invitation_invalid")
    );
}

async fn token_for(server: &TestServer, org_slug: &str, email: &str) -> String {
    let response = server
        .client()
        .post(format!("{}/v1/login/password", server.project.issuer))
        .json(&json!({"organization": org_slug, "email": email, "password": "correct horse battery staple"}))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = response.json().await.expect("json");
    body["access_token"].as_str().expect("token").to_owned()
}

async fn org_admins_invite_to_their_own_organization_only(server: &TestServer) {
    let acme = server.create_org("Acme", "acme").await;
    let globex = server.create_org("Globex", "globex").await;
    for (org, email, role) in [
        (&acme, "admin@acme.test", "admin"),
        (&acme, "member@acme.test", "member"),
        (&globex, "admin@globex.test", "admin"),
    ] {
        let (status, body) = server
            .post("/v1/users", json!({"organization_id": org, "email": email, "password": "correct horse battery staple", "email_verified": true, "roles": [role]}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let admin = token_for(server, "acme", "admin@acme.test").await;
    let member = token_for(server, "acme", "member@acme.test").await;
    let other_admin = token_for(server, "globex", "admin@globex.test").await;
    let path = format!(
        "/p/{}/v1/organization/invitations",
        server.project.project_id
    );

    let (status, created) = server
        .call(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({"email": "new@acme.test"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["organization_id"], acme.as_str());
    assert_eq!(created["roles"], json!(["member"]));
    // No escalation: an admin cannot hand out `owner`; a plain member cannot invite at all.
    assert_error(
        server
            .call(
                Method::POST,
                &path,
                Some(&admin),
                Some(json!({"email": "boss@acme.test", "roles": ["owner"]})),
            )
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        server
            .call(
                Method::POST,
                &path,
                Some(&member),
                Some(json!({"email": "x@acme.test"})),
            )
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        server
            .call(
                Method::POST,
                &path,
                None,
                Some(json!({"email": "x@acme.test"})),
            )
            .await,
        StatusCode::UNAUTHORIZED,
        "missing_token",
    );

    // Globex's admin neither sees nor revokes Acme's invitation.
    let (_, theirs) = server
        .call(Method::GET, &path, Some(&other_admin), None)
        .await;
    assert_eq!(theirs["data"], json!([]));
    let id = created["id"].as_str().expect("id");
    assert_error(
        server
            .call(
                Method::DELETE,
                &format!("{path}/{id}"),
                Some(&other_admin),
                None,
            )
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, mine) = server.call(Method::GET, &path, Some(&admin), None).await;
    assert_eq!(mine["data"][0]["status"], "pending");
    let (status, _) = server
        .call(Method::DELETE, &format!("{path}/{id}"), Some(&admin), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The audit log names the inviting user.
    let (_, log) = server
        .get(&format!("/v1/audit_log?organization_id={acme}"))
        .await;
    let created_event = log["data"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["action"] == "invitation.created")
        .expect("event")
        .clone();
    assert_ne!(created_event["actor"], "secret_key");
    // ...and the revoking one (and still not Globex's, whose attempt was refused).
    let revoked = server.audit_event(&acme, "invitation.revoked").await;
    assert_eq!(revoked["actor"], created_event["actor"]);
    assert_eq!(revoked["target"], id);
}

on_both_databases!(
    invitations_are_created_listed_resent_and_revoked,
    invitations_validate_their_input,
    invitations_do_not_cross_tenants,
    org_admins_invite_to_their_own_organization_only,
);
