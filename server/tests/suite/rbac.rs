//! Roles and actions over HTTP, on SQLite and PostgreSQL: the catalogue, built-in and custom
//! roles, assignment, expansion into access tokens at the next refresh, and isolation.

use crate::common::scenario::PASSWORD;
use crate::common::{TestServer, assert_error};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    catalogue_and_roles,
    roles_reach_tokens_at_the_next_refresh,
    custom_roles_belong_to_their_organization,
    rbac_is_scoped_to_its_project,
);

async fn action(s: &TestServer, name: &str) {
    let (status, body) = s
        .post(
            "/v1/actions",
            json!({"name": name, "description": format!("{name} things")}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

fn claims(token: &str) -> Value {
    let part = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

async fn catalogue_and_roles(s: &TestServer) {
    let (_, roles) = s.get("/v1/roles").await;
    let keys: Vec<&str> = roles["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["admin", "member", "owner"]);
    assert!(
        roles["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["built_in"] == true)
    );

    action(s, "invoices.read").await;
    action(s, "invoices.write").await;
    assert_error(
        s.post("/v1/actions", json!({"name": "invoices.read"}))
            .await,
        StatusCode::CONFLICT,
        "action_exists",
    );
    for bad in ["Invoices", "", "has space", "-x"] {
        assert_error(
            s.post("/v1/actions", json!({"name": bad})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_grant_name",
        );
    }
    let (_, list) = s.get("/v1/actions").await;
    assert_eq!(list["data"].as_array().unwrap().len(), 2);

    let (status, role) = s
        .post("/v1/roles", json!({"key": "billing", "name": "Billing", "actions": ["invoices.read", "invoices.write"]}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{role}");
    assert_eq!(role["organization_id"], Value::Null);
    let role_id = role["id"].as_str().unwrap().to_owned();
    assert_error(
        s.post("/v1/roles", json!({"key": "billing", "name": "Again"}))
            .await,
        StatusCode::CONFLICT,
        "role_key_taken",
    );
    assert_error(
        s.post(
            "/v1/roles",
            json!({"key": "auditor", "name": "Auditor", "actions": ["payroll.read"]}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_action",
    );
    assert_error(
        s.delete("/v1/actions/invoices.write").await,
        StatusCode::CONFLICT,
        "action_in_use",
    );
    let (status, updated) = s
        .patch(
            &format!("/v1/roles/{role_id}"),
            json!({"actions": ["invoices.read"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(
        s.delete("/v1/actions/invoices.write").await.0,
        StatusCode::NO_CONTENT
    );
    assert_error(
        s.delete("/v1/actions/invoices.write").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );

    let member = roles["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "member")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        s.delete(&format!("/v1/roles/{member}")).await,
        StatusCode::CONFLICT,
        "built_in_role",
    );
    let (status, member_role) = s
        .patch(
            &format!("/v1/roles/{member}"),
            json!({"actions": ["invoices.read"]}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "built-in roles' actions are editable: {member_role}"
    );
    assert_eq!(
        s.delete(&format!("/v1/roles/{role_id}")).await.0,
        StatusCode::NO_CONTENT
    );
    assert_error(
        s.get(&format!("/v1/roles/{role_id}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn roles_reach_tokens_at_the_next_refresh(s: &TestServer) {
    action(s, "invoices.read").await;
    action(s, "invoices.write").await;
    action(s, "members.manage").await;
    s.post("/v1/roles", json!({"key": "billing", "name": "Billing", "actions": ["invoices.read", "invoices.write"]})).await;
    let org = s.create_org("Acme", "acme").await;
    let user = s.person(&org, "ada@acme.com").create().await;
    assert_eq!(user["roles"], json!(["member"]));
    let user_id = user["id"].as_str().unwrap().to_owned();

    let tokens = s.signed_in("acme", "ada@acme.com", PASSWORD).await;
    let first = claims(tokens["access_token"].as_str().unwrap());
    assert_eq!(
        (first["roles"].clone(), first["actions"].clone()),
        (json!(["member"]), json!([]))
    );

    let (status, updated) = s
        .patch(
            &format!("/v1/users/{user_id}"),
            json!({"roles": ["billing", "member"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["roles"], json!(["billing", "member"]));
    let refreshed = s.refresh(tokens["refresh_token"].as_str().unwrap()).await.1;
    let second = claims(refreshed["access_token"].as_str().unwrap());
    assert_eq!(second["roles"], json!(["billing", "member"]));
    assert_eq!(
        second["actions"],
        json!(["invoices.read", "invoices.write"])
    );

    // The shared core reads them the way every SDK will.
    let (_, checked) = s
        .post(
            "/v1/authenticate",
            json!({"credential": refreshed["access_token"]}),
        )
        .await;
    assert_eq!(
        checked["actions"],
        json!(["invoices.read", "invoices.write"])
    );

    // Owners get every action of the catalogue.
    s.patch(&format!("/v1/users/{user_id}"), json!({"roles": ["owner"]}))
        .await;
    let third = claims(
        s.refresh(refreshed["refresh_token"].as_str().unwrap())
            .await
            .1["access_token"]
            .as_str()
            .unwrap(),
    );
    assert_eq!(
        third["actions"],
        json!(["invoices.read", "invoices.write", "members.manage"])
    );

    assert_error(
        s.patch(
            &format!("/v1/users/{user_id}"),
            json!({"roles": ["emperor"]}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_role",
    );
    assert_eq!(
        s.get(&format!("/v1/users/{user_id}")).await.1["roles"],
        json!(["owner"]),
        "a refused update changes nothing"
    );
    let (_, listed) = s.get(&format!("/v1/users?organization_id={org}")).await;
    assert_eq!(listed["data"][0]["roles"], json!(["owner"]));
}

async fn custom_roles_belong_to_their_organization(s: &TestServer) {
    action(s, "reports.read").await;
    let acme = s.create_org("Acme", "acme").await;
    let globex = s.create_org("Globex", "globex").await;
    let (status, custom) = s
        .post("/v1/roles", json!({"key": "analyst", "name": "Analyst", "actions": ["reports.read"], "organization_id": acme}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{custom}");
    assert_eq!(custom["organization_id"], acme.as_str());
    // The same key may exist in another organization, but not project-wide.
    let (status, _) = s
        .post(
            "/v1/roles",
            json!({"key": "analyst", "name": "Analyst", "organization_id": globex}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_error(
        s.post("/v1/roles", json!({"key": "analyst", "name": "Analyst"}))
            .await,
        StatusCode::CONFLICT,
        "role_key_taken",
    );
    assert_error(
        s.post(
            "/v1/roles",
            json!({"key": "admin", "name": "Shadow admin", "organization_id": acme}),
        )
        .await,
        StatusCode::CONFLICT,
        "role_key_taken",
    );

    let (_, acme_roles) = s.get(&format!("/v1/roles?organization_id={acme}")).await;
    let visible: Vec<&str> = acme_roles["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(visible.len(), 4, "{visible:?}");

    let ada = s
        .person(&acme, "ada@acme.com")
        .roles(json!(["analyst"]))
        .create()
        .await;
    let tokens = s.signed_in("acme", "ada@acme.com", PASSWORD).await;
    assert_eq!(
        claims(tokens["access_token"].as_str().unwrap())["actions"],
        json!(["reports.read"])
    );

    // Deleting the custom role withdraws it.
    s.delete(&format!("/v1/roles/{}", custom["id"].as_str().unwrap()))
        .await;
    assert_eq!(
        s.get(&format!("/v1/users/{}", ada["id"].as_str().unwrap()))
            .await
            .1["roles"],
        json!([])
    );
    let refreshed = s.refresh(tokens["refresh_token"].as_str().unwrap()).await.1;
    assert_eq!(
        claims(refreshed["access_token"].as_str().unwrap())["actions"],
        json!([])
    );
    // Globex's "analyst" is untouched and cannot be given to Acme's users.
    let (_, globex_roles) = s.get(&format!("/v1/roles?organization_id={globex}")).await;
    assert!(
        globex_roles["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["key"] == "analyst")
    );
    assert_error(
        s.patch(
            &format!("/v1/users/{}", ada["id"].as_str().unwrap()),
            json!({"roles": ["analyst"]}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_role",
    );
}

async fn rbac_is_scoped_to_its_project(s: &TestServer) {
    action(s, "secrets.read").await;
    let (_, role) = s
        .post(
            "/v1/roles",
            json!({"key": "vault", "name": "Vault", "actions": ["secrets.read"]}),
        )
        .await;
    let id = role["id"].as_str().unwrap().to_owned();
    let other = s.other_project().await;
    let b = Some(other.secret_key.as_str());
    assert_error(
        s.call(Method::GET, &format!("/v1/roles/{id}"), b, None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::PATCH,
            &format!("/v1/roles/{id}"),
            b,
            Some(json!({"actions": []})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(Method::DELETE, &format!("/v1/roles/{id}"), b, None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(Method::DELETE, "/v1/actions/secrets.read", b, None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, b_roles) = s.call(Method::GET, "/v1/roles", b, None).await;
    assert!(!b_roles.to_string().contains("vault"));
    let (_, b_actions) = s.call(Method::GET, "/v1/actions", b, None).await;
    assert_eq!(b_actions["data"], json!([]));
    // Project B cannot grant itself project A's role or action.
    assert_error(
        s.call(
            Method::POST,
            "/v1/roles",
            b,
            Some(json!({"key": "vault2", "name": "V", "actions": ["secrets.read"]})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_action",
    );
    assert_eq!(
        s.get(&format!("/v1/roles/{id}")).await.1["actions"],
        json!(["secrets.read"])
    );
}
