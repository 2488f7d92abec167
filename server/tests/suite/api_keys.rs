//! Organization API keys over HTTP, on SQLite and PostgreSQL: life cycle, `authenticate`,
//! expiry and revocation, checksum rejection before any lookup, per-prefix lockout that never
//! locks a real key, tenant isolation, and self-serve keys bounded by their creator's current
//! rights.

use crate::common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    api_key_life_cycle,
    api_keys_authenticate_until_revoked_or_expired,
    api_key_input_is_validated,
    mistyped_keys_fail_before_lookup_and_guessing_never_locks_the_real_key,
    api_keys_are_scoped_to_their_project,
    organization_admins_manage_their_own_keys,
    a_demoted_admin_loses_self_serve_rights_and_keys_at_once,
    self_serve_keys_are_revoked_with_their_creator,
);

async fn create_key(s: &TestServer, org: &str, body: Value) -> Value {
    let mut body = body;
    body["organization_id"] = json!(org);
    let (status, key) = s.post("/v1/api_keys", body).await;
    assert_eq!(status, StatusCode::CREATED, "{key}");
    key
}

async fn authenticate(s: &TestServer, credential: &str) -> (StatusCode, Value) {
    s.post("/v1/authenticate", json!({"credential": credential}))
        .await
}

async fn api_key_life_cycle(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let key = create_key(s, &org, json!({"name": "billing sync", "roles": ["service"], "actions": ["invoices.read", "invoices.write", "invoices.read"]})).await;
    let secret = key["secret"].as_str().unwrap().to_owned();
    assert!(gatehouse_core::is_well_formed_api_key(&secret), "{secret}");
    assert!(secret.starts_with(key["display_prefix"].as_str().unwrap()));
    assert_eq!(key["actions"], json!(["invoices.read", "invoices.write"]));
    assert_eq!(key["expires_at"], Value::Null);
    let id = key["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("akey_"));

    let (status, fetched) = s.get(&format!("/v1/api_keys/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(fetched.get("secret").is_none(), "a key is shown once");
    let (_, list) = s.get(&format!("/v1/api_keys?organization_id={org}")).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    assert!(!list.to_string().contains(&secret));
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT key_hash FROM api_keys WHERE project_id = $1")
            .bind(&s.project.project_id)
            .fetch_all(s.db.pool())
            .await
            .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 64 && !h.contains("gh_key_"))
    );

    let (status, updated) = s
        .patch(
            &format!("/v1/api_keys/{id}"),
            json!({"name": "billing", "actions": ["invoices.read"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["name"], "billing");
    assert_eq!(updated["roles"], json!(["service"]));
    let event = s
        .audit_event(
            updated["organization_id"].as_str().unwrap(),
            "api_key.updated",
        )
        .await;
    assert_eq!(event["target"], id.as_str());
    let (_, checked) = authenticate(s, &secret).await;
    assert_eq!(
        checked["actions"],
        json!(["invoices.read"]),
        "changes apply to the next check"
    );

    // Pagination and the organization filter.
    let other_org = s.create_org("Globex", "globex").await;
    for i in 0..3 {
        create_key(s, &other_org, json!({"name": format!("k{i}")})).await;
    }
    let (_, page) = s.get("/v1/api_keys?limit=2").await;
    assert_eq!(page["data"].as_array().unwrap().len(), 2);
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, rest) = s
        .get(&format!("/v1/api_keys?limit=2&starting_after={cursor}"))
        .await;
    assert_eq!(rest["data"].as_array().unwrap().len(), 2);
    assert_eq!(rest["next_cursor"], Value::Null);
    let (_, globex) = s
        .get(&format!("/v1/api_keys?organization_id={other_org}"))
        .await;
    assert_eq!(globex["data"].as_array().unwrap().len(), 3);

    let (status, revoked) = s
        .post(&format!("/v1/api_keys/{id}/revoke"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(revoked["revoked_at"].is_string());
    assert_error(
        s.get("/v1/api_keys/akey_01arz3ndektsv4rrffq69g5fav").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.get("/v1/api_keys/org_01arz3ndektsv4rrffq69g5fav").await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
}

async fn api_keys_authenticate_until_revoked_or_expired(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let key = create_key(
        s,
        &org,
        json!({"name": "sync", "roles": ["service"], "actions": ["invoices.read"]}),
    )
    .await;
    let secret = key["secret"].as_str().unwrap();
    let (status, body) = authenticate(s, secret).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({
            "kind": "api_key", "organization_id": org, "user_id": null,
            "api_key_id": key["id"], "roles": ["service"], "actions": ["invoices.read"], "claims": null
        })
    );
    let (_, fetched) = s
        .get(&format!("/v1/api_keys/{}", key["id"].as_str().unwrap()))
        .await;
    assert!(fetched["last_used_at"].is_string());

    s.post(
        &format!("/v1/api_keys/{}/revoke", key["id"].as_str().unwrap()),
        json!({}),
    )
    .await;
    assert_error(
        authenticate(s, secret).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );

    let expiry = time::OffsetDateTime::from_unix_timestamp(s.clock.now() + 3_600)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let expiring = create_key(s, &org, json!({"name": "temp", "expires_at": expiry})).await;
    let expiring_secret = expiring["secret"].as_str().unwrap();
    assert_eq!(authenticate(s, expiring_secret).await.0, StatusCode::OK);
    s.clock.advance(3_600);
    assert_error(
        authenticate(s, expiring_secret).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );

    // Deleting the organization takes its keys with it.
    let survivor = create_key(s, &org, json!({"name": "doomed"})).await;
    s.delete(&format!("/v1/organizations/{org}")).await;
    assert_error(
        authenticate(s, survivor["secret"].as_str().unwrap()).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
}

async fn api_key_input_is_validated(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    for (body, code) in [
        (json!({"organization_id": org, "name": ""}), "invalid_name"),
        (
            json!({"organization_id": org, "name": "k", "roles": ["Admin"]}),
            "invalid_grant_name",
        ),
        (
            json!({"organization_id": org, "name": "k", "actions": ["invoices read"]}),
            "invalid_grant_name",
        ),
        (
            json!({"organization_id": org, "name": "k", "actions": ["x".repeat(65)]}),
            "invalid_grant_name",
        ),
        (
            json!({"organization_id": org, "name": "k", "roles": (0..51).map(|i| format!("r{i}")).collect::<Vec<_>>()}),
            "too_many_values",
        ),
        (
            json!({"organization_id": org, "name": "k", "expires_at": "2001-01-01T00:00:00Z"}),
            "invalid_expires_at",
        ),
        (
            json!({"organization_id": org, "name": "k", "expires_at": "tomorrow"}),
            "invalid_expires_at",
        ),
        (
            json!({"organization_id": org, "name": "k", "scopes": ["all"]}),
            "invalid_body",
        ),
    ] {
        let (status, answer) = s.post("/v1/api_keys", body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body} -> {answer}"
        );
        assert_eq!(answer["code"], code, "{body} -> {answer}");
    }
    assert_error(
        s.post(
            "/v1/api_keys",
            json!({"organization_id": "acme", "name": "k"}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_error(
        s.post(
            "/v1/api_keys",
            json!({"organization_id": "org_01arz3ndektsv4rrffq69g5fav", "name": "k"}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_eq!(
        s.get("/v1/api_keys").await.1["data"],
        json!([]),
        "failed creates left rows behind"
    );
}

async fn mistyped_keys_fail_before_lookup_and_guessing_never_locks_the_real_key(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let key = create_key(s, &org, json!({"name": "sync"})).await;
    let secret = key["secret"].as_str().unwrap().to_owned();

    // Mistyped keys (bad checksum) are refused without counting against the prefix.
    let mut typo = secret.clone().into_bytes();
    let last = typo.len() - 1;
    typo[last] = if typo[last] == b'A' { b'B' } else { b'A' };
    let typo = String::from_utf8(typo).unwrap();
    for _ in 0..25 {
        assert_error(
            authenticate(s, &typo).await,
            StatusCode::UNAUTHORIZED,
            "invalid_api_key",
        );
    }
    assert_eq!(authenticate(s, &secret).await.0, StatusCode::OK);

    // Well-formed guesses under the same prefix (the display prefix anyone may see) are
    // counted, then locked out; the real key is looked up first and never locked.
    let prefix = &secret[..12];
    let guess = |n: usize| {
        let body = format!("{}{:0>width$}", &prefix[7..], n, width = 32 - 5);
        gatehouse_core::format_api_key(&body).unwrap()
    };
    for n in 0..20 {
        assert_error(
            authenticate(s, &guess(n)).await,
            StatusCode::UNAUTHORIZED,
            "invalid_api_key",
        );
    }
    assert_error(
        authenticate(s, &guess(99)).await,
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_attempts",
    );
    let (status, checked) = authenticate(s, &secret).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the real key works through the lock: {checked}"
    );
    assert_eq!(checked["api_key_id"], key["id"]);
    assert_error(
        authenticate(s, &guess(100)).await,
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_attempts",
    );
    s.clock.advance(16 * 60);
    assert_error(
        authenticate(s, &guess(101)).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
    assert_eq!(
        authenticate(s, &secret).await.0,
        StatusCode::OK,
        "the lock lifts"
    );
}

async fn api_keys_are_scoped_to_their_project(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let key = create_key(
        s,
        &org,
        json!({"name": "sync", "actions": ["invoices.read"]}),
    )
    .await;
    let id = key["id"].as_str().unwrap().to_owned();
    let other = s.other_project().await;
    let b = Some(other.secret_key.as_str());

    let (status, body) = s
        .call(
            Method::POST,
            "/v1/authenticate",
            b,
            Some(json!({"credential": key["secret"]})),
        )
        .await;
    assert_error((status, body), StatusCode::UNAUTHORIZED, "invalid_api_key");
    assert_error(
        s.call(Method::GET, &format!("/v1/api_keys/{id}"), b, None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::PATCH,
            &format!("/v1/api_keys/{id}"),
            b,
            Some(json!({"actions": ["everything"]})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::POST,
            &format!("/v1/api_keys/{id}/revoke"),
            b,
            Some(json!({})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::POST,
            "/v1/api_keys",
            b,
            Some(json!({"organization_id": org, "name": "mole"})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, list) = s
        .call(
            Method::GET,
            &format!("/v1/api_keys?organization_id={org}"),
            b,
            None,
        )
        .await;
    assert_eq!(list["data"], json!([]));
    let (status, mine) = authenticate(s, key["secret"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        mine["actions"],
        json!(["invoices.read"]),
        "the failed attempts changed nothing"
    );

    // A key speaks for its own organization only.
    let globex = s.create_org("Globex", "globex").await;
    assert_eq!(mine["organization_id"], org.as_str());
    assert_ne!(mine["organization_id"], globex.as_str());
}

async fn member_token(s: &TestServer, org_slug: &str, email: &str) -> String {
    let (status, tokens) = s
        .password_login(org_slug, email, "correct horse battery")
        .await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    tokens["access_token"].as_str().unwrap().to_owned()
}

async fn organization_admins_manage_their_own_keys(s: &TestServer) {
    for action in ["invoices.read", "invoices.write"] {
        s.post("/v1/actions", json!({"name": action})).await;
    }
    let (_, admin_role) = s.get("/v1/roles").await;
    let admin_id = admin_role["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "admin")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    s.patch(
        &format!("/v1/roles/{admin_id}"),
        json!({"actions": ["invoices.read"]}),
    )
    .await;
    let acme = s.create_org("Acme", "acme").await;
    let globex = s.create_org("Globex", "globex").await;
    for (org, email, roles) in [
        (&acme, "admin@acme.com", json!(["admin"])),
        (&acme, "member@acme.com", json!(["member"])),
        (&globex, "admin@globex.com", json!(["admin"])),
    ] {
        let (status, body) = s
            .post("/v1/users", json!({"organization_id": org, "email": email, "password": "correct horse battery", "email_verified": true, "roles": roles}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let path = format!("/p/{}/v1/organization/api_keys", s.project.project_id);
    let admin = member_token(s, "acme", "admin@acme.com").await;

    let (status, created) = s
        .call(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({"name": "ci", "actions": ["invoices.read"]})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["organization_id"], acme.as_str());
    let secret = created["secret"].as_str().unwrap().to_owned();
    let (_, checked) = authenticate(s, &secret).await;
    assert_eq!(
        (
            checked["organization_id"].as_str(),
            checked["actions"].clone()
        ),
        (Some(acme.as_str()), json!(["invoices.read"]))
    );

    // No escalation: an admin cannot grant what they do not hold.
    assert_error(
        s.call(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({"name": "x", "actions": ["invoices.write"]})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(
            Method::POST,
            &path,
            Some(&admin),
            Some(json!({"name": "x", "roles": ["owner"]})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    // Members without the role or action cannot manage keys at all.
    let member = member_token(s, "acme", "member@acme.com").await;
    assert_error(
        s.call(Method::GET, &path, Some(&member), None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(
            Method::POST,
            &path,
            Some(&member),
            Some(json!({"name": "x"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(Method::GET, &path, None, None).await,
        StatusCode::UNAUTHORIZED,
        "missing_token",
    );

    // Another organization's admin sees and touches nothing of Acme's.
    let globex_admin = member_token(s, "globex", "admin@globex.com").await;
    let (_, theirs) = s.call(Method::GET, &path, Some(&globex_admin), None).await;
    assert_eq!(theirs["data"], json!([]));
    let key_id = created["id"].as_str().unwrap();
    assert_error(
        s.call(
            Method::POST,
            &format!("{path}/{key_id}/revoke"),
            Some(&globex_admin),
            Some(json!({})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_eq!(authenticate(s, &secret).await.0, StatusCode::OK);

    // A token of another project is refused outright.
    let other = s.other_project().await;
    let other_path = format!("/p/{}/v1/organization/api_keys", other.project_id);
    let (status, _) = s.call(Method::GET, &other_path, Some(&admin), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (_, mine) = s.call(Method::GET, &path, Some(&admin), None).await;
    assert_eq!(mine["data"].as_array().unwrap().len(), 1);
    let (status, revoked) = s
        .call(
            Method::POST,
            &format!("{path}/{key_id}/revoke"),
            Some(&admin),
            Some(json!({})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{revoked}");
    assert_error(
        authenticate(s, &secret).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
    let (_, log) = s
        .get(&format!(
            "/v1/audit_log?organization_id={acme}&action=api_key.revoked"
        ))
        .await;
    assert_eq!(log["data"][0]["actor"], checked_admin_id(s, &acme).await);
}

async fn checked_admin_id(s: &TestServer, org: &str) -> Value {
    let (_, users) = s
        .get(&format!(
            "/v1/users?organization_id={org}&email=admin@acme.com"
        ))
        .await;
    users["data"][0]["id"].clone()
}

/// Creates a verified user with the test password and `roles`; returns its id.
async fn user_with_roles(s: &TestServer, org: &str, email: &str, roles: Value) -> String {
    let (status, body) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": email, "email_verified": true,
                   "password": "correct horse battery", "roles": roles}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

/// Gives the built-in admin role the `invoices.read` action; returns the role's id.
async fn admins_read_invoices(s: &TestServer) -> String {
    s.post("/v1/actions", json!({"name": "invoices.read"}))
        .await;
    let (_, roles) = s.get("/v1/roles").await;
    let admin = roles["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "admin")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, body) = s
        .patch(
            &format!("/v1/roles/{admin}"),
            json!({"actions": ["invoices.read"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    admin
}

async fn a_demoted_admin_loses_self_serve_rights_and_keys_at_once(s: &TestServer) {
    let admin_role = admins_read_invoices(s).await;
    let acme = s.create_org("Acme", "acme").await;
    let admin = user_with_roles(s, &acme, "admin@acme.com", json!(["admin"])).await;
    let token = member_token(s, "acme", "admin@acme.com").await;
    let keys = format!("/p/{}/v1/organization/api_keys", s.project.project_id);
    let invitations = format!("/p/{}/v1/organization/invitations", s.project.project_id);

    // Honest path: the admin manages keys and invites.
    let (status, created) = s
        .call(
            Method::POST,
            &keys,
            Some(&token),
            Some(json!({"name": "ci", "actions": ["invoices.read"]})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert_eq!(authenticate(s, &secret).await.0, StatusCode::OK);
    let (status, invited) = s
        .call(
            Method::POST,
            &invitations,
            Some(&token),
            Some(json!({"email": "new@acme.com"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{invited}");
    let backend_key = create_key(
        s,
        &acme,
        json!({"name": "backend", "actions": ["invoices.read"]}),
    )
    .await;
    let backend_secret = backend_key["secret"].as_str().unwrap().to_owned();

    // Demoted: the same, still unexpired token is refused at once, for writes and reads.
    let (status, body) = s
        .patch(&format!("/v1/users/{admin}"), json!({"roles": ["member"]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_error(
        s.call(
            Method::POST,
            &keys,
            Some(&token),
            Some(json!({"name": "after demotion"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(
            Method::POST,
            &format!("{keys}/{}/revoke", backend_key["id"].as_str().unwrap()),
            Some(&token),
            Some(json!({})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(Method::GET, &keys, Some(&token), None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        s.call(
            Method::POST,
            &invitations,
            Some(&token),
            Some(json!({"email": "other@acme.com"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    // The key made with the lost right stops working; the organization's own key does not.
    assert_error(
        authenticate(s, &secret).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
    assert_eq!(authenticate(s, &backend_secret).await.0, StatusCode::OK);

    // Losing only the action (the role's actions change) is enough to stop the key.
    let (status, _) = s
        .patch(&format!("/v1/users/{admin}"), json!({"roles": ["admin"]}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        authenticate(s, &secret).await.0,
        StatusCode::OK,
        "the creator holds the key's rights again"
    );
    let (status, body) = s
        .patch(&format!("/v1/roles/{admin_role}"), json!({"actions": []}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_error(
        authenticate(s, &secret).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
    let (_, listed) = s
        .get(&format!("/v1/api_keys/{}", created["id"].as_str().unwrap()))
        .await;
    assert_eq!(listed["created_by_user_id"], admin.as_str());
    assert_eq!(listed["revoked_at"], Value::Null, "stopped, not revoked");
}

async fn self_serve_keys_are_revoked_with_their_creator(s: &TestServer) {
    let acme = s.create_org("Acme", "acme").await;
    let leaver = user_with_roles(s, &acme, "leaver@acme.com", json!(["admin"])).await;
    let token = member_token(s, "acme", "leaver@acme.com").await;
    let keys = format!("/p/{}/v1/organization/api_keys", s.project.project_id);
    let create = |name: &'static str| {
        let token = token.clone();
        let keys = keys.clone();
        async move {
            let (status, created) = s
                .call(
                    Method::POST,
                    &keys,
                    Some(&token),
                    Some(json!({"name": name, "roles": ["admin"]})),
                )
                .await;
            assert_eq!(status, StatusCode::CREATED, "{created}");
            created
        }
    };
    let personal = create("personal").await;
    let adopted = create("adopted").await;
    for key in [&personal, &adopted] {
        assert_eq!(
            authenticate(s, key["secret"].as_str().unwrap()).await.0,
            StatusCode::OK
        );
    }
    // The backend takes a key over by setting its grants: it then belongs to the organization.
    let (status, taken) = s
        .patch(
            &format!("/v1/api_keys/{}", adopted["id"].as_str().unwrap()),
            json!({"roles": ["admin"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{taken}");
    assert_eq!(taken["created_by_user_id"], Value::Null);

    let (status, _) = s.delete(&format!("/v1/users/{leaver}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_error(
        authenticate(s, personal["secret"].as_str().unwrap()).await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );
    let (_, listed) = s
        .get(&format!(
            "/v1/api_keys/{}",
            personal["id"].as_str().unwrap()
        ))
        .await;
    assert!(listed["revoked_at"].is_string(), "{listed}");
    assert_eq!(listed["created_by_user_id"], leaver.as_str());
    let event = s.audit_event(&acme, "api_key.revoked").await;
    assert_eq!(event["target"], personal["id"]);
    assert_eq!(
        authenticate(s, adopted["secret"].as_str().unwrap()).await.0,
        StatusCode::OK,
        "the organization's key survives"
    );
    // The deleted user's token is refused for writes.
    assert_error(
        s.call(
            Method::POST,
            &keys,
            Some(&token),
            Some(json!({"name": "ghost"})),
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "session_revoked",
    );
}
