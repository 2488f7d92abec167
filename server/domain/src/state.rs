//! What every handler can reach: the database, the server's configuration, the master key,
//! the clock and its metrics.

use std::sync::Arc;

use crate::crypto::MasterKey;
use crate::dns::TxtLookup;
use crate::documents::Documents;
use crate::mail::Mailer;
use crate::metrics::Metrics;
use crate::signing::KeyCache;
use gatehouse_storage::clock::Clock;
use gatehouse_storage::db::Db;

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
    /// Login domain (`login.example.com`): a request to `{slug}.login.example.com` signs in
    /// to the organization with that slug unless the request names one.
    pub login_domain: Option<String>,
    /// Proxies whose `Forwarded` / `X-Forwarded-For` headers name the client (CIDRs); from
    /// any other peer those headers are ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Whether server-side fetches for SSO (SAML metadata, OIDC discovery, JWKS, token
    /// exchange) may reach loopback and private addresses, over plain http too. Off in
    /// production: a connection's URLs are chosen by whoever configures it.
    pub sso_allow_private_addresses: bool,
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
            login_domain: None,
            trusted_proxies: Vec::new(),
            sso_allow_private_addresses: false,
        }
    }

    /// The default issuer URL of a project: `{public_url}/p/{project_id}`.
    pub fn issuer(&self, project_id: &str) -> String {
        format!("{}/p/{project_id}", self.public_url)
    }

    /// The issuer URL of `project`: its custom issuer when set, else the default.
    pub fn issuer_of(&self, project: &gatehouse_storage::db::projects::Project) -> String {
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
    /// Decrypted signing keys and each project's published key set.
    pub key_cache: Arc<KeyCache>,
    /// Discovery documents rendered once (`server/domain/src/documents.rs`).
    pub documents: Arc<Documents>,
    /// Prometheus metrics.
    pub metrics: Arc<Metrics>,
    /// Outgoing email (magic links, verification, password reset).
    pub mailer: Arc<Mailer>,
    /// DNS TXT lookups for domain verification.
    pub dns: Arc<dyn TxtLookup>,
    /// Wakes the outbox worker when a message was queued (`server/domain/src/workers/mail.rs`).
    pub outbox_wakeup: Arc<tokio::sync::Notify>,
    /// Outbound clients of SSO (guarded fetcher, upstream JWKS cache).
    pub sso: Arc<crate::sso::Clients>,
}

impl AppState {
    /// State over an open database.
    pub fn new(db: Db, config: ServerConfig, master_key: MasterKey) -> Self {
        Self {
            db,
            sso: Arc::new(crate::sso::Clients::new(config.sso_allow_private_addresses)),
            config: Arc::new(config),
            master_key: Arc::new(master_key),
            clock: Clock::default(),
            key_cache: Arc::default(),
            documents: Arc::default(),
            metrics: Arc::new(Metrics::new()),
            mailer: Arc::new(Mailer::Log {
                from: crate::mail::DEFAULT_FROM.to_owned(),
                links: crate::mail::LoggedLinks::Redacted,
            }),
            outbox_wakeup: Arc::default(),
            dns: match crate::dns::SystemResolver::new() {
                Ok(resolver) => Arc::new(resolver),
                Err(err) => {
                    tracing::warn!(error = %err, "no system DNS resolver: domain verification checks will fail");
                    Arc::new(crate::dns::NoResolver)
                }
            },
        }
    }

    /// Tells the outbox worker that a message is waiting (after its transaction committed).
    pub fn wake_outbox(&self) {
        self.outbox_wakeup.notify_one();
    }

    /// The same state resolving TXT records with `dns`.
    pub fn with_dns(mut self, dns: Arc<dyn TxtLookup>) -> Self {
        self.dns = dns;
        self
    }

    /// The same state sending mail with `mailer`.
    pub fn with_mailer(mut self, mailer: Mailer) -> Self {
        self.mailer = Arc::new(mailer);
        self
    }
}

impl ServerConfig {
    /// The organization slug named by `host` (`acme.login.example.com` → `acme`) when it is a
    /// single-label subdomain of the login domain.
    pub fn slug_from_host(&self, host: &str) -> Option<String> {
        let domain = self.login_domain.as_deref()?;
        let host = host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host
            }
        });
        let host = host.to_ascii_lowercase();
        let label = host.strip_suffix(domain)?.strip_suffix('.')?;
        (!label.is_empty() && !label.contains('.') && crate::validate::slug(label).is_ok())
            .then(|| label.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::ServerConfig;

    #[test]
    fn organization_slugs_come_from_single_label_subdomains_only() {
        let mut config = ServerConfig::new("https://auth.example.com");
        assert_eq!(
            config.slug_from_host("acme.login.example.com"),
            None,
            "no login domain set"
        );
        config.login_domain = Some("login.example.com".to_owned());
        assert_eq!(
            config.slug_from_host("acme.login.example.com").as_deref(),
            Some("acme")
        );
        assert_eq!(
            config
                .slug_from_host("ACME.login.example.com:8443")
                .as_deref(),
            Some("acme")
        );
        assert_eq!(config.slug_from_host("login.example.com"), None);
        assert_eq!(config.slug_from_host("a.b.login.example.com"), None);
        assert_eq!(config.slug_from_host("acme.evil-login.example.com"), None);
        assert_eq!(config.slug_from_host("acmelogin.example.com"), None);
    }
}
