//! The invoices API against a real `gatehouse dev` server that each test starts in its own data
//! directory: users sign in through the password API, API keys are made and revoked through the
//! backend API, and the app checks them with the JWKS and `/v1/authenticate` of that server.
//!
//! The server binary is `$GATEHOUSE_BIN`, else `$CARGO_TARGET_DIR/debug/gatehouse`, else
//! `target/debug/gatehouse` in the workspace; build it with `cargo build -p gatehouse-server`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use gatehouse_example_axum::{AppState, Config, Invoice, InvoiceList, router};
use reqwest::{Method, StatusCode, header};
use serde::Deserialize;
use serde_json::{Value, json};
use tempfile::TempDir;

/// How long a test app reuses an API key's verdict: short, so revocation is seen quickly.
const API_KEY_CACHE_TTL: Duration = Duration::from_secs(1);
const PASSWORD: &str = "correct horse battery";

/// `dev.json`, and the JSON `gatehouse project create` prints (without the demo fields).
#[derive(Debug, Clone, Deserialize)]
struct Project {
    api_url: String,
    issuer: String,
    publishable_key: String,
    secret_key: String,
    #[serde(default)]
    demo_organization_id: String,
    #[serde(default)]
    demo_user_email: String,
    #[serde(default)]
    demo_user_password: String,
}

/// A running `gatehouse dev`, stopped when dropped.
struct DevServer {
    process: Child,
    data_dir: TempDir,
    project: Project,
    http: reqwest::Client,
}

fn gatehouse_binary() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if let Some(binary) = std::env::var_os("GATEHOUSE_BIN").filter(|value| !value.is_empty()) {
        let binary = PathBuf::from(binary);
        assert!(
            binary.is_file(),
            "GATEHOUSE_BIN={} does not exist; build it with `cargo build -p gatehouse-server`",
            binary.display()
        );
        return binary;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|value| !value.is_empty())
        .map(|dir| workspace.join(dir))
        .unwrap_or_else(|| workspace.join("target"));
    let binary = target.join("debug").join("gatehouse");
    assert!(
        binary.is_file(),
        "the gatehouse server binary is missing at {}: build it first with \
         `cargo build -p gatehouse-server` (same CARGO_TARGET_DIR), or set GATEHOUSE_BIN",
        binary.display()
    );
    binary
}

/// The binary with none of the caller's Gatehouse settings: the test's data directory and
/// its SQLite file are the only storage, even when `DATABASE_URL` points at PostgreSQL.
fn gatehouse(data_dir: &Path) -> Command {
    let mut command = Command::new(gatehouse_binary());
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("GATEHOUSE_") || name == "DATABASE_URL" {
            command.env_remove(name);
        }
    }
    command.env("GATEHOUSE_LOG", "warn").current_dir(data_dir);
    command
}

impl DevServer {
    async fn start() -> DevServer {
        let data_dir = tempfile::tempdir().unwrap();
        let log = std::fs::File::create(data_dir.path().join("server.log")).unwrap();
        let process = gatehouse(data_dir.path())
            .args(["dev", "--port", "0", "--data-dir"])
            .arg(data_dir.path())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("starting gatehouse dev");
        let mut server = DevServer {
            process,
            data_dir,
            project: Project {
                api_url: String::new(),
                issuer: String::new(),
                publishable_key: String::new(),
                secret_key: String::new(),
                demo_organization_id: String::new(),
                demo_user_email: String::new(),
                demo_user_password: String::new(),
            },
            http: reqwest::Client::new(),
        };
        server.project = server.wait_until_ready().await;
        server
    }

    /// Waits for `dev.json` (written once the port is bound) and then for `/healthz`.
    async fn wait_until_ready(&mut self) -> Project {
        let deadline = Instant::now() + Duration::from_secs(60);
        let dev_file = self.data_dir.path().join("dev.json");
        loop {
            if let Some(status) = self.process.try_wait().unwrap() {
                panic!("gatehouse dev exited with {status}:\n{}", self.log());
            }
            assert!(
                Instant::now() < deadline,
                "gatehouse dev did not become ready in 60 s:\n{}",
                self.log()
            );
            let project = std::fs::read(&dev_file)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<Project>(&bytes).ok());
            if let Some(project) = project {
                let health = self
                    .http
                    .get(format!("{}/healthz", project.api_url))
                    .send()
                    .await;
                if health.is_ok_and(|response| response.status().is_success()) {
                    return project;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.data_dir.path().join("server.log")).unwrap_or_default()
    }

    /// Calls the backend API of a project with its secret key; panics unless it succeeds.
    async fn admin(&self, project: &Project, method: Method, path: &str, body: Value) -> Value {
        let response = self
            .http
            .request(method.clone(), format!("{}/v1{path}", project.api_url))
            .bearer_auth(&project.secret_key)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        assert!(status.is_success(), "{method} {path}: {status} {text}");
        serde_json::from_str(&text).unwrap()
    }

    /// Signs a user in with the password API of `project`; returns the access token.
    async fn login(&self, project: &Project, organization: &str, email: &str) -> String {
        let password = if email == self.project.demo_user_email {
            &self.project.demo_user_password
        } else {
            PASSWORD
        };
        let response = self
            .http
            .post(format!("{}/v1/login/password", project.issuer))
            .json(&json!({"organization": organization, "email": email, "password": password}))
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, StatusCode::OK, "login of {email}: {body}");
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// Creates a user in `organization_id` of the dev project and signs them in.
    async fn user_token(&self, organization_id: &str, email: &str, roles: &[&str]) -> String {
        let mut user = json!({"organization_id": organization_id, "email": email, "password": PASSWORD, "email_verified": true});
        if !roles.is_empty() {
            user["roles"] = json!(roles);
        }
        self.admin(&self.project, Method::POST, "/users", user)
            .await;
        self.login(&self.project, organization_id, email).await
    }

    /// The `invoices.write` action and a `writer` role granting it.
    async fn create_writer_role(&self) {
        let project = &self.project;
        self.admin(
            project,
            Method::POST,
            "/actions",
            json!({"name": "invoices.write"}),
        )
        .await;
        let role = json!({"key": "writer", "name": "Writer", "actions": ["invoices.write"]});
        self.admin(project, Method::POST, "/roles", role).await;
    }

    /// A second project on the same server, through `gatehouse project create`.
    fn create_project(&self, name: &str) -> Project {
        let output = gatehouse(self.data_dir.path())
            .args(["project", "create", "--name", name, "--public-url"])
            .arg(&self.project.api_url)
            .arg("--data-dir")
            .arg(self.data_dir.path())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "gatehouse project create: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).unwrap()
    }

    /// The invoices API configured for the dev project, served on 127.0.0.1.
    async fn start_app(&self) -> App {
        let config = Config {
            publishable_key: self.project.publishable_key.clone(),
            secret_key: Some(self.project.secret_key.clone()),
            api_url: Some(self.project.api_url.clone()),
            api_key_cache_ttl: API_KEY_CACHE_TTL,
        };
        let app = router(AppState::new(config.auth_state().unwrap()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        App {
            url,
            http: self.http.clone(),
        }
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

struct App {
    url: String,
    http: reqwest::Client,
}

/// An answer of the app: status, `WWW-Authenticate` and JSON body.
#[derive(Debug)]
struct Answer {
    status: StatusCode,
    challenge: Option<String>,
    body: Value,
}

impl App {
    async fn call(&self, method: Method, credential: Option<&str>, body: Option<Value>) -> Answer {
        let mut request = self.http.request(method, format!("{}/invoices", self.url));
        if let Some(credential) = credential {
            request = request.bearer_auth(credential);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let challenge = response
            .headers()
            .get(header::WWW_AUTHENTICATE)
            .map(|value| value.to_str().unwrap().to_owned());
        let body = response.json().await.unwrap();
        Answer {
            status,
            challenge,
            body,
        }
    }

    async fn list(&self, credential: Option<&str>) -> Answer {
        self.call(Method::GET, credential, None).await
    }

    async fn create(&self, credential: &str, customer: &str) -> Answer {
        let invoice = json!({"customer": customer, "amount_cents": 12_500});
        self.call(Method::POST, Some(credential), Some(invoice))
            .await
    }
}

fn invoices(answer: &Answer) -> Vec<Invoice> {
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    serde_json::from_value::<InvoiceList>(answer.body.clone())
        .unwrap()
        .data
}

#[tokio::test]
async fn tokens_see_only_their_organizations_invoices() {
    let server = DevServer::start().await;
    server.create_writer_role().await;
    let app = server.start_app().await;
    let acme = &server.project.demo_organization_id;
    let demo = server
        .login(&server.project, "acme", &server.project.demo_user_email)
        .await;

    let globex = server
        .admin(
            &server.project,
            Method::POST,
            "/organizations",
            json!({"name": "Globex", "slug": "globex"}),
        )
        .await;
    let globex_id = globex["id"].as_str().unwrap();
    let globex_writer = server
        .user_token(globex_id, "writer@globex.test", &["writer"])
        .await;

    assert_eq!(invoices(&app.list(Some(&demo)).await), []);
    // The demo user is the `owner`, which holds every action of the catalogue.
    let created = app.create(&demo, "Wayne Enterprises").await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
    let created = app.create(&globex_writer, "Initech").await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");

    let seen = invoices(&app.list(Some(&demo)).await);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].organization_id, *acme);
    assert_eq!(seen[0].customer, "Wayne Enterprises");
    assert!(seen[0].created_by.starts_with("user_"));
    let seen = invoices(&app.list(Some(&globex_writer)).await);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        (seen[0].organization_id.as_str(), seen[0].customer.as_str()),
        (globex_id, "Initech")
    );
}

#[tokio::test]
async fn missing_tampered_and_foreign_tokens_are_refused() {
    let server = DevServer::start().await;
    let app = server.start_app().await;

    let missing = app.list(None).await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.challenge.as_deref(), Some("Bearer"));
    assert_eq!(missing.body["error"], "unauthorized");
    assert_eq!(missing.body["code"], "missing_token");

    let token = server
        .login(&server.project, "acme", &server.project.demo_user_email)
        .await;
    let (signed, signature) = token.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { 'B' } else { 'A' };
    let tampered = format!("{signed}.{flipped}{}", &signature[1..]);
    let refused = app.list(Some(&tampered)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.body["code"], "invalid_signature");
    assert!(
        refused
            .challenge
            .as_deref()
            .is_some_and(|challenge| challenge.starts_with("Bearer error=\"invalid_token\"")),
        "{refused:?}"
    );

    // A real token of another project on the same server: its key is not in this JWKS.
    let other = server.create_project("Other");
    let organization = server
        .admin(
            &other,
            Method::POST,
            "/organizations",
            json!({"name": "Elsewhere", "slug": "elsewhere"}),
        )
        .await;
    let user = json!({
        "organization_id": organization["id"], "email": "someone@elsewhere.test", "password": PASSWORD, "email_verified": true,
    });
    server.admin(&other, Method::POST, "/users", user).await;
    let foreign = server
        .login(&other, "elsewhere", "someone@elsewhere.test")
        .await;
    let refused = app.list(Some(&foreign)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{refused:?}");
    assert_eq!(refused.body["code"], "unknown_key");

    // Sanity: the untouched token works.
    assert_eq!(app.list(Some(&token)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn writing_needs_the_invoices_write_permission() {
    let server = DevServer::start().await;
    server.create_writer_role().await;
    let app = server.start_app().await;
    let acme = &server.project.demo_organization_id;
    let writer = server
        .user_token(acme, "writer@acme.test", &["writer"])
        .await;
    let member = server.user_token(acme, "member@acme.test", &[]).await;

    let created = app.create(&writer, "Wayne Enterprises").await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");

    let refused = app.create(&member, "Initech").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{refused:?}");
    assert_eq!(
        refused.body,
        json!({"error": "forbidden", "code": "forbidden", "message": "missing permission invoices.write"})
    );
    assert!(
        refused
            .challenge
            .as_deref()
            .is_some_and(|challenge| challenge.starts_with("Bearer error=\"insufficient_scope\"")),
        "{refused:?}"
    );
    // Members still read their organization's invoices.
    assert_eq!(invoices(&app.list(Some(&member)).await).len(), 1);
}

#[tokio::test]
async fn api_keys_work_until_revoked_and_the_cache_expires() {
    let server = DevServer::start().await;
    server.create_writer_role().await;
    let app = server.start_app().await;
    let acme = &server.project.demo_organization_id;
    let created = server
        .admin(
            &server.project,
            Method::POST,
            "/api_keys",
            json!({"organization_id": acme, "name": "billing sync", "actions": ["invoices.write"]}),
        )
        .await;
    let key = created["secret"].as_str().unwrap().to_owned();
    let key_id = created["id"].as_str().unwrap().to_owned();

    let before = Instant::now();
    let written = app.create(&key, "Wayne Enterprises").await;
    assert_eq!(written.status, StatusCode::CREATED, "{written:?}");
    assert_eq!(written.body["created_by"], key_id.as_str());
    assert_eq!(written.body["organization_id"], acme.as_str());
    let listed = app.list(Some(&key)).await;
    let answered = Instant::now();
    assert_eq!(invoices(&listed).len(), 1);

    // One character changed: the checksum catches it before any request to the server.
    let position = key.len() / 2;
    let replacement = if &key[position..=position] == "a" {
        "b"
    } else {
        "a"
    };
    let mut mistyped = key.clone();
    mistyped.replace_range(position..=position, replacement);
    let refused = app.list(Some(&mistyped)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.body["code"], "invalid_api_key");
    assert!(
        refused
            .challenge
            .is_some_and(|c| c.starts_with("Bearer error=\"invalid_token\""))
    );

    server
        .admin(
            &server.project,
            Method::POST,
            &format!("/api_keys/{key_id}/revoke"),
            json!({}),
        )
        .await;
    // Within the cache lifetime (counted from the first use) the app still trusts its answer (documented behaviour);
    // only asserted with a clear margin, so a slow machine cannot make it flaky.
    if before.elapsed() < API_KEY_CACHE_TTL / 2 {
        assert_eq!(app.list(Some(&key)).await.status, StatusCode::OK);
    }
    tokio::time::sleep_until((answered + API_KEY_CACHE_TTL).into()).await;
    let refused = app.list(Some(&key)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{refused:?}");
    assert_eq!(refused.body["code"], "invalid_api_key");
}
