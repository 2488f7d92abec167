//! What every handler can reach: the database, the server's configuration, the master key,
//! the clock and its metrics.

use std::sync::Arc;

use crate::clock::Clock;
use crate::crypto::MasterKey;
use crate::db::Db;
use crate::mail::Mailer;
use crate::metrics::Metrics;
use crate::signing::KeyCache;

/// Settings that shape HTTP and token behaviour.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Externally visible base URL, without a trailing slash (`https://auth.example.com`).
    /// Issuers are derived from it.
    pub public_url: String,
    /// Largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
    /// `max-age` of the JWKS and discovery documents.
    pub jwks_max_age_seconds: i64,
    /// How long a new signing key is published before it signs; at least the JWKS
    /// `max-age`, so every cache has it before the first token it signs.
    pub key_prepublish_seconds: i64,
    /// A session ends after this long without a refresh.
    pub session_idle_timeout_seconds: i64,
    /// A session ends this long after sign-in, whatever its activity.
    pub session_lifetime_seconds: i64,
}

impl ServerConfig {
    /// Configuration with default limits for `public_url`.
    pub fn new(public_url: &str) -> Self {
        Self {
            public_url: public_url.trim_end_matches('/').to_owned(),
            body_limit_bytes: 64 * 1024,
            jwks_max_age_seconds: 300,
            key_prepublish_seconds: 600,
            session_idle_timeout_seconds: 7 * 86_400,
            session_lifetime_seconds: 30 * 86_400,
        }
    }

    /// The default issuer URL of a project: `{public_url}/p/{project_id}`.
    pub fn issuer(&self, project_id: &str) -> String {
        format!("{}/p/{project_id}", self.public_url)
    }

    /// The issuer URL of `project`: its custom issuer when set, else the default.
    pub fn issuer_of(&self, project: &crate::db::projects::Project) -> String {
        project
            .issuer_url
            .clone()
            .unwrap_or_else(|| self.issuer(&project.id))
    }
}

/// Shared state of the router; cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Storage.
    pub db: Db,
    /// Settings.
    pub config: Arc<ServerConfig>,
    /// Seals private signing keys at rest.
    pub master_key: Arc<MasterKey>,
    /// Current time (adjustable in tests).
    pub clock: Clock,
    /// Decrypted signing keys.
    pub key_cache: Arc<KeyCache>,
    /// Prometheus metrics.
    pub metrics: Arc<Metrics>,
    /// Outgoing email (magic links, verification, password reset).
    pub mailer: Arc<Mailer>,
}

impl AppState {
    /// State over an open database.
    pub fn new(db: Db, config: ServerConfig, master_key: MasterKey) -> Self {
        Self {
            db,
            config: Arc::new(config),
            master_key: Arc::new(master_key),
            clock: Clock::default(),
            key_cache: Arc::default(),
            metrics: Arc::new(Metrics::new()),
            mailer: Arc::new(Mailer::Log {
                from: crate::mail::DEFAULT_FROM.to_owned(),
            }),
        }
    }

    /// The same state sending mail with `mailer`.
    pub fn with_mailer(mut self, mailer: Mailer) -> Self {
        self.mailer = Arc::new(mailer);
        self
    }
}
