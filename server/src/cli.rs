//! Command-line interface of the `gatehouse` binary. Every flag can also be set with a
//! `GATEHOUSE_*` environment variable.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::builder::BoolishValueParser;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use tokio::net::TcpListener;

use gatehouse_domain::bootstrap::{self, DevEnvironment};
use gatehouse_domain::crypto::MasterKey;
use gatehouse_domain::mail::{LoggedLinks, Mailer};
use gatehouse_domain::state::{AppState, ServerConfig};
use gatehouse_domain::workers;
use gatehouse_http::{api, router};
use gatehouse_storage::db::Db;

/// Gatehouse: self-hostable B2B authentication.
#[derive(Debug, Parser)]
#[command(name = "gatehouse", version, about)]
pub struct Cli {
    /// Log output: human-readable text or one JSON object per line.
    #[arg(long, env = "GATEHOUSE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Log output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// For people.
    Text,
    /// For log pipelines.
    Json,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the production server.
    Serve(ServeArgs),
    /// Run a local server on SQLite with a ready-made project, organization and user.
    Dev(DevArgs),
    /// Manage projects.
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Print the OpenAPI document of the HTTP API.
    Openapi,
    /// Apply pending database migrations (they also run at start).
    Migrate(StorageArgs),
    /// Copy the SQLite database to a file while the server runs (a consistent snapshot);
    /// restore by putting the copy in place of `DATA_DIR/gatehouse.db` while the server is
    /// stopped. The master key (`DATA_DIR/master.key` or `GATEHOUSE_MASTER_KEY`) is not in
    /// it: keep it apart, since the copy is useless without it and it unseals the copy.
    Backup(BackupArgs),
}

/// Flags of `gatehouse backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Storage.
    #[command(flatten)]
    pub storage: StorageArgs,
    /// The file to write (must not exist).
    #[arg(long)]
    pub out: PathBuf,
}

/// Where the data lives.
#[derive(Debug, Clone, Args)]
pub struct StorageArgs {
    /// Directory for the SQLite database and generated secrets.
    #[arg(long, env = "GATEHOUSE_DATA_DIR", default_value = ".gatehouse")]
    pub data_dir: PathBuf,
    /// `postgres://...` or `sqlite://PATH`; defaults to SQLite in the data directory.
    /// `DATABASE_URL` is read when this is unset.
    #[arg(long, env = "GATEHOUSE_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl StorageArgs {
    /// The database URL to connect to.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .or_else(|| std::env::var("DATABASE_URL").ok().filter(|v| !v.is_empty()))
            .unwrap_or_else(|| sqlite_url(&self.data_dir))
    }

    /// Creates the data directory and opens the migrated database.
    pub async fn open(&self) -> anyhow::Result<Db> {
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("creating {}", self.data_dir.display()))?;
        let db = Db::connect(&self.database_url()).await?;
        db.migrate().await?;
        Ok(db)
    }
}

fn sqlite_url(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("gatehouse.db").display()
    )
}

/// Flags of `gatehouse serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Storage.
    #[command(flatten)]
    pub storage: StorageArgs,
    /// The URL users and SDKs reach this server at; issuers are derived from it.
    #[arg(long, env = "GATEHOUSE_PUBLIC_URL")]
    pub public_url: String,
    /// Address to listen on.
    #[arg(long, env = "GATEHOUSE_LISTEN", default_value = "0.0.0.0:8080")]
    pub listen: SocketAddr,
    /// Login domain for organization subdomains: with `login.example.com`, the hosted login
    /// reached as `acme.login.example.com` signs in to the organization `acme` (route those
    /// hosts to this server at your proxy).
    #[arg(long, env = "GATEHOUSE_LOGIN_DOMAIN")]
    pub login_domain: Option<String>,
    /// Reverse proxies (CIDRs, comma-separated) trusted to name the client in `Forwarded` or
    /// `X-Forwarded-For`: per-address limits and audit logs then use that address. Headers
    /// from any other peer are ignored, so they cannot be spoofed.
    #[arg(long, env = "GATEHOUSE_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxy: Vec<ipnet::IpNet>,
    /// Let SSO fetches (SAML metadata URLs, OIDC discovery, JWKS, token exchange) reach
    /// loopback and private addresses, and plain http. For identity providers on an internal
    /// network only: whoever configures a connection chooses those URLs.
    #[arg(long, env = "GATEHOUSE_SSO_ALLOW_PRIVATE_ADDRESSES")]
    pub sso_allow_private_addresses: bool,
    /// Without an SMTP server, write outgoing mail to the log (links redacted: their tokens
    /// never reach it) instead of refusing to start. For trials and staging: nobody receives
    /// sign-in, reset, sign-up or invitation mail.
    #[arg(long, env = "GATEHOUSE_MAIL_LOG", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    pub log_mail: bool,
    /// Keys and sessions.
    #[command(flatten)]
    pub keys: KeyArgs,
}

/// Key management flags shared by `serve` and `dev`.
#[derive(Debug, Clone, Args)]
pub struct KeyArgs {
    /// Base64 of 32 random bytes sealing private signing keys at rest. When unset, a key is
    /// generated once into `DATA_DIR/master.key`; replicas sharing a database must share it.
    #[arg(long, env = "GATEHOUSE_MASTER_KEY", hide_env_values = true)]
    pub master_key: Option<String>,
    /// Rotate each project's signing key after this many days (0 disables).
    #[arg(long, env = "GATEHOUSE_KEY_ROTATION_DAYS", default_value_t = 30)]
    pub key_rotation_days: i64,
    /// How many password checks may wait for a hashing thread (one per CPU) before further
    /// sign-ins are answered 503 `busy` with `Retry-After` (0: none wait).
    #[arg(long, env = "GATEHOUSE_PASSWORD_HASH_QUEUE",
          default_value_t = gatehouse_domain::password::DEFAULT_QUEUE_DEPTH)]
    pub password_hash_queue: usize,
    /// Outgoing mail.
    #[command(flatten)]
    pub mail: MailArgs,
}

/// Outgoing mail flags shared by `serve` and `dev`.
#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// SMTP server for magic links, verification and password-reset mail:
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://user:pass@host`
    /// (implicit TLS) or `smtp://host:25` (no TLS, local relays only). When unset, `dev`
    /// writes messages and their links to the log, and `serve` refuses to start unless given
    /// `--log-mail`.
    #[arg(long, env = "GATEHOUSE_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The `From` address of outgoing mail.
    #[arg(long, env = "GATEHOUSE_MAIL_FROM", default_value = gatehouse_domain::mail::DEFAULT_FROM)]
    pub mail_from: String,
}

impl MailArgs {
    fn has_smtp(&self) -> bool {
        self.smtp_url
            .as_deref()
            .is_some_and(|url| !url.trim().is_empty())
    }

    /// The mailer; without SMTP, one writing messages to the log with `links`.
    fn mailer(&self, links: LoggedLinks) -> anyhow::Result<Mailer> {
        let mailer = Mailer::new(self.smtp_url.as_deref(), &self.mail_from, links)?;
        if matches!(mailer, Mailer::Log { .. }) {
            let shown = match links {
                LoggedLinks::Shown => "with their links",
                LoggedLinks::Redacted => "with their links redacted",
            };
            tracing::warn!(
                "no SMTP server configured (GATEHOUSE_SMTP_URL): emails are not sent but written to the log {shown}"
            );
        }
        Ok(mailer)
    }
}

/// Flags of `gatehouse dev`.
#[derive(Debug, Args)]
pub struct DevArgs {
    /// Directory for the SQLite database and `dev.json`.
    #[arg(long, env = "GATEHOUSE_DATA_DIR", default_value = ".gatehouse")]
    pub data_dir: PathBuf,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, env = "GATEHOUSE_PORT", default_value_t = 8080)]
    pub port: u16,
    /// Once the server listens, write `{"base_url": ..., "dev_json": ...}` to this file
    /// (atomically), so a harness can start `dev --port 0` and wait for the file instead of
    /// probing for a free port.
    #[arg(long, env = "GATEHOUSE_READY_FILE")]
    pub ready_file: Option<PathBuf>,
    /// Keys and sessions.
    #[command(flatten)]
    pub keys: KeyArgs,
}

/// `gatehouse project ...`
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Create a project and print its keys as JSON (works while the server runs).
    Create(ProjectCreateArgs),
}

/// Flags of `gatehouse project create`.
#[derive(Debug, Args)]
pub struct ProjectCreateArgs {
    /// Display name.
    #[arg(long)]
    pub name: String,
    /// Test projects get `pk_test_`/`sk_test_` keys, live ones `pk_live_`/`sk_live_`.
    #[arg(long, value_parser = ["test", "live"], default_value = "live")]
    pub environment: String,
    /// The URL the server is reached at (must match the running server's).
    #[arg(
        long,
        env = "GATEHOUSE_PUBLIC_URL",
        default_value = "http://localhost:8080"
    )]
    pub public_url: String,
    /// Storage.
    #[command(flatten)]
    pub storage: StorageArgs,
}

/// Installs the global tracing subscriber (logs go to stderr; stdout is for output).
pub fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("GATEHOUSE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Dev(args) => dev(args).await,
        Command::Project(ProjectCommand::Create(args)) => {
            let config = ServerConfig::new(&validate_public_url(&args.public_url)?);
            let db = args.storage.open().await?;
            let created =
                bootstrap::create_project(&db, &config, &args.name, &args.environment).await?;
            db.close().await;
            println!("{}", serde_json::to_string_pretty(&created)?);
            Ok(())
        }
        Command::Openapi => {
            println!("{}", openapi_json()?);
            Ok(())
        }
        Command::Migrate(storage) => {
            let db = storage.open().await?;
            db.close().await;
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Backup(args) => {
            let db = Db::connect(&args.storage.database_url()).await?;
            let result = db.backup_to(&args.out).await;
            db.close().await;
            result?;
            println!("{}", args.out.display());
            Ok(())
        }
    }
}

/// The OpenAPI document as pretty JSON, exactly as committed in `openapi/openapi.json`.
pub fn openapi_json() -> anyhow::Result<String> {
    Ok(api::openapi().to_pretty_json()?)
}

fn validate_public_url(raw: &str) -> anyhow::Result<String> {
    let url = url::Url::parse(raw).with_context(|| format!("public URL '{raw}' is not a URL"))?;
    anyhow::ensure!(
        matches!(url.scheme(), "http" | "https") && url.host().is_some(),
        "public URL must be an http(s) URL with a host"
    );
    anyhow::ensure!(
        url.query().is_none() && url.fragment().is_none(),
        "public URL must not have a query or fragment (it becomes part of issuer URLs)"
    );
    Ok(raw.trim_end_matches('/').to_owned())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let mut config = ServerConfig::new(&validate_public_url(&args.public_url)?);
    // Mail carries live tokens; without SMTP it could only go to the log, which is rarely as
    // private as a mailbox, so that takes an explicit choice (and its links are redacted).
    anyhow::ensure!(
        args.keys.mail.has_smtp() || args.log_mail,
        "no SMTP server configured: set --smtp-url (GATEHOUSE_SMTP_URL), or pass --log-mail \
         (GATEHOUSE_MAIL_LOG=1) to write mail to the log with its links redacted"
    );
    config.login_domain = args
        .login_domain
        .as_deref()
        .map(|d| {
            gatehouse_domain::validate::domain(d)
                .map_err(|e| anyhow::anyhow!("--login-domain: {e}"))
        })
        .transpose()?;
    config.trusted_proxies = args.trusted_proxy.clone();
    config.sso_allow_private_addresses = args.sso_allow_private_addresses;
    gatehouse_domain::password::set_queue_depth(args.keys.password_hash_queue);
    let db = args.storage.open().await?;
    if args.keys.master_key.is_none() && db.backend() == gatehouse_storage::db::Backend::Postgres {
        tracing::warn!(
            "GATEHOUSE_MASTER_KEY is unset: using {}/master.key; every replica must use the same key",
            args.storage.data_dir.display()
        );
    }
    let master_key =
        MasterKey::load_or_create(args.keys.master_key.as_deref(), &args.storage.data_dir)?;
    let listener = TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("listening on {}", args.listen))?;
    tracing::info!(listen = %args.listen, public_url = %config.public_url, "gatehouse is serving");
    let state = AppState::new(db, config, master_key)
        .with_mailer(args.keys.mail.mailer(LoggedLinks::Redacted)?);
    workers::spawn(
        &state,
        &workers::Settings {
            key_rotation_days: args.keys.key_rotation_days,
        },
    );
    router::serve(listener, state, router::shutdown_signal()).await
}

async fn dev(args: DevArgs) -> anyhow::Result<()> {
    if let Some(path) = &args.ready_file {
        // A file left by an earlier run must not announce this one before it listens.
        match std::fs::remove_file(path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                return Err(err).with_context(|| format!("removing {}", path.display()));
            }
            _ => {}
        }
    }
    let listener = TcpListener::bind(("127.0.0.1", args.port))
        .await
        .with_context(|| format!("listening on 127.0.0.1:{}", args.port))?;
    let port = listener.local_addr()?.port();
    let mut config = ServerConfig::new(&format!("http://localhost:{port}"));
    // A development server talks to identity providers on this machine.
    config.sso_allow_private_addresses = true;
    let storage = StorageArgs {
        data_dir: args.data_dir.clone(),
        database_url: Some(sqlite_url(&args.data_dir)),
    };
    let db = storage.open().await?;
    gatehouse_domain::password::set_queue_depth(args.keys.password_hash_queue);
    let master_key = MasterKey::load_or_create(args.keys.master_key.as_deref(), &args.data_dir)?;
    let env = bootstrap::ensure_dev_environment(&db, &config, &args.data_dir).await?;
    print_dev_banner(&env, &args.data_dir);
    // `dev` listens on loopback only, for the developer whose log it is.
    let state = AppState::new(db, config, master_key)
        .with_mailer(args.keys.mail.mailer(LoggedLinks::Shown)?);
    workers::spawn(
        &state,
        &workers::Settings {
            key_rotation_days: args.keys.key_rotation_days,
        },
    );
    if let Some(path) = &args.ready_file {
        write_ready_file(path, &format!("http://localhost:{port}"), &args.data_dir)?;
    }
    router::serve(listener, state, router::shutdown_signal()).await
}

/// Writes the ready file of `dev --ready-file` through a temporary file and a rename, so a
/// reader never sees it half written.
fn write_ready_file(path: &Path, base_url: &str, data_dir: &Path) -> anyhow::Result<()> {
    let dev_json = std::path::absolute(data_dir.join(bootstrap::DEV_FILE))?;
    let body = serde_json::json!({"base_url": base_url, "dev_json": dev_json});
    let partial = path.with_extension("partial");
    std::fs::write(&partial, format!("{body}\n"))
        .with_context(|| format!("writing {}", partial.display()))?;
    std::fs::rename(&partial, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn print_dev_banner(env: &DevEnvironment, data_dir: &Path) {
    let p = &env.project;
    println!(
        "\nGatehouse dev server is running\n\n  \
         API:              {api}\n  \
         Issuer:           {issuer}\n  \
         JWKS:             {issuer}/.well-known/jwks.json\n  \
         Hosted login:     {issuer}/login\n  \
         OIDC discovery:   {issuer}/.well-known/openid-configuration\n  \
         Password login:   POST {issuer}/v1/login/password\n  \
         Project:          {project}\n  \
         Publishable key:  {pk}\n  \
         Secret key:       {sk}\n  \
         Demo org:         {org} (slug 'acme')\n  \
         Demo user:        {email} / {password}\n\n  \
         Saved to {file}. Try:\n    curl -H 'Authorization: Bearer {sk}' {api}/v1/organizations\n",
        api = p.api_url,
        issuer = p.issuer,
        project = p.project_id,
        pk = p.publishable_key,
        sk = p.secret_key,
        org = env.demo_organization_id,
        email = env.demo_user_email,
        password = env.demo_user_password,
        file = data_dir.join(bootstrap::DEV_FILE).display(),
    );
}
