//! Tests of the `gatehouse` binary itself: `dev` comes up, writes `dev.json`, answers
//! `/healthz` and reuses its project on a second start; `project create` prints working
//! credentials; `openapi` prints the committed document; `serve` refuses to start without
//! SMTP unless told to log mail, and then logs it with its links redacted, while `dev` logs
//! links whole; `backup` copies a serving database that restores whole.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::browser::{Browser, field};
use serde_json::{Value, json};

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
    start_dev_logging_to(data_dir, Stdio::null()).await
}

/// Starts `dev --port 0 --ready-file`, waits for the ready file, and returns the port it
/// names (the harnesses of the SDKs and the end-to-end tests start it the same way).
async fn start_dev_logging_to(data_dir: &Path, log: Stdio) -> (Running, u16) {
    let ready = data_dir.with_extension("ready.json");
    let _ = std::fs::remove_file(&ready);
    let child = Command::new(BIN)
        .args(["dev", "--data-dir"])
        .arg(data_dir)
        .args(["--port", "0", "--ready-file"])
        .arg(&ready)
        .env_remove("GATEHOUSE_SMTP_URL")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let running = Running(child);
    let mut announced = None;
    for _ in 0..300 {
        if let Ok(text) = std::fs::read_to_string(&ready) {
            announced = Some(serde_json::from_str::<Value>(&text).unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let announced = announced.expect("dev wrote its ready file");
    let base_url = announced["base_url"].as_str().unwrap();
    let port: u16 = base_url.rsplit(':').next().unwrap().parse().unwrap();
    assert_eq!(
        std::path::Path::new(announced["dev_json"].as_str().unwrap()),
        std::path::absolute(data_dir.join("dev.json")).unwrap()
    );
    wait_healthy(&running, port).await;
    (running, port)
}

async fn wait_healthy(_running: &Running, port: u16) {
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(response) = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
        {
            assert_eq!(response.status(), 200);
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("gatehouse did not answer /healthz");
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

/// `gatehouse serve` on a free loopback port without SMTP, with `extra` arguments and
/// environment; stderr goes to `log`.
fn spawn_serve(
    data_dir: &Path,
    port: u16,
    extra: &[&str],
    env: &[(&str, &str)],
    log: Stdio,
) -> Child {
    let mut command = Command::new(BIN);
    command
        .args(["serve", "--public-url", &format!("http://127.0.0.1:{port}")])
        .args(["--listen", &format!("127.0.0.1:{port}"), "--data-dir"])
        .arg(data_dir)
        .args(extra)
        .env_remove("GATEHOUSE_SMTP_URL")
        .env_remove("GATEHOUSE_MAIL_LOG")
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(log);
    command.spawn().unwrap()
}

#[tokio::test]
async fn serve_refuses_to_start_without_smtp() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut running = Running(spawn_serve(dir.path(), port, &[], &[], Stdio::piped()));
    let mut status = None;
    for _ in 0..100 {
        status = running.0.try_wait().unwrap();
        if status.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let status = status.expect("serve must refuse to start without SMTP, but it is running");
    assert!(!status.success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(running.0.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(
        stderr.contains("no SMTP server configured") && stderr.contains("--log-mail"),
        "{stderr}"
    );
}

/// Asks for a password-reset mail for `email` through the hosted form of `project_id`.
async fn request_reset(port: u16, project_id: &str, email: &str) {
    let forgot = format!("http://127.0.0.1:{port}/p/{project_id}/forgot");
    let mut browser = Browser::new();
    let page = browser.get(&forgot).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = field(&page.body, "csrf_token");
    let sent = browser
        .post(&forgot, &[("csrf_token", &csrf), ("email", email)])
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
}

/// The log once it shows a message that was not sent (mail may be queued).
async fn log_with_mail(path: &Path) -> String {
    for _ in 0..100 {
        let log = std::fs::read_to_string(path).unwrap_or_default();
        if log.contains("email (not sent") && log.contains("-- ") {
            return log;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "no mail in the log: {}",
        std::fs::read_to_string(path).unwrap_or_default()
    );
}

/// The values of `token=` in `text`.
fn token_values(text: &str) -> Vec<String> {
    text.split("token=")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn serve_told_to_log_mail_redacts_its_links() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("serve.log");
    let port = free_port();
    let log = std::fs::File::create(&log_path).unwrap();
    let running = Running(spawn_serve(
        dir.path(),
        port,
        &["--key-rotation-days", "0"],
        &[("GATEHOUSE_MAIL_LOG", "1")],
        Stdio::from(log),
    ));
    wait_healthy(&running, port).await;
    let output = Command::new(BIN)
        .args([
            "project",
            "create",
            "--name",
            "Mail",
            "--environment",
            "test",
            "--data-dir",
        ])
        .arg(dir.path())
        .args(["--public-url", &format!("http://127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    let secret = created["secret_key"].as_str().unwrap();
    let project_id = created["project_id"].as_str().unwrap();
    let api = reqwest::Client::new();
    let org: Value = api
        .post(format!("http://127.0.0.1:{port}/v1/organizations"))
        .bearer_auth(secret)
        .json(&json!({"name": "Acme", "slug": "acme"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let user = api
        .post(format!("http://127.0.0.1:{port}/v1/users"))
        .bearer_auth(secret)
        .json(&json!({"organization_id": org["id"], "email": "ada@acme.test", "email_verified": true, "password": "correct horse battery"}))
        .send()
        .await
        .unwrap();
    assert_eq!(user.status(), 201);

    request_reset(port, project_id, "ada@acme.test").await;
    let log = log_with_mail(&log_path).await;
    let tokens = token_values(&log);
    assert!(!tokens.is_empty(), "the link is logged: {log}");
    assert!(tokens.iter().all(|t| t == "REDACTED"), "{log}");
    assert!(log.contains("with their links redacted"), "{log}");
}

#[tokio::test]
async fn dev_logs_mail_links_whole() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("dev.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let (_server, port) = start_dev_logging_to(&dir.path().join("data"), Stdio::from(log)).await;
    let dev = read_dev_json(&dir.path().join("data"));
    request_reset(
        port,
        dev["project_id"].as_str().unwrap(),
        dev["demo_user_email"].as_str().unwrap(),
    )
    .await;
    let log = log_with_mail(&log_path).await;
    let tokens = token_values(&log);
    assert!(
        tokens.iter().any(|t| t.len() >= 32 && t != "REDACTED"),
        "dev shows the live link: {log}"
    );
}

/// `gatehouse backup` copies the SQLite database while `dev` serves (issue 24's operations
/// item): the copy passes `PRAGMA integrity_check`, and a data directory made of the copy
/// and the master key serves the same project, organizations and users, and signs in.
#[tokio::test]
async fn backup_while_serving_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (server, port) = start_dev(&data).await;
    let dev = read_dev_json(&data);
    let client = reqwest::Client::new();
    let created: Value = client
        .post(format!("http://127.0.0.1:{port}/v1/organizations"))
        .bearer_auth(dev["secret_key"].as_str().unwrap())
        .json(&json!({"name": "Globex", "slug": "globex"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        created["id"].as_str().unwrap().starts_with("org_"),
        "{created}"
    );

    let copy = dir.path().join("backup.db");
    let backup = Command::new(BIN)
        .args(["backup", "--data-dir"])
        .arg(&data)
        .arg("--out")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    // A second backup to the same file is refused rather than overwriting it.
    let again = Command::new(BIN)
        .args(["backup", "--data-dir"])
        .arg(&data)
        .arg("--out")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    drop(server);

    let check = gatehouse_storage::db::Db::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(check.pool())
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    check.close().await;

    // Restore: the copy and the master key in a fresh data directory.
    let restored = dir.path().join("restored");
    std::fs::create_dir_all(&restored).unwrap();
    std::fs::copy(&copy, restored.join("gatehouse.db")).unwrap();
    std::fs::copy(data.join("master.key"), restored.join("master.key")).unwrap();
    std::fs::copy(data.join("dev.json"), restored.join("dev.json")).unwrap();
    let (_server, port) = start_dev(&restored).await;
    let organizations: Value = client
        .get(format!(
            "http://127.0.0.1:{port}/v1/organizations?slug=globex"
        ))
        .bearer_auth(dev["secret_key"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        organizations["data"][0]["id"], created["id"],
        "{organizations}"
    );
    // dev.json is written anew with this start's URLs; the project in it is the restored one.
    let now = read_dev_json(&restored);
    assert_eq!(now["secret_key"], dev["secret_key"]);
    let issuer = now["issuer"].as_str().unwrap();
    let login = client
        .post(format!("{issuer}/v1/login/password"))
        .json(&json!({
            "organization": "acme",
            "email": dev["demo_user_email"],
            "password": dev["demo_user_password"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200, "{}", login.text().await.unwrap());
}
