//! SCIM 2.0 provisioning over HTTP, on SQLite and PostgreSQL: tokens (shown once, hashed,
//! audited, refused at once when revoked), discovery, the Users and Groups life cycles,
//! filters with every operator and the bad-filter corpus, paging while rows are inserted,
//! ETags, PATCH dialects of Entra ID and Okta as fixtures, deactivation ending sessions, and
//! isolation between organizations and projects.

use crate::common::TestServer;
use reqwest::header::{CONTENT_TYPE, ETAG, IF_MATCH};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    tokens_are_shown_once_hashed_audited_and_revocable,
    discovery_describes_the_server,
    user_life_cycle_with_etags,
    filters_cover_every_operator_and_refuse_bad_ones,
    paging_stays_consistent_while_users_are_added,
    entra_id_provisioning_cycle,
    okta_provisioning_cycle,
    deactivation_ends_sessions_and_blocks_sign_in,
    organizations_never_see_each_other,
    bodies_and_errors_follow_scim,
);

pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/// A directory talking to the server with one organization's SCIM token.
pub struct Directory<'a> {
    s: &'a TestServer,
    pub token: String,
    pub token_id: String,
    pub org: String,
}

pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
    pub etag: Option<String>,
    pub content_type: Option<String>,
}

impl<'a> Directory<'a> {
    pub async fn new(s: &'a TestServer, slug: &str) -> Self {
        let org = s.create_org(slug, slug).await;
        Self::for_org(s, org).await
    }

    pub async fn for_org(s: &'a TestServer, org: String) -> Self {
        let (status, created) = s
            .post(
                &format!("/v1/organizations/{org}/scim_tokens"),
                json!({"name": "directory"}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        Self {
            s,
            token: created["secret"].as_str().unwrap().to_owned(),
            token_id: created["id"].as_str().unwrap().to_owned(),
            org,
        }
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        if_match: Option<&str>,
    ) -> Answer {
        let mut request = self
            .s
            .client()
            .request(method, format!("{}/scim/v2{path}", self.s.url))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/scim+json")
                .body(body.to_string());
        }
        if let Some(tag) = if_match {
            request = request.header(IF_MATCH, tag);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned())
        };
        let etag = header(ETAG);
        let content_type = header(CONTENT_TYPE);
        let text = response.text().await.unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("non-JSON body: {text}"))
        };
        Answer {
            status,
            body,
            etag,
            content_type,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(Method::GET, path, None, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Answer {
        self.send(Method::POST, path, Some(body), None).await
    }

    pub async fn patch(&self, path: &str, operations: Value) -> Answer {
        self.send(
            Method::PATCH,
            path,
            Some(json!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": operations,
            })),
            None,
        )
        .await
    }

    /// Creates a user and returns its id.
    pub async fn create_user(&self, user_name: &str, extra: Value) -> String {
        let mut body = json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": user_name,
            "emails": [{"value": user_name, "type": "work", "primary": true}],
        });
        if let Value::Object(extra) = extra {
            body.as_object_mut().unwrap().extend(extra);
        }
        let created = self.post("/Users", body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        created.body["id"].as_str().unwrap().to_owned()
    }

    /// Creates a user with nothing but a userName and returns its id.
    pub async fn create_user_bare(&self, user_name: &str) -> String {
        let created = self.post("/Users", json!({"userName": user_name})).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        created.body["id"].as_str().unwrap().to_owned()
    }

    /// The ids a filter over Users finds.
    pub async fn find(&self, resource: &str, filter: &str) -> Vec<String> {
        let answer = self
            .get(&format!(
                "/{resource}?filter={}&count=200",
                urlencode(filter)
            ))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{filter}: {}", answer.body);
        let mut ids: Vec<String> = answer.body["Resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    }

    pub async fn members(&self, group: &str) -> Vec<String> {
        let answer = self.get(&format!("/Groups/{group}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let mut ids: Vec<String> = answer.body["members"]
            .as_array()
            .map(|m| {
                m.iter()
                    .map(|m| m["value"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        ids.sort();
        ids
    }
}

pub fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

async fn tokens_are_shown_once_hashed_audited_and_revocable(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    assert!(dir.token.starts_with("gh_scim_"));
    let (status, list) = s
        .get(&format!("/v1/organizations/{}/scim_tokens", dir.org))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    assert!(!list.to_string().contains(&dir.token), "shown once");
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT token_hash FROM scim_tokens WHERE organization_id = $1")
            .bind(&dir.org)
            .fetch_all(s.db.pool())
            .await
            .unwrap();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].len() == 64 && !stored[0].contains("gh_scim_"));
    s.audit_event(&dir.org, "scim_token.created").await;

    let user = dir.create_user("ann@acme.test", json!({})).await;
    let created = s.audit_event(&dir.org, "user.created").await;
    assert_eq!(created["actor"], json!(dir.token_id));
    assert_eq!(created["target"], json!(user));

    let (status, _) = s
        .post(
            &format!(
                "/v1/organizations/{}/scim_tokens/{}/revoke",
                dir.org, dir.token_id
            ),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    s.audit_event(&dir.org, "scim_token.revoked").await;
    let refused = dir.get("/Users").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        refused.body["schemas"],
        json!(["urn:ietf:params:scim:api:messages:2.0:Error"])
    );
    for bad in ["", "gh_scim_short", "sk_test_xxx"] {
        let answer = s
            .client()
            .get(format!("{}/scim/v2/Users", s.url))
            .bearer_auth(bad)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    }
    // Another project's secret key cannot manage this organization's tokens.
    let other = s.other_project().await;
    let (status, _) = s
        .call(
            Method::GET,
            &format!("/v1/organizations/{}/scim_tokens", dir.org),
            Some(&other.secret_key),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn discovery_describes_the_server(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    let config = dir.get("/ServiceProviderConfig").await;
    assert_eq!(config.status, StatusCode::OK);
    assert_eq!(
        config.content_type.as_deref(),
        Some("application/scim+json")
    );
    assert_eq!(config.body["patch"]["supported"], json!(true));
    assert_eq!(config.body["filter"]["maxResults"], json!(200));
    assert_eq!(config.body["bulk"]["maxPayloadSize"], json!(1024 * 1024));
    let types = dir.get("/ResourceTypes").await;
    assert_eq!(types.body["totalResults"], json!(2));
    let schemas = dir.get("/Schemas").await;
    let ids: Vec<&str> = schemas.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&ENTERPRISE));
    let user_schema = dir
        .get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")
        .await;
    assert_eq!(user_schema.status, StatusCode::OK);
    assert_eq!(
        dir.get("/Schemas/urn:nope").await.status,
        StatusCode::NOT_FOUND
    );
    let missing = dir.get("/Nothing").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.body["status"], json!("404"));
}

async fn user_life_cycle_with_etags(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    let created = dir
        .post(
            "/Users",
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
                "userName": "BJensen@Acme.test",
                "externalId": "ext-1",
                "active": true,
                "name": {"givenName": "Barbara", "familyName": "Jensen"},
                "emails": [{"value": "bjensen@acme.test", "type": "work", "primary": true}],
                ENTERPRISE: {"employeeNumber": "42", "manager": {"value": "user_x"}},
            }),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    assert_eq!(created.body["active"], json!(true));
    assert_eq!(created.body["externalId"], json!("ext-1"));
    assert_eq!(created.body[ENTERPRISE]["employeeNumber"], json!("42"));
    let tag = created.etag.clone().unwrap();
    assert_eq!(created.body["meta"]["version"], json!(tag));

    // The Gatehouse user behind it.
    let (status, user) = s.get(&format!("/v1/users/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["email"], json!("bjensen@acme.test"));
    assert_eq!(user["organization_id"], json!(dir.org));

    let duplicate = dir
        .post(
            "/Users",
            json!({"userName": "bjensen@acme.TEST", "emails": [{"value": "other@acme.test"}]}),
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    assert_eq!(duplicate.body["scimType"], json!("uniqueness"));

    let only = dir
        .get(&format!("/Users/{id}?attributes=userName,name.givenName"))
        .await;
    assert_eq!(only.body["name"], json!({"givenName": "Barbara"}));
    assert!(only.body.get("emails").is_none());
    let without = dir
        .get(&format!(
            "/Users/{id}?excludedAttributes=emails,{ENTERPRISE}"
        ))
        .await;
    assert!(without.body.get("emails").is_none() && without.body.get(ENTERPRISE).is_none());
    assert_eq!(without.body["userName"], json!("BJensen@Acme.test"));

    let replaced = dir
        .send(
            Method::PUT,
            &format!("/Users/{id}"),
            Some(
                json!({"userName": "bjensen@acme.test", "displayName": "Babs",
                        "emails": [{"value": "babs@acme.test", "primary": true}]}),
            ),
            Some(&tag),
        )
        .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.body);
    assert!(
        replaced.body.get("name").is_none(),
        "PUT replaces everything"
    );
    assert_ne!(replaced.etag, created.etag);
    let stale = dir
        .send(
            Method::PUT,
            &format!("/Users/{id}"),
            Some(json!({"userName": "x@acme.test"})),
            Some(&tag),
        )
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let (_, user) = s.get(&format!("/v1/users/{id}")).await;
    assert_eq!(user["email"], json!("babs@acme.test"));

    let searched = dir
        .post(
            "/Users/.search",
            json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                   "filter": "displayName eq \"babs\"", "startIndex": 1, "count": 10}),
        )
        .await;
    assert_eq!(searched.body["totalResults"], json!(1));

    let deleted = dir
        .send(Method::DELETE, &format!("/Users/{id}"), None, None)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(
        dir.get(&format!("/Users/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let (status, _) = s.get(&format!("/v1/users/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    s.audit_event(&dir.org, "user.deleted").await;
}

async fn filters_cover_every_operator_and_refuse_bad_ones(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    let ann = dir
        .create_user(
            "ann@acme.test",
            json!({"displayName": "Ann Alpha", "title": "Engineer", "externalId": "A-1",
                   "name": {"givenName": "Ann", "familyName": "Alpha"},
                   "emails": [{"value": "ann@acme.test", "type": "work", "primary": true},
                              {"value": "ann@home.test", "type": "home"}]}),
        )
        .await;
    let bob = dir
        .create_user(
            "bob@acme.test",
            json!({"displayName": "Bob Beta", "externalId": "B-2",
                   "name": {"givenName": "Bob", "familyName": "Beta"}}),
        )
        .await;
    let cy = dir
        .create_user(
            "cy@other.test",
            json!({"displayName": "Cy Gamma", "active": false}),
        )
        .await;
    let all = sorted(vec![ann.clone(), bob.clone(), cy.clone()]);
    let bob_by_id = format!(r#"id eq "{bob}""#);
    let cases: Vec<(&str, Vec<String>)> = vec![
        (r#"userName eq "ANN@acme.test""#, vec![ann.clone()]),
        (
            r#"USERNAME ne "ann@acme.test""#,
            sorted(vec![bob.clone(), cy.clone()]),
        ),
        (
            r#"userName co "@acme""#,
            sorted(vec![ann.clone(), bob.clone()]),
        ),
        (r#"userName sw "b""#, vec![bob.clone()]),
        (r#"userName ew "other.test""#, vec![cy.clone()]),
        (r#"userName gt "bob@acme.test""#, vec![cy.clone()]),
        (
            r#"userName ge "bob@acme.test""#,
            sorted(vec![bob.clone(), cy.clone()]),
        ),
        (r#"userName lt "bob@acme.test""#, vec![ann.clone()]),
        (
            r#"userName le "bob@acme.test""#,
            sorted(vec![ann.clone(), bob.clone()]),
        ),
        ("title pr", vec![ann.clone()]),
        ("not (title pr)", sorted(vec![bob.clone(), cy.clone()])),
        ("active eq false", vec![cy.clone()]),
        ("active eq true", sorted(vec![ann.clone(), bob.clone()])),
        (r#"externalId eq "A-1""#, vec![ann.clone()]),
        (r#"externalId eq "a-1""#, vec![]),
        (r#"name.familyName eq "beta""#, vec![bob.clone()]),
        (r#"emails[type eq "home"]"#, vec![ann.clone()]),
        (
            r#"emails[type eq "work" and value co "bob"]"#,
            vec![bob.clone()],
        ),
        (r#"emails.value ew "@home.test""#, vec![ann.clone()]),
        (r#"emails co "cy@""#, vec![cy.clone()]),
        (
            r#"(userName sw "a" or userName sw "c") and active eq true"#,
            vec![ann.clone()],
        ),
        (r#"meta.created gt "2000-01-01T00:00:00Z""#, all.clone()),
        (r#"meta.lastModified lt "2000-01-01T00:00:00Z""#, vec![]),
        (r#"id eq "user_nope""#, vec![]),
        (&bob_by_id, vec![bob.clone()]),
    ];
    for (filter, expected) in &cases {
        assert_eq!(&dir.find("Users", filter).await, expected, "{filter}");
    }
    let corpus = include_str!("../scim/bad_filters.txt");
    for line in corpus
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let answer = dir.get(&format!("/Users?filter={}", urlencode(line))).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{line}");
        assert_eq!(answer.body["scimType"], json!("invalidFilter"), "{line}");
    }
    // Attributes without a column are refused, not scanned.
    let answer = dir
        .get(&format!(
            "/Users?filter={}",
            urlencode(r#"nickName eq "x""#)
        ))
        .await;
    assert_eq!(answer.body["scimType"], json!("invalidFilter"));
}

async fn paging_stays_consistent_while_users_are_added(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(dir.create_user(&format!("u{i}@acme.test"), json!({})).await);
    }
    let page = |start: i64| {
        let dir = &dir;
        async move {
            let answer = dir.get(&format!("/Users?startIndex={start}&count=3")).await;
            assert_eq!(answer.status, StatusCode::OK);
            answer
        }
    };
    let first = page(1).await;
    assert_eq!(first.body["totalResults"], json!(7));
    assert_eq!(first.body["itemsPerPage"], json!(3));
    assert_eq!(first.body["startIndex"], json!(1));
    let mut seen: Vec<String> = first.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    // New users arrive between pages; they sort after every existing one.
    ids.push(dir.create_user("late1@acme.test", json!({})).await);
    let second = page(4).await;
    ids.push(dir.create_user("late2@acme.test", json!({})).await);
    let third = page(7).await;
    for answer in [&second, &third] {
        seen.extend(
            answer.body["Resources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["id"].as_str().unwrap().to_owned()),
        );
    }
    assert_eq!(third.body["totalResults"], json!(9));
    assert_eq!(seen, ids, "no user skipped or shown twice");
    let empty = dir.get("/Users?startIndex=100&count=3").await;
    assert_eq!(empty.body["Resources"], json!([]));
    let counted = dir.get("/Users?count=0").await;
    assert_eq!(counted.body["totalResults"], json!(9));
    assert_eq!(counted.body["itemsPerPage"], json!(0));
    let bad = dir.get("/Users?count=many").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

async fn entra_id_provisioning_cycle(s: &TestServer) {
    let dir = Directory::new(s, "contoso").await;
    // Entra's probe: a random userName that must not exist.
    let probe = dir
        .get(&format!(
            "/Users?filter={}",
            urlencode(r#"userName eq "7b2e5b6c-probe""#)
        ))
        .await;
    assert_eq!(probe.body["totalResults"], json!(0));
    let manager = dir.create_user("boss@contoso.test", json!({})).await;
    let created = dir
        .post(
            "/Users",
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
                "externalId": "0a2b",
                "userName": "alex@contoso.test",
                "active": true,
                "displayName": "Alex",
                "emails": [{"primary": true, "type": "work", "value": "alex@contoso.test"}],
                "name": {"formatted": "Alex W", "familyName": "W", "givenName": "Alex"},
                ENTERPRISE: {"department": "Ops"},
            }),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let alex = created.body["id"].as_str().unwrap().to_owned();
    let found = dir.find("Users", r#"externalId eq "0a2b""#).await;
    assert_eq!(found, vec![alex.clone()]);
    let patched = dir
        .patch(
            &format!("/Users/{alex}"),
            json!([
                {"op": "Replace", "path": "displayName", "value": "Alex Wilber"},
                {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "alex.w@contoso.test"},
                {"op": "Add", "path": "title", "value": "Lead"},
                {"op": "Replace", "path": format!("{ENTERPRISE}:manager"), "value": {"value": manager}},
                {"op": "Replace", "path": "name.givenName", "value": "Alexander"},
                {"op": "Add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+1 555 0100"},
                {"op": "Replace", "path": "preferredLanguage", "value": "en-US"},
                {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:fancy:2.0:User:x", "value": 1},
            ]),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.body);
    let body = &patched.body;
    assert_eq!(body["displayName"], json!("Alex Wilber"));
    assert_eq!(body["emails"][0]["value"], json!("alex.w@contoso.test"));
    assert_eq!(body[ENTERPRISE]["manager"]["value"], json!(manager));
    assert_eq!(body[ENTERPRISE]["department"], json!("Ops"));
    assert_eq!(body["name"]["givenName"], json!("Alexander"));
    assert_eq!(
        body["phoneNumbers"],
        json!([{"type": "mobile", "value": "+1 555 0100"}])
    );
    let (_, user) = s.get(&format!("/v1/users/{alex}")).await;
    assert_eq!(user["email"], json!("alex.w@contoso.test"));

    // Groups: create, existence check, members added, filtered removal, rename.
    let group = dir
        .post(
            "/Groups",
            json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                   "displayName": "Sales", "externalId": "g-1"}),
        )
        .await;
    assert_eq!(group.status, StatusCode::CREATED, "{}", group.body);
    let sales = group.body["id"].as_str().unwrap().to_owned();
    let listed = dir
        .get(&format!(
            "/Groups?filter={}&excludedAttributes=members",
            urlencode(r#"displayName eq "sales""#)
        ))
        .await;
    assert_eq!(listed.body["totalResults"], json!(1));
    let added = dir
        .patch(
            &format!("/Groups/{sales}"),
            json!([{"op": "Add", "path": "members", "value": [{"value": alex}, {"value": manager}]}]),
        )
        .await;
    // A group PATCH answers 204 with the new ETag unless the request asks for attributes.
    assert_eq!(added.status, StatusCode::NO_CONTENT, "{}", added.body);
    assert!(added.etag.is_some());
    assert_eq!(
        dir.members(&sales).await,
        sorted(vec![alex.clone(), manager.clone()])
    );
    let membership = dir
        .find(
            "Groups",
            &format!(r#"id eq "{sales}" and members eq "{alex}""#),
        )
        .await;
    assert_eq!(membership, vec![sales.clone()]);
    let removed = dir
        .patch(
            &format!("/Groups/{sales}"),
            json!([{"op": "Remove", "path": format!("members[value eq \"{alex}\"]")}]),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);
    assert_eq!(
        dir.members(&sales).await,
        vec![manager.clone()],
        "exactly that member"
    );
    let renamed = dir
        .patch(
            &format!("/Groups/{sales}?excludedAttributes=members"),
            json!([{"op": "Replace", "path": "displayName", "value": "Sales EMEA"}]),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert_eq!(renamed.body["displayName"], json!("Sales EMEA"));
    assert!(renamed.body.get("members").is_none(), "{}", renamed.body);
    assert_eq!(dir.members(&sales).await, vec![manager.clone()]);

    // Deprovisioning: disable, then delete.
    let disabled = dir
        .patch(
            &format!("/Users/{alex}"),
            json!([{"op": "Replace", "path": "active", "value": "False"}]),
        )
        .await;
    assert_eq!(disabled.body["active"], json!(false));
    s.audit_event(&dir.org, "user.deactivated").await;
    let deleted = dir
        .send(Method::DELETE, &format!("/Users/{alex}"), None, None)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = dir
        .send(Method::DELETE, &format!("/Groups/{sales}"), None, None)
        .await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    let (_, user) = s.get(&format!("/v1/users/{manager}")).await;
    assert_eq!(
        user["id"],
        json!(manager),
        "deleting a group keeps its users"
    );
}

async fn okta_provisioning_cycle(s: &TestServer) {
    let dir = Directory::new(s, "okta-co").await;
    let check = dir
        .get(&format!(
            "/Users?filter={}&startIndex=1&count=100",
            urlencode(r#"userName eq "dana@okta.test""#)
        ))
        .await;
    assert_eq!(check.body["totalResults"], json!(0));
    assert!(check.body["startIndex"].is_i64());
    let dana = dir
        .create_user(
            "dana@okta.test",
            json!({"name": {"givenName": "Dana", "familyName": "D"}, "active": true}),
        )
        .await;
    let eli = dir.create_user("eli@okta.test", json!({})).await;
    // Okta's profile push: PUT the whole user; deactivation as `active: false` by PATCH.
    let put = dir
        .send(
            Method::PUT,
            &format!("/Users/{dana}"),
            Some(
                json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                        "id": dana, "userName": "dana@okta.test", "active": true,
                        "name": {"givenName": "Dana", "familyName": "Doe"},
                        "emails": [{"value": "dana@okta.test", "primary": true, "type": "work"}]}),
            ),
            None,
        )
        .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.body);
    assert_eq!(put.body["name"]["familyName"], json!("Doe"));
    // Group push: create with members, path-less replace with a value object, add without
    // `type`, then `replace members []`.
    let group = dir
        .post(
            "/Groups",
            json!({"displayName": "Eng", "members": [{"value": dana, "display": "dana"}]}),
        )
        .await;
    assert_eq!(group.status, StatusCode::CREATED, "{}", group.body);
    let eng = group.body["id"].as_str().unwrap().to_owned();
    let pushed = dir
        .patch(
            &format!("/Groups/{eng}?attributes=displayName,members"),
            json!([{"op": "replace", "value": {"id": eng, "displayName": "Engineering"}}]),
        )
        .await;
    assert_eq!(pushed.status, StatusCode::OK, "{}", pushed.body);
    assert_eq!(pushed.body["displayName"], json!("Engineering"));
    assert_eq!(dir.members(&eng).await, vec![dana.clone()]);
    let added = dir
        .patch(
            &format!("/Groups/{eng}"),
            json!([{"op": "add", "path": "members", "value": [{"value": eli}]}]),
        )
        .await;
    assert_eq!(added.status, StatusCode::NO_CONTENT);
    assert_eq!(
        dir.members(&eng).await,
        sorted(vec![dana.clone(), eli.clone()])
    );
    let unknown = dir
        .patch(
            &format!("/Groups/{eng}"),
            json!([{"op": "add", "path": "members", "value": [{"value": "user_01arz3ndektsv4rrffq69g5fav"}]}]),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(unknown.body["scimType"], json!("invalidValue"));
    let emptied = dir
        .patch(
            &format!("/Groups/{eng}"),
            json!([{"op": "replace", "path": "members", "value": []}]),
        )
        .await;
    assert_eq!(emptied.status, StatusCode::NO_CONTENT, "{}", emptied.body);
    assert_eq!(dir.members(&eng).await, Vec::<String>::new());
    let put_members = dir
        .send(
            Method::PUT,
            &format!("/Groups/{eng}"),
            Some(json!({"displayName": "Engineering", "members": [{"value": eli}]})),
            None,
        )
        .await;
    assert_eq!(put_members.status, StatusCode::OK);
    assert_eq!(dir.members(&eng).await, vec![eli.clone()]);
    let deactivated = dir
        .patch(
            &format!("/Users/{dana}"),
            json!([{"op": "replace", "value": {"active": false}}]),
        )
        .await;
    assert_eq!(deactivated.body["active"], json!(false));
    let reactivated = dir
        .send(
            Method::PUT,
            &format!("/Users/{dana}"),
            Some(json!({"userName": "dana@okta.test", "active": true})),
            None,
        )
        .await;
    assert_eq!(
        reactivated.body["active"],
        json!(true),
        "{}",
        reactivated.body
    );
    s.audit_event(&dir.org, "user.reactivated").await;
}

async fn deactivation_ends_sessions_and_blocks_sign_in(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    let (status, user) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": "jit@acme.test",
                   "password": "correct horse battery", "email_verified": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{user}");
    let user_id = user["id"].as_str().unwrap().to_owned();
    let (status, tokens) = s
        .password_login("acme", "jit@acme.test", "correct horse battery")
        .await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let refresh = tokens["refresh_token"].as_str().unwrap().to_owned();

    // The directory provisions the same person: the existing user is adopted, not copied.
    let dir = Directory::for_org(s, org.clone()).await;
    let adopted = dir
        .create_user("jit@acme.test", json!({"externalId": "e-9"}))
        .await;
    assert_eq!(adopted, user_id);

    let off = dir
        .patch(
            &format!("/Users/{user_id}"),
            json!([{"op": "Replace", "path": "active", "value": "False"}]),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    let refreshed = s
        .client()
        .post(format!("{}/p/{}/oauth/token", s.url, s.project.project_id))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refreshed.status(), StatusCode::BAD_REQUEST);
    let (_, sessions) = s.get(&format!("/v1/sessions?user_id={user_id}")).await;
    for session in sessions["data"].as_array().into_iter().flatten() {
        assert!(!session["revoked_at"].is_null(), "{session}");
    }
    let (status, _) = s
        .password_login("acme", "jit@acme.test", "correct horse battery")
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a deactivated user cannot sign in"
    );

    let on = dir
        .patch(
            &format!("/Users/{user_id}"),
            json!([{"op": "replace", "path": "active", "value": true}]),
        )
        .await;
    assert_eq!(on.body["active"], json!(true));
    let (status, _) = s
        .password_login("acme", "jit@acme.test", "correct horse battery")
        .await;
    assert_eq!(status, StatusCode::OK);
    // The change, its audit row and its outbox event commit together.
    let events: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE project_id = $1 AND kind = 'event' \
         AND payload LIKE '%user.deactivated%'",
    )
    .bind(&s.project.project_id)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    assert_eq!(events, 1);
}

async fn organizations_never_see_each_other(s: &TestServer) {
    let a = Directory::new(s, "org-a").await;
    let b = Directory::new(s, "org-b").await;
    let ann = a.create_user("ann@a.test", json!({})).await;
    let bob = b.create_user("bob@b.test", json!({})).await;
    // The same userName in two organizations is two users.
    let twin = b.create_user("ann@a.test", json!({})).await;
    assert_ne!(twin, ann);
    let group_a = a.post("/Groups", json!({"displayName": "A"})).await;
    let group_a = group_a.body["id"].as_str().unwrap().to_owned();

    assert_eq!(
        b.get(&format!("/Users/{ann}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/Groups/{group_a}")).await.status,
        StatusCode::NOT_FOUND
    );
    let put = b
        .send(
            Method::PUT,
            &format!("/Users/{ann}"),
            Some(json!({"userName": "stolen@b.test"})),
            None,
        )
        .await;
    assert_eq!(put.status, StatusCode::NOT_FOUND);
    let patched = b
        .patch(
            &format!("/Users/{ann}"),
            json!([{"op": "replace", "path": "active", "value": false}]),
        )
        .await;
    assert_eq!(patched.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.send(Method::DELETE, &format!("/Users/{ann}"), None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.send(Method::DELETE, &format!("/Groups/{group_a}"), None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // B cannot put A's user into its group, nor its own into A's.
    let group_b = b
        .post(
            "/Groups",
            json!({"displayName": "B", "members": [{"value": ann}]}),
        )
        .await;
    assert_eq!(group_b.status, StatusCode::BAD_REQUEST);
    let into_a = b
        .patch(
            &format!("/Groups/{group_a}"),
            json!([{"op": "add", "path": "members", "value": [{"value": bob}]}]),
        )
        .await;
    assert_eq!(into_a.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.find("Users", r#"userName sw """#).await,
        sorted(vec![bob.clone(), twin.clone()])
    );
    assert_eq!(a.find("Users", r#"userName pr"#).await, vec![ann.clone()]);
    let (_, user) = s.get(&format!("/v1/users/{ann}")).await;
    assert_eq!(user["email"], json!("ann@a.test"), "A's user untouched");
}

async fn bodies_and_errors_follow_scim(s: &TestServer) {
    let dir = Directory::new(s, "acme").await;
    let plain = s
        .client()
        .post(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&dir.token)
        .header(CONTENT_TYPE, "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let json_ok = s
        .client()
        .post(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&dir.token)
        .header(CONTENT_TYPE, "application/json; charset=utf-8")
        .body(json!({"userName": "j@acme.test"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(json_ok.status(), StatusCode::CREATED);
    let broken = s
        .client()
        .post(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&dir.token)
        .header(CONTENT_TYPE, "application/scim+json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(broken.status(), StatusCode::BAD_REQUEST);
    let body: Value = broken.json().await.unwrap();
    assert_eq!(body["scimType"], json!("invalidSyntax"));
    assert_eq!(body["status"], json!("400"));
    // A client of its own: the server answers 413 before reading the whole body and closes
    // that connection, which must not be one the other requests reuse.
    let huge = reqwest::Client::new()
        .post(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&dir.token)
        .header(CONTENT_TYPE, "application/scim+json")
        .body(format!(
            "{{\"userName\": \"{}\"}}",
            "x".repeat(2 * 1024 * 1024)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // A user without any address gets an undeliverable one, unique per userName.
    let no_email = dir.create_user_bare("not-an-address").await;
    let (_, user) = s.get(&format!("/v1/users/{no_email}")).await;
    assert!(
        user["email"]
            .as_str()
            .unwrap()
            .ends_with("@no-address.scim.invalid"),
        "{user}"
    );
    dir.create_user_bare("another-one").await;
    let wrong_type = dir
        .post(
            "/Users",
            json!({"userName": "w@acme.test", "active": "sometimes"}),
        )
        .await;
    assert_eq!(wrong_type.body["scimType"], json!("invalidValue"));
    let no_path = dir
        .patch(
            "/Users/user_01arz3ndektsv4rrffq69g5fav",
            json!([{"op": "remove"}]),
        )
        .await;
    assert_eq!(no_path.body["scimType"], json!("noTarget"));
    let not_found = dir.get("/Users/user_01arz3ndektsv4rrffq69g5fav").await;
    assert_eq!(not_found.status, StatusCode::NOT_FOUND);
    assert_eq!(
        not_found.content_type.as_deref(),
        Some("application/scim+json")
    );
}
