//! What every handler can reach: the database, the server's configuration and its metrics.

use std::sync::Arc;

use crate::db::Db;
use crate::metrics::Metrics;

/// Settings that shape HTTP behaviour.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Externally visible base URL, without a trailing slash (`https://auth.example.com`).
    /// Issuers are derived from it.
    pub public_url: String,
    /// Largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
}

impl ServerConfig {
    /// Configuration with default limits for `public_url`.
    pub fn new(public_url: &str) -> Self {
        Self {
            public_url: public_url.trim_end_matches('/').to_owned(),
            body_limit_bytes: 64 * 1024,
        }
    }

    /// The issuer URL of a project: `{public_url}/p/{project_id}`.
    pub fn issuer(&self, project_id: &str) -> String {
        format!("{}/p/{project_id}", self.public_url)
    }
}

/// Shared state of the router; cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Storage.
    pub db: Db,
    /// Settings.
    pub config: Arc<ServerConfig>,
    /// Prometheus metrics.
    pub metrics: Arc<Metrics>,
}

impl AppState {
    /// State over an open database.
    pub fn new(db: Db, config: ServerConfig) -> Self {
        Self {
            db,
            config: Arc::new(config),
            metrics: Arc::new(Metrics::new()),
        }
    }
}
