//! Storage of projects (one per SaaS product using Gatehouse) and their settings.

use crate::ids::ProjectId;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use super::{Db, from_json_text, to_json_text};

/// Who may create an account on the hosted login.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignupPolicy {
    /// Nobody: users are created through the backend API or by invitation.
    #[default]
    Disabled,
    /// Someone whose (confirmed) email domain is a verified domain of an organization
    /// joins that organization as a `member`.
    VerifiedDomain,
    /// As `verified_domain`; someone whose domain matches no organization creates a new
    /// organization and becomes its owner.
    CreateOrganization,
}

/// A way end users may sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LoginMethod {
    /// Email and password.
    Password,
    /// One-time link or code by email.
    MagicLink,
    /// Sign in with Google.
    Google,
    /// Sign in with GitHub.
    Github,
    /// Sign in with Microsoft.
    Microsoft,
    /// SAML single sign-on, configured per organization.
    Saml,
    /// OpenID Connect single sign-on, configured per organization.
    Oidc,
    /// WebAuthn passkeys.
    Passkey,
}

impl LoginMethod {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::MagicLink => "magic_link",
            Self::Google => "google",
            Self::Github => "github",
            Self::Microsoft => "microsoft",
            Self::Saml => "saml",
            Self::Oidc => "oidc",
            Self::Passkey => "passkey",
        }
    }

    /// How many methods there are: the longest list a request may name (repeats are dropped).
    pub const COUNT: usize = 8;

    /// `methods` without repeats, in order.
    pub fn deduplicated(methods: &[Self]) -> Vec<Self> {
        let mut unique: Vec<Self> = Vec::new();
        for method in methods {
            if !unique.contains(method) {
                unique.push(*method);
            }
        }
        unique
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
    }

    /// Decodes a stored JSON list of names; names this version does not know are skipped,
    /// so a setting written by a newer version never makes a project unreadable.
    pub fn from_stored(text: &str) -> anyhow::Result<Vec<Self>> {
        let names: Vec<String> = from_json_text(text)?;
        Ok(names.iter().filter_map(|name| Self::parse(name)).collect())
    }
}

/// Colour scheme of the hosted pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follows the visitor's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Settings of a project's hosted login pages (stored as one JSON column).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HostedLogin {
    /// Name shown on the pages and in emails (defaults to the project name).
    pub display_name: Option<String>,
    /// `https` URL of a logo image.
    pub logo_url: Option<String>,
    /// Accent colour, `#rrggbb`.
    pub primary_color: Option<String>,
    /// Colour scheme.
    #[schema(schema_with = theme_schema)]
    pub theme: Theme,
    /// Who may sign up.
    #[schema(schema_with = signup_schema)]
    pub signup: SignupPolicy,
    /// Where the built-in client may send people after signing out (exact match).
    pub post_logout_redirect_uris: Vec<String>,
}

/// Whether tokens and keys of a project are for testing or production.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    /// `pk_test_`/`sk_test_` keys.
    Test,
    /// `pk_live_`/`sk_live_` keys.
    Live,
}

impl Environment {
    /// As stored and as written in key prefixes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Test => "test",
            Self::Live => "live",
        }
    }

    /// The environment named `name` (`test` or `live`).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "test" => Some(Self::Test),
            "live" => Some(Self::Live),
            _ => None,
        }
    }
}

text_column!(Environment);

/// Signature algorithms a project can sign with (their JOSE names).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
pub enum SigningAlgorithm {
    /// Ed25519 signatures (the default).
    #[serde(rename = "EdDSA")]
    EdDsa,
    /// ECDSA P-256 signatures with SHA-256.
    #[serde(rename = "ES256")]
    Es256,
}

impl SigningAlgorithm {
    /// The JOSE name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EdDsa => "EdDSA",
            Self::Es256 => "ES256",
        }
    }

    /// Parses a JOSE name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "EdDSA" => Some(Self::EdDsa),
            "ES256" => Some(Self::Es256),
            _ => None,
        }
    }
}

text_column!(SigningAlgorithm);

/// A project as stored.
#[derive(Debug, Clone)]
pub struct Project {
    /// `proj_...`
    pub id: ProjectId,
    /// Display name.
    pub name: String,
    /// `test` or `live`; decides the publishable key prefix.
    pub environment: Environment,
    /// Allowed OAuth redirect URIs.
    pub redirect_uris: Vec<String>,
    /// Login methods end users may use.
    pub login_methods: Vec<LoginMethod>,
    /// Access token lifetime.
    pub access_token_lifetime_seconds: i64,
    /// `EdDSA` or `ES256`, for keys created from now on.
    pub signing_algorithm: SigningAlgorithm,
    /// Custom issuer URL, replacing `{public_url}/p/{id}` when set.
    pub issuer_url: Option<String>,
    /// Settings of the hosted login pages.
    pub hosted_login: HostedLogin,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

#[derive(FromRow)]
struct ProjectRow {
    id: ProjectId,
    name: String,
    environment: Environment,
    redirect_uris: String,
    login_methods: String,
    access_token_lifetime_seconds: i64,
    signing_algorithm: SigningAlgorithm,
    issuer_url: Option<String>,
    hosted_login: String,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<ProjectRow> for Project {
    type Error = anyhow::Error;
    fn try_from(row: ProjectRow) -> anyhow::Result<Self> {
        Ok(Self {
            redirect_uris: from_json_text(&row.redirect_uris)?,
            login_methods: LoginMethod::from_stored(&row.login_methods)?,
            id: row.id,
            name: row.name,
            environment: row.environment,
            access_token_lifetime_seconds: row.access_token_lifetime_seconds,
            signing_algorithm: row.signing_algorithm,
            issuer_url: row.issuer_url,
            hosted_login: from_json_text(&row.hosted_login)?,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

const COLUMNS: &str = "id, name, environment, redirect_uris, login_methods, \
                       access_token_lifetime_seconds, signing_algorithm, issuer_url, \
                       hosted_login, created_at, updated_at";

/// Inserts a new project with default settings.
pub async fn insert(
    db: &Db,
    id: &ProjectId,
    name: &str,
    environment: Environment,
    now: i64,
) -> anyhow::Result<Project> {
    let project = Project {
        id: id.clone(),
        name: name.to_owned(),
        environment,
        redirect_uris: Vec::new(),
        login_methods: vec![LoginMethod::Password],
        access_token_lifetime_seconds: 300,
        signing_algorithm: SigningAlgorithm::EdDsa,
        issuer_url: None,
        hosted_login: HostedLogin::default(),
        created_at: now,
        updated_at: now,
    };
    sqlx::query(
        "INSERT INTO projects (id, name, environment, redirect_uris, login_methods, \
         access_token_lifetime_seconds, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&project.id)
    .bind(&project.name)
    .bind(project.environment)
    .bind(to_json_text(&project.redirect_uris)?)
    .bind(to_json_text(&project.login_methods)?)
    .bind(project.access_token_lifetime_seconds)
    .bind(project.created_at)
    .bind(project.updated_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(project)
}

/// The project with this id. Projects are the tenancy root, so this is the one lookup by id
/// alone; callers reach it only with an id that came from an authenticated credential.
pub async fn get(db: &Db, project_id: &str) -> anyhow::Result<Option<Project>> {
    let row: Option<ProjectRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM projects WHERE id = $1"))
            .bind(project_id)
            .fetch_optional(db.pool())
            .await?;
    row.map(Project::try_from).transpose()
}

/// The project an active (unrevoked) secret key with this digest belongs to, with the key's
/// id and last use, in one query: how every backend API request finds its project.
pub async fn find_by_secret_key(
    db: &Db,
    key_hash: &str,
) -> anyhow::Result<Option<(SecretKeyUse, Project)>> {
    #[derive(FromRow)]
    struct Found {
        secret_key_id: String,
        secret_key_last_used_at: Option<i64>,
        #[sqlx(flatten)]
        project: ProjectRow,
    }
    let found: Option<Found> = sqlx::query_as(&format!(
        "SELECT k.id AS secret_key_id, k.last_used_at AS secret_key_last_used_at, {} \
         FROM secret_keys k JOIN projects p ON p.id = k.project_id \
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL",
        super::qualified("p", COLUMNS)
    ))
    .bind(key_hash)
    .fetch_optional(db.pool())
    .await?;
    found
        .map(|found| {
            let key = SecretKeyUse {
                id: found.secret_key_id,
                last_used_at: found.secret_key_last_used_at,
            };
            Ok((key, Project::try_from(found.project)?))
        })
        .transpose()
}

/// The secret key a request presented, as [`find_by_secret_key`] answers it.
#[derive(Debug, Clone)]
pub struct SecretKeyUse {
    /// `skey_...`
    pub id: String,
    /// Unix seconds, updated at most once a minute.
    pub last_used_at: Option<i64>,
}

/// Every project, for operator-level jobs (automatic key rotation).
pub async fn list_all(db: &Db) -> anyhow::Result<Vec<Project>> {
    let rows: Vec<ProjectRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM projects ORDER BY id"))
            .fetch_all(db.pool())
            .await?;
    rows.into_iter().map(Project::try_from).collect()
}

/// Writes back every mutable setting of `project`.
pub async fn update(db: &Db, project: &Project) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE projects SET name = $1, redirect_uris = $2, login_methods = $3, \
         access_token_lifetime_seconds = $4, signing_algorithm = $5, issuer_url = $6, \
         hosted_login = $7, updated_at = $8 WHERE id = $9",
    )
    .bind(&project.name)
    .bind(to_json_text(&project.redirect_uris)?)
    .bind(to_json_text(&project.login_methods)?)
    .bind(project.access_token_lifetime_seconds)
    .bind(project.signing_algorithm)
    .bind(&project.issuer_url)
    .bind(to_json_text(&project.hosted_login)?)
    .bind(project.updated_at)
    .bind(&project.id)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// Takes the project's row lock inside `tx`, so that read-check-write sequences on the
/// project's keys serialise across connections and replicas. PostgreSQL gets a row lock
/// (`FOR UPDATE`); SQLite has a single writer, and a no-op UPDATE takes its write lock.
pub async fn lock(tx: &mut sqlx::AnyConnection, db: &Db, project_id: &str) -> anyhow::Result<()> {
    let statement = match db.backend() {
        super::Backend::Postgres => "SELECT id FROM projects WHERE id = $1 FOR UPDATE",
        super::Backend::Sqlite => "UPDATE projects SET updated_at = updated_at WHERE id = $1",
    };
    sqlx::query(statement)
        .bind(project_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// A string enum schema with a default (a `$ref` with a default would become a one-item
/// `oneOf`, which linters rightly reject).
fn string_enum(values: &[&str], default: &str, description: &str) -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(values.iter().copied()))
        .default(Some(serde_json::Value::String(default.to_owned())))
        .description(Some(description))
        .build()
}

fn theme_schema() -> utoipa::openapi::Object {
    string_enum(
        &["auto", "light", "dark"],
        "auto",
        "Colour scheme of the hosted pages.",
    )
}

fn signup_schema() -> utoipa::openapi::Object {
    string_enum(
        &["disabled", "verified_domain", "create_organization"],
        "disabled",
        "Who may sign up: nobody, people whose email domain is an organization's verified domain (they join it), or also anyone else (they create an organization).",
    )
}
