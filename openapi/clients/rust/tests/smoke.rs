//! Smoke test of the generated client against a real `gatehouse dev`: creates an organization
//! and a user, pages through organizations, and reads typed error bodies (404, 401).
//!
//! The binary comes from GATEHOUSE_BIN, else `$CARGO_TARGET_DIR/debug/gatehouse`, else the
//! repository's `target/debug/gatehouse`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use gatehouse_api::types::{CreateOrganization, CreateUser, Organization};
use gatehouse_api::{Client, Error};
use serde_json::json;

/// A running `gatehouse dev`, stopped on drop.
struct DevServer {
    child: Child,
    base_url: String,
    project: serde_json::Value,
    _data_dir: tempfile::TempDir,
}

impl DevServer {
    async fn start() -> Self {
        let data_dir = tempfile::tempdir().expect("temporary directory");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(gatehouse_binary())
            .args(["dev", "--data-dir"])
            .arg(data_dir.path())
            .args(["--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start gatehouse dev");
        let mut server = Self {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            project: serde_json::Value::Null,
            _data_dir: data_dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let health = reqwest::get(format!("{}/healthz", server.base_url)).await;
            if health.is_ok_and(|response| response.status().is_success()) {
                break;
            }
            let exited = server.child.try_wait().expect("poll gatehouse dev");
            assert!(exited.is_none(), "gatehouse dev exited: {exited:?}");
            assert!(Instant::now() < deadline, "gatehouse dev did not come up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let dev_json = std::fs::read(server._data_dir.path().join("dev.json")).expect("dev.json");
        server.project = serde_json::from_slice(&dev_json).expect("dev.json is JSON");
        server
    }

    fn value(&self, name: &str) -> &str {
        self.project[name].as_str().expect(name)
    }

    fn client(&self) -> Client {
        gatehouse_api::with_secret_key(&self.base_url, self.value("secret_key")).expect("client")
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        // SIGTERM lets the server finish cleanly; kill is the fallback.
        let stopped = Command::new("kill")
            .arg(self.child.id().to_string())
            .status()
            .is_ok_and(|status| status.success());
        if !stopped {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn gatehouse_binary() -> PathBuf {
    if let Some(explicit) = std::env::var_os("GATEHOUSE_BIN") {
        return explicit.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target"),
        PathBuf::from,
    );
    target.join("debug").join("gatehouse")
}

async fn create_organization(client: &Client, slug: &str) -> Organization {
    let body: CreateOrganization =
        serde_json::from_value(json!({"name": format!("Org {slug}"), "slug": slug, "domains": [format!("{slug}.example")]}))
            .expect("body");
    let created = client
        .create_organization(&body)
        .await
        .expect("create organization");
    assert_eq!(created.status(), 201);
    created.into_inner()
}

#[tokio::test]
async fn smoke() {
    let server = DevServer::start().await;
    let client = server.client();

    // An organization and a user in it.
    let organization = create_organization(&client, "rs-smoke").await;
    assert!(organization.id.starts_with("org_"));
    assert_eq!(organization.slug, "rs-smoke");
    assert_eq!(organization.domains, ["rs-smoke.example"]);
    let body: CreateUser = serde_json::from_value(json!({
        "organization_id": organization.id,
        "email": "Ada@Rs-Smoke.example",
        "name": "Ada",
    }))
    .expect("body");
    let user = client
        .create_user(&body)
        .await
        .expect("create user")
        .into_inner();
    assert!(user.id.starts_with("user_"));
    assert_eq!(user.organization_id, organization.id);
    assert_eq!(user.email, "ada@rs-smoke.example");
    assert!(!user.has_password);
    // Identifiers are typed by their pattern in the document: parse before use.
    let organization_id = organization.id.parse().expect("an organization id");
    let users = client
        .list_users(None, None, Some(&organization_id), None)
        .await
        .expect("list users")
        .into_inner();
    let ids: Vec<_> = users.data.iter().map(|each| each.id.as_str()).collect();
    assert_eq!(ids, [user.id.as_str()]);

    // Pagination: pages of two, oldest first, until next_cursor is null.
    let mut created = vec![organization.id.clone()];
    for slug in ["rs-page-a", "rs-page-b", "rs-page-c"] {
        created.push(create_organization(&client, slug).await.id);
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..100 {
        let after = cursor
            .as_deref()
            .map(|c| c.parse().expect("a cursor"));
        let page = client
            .list_organizations(
                None,
                Some(std::num::NonZeroU64::new(2).expect("two")),
                None,
                after.as_ref(),
                None,
            )
            .await
            .expect("list organizations")
            .into_inner();
        assert!(page.data.len() <= 2);
        seen.extend(page.data.into_iter().map(|organization| organization.id));
        cursor = page.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert!(cursor.is_none(), "pagination does not end");
    assert!(seen.is_sorted(), "pages come oldest first: {seen:?}");
    seen.dedup();
    created.push(server.value("demo_organization_id").to_owned());
    for id in &created {
        assert!(seen.contains(id), "{id} listed in {seen:?}");
    }
    assert_eq!(seen.len(), created.len(), "no organization twice");

    // 404 with the typed error body.
    match client
        .get_organization(
            &"org_00000000000000000000000000"
                .parse()
                .expect("an organization id"),
        )
        .await
    {
        Err(Error::ErrorResponse(response)) => {
            assert_eq!(response.status(), 404);
            assert_eq!(response.error, "not_found");
            assert_eq!(response.code, "not_found");
            assert!(!response.message.is_empty());
        }
        other => panic!("expected a 404 error body, got {other:?}"),
    }

    // 401 with the typed error body.
    let stranger =
        gatehouse_api::with_secret_key(&server.base_url, "sk_test_wrong").expect("client");
    match stranger
        .list_organizations(None, None, None, None, None)
        .await
    {
        Err(Error::ErrorResponse(response)) => {
            assert_eq!(response.status(), 401);
            assert_eq!(response.code, "invalid_secret_key");
        }
        other => panic!("expected a 401 error body, got {other:?}"),
    }
}
