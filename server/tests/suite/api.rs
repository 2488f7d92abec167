//! HTTP tests of every backend endpoint, on SQLite and on PostgreSQL: happy paths, bad input
//! for each field, authentication failures and cross-project isolation.

use crate::common::{TestServer, assert_error};
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    organizations_life_cycle,
    organization_input_is_validated,
    organizations_paginate_with_cursors,
    users_life_cycle,
    user_input_is_validated,
    users_filter_and_paginate,
    project_settings,
    secret_key_life_cycle,
    authentication_failures,
    other_projects_cannot_see_or_touch_organizations,
    other_projects_cannot_see_or_touch_users,
    request_shape_errors,
    health_and_metrics,
    api_reference_is_served,
    a_user_creation_that_fails_midway_leaves_nothing,
    identities_link_find_and_unlink,
    a_user_update_commits_whole_or_not_at_all,
);

async fn organizations_life_cycle(s: &TestServer) {
    let (status, org) = s
        .post(
            "/v1/organizations",
            json!({"name": "  Acme Inc. ", "slug": "acme", "domains": ["Acme.COM", "acme.com", "acme.io."]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    let id = org["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("org_"));
    assert_eq!(org["name"], "Acme Inc.");
    assert_eq!(org["domains"], json!(["acme.com", "acme.io"]));
    assert!(org["created_at"].as_str().unwrap().ends_with('Z'));

    let (status, derived) = s
        .post("/v1/organizations", json!({"name": "Globex Corporation"}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(derived["slug"], "globex-corporation");

    let (status, fetched) = s.get(&format!("/v1/organizations/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fetched, org);

    let (status, updated) = s
        .patch(
            &format!("/v1/organizations/{id}"),
            json!({"name": "Acme Corporation", "slug": "acme-corp", "domains": []}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["slug"], "acme-corp");
    assert_eq!(updated["domains"], json!([]));
    assert_eq!(s.get(&format!("/v1/organizations/{id}")).await.1, updated);

    // The old slug is free again, the new one is taken.
    assert_eq!(s.create_org("Acme 2", "acme").await.len(), id.len());
    assert_error(
        s.post(
            "/v1/organizations",
            json!({"name": "Copy", "slug": "acme-corp"}),
        )
        .await,
        StatusCode::CONFLICT,
        "slug_taken",
    );
    let other = derived["id"].as_str().unwrap();
    assert_error(
        s.patch(
            &format!("/v1/organizations/{other}"),
            json!({"slug": "acme-corp"}),
        )
        .await,
        StatusCode::CONFLICT,
        "slug_taken",
    );

    // Deleting an organization deletes its users.
    let user = s.create_user(&id, "ada@acme.com").await;
    let (status, body) = s.delete(&format!("/v1/organizations/{id}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert_error(
        s.get(&format!("/v1/organizations/{id}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.get(&format!("/v1/users/{user}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.delete(&format!("/v1/organizations/{id}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn organization_input_is_validated(s: &TestServer) {
    let cases = [
        (json!({"name": ""}), "invalid_name", "name"),
        (json!({"name": "   "}), "invalid_name", "name"),
        (json!({"name": "x".repeat(201)}), "value_too_long", "name"),
        (json!({"name": "bad\u{0007}name"}), "invalid_name", "name"),
        (
            json!({"name": "Acme", "slug": "Acme"}),
            "invalid_slug",
            "slug",
        ),
        (json!({"name": "Acme", "slug": "a"}), "invalid_slug", "slug"),
        (
            json!({"name": "Acme", "slug": "-acme"}),
            "invalid_slug",
            "slug",
        ),
        (
            json!({"name": "Acme", "slug": "x".repeat(64)}),
            "invalid_slug",
            "slug",
        ),
        (
            json!({"name": "Acme", "slug": "www"}),
            "reserved_slug",
            "slug",
        ),
        (json!({"name": "!!!"}), "invalid_slug", "slug"),
        (
            json!({"name": "Acme", "domains": ["not a domain"]}),
            "invalid_domain",
            "domains",
        ),
        (
            json!({"name": "Acme", "domains": ["127.0.0.1"]}),
            "invalid_domain",
            "domains",
        ),
        (
            json!({"name": "Acme", "domains": ["localhost"]}),
            "invalid_domain",
            "domains",
        ),
    ];
    for (body, code, field) in cases {
        let (status, answer) = s.post("/v1/organizations", body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body} -> {answer}"
        );
        assert_eq!(answer["code"], code, "{body} -> {answer}");
        assert_eq!(answer["field"], field, "{body} -> {answer}");
    }
    let many: Vec<String> = (0..51).map(|i| format!("d{i}.example.com")).collect();
    assert_error(
        s.post(
            "/v1/organizations",
            json!({"name": "Acme", "domains": many}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "too_many_values",
    );
    for body in [
        json!({"name": "Acme", "extra": true}),
        json!({"slug": "acme"}),
        json!({"name": 42}),
        json!({"name": "Acme", "domains": "acme.com"}),
        json!([]),
    ] {
        assert_error(
            s.post("/v1/organizations", body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        );
    }
    // Nothing was created by any of the failed requests.
    let (_, list) = s.get("/v1/organizations").await;
    assert_eq!(list["data"], json!([]));

    let id = s.create_org("Acme", "acme").await;
    assert_error(
        s.patch(
            &format!("/v1/organizations/{id}"),
            json!({"slug": "no spaces"}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_slug",
    );
    assert_eq!(
        s.get(&format!("/v1/organizations/{id}")).await.1["slug"],
        "acme"
    );
    for bad_id in [
        "org_123",
        "user_01arz3ndektsv4rrffq69g5fav",
        "nothing",
        "org_01ARZ3NDEKTSV4RRFFQ69G5FAV",
    ] {
        assert_error(
            s.get(&format!("/v1/organizations/{bad_id}")).await,
            StatusCode::BAD_REQUEST,
            "invalid_id",
        );
    }
    assert_error(
        s.get("/v1/organizations/org_01arz3ndektsv4rrffq69g5fav")
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn organizations_paginate_with_cursors(s: &TestServer) {
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(s.create_org(&format!("Org {i}"), &format!("org-{i}")).await);
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/organizations?limit=2&starting_after={c}"),
            None => "/v1/organizations?limit=2".to_owned(),
        };
        let (status, page) = s.get(&path).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let ids: Vec<String> = page["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_owned())
            .collect();
        assert!(ids.len() <= 2);
        seen.extend(ids);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, created);
    for (query, code) in [
        ("limit=0", "invalid_limit"),
        ("limit=101", "invalid_limit"),
        ("limit=abc", "invalid_query"),
        (
            "starting_after=user_01arz3ndektsv4rrffq69g5fav",
            "invalid_id",
        ),
    ] {
        assert_error(
            s.get(&format!("/v1/organizations?{query}")).await,
            StatusCode::BAD_REQUEST,
            code,
        );
    }
}

async fn users_life_cycle(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let other_org = s.create_org("Globex", "globex").await;
    let (status, user) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": " Ada@Acme.COM ", "name": "Ada", "password": "correct horse battery", "email_verified": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{user}");
    let id = user["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("user_"));
    assert_eq!(user["email"], "ada@acme.com");
    assert_eq!(user["has_password"], true);
    assert_eq!(user["email_verified"], true);
    assert!(user.get("password").is_none() && user.get("password_hash").is_none());

    // The stored hash is argon2id, never the password, with its algorithm and parameters.
    let (stored, algorithm, params): (String, String, String) = sqlx::query_as(
        "SELECT secret, algorithm, params FROM user_credentials \
         WHERE user_id = $1 AND kind = 'password'",
    )
    .bind(&id)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("correct horse"));
    assert_eq!(algorithm, "argon2id");
    assert_eq!(
        serde_json::from_str::<Value>(&params).unwrap(),
        json!({"v": 19, "m": 19456, "t": 2, "p": 1})
    );

    // Same email in another organization is another user; in the same one it conflicts.
    let twin = s.create_user(&other_org, "ada@acme.com").await;
    assert_ne!(twin, id);
    assert_error(
        s.post(
            "/v1/users",
            json!({"organization_id": org, "email": "ADA@acme.com"}),
        )
        .await,
        StatusCode::CONFLICT,
        "email_taken",
    );

    let (status, updated) = s
        .patch(
            &format!("/v1/users/{id}"),
            json!({"email": "ada.l@acme.com", "name": "Ada L."}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["email"], "ada.l@acme.com");
    assert_eq!(
        updated["email_verified"], false,
        "a changed email is unverified"
    );
    let (_, fetched) = s.get(&format!("/v1/users/{id}")).await;
    assert_eq!(fetched, updated);

    let other = s.create_user(&org, "bob@acme.com").await;
    assert_error(
        s.patch(
            &format!("/v1/users/{other}"),
            json!({"email": "ada.l@acme.com"}),
        )
        .await,
        StatusCode::CONFLICT,
        "email_taken",
    );
    let (status, _) = s
        .patch(
            &format!("/v1/users/{other}"),
            json!({"password": "a new long password"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        s.get(&format!("/v1/users/{other}")).await.1["has_password"],
        true
    );

    assert_eq!(
        s.delete(&format!("/v1/users/{id}")).await.0,
        StatusCode::NO_CONTENT
    );
    assert_error(
        s.get(&format!("/v1/users/{id}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.delete(&format!("/v1/users/{id}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn user_input_is_validated(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let cases = [
        (
            json!({"organization_id": org, "email": "not-an-email"}),
            "invalid_email",
            "email",
        ),
        (
            json!({"organization_id": org, "email": "ada@localhost"}),
            "invalid_email",
            "email",
        ),
        (
            json!({"organization_id": org, "email": format!("{}@acme.com", "a".repeat(250))}),
            "value_too_long",
            "email",
        ),
        (
            json!({"organization_id": org, "email": "ada@acme.com", "password": "short"}),
            "password_too_short",
            "password",
        ),
        (
            json!({"organization_id": org, "email": "ada@acme.com", "password": "p".repeat(257)}),
            "value_too_long",
            "password",
        ),
        (
            json!({"organization_id": org, "email": "ada@acme.com", "name": "n".repeat(201)}),
            "value_too_long",
            "name",
        ),
    ];
    for (body, code, field) in cases {
        let (status, answer) = s.post("/v1/users", body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body} -> {answer}"
        );
        assert_eq!(answer["code"], code, "{body} -> {answer}");
        assert_eq!(answer["field"], field, "{body} -> {answer}");
    }
    assert_error(
        s.post(
            "/v1/users",
            json!({"organization_id": "org_nope", "email": "ada@acme.com"}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_error(
        s.post(
            "/v1/users",
            json!({"organization_id": "org_01arz3ndektsv4rrffq69g5fav", "email": "ada@acme.com"}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.post(
            "/v1/users",
            json!({"organization_id": org, "email": "ada@acme.com", "role": "admin"}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_body",
    );
    assert_eq!(
        s.get("/v1/users").await.1["data"],
        json!([]),
        "failed creates left rows behind"
    );

    let user = s.create_user(&org, "ada@acme.com").await;
    assert_error(
        s.patch(&format!("/v1/users/{user}"), json!({"password": "short"}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "password_too_short",
    );
    assert_eq!(
        s.get(&format!("/v1/users/{user}")).await.1["has_password"],
        false
    );
    assert_error(
        s.get("/v1/users/org_01arz3ndektsv4rrffq69g5fav").await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_error(
        s.get("/v1/users?email=nope").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_email",
    );
}

async fn users_filter_and_paginate(s: &TestServer) {
    let acme = s.create_org("Acme", "acme").await;
    let globex = s.create_org("Globex", "globex").await;
    let mut acme_users = Vec::new();
    for i in 0..3 {
        acme_users.push(s.create_user(&acme, &format!("u{i}@acme.com")).await);
    }
    let globex_user = s.create_user(&globex, "u0@acme.com").await;

    let (_, page) = s
        .get(&format!("/v1/users?organization_id={acme}&limit=2"))
        .await;
    let first: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert_eq!(first, acme_users[..2]);
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, page) = s
        .get(&format!(
            "/v1/users?organization_id={acme}&limit=2&starting_after={cursor}"
        ))
        .await;
    assert_eq!(page["data"].as_array().unwrap().len(), 1);
    assert_eq!(page["data"][0]["id"], acme_users[2].as_str());
    assert_eq!(page["next_cursor"], Value::Null);

    let (_, by_email) = s.get("/v1/users?email=U0@ACME.com").await;
    let ids: Vec<&str> = by_email["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [acme_users[0].as_str(), globex_user.as_str()]);
    let (_, both) = s
        .get(&format!(
            "/v1/users?email=u0@acme.com&organization_id={globex}"
        ))
        .await;
    assert_eq!(both["data"].as_array().unwrap().len(), 1);
    assert_error(
        s.get("/v1/users?organization_id=acme").await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
}

async fn project_settings(s: &TestServer) {
    let (status, project) = s.get("/v1/project").await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["id"], s.project.project_id.as_str());
    assert_eq!(
        project["issuer"],
        format!("{}/p/{}", s.url, s.project.project_id)
    );
    assert_eq!(project["environment"], "test");
    assert_eq!(project["access_token_lifetime_seconds"], 300);
    let pk = project["publishable_key"].as_str().unwrap();
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(pk.strip_prefix("pk_test_").unwrap())
        .unwrap();
    assert_eq!(
        String::from_utf8(decoded).unwrap(),
        format!(
            "{}#{}",
            project["issuer"].as_str().unwrap(),
            s.project.project_id
        )
    );

    let (status, updated) = s
        .patch(
            "/v1/project",
            json!({
                "name": "Renamed",
                "redirect_uris": ["https://app.example.com/cb", "http://localhost:5173/cb", "https://app.example.com/cb"],
                "login_methods": ["password", "magic_link", "password"],
                "access_token_lifetime_seconds": 600
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(
        updated["redirect_uris"],
        json!(["https://app.example.com/cb", "http://localhost:5173/cb"])
    );
    assert_eq!(updated["login_methods"], json!(["password", "magic_link"]));
    assert_eq!(s.get("/v1/project").await.1, updated);

    for (body, code) in [
        (
            json!({"redirect_uris": ["http://evil.example.com/cb"]}),
            "invalid_redirect_uri",
        ),
        (
            json!({"redirect_uris": ["https://app.example.com/cb#x"]}),
            "invalid_redirect_uri",
        ),
        (
            json!({"redirect_uris": ["javascript:alert(1)"]}),
            "invalid_redirect_uri",
        ),
        (json!({"login_methods": []}), "invalid_login_methods"),
        (json!({"login_methods": ["carrier_pigeon"]}), "invalid_body"),
        (
            json!({"access_token_lifetime_seconds": 59}),
            "invalid_token_lifetime",
        ),
        (
            json!({"access_token_lifetime_seconds": 86_401}),
            "invalid_token_lifetime",
        ),
        (
            json!({"issuer": "https://evil.example.com"}),
            "invalid_body",
        ),
    ] {
        assert_error(
            s.patch("/v1/project", body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            code,
        );
    }
    assert_eq!(
        s.get("/v1/project").await.1,
        updated,
        "failed updates changed the project"
    );
}

async fn secret_key_life_cycle(s: &TestServer) {
    let (status, created) = s.post("/v1/secret_keys", json!({"name": "billing"})).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("sk_test_"));
    assert!(secret.starts_with(created["display_prefix"].as_str().unwrap()));
    let new_id = created["id"].as_str().unwrap().to_owned();

    let (status, _) = s
        .call(Method::GET, "/v1/project", Some(&secret), None)
        .await;
    assert_eq!(status, StatusCode::OK, "the new key works");

    let (_, list) = s.get("/v1/secret_keys").await;
    let keys = list["data"].as_array().unwrap();
    assert_eq!(keys.len(), 2);
    assert!(
        !list.to_string().contains(&secret),
        "a listing must never show a secret"
    );
    assert!(keys.iter().all(|k| k.get("secret").is_none()));
    // The table keeps a digest only.
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT key_hash FROM secret_keys WHERE project_id = $1")
            .bind(&s.project.project_id)
            .fetch_all(s.db.pool())
            .await
            .unwrap();
    assert!(rows.iter().all(|h| h.len() == 64 && !h.contains("sk_")));

    // Revoking with the other key works, and the revoked key stops working at once.
    let (status, revoked) = s
        .post(&format!("/v1/secret_keys/{new_id}/revoke"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{revoked}");
    assert!(revoked["revoked_at"].is_string());
    assert_error(
        s.call(Method::GET, "/v1/project", Some(&secret), None)
            .await,
        StatusCode::UNAUTHORIZED,
        "invalid_secret_key",
    );

    // The last active key cannot be revoked.
    let (_, list) = s.get("/v1/secret_keys").await;
    let initial = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["revoked_at"].is_null())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        s.post(&format!("/v1/secret_keys/{initial}/revoke"), json!({}))
            .await,
        StatusCode::CONFLICT,
        "last_secret_key",
    );
    assert_eq!(s.get("/v1/project").await.0, StatusCode::OK);
    assert_error(
        s.post(
            "/v1/secret_keys/skey_01arz3ndektsv4rrffq69g5fav/revoke",
            json!({}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.post("/v1/secret_keys", json!({"name": ""})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_name",
    );
}

async fn authentication_failures(s: &TestServer) {
    let (status, body) = s.call(Method::GET, "/v1/organizations", None, None).await;
    assert_error(
        (status, body),
        StatusCode::UNAUTHORIZED,
        "missing_secret_key",
    );
    let response = s
        .client()
        .get(format!("{}/v1/organizations", s.url))
        .send()
        .await
        .unwrap();
    assert!(
        response
            .headers()
            .get("www-authenticate")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );

    let pk = s.get("/v1/project").await.1["publishable_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let unknown = format!("sk_test_{}", "A".repeat(43));
    for key in [
        "garbage",
        "sk_test_short",
        unknown.as_str(),
        pk.as_str(),
        "",
    ] {
        assert_error(
            s.call(Method::GET, "/v1/organizations", Some(key), None)
                .await,
            StatusCode::UNAUTHORIZED,
            "invalid_secret_key",
        );
    }
    let basic = s
        .client()
        .get(format!("{}/v1/organizations", s.url))
        .header("authorization", format!("Basic {}", s.key()))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status(), StatusCode::UNAUTHORIZED);
    let lowercase_scheme = s
        .client()
        .get(format!("{}/v1/organizations", s.url))
        .header("authorization", format!("bearer {}", s.key()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        lowercase_scheme.status(),
        StatusCode::OK,
        "the scheme is case-insensitive"
    );
}

async fn other_projects_cannot_see_or_touch_organizations(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let other = s.other_project().await;
    let b = Some(other.secret_key.as_str());
    let path = format!("/v1/organizations/{org}");

    assert_error(
        s.call(Method::GET, &path, b, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(Method::PATCH, &path, b, Some(json!({"name": "Hijacked"})))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(Method::DELETE, &path, b, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, list) = s.call(Method::GET, "/v1/organizations", b, None).await;
    assert_eq!(list["data"], json!([]));
    // Another project may reuse the slug: slugs are unique per project only.
    let (status, _) = s
        .call(
            Method::POST,
            "/v1/organizations",
            b,
            Some(json!({"name": "Acme B", "slug": "acme"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    // Project A's organization is untouched.
    let (status, mine) = s.get(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine["name"], "Acme");
    // A's secret keys are invisible to B too.
    let (_, keys) = s.get("/v1/secret_keys").await;
    let a_key = keys["data"][0]["id"].as_str().unwrap();
    assert_error(
        s.call(
            Method::POST,
            &format!("/v1/secret_keys/{a_key}/revoke"),
            b,
            Some(json!({})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, b_keys) = s.call(Method::GET, "/v1/secret_keys", b, None).await;
    assert!(!b_keys.to_string().contains(a_key));
}

async fn other_projects_cannot_see_or_touch_users(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let user = s.create_user(&org, "ada@acme.com").await;
    let other = s.other_project().await;
    let b = Some(other.secret_key.as_str());
    let path = format!("/v1/users/{user}");

    assert_error(
        s.call(Method::GET, &path, b, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::PATCH,
            &path,
            b,
            Some(json!({"email": "evil@evil.com", "password": "taken over!"})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(Method::DELETE, &path, b, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::POST,
            "/v1/users",
            b,
            Some(json!({"organization_id": org, "email": "mole@evil.com"})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    for query in [
        format!("organization_id={org}"),
        "email=ada@acme.com".to_owned(),
        String::new(),
    ] {
        let (status, list) = s
            .call(Method::GET, &format!("/v1/users?{query}"), b, None)
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list["data"], json!([]), "{query} leaked {list}");
    }
    let (_, mine) = s.get(&path).await;
    assert_eq!(mine["email"], "ada@acme.com");
    assert_eq!(mine["has_password"], false);
}

async fn request_shape_errors(s: &TestServer) {
    let url = format!("{}/v1/organizations", s.url);
    let send = |body: String, content_type: &'static str| {
        s.client()
            .post(&url)
            .bearer_auth(s.key())
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let to_pair = |r: reqwest::Response| async move {
        let status = r.status();
        (status, r.json::<Value>().await.unwrap())
    };
    assert_error(
        to_pair(send("{\"name\":".into(), "application/json").await.unwrap()).await,
        StatusCode::BAD_REQUEST,
        "malformed_json",
    );
    assert_error(
        to_pair(
            send("name=acme".into(), "application/x-www-form-urlencoded")
                .await
                .unwrap(),
        )
        .await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    let huge = json!({"name": "x".repeat(100 * 1024)}).to_string();
    assert_error(
        to_pair(send(huge, "application/json").await.unwrap()).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    );
    assert_error(
        s.get("/v1/no_such_thing").await,
        StatusCode::NOT_FOUND,
        "route_not_found",
    );
    assert_error(
        s.call(Method::PUT, "/v1/organizations", Some(s.key()), None)
            .await,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
    );
}

async fn health_and_metrics(s: &TestServer) {
    let (status, health) = s.call(Method::GET, "/healthz", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["status"], "ok");
    assert!(matches!(
        health["database"].as_str(),
        Some("sqlite" | "postgres")
    ));

    let org = s.create_org("Acme", "acme").await;
    s.get(&format!("/v1/organizations/{org}")).await;
    let text = s
        .client()
        .get(format!("{}/metrics", s.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains("gatehouse_http_requests_total"), "{text}");
    assert!(
        text.contains("route=\"/v1/organizations/{organization_id}\""),
        "{text}"
    );
    assert!(text.contains("gatehouse_http_request_duration_seconds_bucket"));
    assert!(!text.contains(&org), "metrics must not carry identifiers");
}

async fn api_reference_is_served(s: &TestServer) {
    let docs = s
        .client()
        .get(format!("{}/docs/", s.url))
        .send()
        .await
        .unwrap();
    assert_eq!(docs.status(), StatusCode::OK);
    assert!(
        docs.text().await.unwrap().contains("swagger-ui"),
        "the API reference page is served"
    );
    let (status, document) = s.call(Method::GET, "/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        document,
        serde_json::from_str::<Value>(&gatehouse_http::api::openapi().to_pretty_json().unwrap())
            .unwrap()
    );
}

/// Counts rows of `table` in the test's project.
async fn rows(s: &TestServer, table: &str) -> i64 {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table} WHERE project_id = $1"
    ))
    .bind(&s.project.project_id)
    .fetch_one(s.db.pool())
    .await
    .unwrap()
}

/// A user, their password, their roles, the audit row and the outbox event commit in one
/// transaction: when the last write fails (a trigger refuses the audit row), none of them
/// remains.
async fn a_user_creation_that_fails_midway_leaves_nothing(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let before = (
        rows(s, "users").await,
        rows(s, "user_roles").await,
        rows(s, "audit_log").await,
        rows(s, "outbox").await,
        rows(s, "user_credentials").await,
    );
    let project = s.project.project_id.clone();
    let suffix: String = project
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let (install, remove) = match s.db.backend() {
        gatehouse_storage::db::Backend::Sqlite => (
            vec![format!(
                "CREATE TRIGGER fail_{suffix} BEFORE INSERT ON audit_log \
                 WHEN NEW.action = 'user.created' AND NEW.project_id = '{project}' \
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
            )],
            vec![format!("DROP TRIGGER fail_{suffix}")],
        ),
        gatehouse_storage::db::Backend::Postgres => (
            vec![
                format!(
                    "CREATE FUNCTION fail_{suffix}() RETURNS trigger AS $$ BEGIN \
                     IF NEW.action = 'user.created' AND NEW.project_id = '{project}' THEN \
                     RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
                ),
                format!(
                    "CREATE TRIGGER fail_{suffix} BEFORE INSERT ON audit_log \
                     FOR EACH ROW EXECUTE FUNCTION fail_{suffix}()"
                ),
            ],
            vec![
                format!("DROP TRIGGER fail_{suffix} ON audit_log"),
                format!("DROP FUNCTION fail_{suffix}()"),
            ],
        ),
    };
    for statement in &install {
        sqlx::query(statement).execute(s.db.pool()).await.unwrap();
    }
    let body = json!({"organization_id": org, "email": "ada@acme.com", "roles": ["admin"], "password": "correct horse battery"});
    let failed = s.post("/v1/users", body.clone()).await;
    assert_error(failed, StatusCode::INTERNAL_SERVER_ERROR, "internal_error");
    let after = (
        rows(s, "users").await,
        rows(s, "user_roles").await,
        rows(s, "audit_log").await,
        rows(s, "outbox").await,
        rows(s, "user_credentials").await,
    );
    assert_eq!(
        after, before,
        "no user, password, role, audit row or event remains"
    );
    for statement in &remove {
        sqlx::query(statement).execute(s.db.pool()).await.unwrap();
    }
    // The honest path: the same request now creates all four.
    let (status, user) = s.post("/v1/users", body).await;
    assert_eq!(status, StatusCode::CREATED, "{user}");
    assert_eq!(user["roles"], json!(["admin"]));
    assert_eq!(rows(s, "users").await, before.0 + 1);
    assert_eq!(rows(s, "user_roles").await, before.1 + 1);
    assert_eq!(rows(s, "audit_log").await, before.2 + 1);
    assert_eq!(rows(s, "user_credentials").await, before.4 + 1);
    let event: String = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE project_id = $1 AND kind = 'event' \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(&project)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    let event: Value = serde_json::from_str(&event).unwrap();
    assert_eq!(event["type"], "user.created");
    assert_eq!(event["target"], user["id"]);
}

/// A database made by migrations 0001..=0013 on `url`, holding users with every shape of
/// password and TOTP state the old columns could hold; migrated to the end, each credential
/// must be in `user_credentials` exactly, and the old columns gone.
async fn credentials_move_out_of_users(url: &str, directory: &str) {
    use gatehouse_storage::db::{self, Db};
    use gatehouse_storage::ids::IdKind;

    let database = Db::connect(url).await.unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("storage")
        .join("migrations")
        .join(directory);
    let mut before = sqlx::migrate::Migrator::new(path).await.unwrap();
    before.migrations = before
        .migrations
        .iter()
        .filter(|m| m.version <= 13)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    assert_eq!(before.iter().count(), 13);
    before.run(database.pool()).await.unwrap();

    let (project, org) = (IdKind::Project.generate(), IdKind::Organization.generate());
    sqlx::query(
        "INSERT INTO projects (id, name, environment, created_at, updated_at) \
         VALUES ($1, 'Old', 'test', 1, 1)",
    )
    .bind(&project)
    .execute(database.pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO organizations (id, project_id, name, slug, created_at, updated_at) \
         VALUES ($1, $2, 'Acme', 'acme', 1, 1)",
    )
    .bind(&org)
    .bind(&project)
    .execute(database.pool())
    .await
    .unwrap();
    let hash = gatehouse_domain::password::hash("correct horse battery".to_owned())
        .await
        .unwrap();
    let foreign = "$scrypt$ln=15,r=8,p=1$c2FsdA$aGFzaA";
    let confirmed_at = 1_764_000_000_i64;
    /// Email, password hash, sealed TOTP secret, confirmed at, last step.
    type OldUser<'a> = (
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<i64>,
        Option<i64>,
    );
    let rows: [OldUser<'_>; 5] = [
        (
            "ada@acme.test",
            Some(&hash),
            Some("sealed-ada"),
            Some(confirmed_at),
            Some(58_800_123),
        ),
        (
            "bob@acme.test",
            Some(&hash),
            Some("sealed-bob-pending"),
            None,
            None,
        ),
        (
            "carol@acme.test",
            None,
            Some("sealed-carol"),
            Some(confirmed_at),
            None,
        ),
        ("dan@acme.test", None, None, None, None),
        ("erin@acme.test", Some(foreign), None, None, None),
    ];
    let mut ids = Vec::new();
    for (email, password_hash, sealed, enabled_at, last_step) in rows {
        let id = IdKind::User.generate();
        sqlx::query(
            "INSERT INTO users (id, project_id, organization_id, email, email_verified, \
             password_hash, totp_secret_sealed, totp_enabled_at, totp_last_step, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, 100, 200)",
        )
        .bind(&id)
        .bind(&project)
        .bind(&org)
        .bind(email)
        .bind(password_hash)
        .bind(sealed)
        .bind(enabled_at)
        .bind(last_step)
        .execute(database.pool())
        .await
        .unwrap();
        ids.push(id);
    }

    database.migrate().await.unwrap();

    type Moved = (
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<i64>,
        i64,
        i64,
    );
    let moved: Vec<Moved> = sqlx::query_as(
        "SELECT id, user_id, kind, secret, algorithm, params, totp_last_step, confirmed_at, \
         created_at, updated_at FROM user_credentials WHERE project_id = $1 ORDER BY user_id, kind",
    )
    .bind(&project)
    .fetch_all(database.pool())
    .await
    .unwrap();
    let summary: Vec<(&str, &str, &str)> = moved
        .iter()
        .map(|(_, user, kind, secret, ..)| (user.as_str(), kind.as_str(), secret.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (ids[0].as_str(), "password", hash.as_str()),
            (ids[0].as_str(), "totp", "sealed-ada"),
            (ids[1].as_str(), "password", hash.as_str()),
            (ids[2].as_str(), "totp", "sealed-carol"),
            (ids[4].as_str(), "password", foreign),
        ],
        "every hash and confirmed secret moved, pending and absent ones did not"
    );
    for (id, ..) in &moved {
        assert!(IdKind::Credential.matches(id), "{id}");
    }
    let (_, _, _, _, algorithm, params, _, _, created, updated) = &moved[0];
    assert_eq!(algorithm.as_deref(), Some("argon2id"));
    assert_eq!(
        serde_json::from_str::<Value>(params.as_deref().unwrap()).unwrap(),
        json!({"v": 19, "m": 19456, "t": 2, "p": 1})
    );
    assert_eq!((*created, *updated), (100, 200));
    let totp = &moved[1];
    assert_eq!((totp.6, totp.7), (Some(58_800_123), Some(confirmed_at)));
    assert_eq!((moved[3].6, moved[3].7), (None, Some(confirmed_at)));
    assert_eq!(moved[4].4.as_deref(), Some("scrypt"));
    assert_eq!(moved[4].5, None);

    // The new code reads them back: the password verifies, the second factor is there.
    let ada = db::users::get(&database, &project, &ids[0])
        .await
        .unwrap()
        .unwrap();
    assert!(ada.has_password);
    assert_eq!(ada.totp_enabled_at, Some(confirmed_at));
    let stored = db::credentials::password(&database, &project, &ids[0])
        .await
        .unwrap()
        .unwrap();
    assert!(
        gatehouse_domain::password::verify("correct horse battery".to_owned(), stored.phc)
            .await
            .unwrap()
    );
    let bob = db::users::get(&database, &project, &ids[1])
        .await
        .unwrap()
        .unwrap();
    assert!(bob.has_password && bob.totp_enabled_at.is_none());
    let dan = db::users::get(&database, &project, &ids[3])
        .await
        .unwrap()
        .unwrap();
    assert!(!dan.has_password && dan.totp_enabled_at.is_none());
    // The step accepted before the upgrade stays used.
    assert!(
        !db::credentials::use_totp_step(&database, &project, &ids[0], 58_800_123, 300)
            .await
            .unwrap()
    );
    assert!(
        db::credentials::use_totp_step(&database, &project, &ids[0], 58_800_124, 300)
            .await
            .unwrap()
    );

    for column in [
        "password_hash",
        "totp_secret_sealed",
        "totp_enabled_at",
        "totp_last_step",
    ] {
        let read = sqlx::query(&format!("SELECT {column} FROM users"))
            .fetch_all(database.pool())
            .await;
        assert!(read.is_err(), "users.{column} is still there");
    }
    database.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_migration_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("upgrade.db").display()
    );
    credentials_move_out_of_users(&url, "sqlite").await;
}

/// Runs `test` on a PostgreSQL database of its own (the shared test database is already
/// migrated), dropped afterwards; skipped without PostgreSQL.
async fn on_fresh_postgres<F: std::future::Future<Output = ()>>(test: impl FnOnce(String) -> F) {
    let Ok(shared) = std::env::var("GATEHOUSE_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("GATEHOUSE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "GATEHOUSE_REQUIRE_POSTGRES=1 but GATEHOUSE_TEST_POSTGRES_URL is unset"
        );
        eprintln!("skipping: GATEHOUSE_TEST_POSTGRES_URL is not set");
        return;
    };
    let name = gatehouse_storage::ids::IdKind::Project
        .generate()
        .replace("proj_", "gatehouse_upgrade_");
    let admin = gatehouse_storage::db::Db::connect(&shared).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(admin.pool())
        .await
        .unwrap();
    let (base, _) = shared.rsplit_once('/').unwrap();
    test(format!("{base}/{name}")).await;
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(admin.pool())
        .await
        .unwrap();
    admin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_migration_on_postgres() {
    on_fresh_postgres(|url| async move { credentials_move_out_of_users(&url, "postgres").await })
        .await;
}

/// A replica of the previous version restarting during a rolling upgrade finds migrations it
/// does not know (`reliability/rolling_upgrade.py` runs the upgrade itself): it starts when
/// each migration it knows is applied unchanged, and refuses a schema that lacks one of its
/// migrations or holds one with other contents.
async fn newer_schema_is_accepted(url: &str) {
    use gatehouse_storage::db::Db;

    let database = Db::connect(url).await.unwrap();
    database.migrate().await.unwrap();
    let newest: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(database.pool())
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from a newer version', TRUE, $1, 0)",
    )
    .bind(vec![0_u8; 48])
    .execute(database.pool())
    .await
    .unwrap();
    database
        .migrate()
        .await
        .expect("starts on the newer schema");

    let checksum: Vec<u8> =
        sqlx::query_scalar("SELECT checksum FROM _sqlx_migrations WHERE version = $1")
            .bind(newest)
            .fetch_one(database.pool())
            .await
            .unwrap();
    sqlx::query("UPDATE _sqlx_migrations SET checksum = $1 WHERE version = $2")
        .bind(vec![1_u8; checksum.len()])
        .bind(newest)
        .execute(database.pool())
        .await
        .unwrap();
    let err = database.migrate().await.unwrap_err().to_string();
    assert!(err.contains("different contents"), "{err}");

    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = $1")
        .bind(newest)
        .execute(database.pool())
        .await
        .unwrap();
    let err = database.migrate().await.unwrap_err().to_string();
    assert!(err.contains("lacks its migration"), "{err}");
    database.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn newer_schema_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("newer.db").display()
    );
    newer_schema_is_accepted(&url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn newer_schema_on_postgres() {
    on_fresh_postgres(|url| async move { newer_schema_is_accepted(&url).await }).await;
}

async fn identities_link_find_and_unlink(s: &TestServer) {
    use gatehouse_storage::db::identities::{self, Kind, Link};

    let org = s.create_org("Acme", "acme").await;
    let ada = s.create_user(&org, "ada@acme.test").await;
    let bob = s.create_user(&org, "bob@acme.test").await;
    let ada = gatehouse_storage::ids::UserId::parse(&ada).expect("a user id");
    let bob = gatehouse_storage::ids::UserId::parse(&bob).expect("a user id");
    let project = &s.project.project_id;
    let issuer = "https://idp.acme.test";
    let Link::Linked(linked) =
        identities::link(&s.db, project, &ada, Kind::Oidc, issuer, "sub-1", 10)
            .await
            .unwrap()
    else {
        panic!("not linked");
    };
    assert!(linked.id.starts_with("ident_"));
    // One upstream account signs in one user; the same subject elsewhere is another account.
    assert_eq!(
        identities::link(&s.db, project, &bob, Kind::Oidc, issuer, "sub-1", 11)
            .await
            .unwrap(),
        Link::Taken
    );
    for (kind, issuer) in [(Kind::Saml, issuer), (Kind::Oidc, "https://other.test")] {
        assert!(matches!(
            identities::link(&s.db, project, &bob, kind, issuer, "sub-1", 12)
                .await
                .unwrap(),
            Link::Linked(_)
        ));
    }
    let found = identities::find(&s.db, project, Kind::Oidc, issuer, "sub-1")
        .await
        .unwrap();
    assert_eq!(
        found.as_ref().map(|i| i.user_id.as_str()),
        Some(ada.as_str())
    );
    let other_project = s.other_project().await;
    assert!(
        identities::find(
            &s.db,
            &other_project.project_id,
            Kind::Oidc,
            issuer,
            "sub-1"
        )
        .await
        .unwrap()
        .is_none()
    );
    identities::seen(&s.db, project, &linked.id, 20)
        .await
        .unwrap();
    let listed = identities::list_for_user(&s.db, project, &ada)
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].last_seen_at, Some(20));
    assert_eq!(
        identities::list_for_user(&s.db, project, &bob)
            .await
            .unwrap()
            .len(),
        2
    );
    // Unlinking takes the user's own identity only.
    assert!(
        !identities::unlink(&s.db, project, &bob, &linked.id)
            .await
            .unwrap()
    );
    assert!(
        identities::unlink(&s.db, project, &ada, &linked.id)
            .await
            .unwrap()
    );
    // Deleting a user takes their identities with them.
    let (status, _) = s.delete(&format!("/v1/users/{bob}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(
        identities::find(&s.db, project, Kind::Saml, issuer, "sub-1")
            .await
            .unwrap()
            .is_none()
    );
}

/// `PATCH /v1/users/{id}` writes the fields, the password (ending every session), the roles
/// and the audit event in one transaction: a refused update changes none of them.
async fn a_user_update_commits_whole_or_not_at_all(s: &TestServer) {
    use crate::common::scenario::PASSWORD;

    let org = s.create_org("Acme", "acme").await;
    let ada = s.person(&org, "ada@acme.test").create_id().await;
    s.person(&org, "bob@acme.test").create().await;
    let tokens = s.signed_in("acme", "ada@acme.test", PASSWORD).await;
    let refresh_token = tokens["refresh_token"].as_str().unwrap().to_owned();

    // The address is taken: 409, and neither the password nor the sessions changed.
    assert_error(
        s.patch(
            &format!("/v1/users/{ada}"),
            json!({"email": "bob@acme.test", "password": "a brand new secret"}),
        )
        .await,
        StatusCode::CONFLICT,
        "email_taken",
    );
    s.signed_in("acme", "ada@acme.test", PASSWORD).await;
    assert_eq!(
        s.password_login("acme", "ada@acme.test", "a brand new secret")
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    let (status, renewed) = s.refresh(&refresh_token).await;
    assert_eq!(status, StatusCode::OK, "{renewed}");

    // Accepted: the new password works, the old one and every session are gone, and the
    // change is in the audit log.
    let (status, user) = s
        .patch(
            &format!("/v1/users/{ada}"),
            json!({"password": "a brand new secret", "name": "Ada"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user["name"], "Ada");
    s.signed_in("acme", "ada@acme.test", "a brand new secret")
        .await;
    assert_eq!(
        s.password_login("acme", "ada@acme.test", PASSWORD).await.0,
        StatusCode::UNAUTHORIZED
    );
    let renewed_token = renewed["refresh_token"].as_str().unwrap();
    assert_eq!(s.refresh(renewed_token).await.0, StatusCode::BAD_REQUEST);
    let event = s.audit_event(&org, "user.updated").await;
    assert_eq!(event["target"], ada);
}
