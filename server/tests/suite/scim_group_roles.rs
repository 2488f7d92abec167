//! Roles given by SCIM groups, over HTTP, on SQLite and PostgreSQL: the mapping API, roles
//! applied when a member is added and withdrawn when they leave, kept while another group or
//! a hand grant still gives them, re-derived when the mapping changes, a user is deactivated
//! or reactivated, or a group is replaced, emptied or deleted; the roles reach access tokens;
//! and every attempt across organizations and projects is refused.

use crate::common::{TestServer, assert_error};
use crate::scim::Directory;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    group_roles_follow_membership,
    group_roles_follow_the_mapping_and_reach_tokens,
    group_roles_refuse_other_tenants,
);

const PASSWORD: &str = "correct horse battery";

async fn set_roles(s: &TestServer, org: &str, group: &str, roles: Value) -> (StatusCode, Value) {
    s.call(
        Method::PUT,
        &format!("/v1/organizations/{org}/scim_group_roles/{group}"),
        Some(s.key()),
        Some(json!({ "roles": roles })),
    )
    .await
}

/// (hand-granted roles, roles through groups) of a user, from the users API.
async fn roles_of(s: &TestServer, user: &str) -> (Vec<String>, Vec<String>) {
    let (status, body) = s.get(&format!("/v1/users/{user}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let keys = |name: &str| -> Vec<String> {
        body[name]
            .as_array()
            .unwrap_or_else(|| panic!("no {name} in {body}"))
            .iter()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect()
    };
    (keys("roles"), keys("group_roles"))
}

async fn group_roles_of(s: &TestServer, user: &str) -> Vec<String> {
    roles_of(s, user).await.1
}

async fn create_group(dir: &Directory<'_>, name: &str, members: &[&str]) -> String {
    let members: Vec<Value> = members.iter().map(|m| json!({"value": m})).collect();
    let created = dir
        .post("/Groups", json!({"displayName": name, "members": members}))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    created.body["id"].as_str().unwrap().to_owned()
}

async fn custom_role(s: &TestServer, org: &str, key: &str) -> String {
    let (status, role) = s
        .post(
            "/v1/roles",
            json!({"key": key, "name": key, "organization_id": org}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{role}");
    role["id"].as_str().unwrap().to_owned()
}

fn strings(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| (*k).to_owned()).collect()
}

async fn group_roles_follow_membership(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    custom_role(s, &dir.org, "engineer").await;
    let ann = dir.create_user("ann@acme.test", json!({})).await;
    let bob = dir.create_user("bob@acme.test", json!({})).await;
    let cat = dir.create_user("cat@acme.test", json!({})).await;
    let engineering = create_group(&dir, "Engineering", &[&ann, &bob]).await;
    let leads = create_group(&dir, "Leads", &[&ann]).await;
    // A group nobody mapped gives nothing.
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());

    let (status, mapped) = set_roles(s, &dir.org, &engineering, json!(["engineer"])).await;
    assert_eq!(status, StatusCode::OK, "{mapped}");
    assert_eq!(
        mapped,
        json!({"group_id": engineering, "display_name": "Engineering", "roles": ["engineer"]})
    );
    let (status, _) = set_roles(s, &dir.org, &leads, json!(["engineer", "admin"])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        group_roles_of(s, &ann).await,
        strings(&["admin", "engineer"])
    );
    assert_eq!(group_roles_of(s, &bob).await, strings(&["engineer"]));
    assert_eq!(group_roles_of(s, &cat).await, Vec::<String>::new());
    // Bob also holds admin by hand.
    let (status, body) = s
        .patch(&format!("/v1/users/{bob}"), json!({"roles": ["admin"]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Applied on add (Okta adds without `type`).
    let added = dir
        .patch(
            &format!("/Groups/{engineering}"),
            json!([{"op": "add", "path": "members", "value": [{"value": cat}]}]),
        )
        .await;
    assert_eq!(added.status, StatusCode::NO_CONTENT, "{}", added.body);
    assert_eq!(group_roles_of(s, &cat).await, strings(&["engineer"]));
    let event = s.audit_event(&dir.org, "group.updated").await;
    assert_eq!(event["details"]["roles_granted"], 1, "{event}");

    // Ann leaves Engineering: Leads still gives her engineer.
    let removed = dir
        .patch(
            &format!("/Groups/{engineering}"),
            json!([{"op": "Remove", "path": format!("members[value eq \"{ann}\"]")}]),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);
    assert_eq!(
        group_roles_of(s, &ann).await,
        strings(&["admin", "engineer"])
    );
    assert_eq!(group_roles_of(s, &bob).await, strings(&["engineer"]));

    // Bob leaves: the group's role goes, his hand-granted admin stays.
    let removed = dir
        .patch(
            &format!("/Groups/{engineering}"),
            json!([{"op": "remove", "path": "members", "value": [{"value": bob}]}]),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);
    assert_eq!(roles_of(s, &bob).await, (strings(&["admin"]), Vec::new()));
    let event = s.audit_event(&dir.org, "group.updated").await;
    assert_eq!(event["details"]["roles_withdrawn"], 1, "{event}");

    // Deactivation withdraws every group role; reactivation gives them back.
    let off = dir
        .patch(
            &format!("/Users/{ann}"),
            json!([{"op": "Replace", "path": "active", "value": "False"}]),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());
    let event = s.audit_event(&dir.org, "user.deactivated").await;
    assert_eq!(event["details"]["roles_withdrawn"], 2, "{event}");
    let on = dir
        .patch(
            &format!("/Users/{ann}"),
            json!([{"op": "replace", "value": {"active": true}}]),
        )
        .await;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    assert_eq!(
        group_roles_of(s, &ann).await,
        strings(&["admin", "engineer"])
    );

    // Okta empties a group with `replace members []`.
    let emptied = dir
        .patch(
            &format!("/Groups/{engineering}"),
            json!([{"op": "replace", "path": "members", "value": []}]),
        )
        .await;
    assert_eq!(emptied.status, StatusCode::NO_CONTENT, "{}", emptied.body);
    assert_eq!(group_roles_of(s, &cat).await, Vec::<String>::new());

    // PUT replaces the members: Ann out, Cat in.
    let replaced = dir
        .send(
            Method::PUT,
            &format!("/Groups/{leads}"),
            Some(json!({"displayName": "Leads", "members": [{"value": cat}]})),
            None,
        )
        .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.body);
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());
    assert_eq!(
        group_roles_of(s, &cat).await,
        strings(&["admin", "engineer"])
    );

    // Deleting the group withdraws what it gave and forgets its mapping.
    let deleted = dir
        .send(Method::DELETE, &format!("/Groups/{leads}"), None, None)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(group_roles_of(s, &cat).await, Vec::<String>::new());
    assert_error(
        s.get(&format!(
            "/v1/organizations/{}/scim_group_roles/{leads}",
            dir.org
        ))
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );

    // Deleting a member user removes their grants with them; the others stay.
    let again = create_group(&dir, "Again", &[&ann, &bob]).await;
    set_roles(s, &dir.org, &again, json!(["engineer"])).await;
    let gone = dir
        .send(Method::DELETE, &format!("/Users/{ann}"), None, None)
        .await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    assert_eq!(group_roles_of(s, &bob).await, strings(&["engineer"]));
}

async fn group_roles_follow_the_mapping_and_reach_tokens(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let engineer = custom_role(s, &org, "engineer").await;
    let (status, user) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": "ada@acme.test", "password": PASSWORD,
                   "email_verified": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{user}");
    let ada = user["id"].as_str().unwrap().to_owned();
    let dir = Directory::for_org(s, org.clone()).await;
    assert_eq!(dir.create_user("ada@acme.test", json!({})).await, ada);
    let group = create_group(&dir, "Engineering", &[&ada]).await;

    let token_roles = || async {
        let (status, tokens) = s.password_login("acme", "ada@acme.test", PASSWORD).await;
        assert_eq!(status, StatusCode::OK, "{tokens}");
        let token = tokens["access_token"].as_str().unwrap();
        let part = token.split('.').nth(1).unwrap();
        let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap();
        claims["roles"].clone()
    };
    assert_eq!(token_roles().await, json!(["member"]));

    set_roles(s, &org, &group, json!(["engineer", "admin", "engineer"])).await;
    assert_eq!(
        roles_of(s, &ada).await,
        (strings(&["member"]), strings(&["admin", "engineer"]))
    );
    assert_eq!(token_roles().await, json!(["admin", "engineer", "member"]));
    let event = s.audit_event(&org, "group.roles_updated").await;
    assert_eq!(event["target"], group.as_str(), "{event}");
    assert_eq!(
        event["details"]["roles"],
        json!(["admin", "engineer"]),
        "{event}"
    );
    assert_eq!(event["details"]["roles_granted"], 2, "{event}");

    // Changing the mapping re-derives; a group role that is also a hand role stays held.
    set_roles(s, &org, &group, json!(["member"])).await;
    assert_eq!(
        roles_of(s, &ada).await,
        (strings(&["member"]), strings(&["member"]))
    );
    assert_eq!(token_roles().await, json!(["member"]));
    set_roles(s, &org, &group, json!(["engineer"])).await;

    // The list shows every group of the organization, mapped or not, paged by id.
    create_group(&dir, "Unmapped", &[]).await;
    let (status, list) = s
        .get(&format!("/v1/organizations/{org}/scim_group_roles?limit=1"))
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(
        list["data"],
        json!([{"group_id": group, "display_name": "Engineering", "roles": ["engineer"]}])
    );
    let cursor = list["next_cursor"].as_str().unwrap();
    let (_, rest) = s
        .get(&format!(
            "/v1/organizations/{org}/scim_group_roles?starting_after={cursor}"
        ))
        .await;
    assert_eq!(rest["data"][0]["display_name"], "Unmapped");
    assert_eq!(rest["data"][0]["roles"], json!([]));
    assert_eq!(rest["next_cursor"], Value::Null);

    // Deleting the role takes it out of the mapping and from the members.
    let (status, _) = s.delete(&format!("/v1/roles/{engineer}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(group_roles_of(s, &ada).await, Vec::<String>::new());
    let (_, mapping) = s
        .get(&format!("/v1/organizations/{org}/scim_group_roles/{group}"))
        .await;
    assert_eq!(mapping["roles"], json!([]));
    // A role created again under the same key is not silently re-granted.
    custom_role(s, &org, "engineer").await;
    assert_eq!(group_roles_of(s, &ada).await, Vec::<String>::new());
}

async fn group_roles_refuse_other_tenants(s: &TestServer) {
    let a = Directory::new(s, "org-a").await;
    let b = Directory::new(s, "org-b").await;
    custom_role(s, &b.org, "b-only").await;
    let ann = a.create_user("ann@a.test", json!({})).await;
    let group_a = create_group(&a, "A", &[&ann]).await;
    let group_b = create_group(&b, "B", &[]).await;

    // Another organization's group, named under this organization.
    assert_error(
        set_roles(s, &a.org, &group_b, json!(["admin"])).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.get(&format!(
            "/v1/organizations/{}/scim_group_roles/{group_b}",
            a.org
        ))
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    // Another organization's custom role, and a role that does not exist.
    for role in ["b-only", "ghost"] {
        assert_error(
            set_roles(s, &a.org, &group_a, json!([role])).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_role",
        );
    }
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());
    // Malformed input.
    assert_error(
        set_roles(s, &a.org, "group_nope", json!(["admin"])).await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_error(
        set_roles(s, &a.org, &group_a, json!(["Not A Key"])).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_grant_name",
    );
    let (status, _) = s
        .call(
            Method::PUT,
            &format!("/v1/organizations/{}/scim_group_roles/{group_a}", a.org),
            Some(s.key()),
            Some(json!({"roles": ["admin"], "group": "B"})),
        )
        .await;
    assert!(status.is_client_error(), "{status}");
    // The lists stay in their organization.
    let (_, list) = s
        .get(&format!("/v1/organizations/{}/scim_group_roles", a.org))
        .await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list["data"][0]["group_id"], group_a.as_str());

    // Another project's key sees no organization of this one.
    let other = s.other_project().await;
    for (method, body) in [
        (Method::GET, None),
        (Method::PUT, Some(json!({"roles": ["admin"]}))),
    ] {
        assert_error(
            s.call(
                method,
                &format!("/v1/organizations/{}/scim_group_roles/{group_a}", a.org),
                Some(&other.secret_key),
                body,
            )
            .await,
            StatusCode::NOT_FOUND,
            "not_found",
        );
    }
    assert_error(
        s.call(
            Method::GET,
            &format!("/v1/organizations/{}/scim_group_roles", a.org),
            Some(&other.secret_key),
            None,
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.call(
            Method::GET,
            &format!("/v1/organizations/{}/scim_group_roles", a.org),
            None,
            None,
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "missing_secret_key",
    );
    // A mapping B makes never reaches A's users.
    let (status, _) = set_roles(s, &b.org, &group_b, json!(["b-only"])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());
    // B's directory cannot put A's user into B's group.
    let stolen = b
        .patch(
            &format!("/Groups/{group_b}"),
            json!([{"op": "add", "path": "members", "value": [{"value": ann}]}]),
        )
        .await;
    assert_eq!(stolen.status, StatusCode::BAD_REQUEST, "{}", stolen.body);
    assert_eq!(group_roles_of(s, &ann).await, Vec::<String>::new());
}
