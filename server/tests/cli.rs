//! Tests of the `gatehouse` binary itself: `dev` comes up, writes `dev.json`, answers
//! `/healthz` and reuses its project on a second start; `project create` prints working
//! credentials; `openapi` prints the committed document.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_gatehouse");

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start_dev(data_dir: &Path) -> (Running, u16) {
    let port = free_port();
    let child = Command::new(BIN)
        .args(["dev", "--data-dir"])
        .arg(data_dir)
        .args(["--port", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let running = Running(child);
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(response) = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
        {
            assert_eq!(response.status(), 200);
            return (running, port);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("gatehouse dev did not answer /healthz");
}

fn read_dev_json(data_dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(data_dir.join("dev.json")).unwrap()).unwrap()
}

#[tokio::test]
async fn dev_comes_up_and_reuses_its_project() {
    let dir = tempfile::tempdir().unwrap();
    let (server, port) = start_dev(dir.path()).await;
    let first = read_dev_json(dir.path());
    for key in [
        "api_url",
        "issuer",
        "project_id",
        "publishable_key",
        "secret_key",
        "demo_organization_id",
        "demo_user_email",
        "demo_user_password",
    ] {
        assert!(first[key].is_string(), "dev.json lacks {key}: {first}");
    }
    assert_eq!(first["api_url"], format!("http://localhost:{port}"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("dev.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "dev.json holds secrets and must be private"
        );
    }

    // The printed secret key works and the demo data is there.
    let client = reqwest::Client::new();
    let users: Value = client
        .get(format!("http://127.0.0.1:{port}/v1/users"))
        .bearer_auth(first["secret_key"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(users["data"][0]["email"], first["demo_user_email"]);
    assert_eq!(
        users["data"][0]["organization_id"],
        first["demo_organization_id"]
    );
    drop(server);

    let (_server, port2) = start_dev(dir.path()).await;
    let second = read_dev_json(dir.path());
    assert_eq!(second["project_id"], first["project_id"]);
    assert_eq!(second["secret_key"], first["secret_key"]);
    assert_eq!(
        second["demo_organization_id"],
        first["demo_organization_id"]
    );
    assert_eq!(second["api_url"], format!("http://localhost:{port2}"));
}

#[tokio::test]
async fn project_create_prints_working_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, port) = start_dev(dir.path()).await;
    // Operators create projects while the server runs, on the same database.
    let output = Command::new(BIN)
        .args([
            "project",
            "create",
            "--name",
            "Second product",
            "--data-dir",
        ])
        .arg(dir.path())
        .args(["--public-url", &format!("http://localhost:{port}")])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        created["publishable_key"]
            .as_str()
            .unwrap()
            .starts_with("pk_live_")
    );
    let secret = created["secret_key"].as_str().unwrap();
    assert!(secret.starts_with("sk_live_"));
    let project: Value = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/v1/project"))
        .bearer_auth(secret)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(project["id"], created["project_id"]);
    assert_eq!(project["name"], "Second product");
    assert_eq!(project["issuer"], created["issuer"]);

    let bad = Command::new(BIN)
        .args(["project", "create", "--name", "", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("name"));
}

#[test]
fn serve_refuses_a_bad_public_url() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(BIN)
        .args([
            "serve",
            "--public-url",
            "https://auth.example.com/?x=1",
            "--data-dir",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("query"));
}

#[test]
fn migrate_applies_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let output = Command::new(BIN)
            .args(["migrate", "--data-dir"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(dir.path().join("gatehouse.db").exists());
}
