//! Test harness: the real server on 127.0.0.1:0 over a real database, called over HTTP.
//!
//! SQLite tests get a fresh file each. PostgreSQL tests share the database named by
//! `GATEHOUSE_TEST_POSTGRES_URL`; they stay independent because every test creates its own
//! project. When that variable is unset the PostgreSQL variants are skipped with a notice,
//! unless `GATEHOUSE_REQUIRE_POSTGRES=1` (set by the test command), which turns the
//! absence into a failure so CI can never silently test only SQLite.

#![allow(dead_code)]

pub mod browser;
pub mod scenario;

use gatehouse_domain::bootstrap::{self, ProjectCredentials};
use gatehouse_domain::crypto::MasterKey;
use gatehouse_domain::state::{AppState, ServerConfig};
use gatehouse_http::router;
use gatehouse_storage::clock::Clock;
use gatehouse_storage::db::Db;
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A DNS stub for domain verification: answers TXT lookups from records the test publishes,
/// and fails lookups of names marked broken (as a resolver outage would).
#[derive(Debug, Default)]
pub struct StubDns {
    records: Mutex<HashMap<String, Vec<String>>>,
}

impl StubDns {
    /// Publishes a TXT record.
    pub fn publish(&self, name: &str, value: &str) {
        self.records
            .lock()
            .expect("dns lock")
            .entry(name.to_owned())
            .or_default()
            .push(value.to_owned());
    }
}

impl gatehouse_domain::dns::TxtLookup for StubDns {
    fn txt<'a>(&'a self, name: &'a str) -> gatehouse_domain::dns::Lookup<'a> {
        let answer = if name.starts_with("broken.") || name.contains(".broken.") {
            Err(anyhow::anyhow!("SERVFAIL"))
        } else {
            Ok(self
                .records
                .lock()
                .expect("dns lock")
                .get(name)
                .cloned()
                .unwrap_or_default())
        };
        Box::pin(async move { answer })
    }
}

/// Which database a test runs on.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestServer {
    pub url: String,
    pub db: Db,
    pub config: ServerConfig,
    /// The server's clock; tests move it forward instead of sleeping.
    pub clock: Clock,
    /// The running server's state, for calling library functions directly.
    pub state: AppState,
    /// The project every test starts with.
    pub project: ProjectCredentials,
    /// The DNS the server's domain checks see (a stub: tests publish records in it).
    pub dns: Arc<StubDns>,
    client: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: tempfile::TempDir,
}

impl TestServer {
    /// Starts a server on `backend`, or returns None when PostgreSQL is not configured
    /// and not required.
    pub async fn start(backend: Backend) -> Option<Self> {
        Self::start_with(backend, |_| {}).await
    }

    /// [`start`](Self::start), with the configuration changed by `configure` first.
    pub async fn start_with(
        backend: Backend,
        configure: impl FnOnce(&mut ServerConfig),
    ) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = match backend {
            Backend::Sqlite => format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("gatehouse.db").display()
            ),
            Backend::Postgres => match std::env::var("GATEHOUSE_TEST_POSTGRES_URL") {
                Ok(url) if !url.is_empty() => url,
                _ => {
                    assert!(
                        std::env::var("GATEHOUSE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                        "GATEHOUSE_REQUIRE_POSTGRES=1 but GATEHOUSE_TEST_POSTGRES_URL is unset"
                    );
                    eprintln!("skipping: GATEHOUSE_TEST_POSTGRES_URL is not set");
                    return None;
                }
            },
        };
        let db = Db::connect(&url).await.expect("connect");
        db.migrate().await.expect("migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let public_url = format!("http://{addr}");
        let mut config = ServerConfig::new(&public_url);
        // Organization subdomains of this login domain are tested by sending a Host header.
        config.login_domain = Some("login.test".to_owned());
        configure(&mut config);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (master_key, _) = MasterKey::generate().expect("master key");
        let dns = Arc::new(StubDns::default());
        let state = AppState::new(db.clone(), config.clone(), master_key).with_dns(dns.clone());
        let clock = state.clock.clone();
        let server_state = state.clone();
        tokio::spawn(async move {
            let _ = router::serve(listener, state, async {
                let _ = rx.await;
            })
            .await;
        });
        let project = bootstrap::create_project(&db, &config, "Test project", "test")
            .await
            .expect("create project");
        Some(Self {
            url: public_url,
            db,
            config,
            clock,
            state: server_state,
            project,
            dns,
            client: reqwest::Client::new(),
            shutdown: Some(tx),
            _dir: dir,
        })
    }

    /// Another project on the same server and database.
    pub async fn other_project(&self) -> ProjectCredentials {
        bootstrap::create_project(&self.db, &self.config, "Other project", "test")
            .await
            .expect("create project")
    }

    /// The secret key of the starting project.
    pub fn key(&self) -> &str {
        &self.project.secret_key
    }

    /// Sends a request with `key` as bearer secret key (None: no Authorization header)
    /// and returns the status and the JSON body (Null when empty).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.client.request(method, format!("{}{path}", self.url));
        if let Some(key) = key {
            request = request.bearer_auth(key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let text = response.text().await.expect("body");
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("non-JSON body: {text}"))
        };
        (status, json)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.call(Method::GET, path, Some(self.key()), None).await
    }

    /// The newest audit event of `action` in an organization's log.
    #[allow(dead_code)]
    pub async fn audit_event(&self, organization_id: &str, action: &str) -> Value {
        let (status, log) = self
            .get(&format!(
                "/v1/audit_log?organization_id={organization_id}&action={action}"
            ))
            .await;
        assert_eq!(status, StatusCode::OK, "{log}");
        log["data"]
            .as_array()
            .and_then(|events| events.last())
            .cloned()
            .unwrap_or_else(|| panic!("no {action} event in {log}"))
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, Some(self.key()), Some(body))
            .await
    }

    pub async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::PATCH, path, Some(self.key()), Some(body))
            .await
    }

    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.call(Method::DELETE, path, Some(self.key()), None)
            .await
    }

    /// `POST {issuer}/v1/login/password` (no credential): the status and the JSON answer.
    pub async fn password_login(
        &self,
        organization: &str,
        email: &str,
        password: &str,
    ) -> (StatusCode, Value) {
        self.call(
            Method::POST,
            &format!("/p/{}/v1/login/password", self.project.project_id),
            None,
            Some(serde_json::json!({"organization": organization, "email": email, "password": password})),
        )
        .await
    }

    /// The mail queued in the outbox for `to`, oldest first (opened with the master key, as
    /// the delivery worker would).
    pub async fn mail_to(&self, to: &str) -> Vec<gatehouse_domain::outbox::MailPayload> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, payload FROM outbox WHERE project_id = $1 AND kind = 'mail' \
             AND payload <> '' ORDER BY created_at, id",
        )
        .bind(&self.project.project_id)
        .fetch_all(self.db.pool())
        .await
        .expect("outbox");
        rows.iter()
            .map(|(id, payload)| {
                gatehouse_domain::outbox::open_mail(&self.state.master_key, id, payload)
                    .expect("open mail")
            })
            .filter(|mail| mail.to == to)
            .collect()
    }

    /// Raw access for requests the helpers cannot express (bad content types, huge bodies).
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Creates an organization and returns its id.
    pub async fn create_org(&self, name: &str, slug: &str) -> String {
        let (status, body) = self
            .post(
                "/v1/organizations",
                serde_json::json!({"name": name, "slug": slug}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().expect("id").to_owned()
    }

    /// Creates a user and returns its id.
    pub async fn create_user(&self, org: &str, email: &str) -> String {
        let (status, body) = self
            .post(
                "/v1/users",
                serde_json::json!({"organization_id": org, "email": email}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().expect("id").to_owned()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Asserts an error answer: status, stable code, and the shared shape.
#[track_caller]
pub fn assert_error(actual: (StatusCode, Value), status: StatusCode, code: &str) {
    let (got_status, body) = actual;
    assert_eq!(got_status, status, "unexpected status, body: {body}");
    assert_eq!(body["code"], code, "unexpected code, body: {body}");
    assert!(body["error"].is_string(), "no error category: {body}");
    assert!(body["message"].is_string(), "no message: {body}");
}

/// Declares each listed async test function once per backend, as `sqlite::name` and
/// `postgres::name`. Each function takes `&TestServer`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let server = $crate::common::TestServer::start($crate::common::Backend::Sqlite)
                        .await
                        .expect("sqlite is always available");
                    super::$name(&server).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(server) =
                        $crate::common::TestServer::start($crate::common::Backend::Postgres).await
                    {
                        super::$name(&server).await;
                    }
                }
            )*
        }
    };
}

/// [`on_both_databases!`] for servers whose configuration `$configure` (a
/// `fn(&mut ServerConfig)`) changes first: `on_both_databases_with!(configure; a, b)`.
#[macro_export]
macro_rules! on_both_databases_with {
    ($configure:ident; $($name:ident),* $(,)?) => {
        mod sqlite_configured {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let server = $crate::common::TestServer::start_with(
                        $crate::common::Backend::Sqlite,
                        super::$configure,
                    )
                    .await
                    .expect("sqlite is always available");
                    super::$name(&server).await;
                }
            )*
        }
        mod postgres_configured {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(server) = $crate::common::TestServer::start_with(
                        $crate::common::Backend::Postgres,
                        super::$configure,
                    )
                    .await
                    {
                        super::$name(&server).await;
                    }
                }
            )*
        }
    };
}
