//! Organization lookups for sign-in (by slug, email domain, user email) and the audit log,
//! on SQLite and PostgreSQL, including attempts to read across projects.

use crate::common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    organization_lookups,
    audit_log_records_and_pages,
    audit_log_is_scoped,
    organization_login_policy,
);

fn ids(list: &Value) -> Vec<String> {
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn organization_lookups(s: &TestServer) {
    let (_, acme) = s
        .post(
            "/v1/organizations",
            json!({"name": "Acme", "slug": "acme", "domains": ["acme.com"]}),
        )
        .await;
    let (_, acme_eu) = s
        .post(
            "/v1/organizations",
            json!({"name": "Acme EU", "slug": "acme-eu", "domains": ["acme.com", "acme.eu"]}),
        )
        .await;
    let (_, globex) = s
        .post(
            "/v1/organizations",
            json!({"name": "Globex", "slug": "globex"}),
        )
        .await;
    let [acme, acme_eu, globex] =
        [&acme, &acme_eu, &globex].map(|o| o["id"].as_str().unwrap().to_owned());

    assert_eq!(
        ids(&s.get("/v1/organizations?slug=globex").await.1),
        vec![globex.clone()]
    );
    assert_eq!(
        ids(&s.get("/v1/organizations?domain=ACME.com").await.1),
        [acme.clone(), acme_eu.clone()]
    );
    assert_eq!(
        ids(&s.get("/v1/organizations?domain=acme.eu").await.1),
        vec![acme_eu.clone()]
    );
    assert!(ids(&s.get("/v1/organizations?domain=nobody.com").await.1).is_empty());

    // The same person may be a user in several organizations (one user each).
    s.create_user(&acme, "ada@acme.com").await;
    s.create_user(&globex, "ada@acme.com").await;
    assert_eq!(
        ids(&s.get("/v1/organizations?user_email=Ada@acme.com").await.1),
        [acme.clone(), globex.clone()]
    );
    assert_eq!(
        ids(&s
            .get("/v1/organizations?user_email=ada@acme.com&domain=acme.com")
            .await
            .1),
        vec![acme.clone()]
    );

    assert_error(
        s.get("/v1/organizations?domain=not_a_domain").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_domain",
    );
    assert_error(
        s.get("/v1/organizations?user_email=nope").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_email",
    );
    assert_error(
        s.get("/v1/organizations?slug=Not%20A%20Slug").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_slug",
    );

    // Another project's lookups find nothing of this one.
    let other = s.other_project().await;
    for query in ["slug=acme", "domain=acme.com", "user_email=ada@acme.com"] {
        let (status, list) = s
            .call(
                Method::GET,
                &format!("/v1/organizations?{query}"),
                Some(&other.secret_key),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(ids(&list).is_empty(), "{query} leaked {list}");
    }
}

async fn audit_log_records_and_pages(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let (_, user) = s
        .post("/v1/users", json!({"organization_id": org, "email": "ada@acme.com", "password": "correct horse battery", "email_verified": true}))
        .await;
    let user_id = user["id"].as_str().unwrap().to_owned();
    s.patch(&format!("/v1/users/{user_id}"), json!({"name": "Ada"}))
        .await;
    let login = |password: &'static str| {
        s.client()
            .post(format!(
                "{}/p/{}/v1/login/password",
                s.url, s.project.project_id
            ))
            .header("user-agent", "audit-test/1.0")
            .json(&json!({"organization": "acme", "email": "ada@acme.com", "password": password}))
            .send()
    };
    assert_eq!(
        login("wrong password").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login("correct horse battery").await.unwrap().status(),
        StatusCode::OK
    );

    let (status, log) = s.get(&format!("/v1/audit_log?organization_id={org}")).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "organization.created",
            "user.created",
            "user.updated",
            "user.login"
        ]
    );
    let login_event = &log["data"][3];
    assert_eq!(login_event["actor"], user_id.as_str());
    assert_eq!(login_event["user_agent"], "audit-test/1.0");
    assert_eq!(login_event["ip"], "127.0.0.1");
    assert_eq!(login_event["details"]["method"], "password");

    let (_, failed) = s.get("/v1/audit_log?action=user.login_failed").await;
    assert_eq!(failed["data"].as_array().unwrap().len(), 1);
    assert_eq!(failed["data"][0]["actor"], "ada@acme.com");

    let (_, first) = s.get("/v1/audit_log?limit=2").await;
    assert_eq!(first["data"].as_array().unwrap().len(), 2);
    let cursor = first["next_cursor"].as_str().unwrap();
    let (_, second) = s
        .get(&format!("/v1/audit_log?limit=100&starting_after={cursor}"))
        .await;
    assert_eq!(second["next_cursor"], Value::Null);
    assert_eq!(second["data"].as_array().unwrap().len() + 2, 5);
    assert_error(
        s.get("/v1/audit_log?starting_after=user_01arz3ndektsv4rrffq69g5fav")
            .await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
}

async fn audit_log_is_scoped(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    s.delete(&format!("/v1/organizations/{org}")).await;
    let other = s.other_project().await;
    let (status, theirs) = s
        .call(
            Method::GET,
            &format!("/v1/audit_log?organization_id={org}"),
            Some(&other.secret_key),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(theirs["data"], json!([]));
    let (_, mine) = s.get(&format!("/v1/audit_log?organization_id={org}")).await;
    let actions: Vec<&str> = mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["organization.created", "organization.deleted"],
        "the log outlives the organization"
    );
}

async fn organization_login_policy(s: &TestServer) {
    let (status, org) = s
        .post("/v1/organizations", json!({"name": "Acme", "slug": "acme", "login_methods": ["magic_link", "saml"], "session_lifetime_seconds": 3600}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    assert_eq!(org["login_methods"], json!(["magic_link", "saml"]));
    let org_id = org["id"].as_str().unwrap().to_owned();
    s.post("/v1/users", json!({"organization_id": org_id, "email": "ada@acme.com", "password": "correct horse battery", "email_verified": true})).await;
    let login_path = format!("/p/{}/v1/login/password", s.project.project_id);
    let login = |password: &'static str| {
        s.call(
            Method::POST,
            &login_path,
            None,
            Some(json!({"organization": "acme", "email": "ada@acme.com", "password": password})),
        )
    };
    // A wrong password still gets the uniform answer: the policy is not an oracle.
    assert_error(
        login("wrong password").await,
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
    );
    assert_error(
        login("correct horse battery").await,
        StatusCode::FORBIDDEN,
        "login_method_disabled",
    );

    // Back to the project's methods (password): sessions last the organization's hour.
    let (status, updated) = s
        .patch(
            &format!("/v1/organizations/{org_id}"),
            json!({"login_methods": null}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["login_methods"], Value::Null);
    assert_eq!(updated["session_lifetime_seconds"], 3600);
    let (status, tokens) = login("correct horse battery").await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    s.clock.advance(3_601);
    let refreshed: Value = s
        .client()
        .post(format!("{}/p/{}/oauth/token", s.url, s.project.project_id))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        refreshed["error"], "invalid_grant",
        "the organization's session lifetime applies"
    );

    for (body, code) in [
        (json!({"login_methods": []}), "invalid_login_methods"),
        (json!({"login_methods": ["telepathy"]}), "invalid_body"),
        (
            json!({"session_lifetime_seconds": 60}),
            "invalid_session_lifetime",
        ),
        (
            json!({"session_lifetime_seconds": 91 * 86_400}),
            "invalid_session_lifetime",
        ),
    ] {
        assert_error(
            s.patch(&format!("/v1/organizations/{org_id}"), body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            code,
        );
    }
    let (_, cleared) = s
        .patch(
            &format!("/v1/organizations/{org_id}"),
            json!({"session_lifetime_seconds": null}),
        )
        .await;
    assert_eq!(cleared["session_lifetime_seconds"], Value::Null);
}
