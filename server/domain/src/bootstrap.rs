//! Creating projects outside the API: `gatehouse project create` for operators and the
//! dev environment of `gatehouse dev` (a project, a demo organization and a demo user,
//! created once per data directory and reused afterwards).

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::state::ServerConfig;
use crate::{password, secrets};
use gatehouse_storage::db::{
    self, Db,
    projects::{Environment, Project},
};
use gatehouse_storage::ids::{IdKind, OrganizationId, ProjectId, UserId};

/// What an operator needs to use a new project; printed as JSON by the CLI.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ProjectCredentials {
    /// Base URL of the server's API.
    pub api_url: String,
    /// Issuer of the project's tokens.
    pub issuer: String,
    /// `proj_...`
    pub project_id: ProjectId,
    /// Public key for frontends.
    pub publishable_key: String,
    /// Secret key for the backend API (shown once).
    pub secret_key: String,
}

/// Contents of `dev.json`: the project's credentials and the demo tenant.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DevEnvironment {
    /// The dev project.
    #[serde(flatten)]
    pub project: ProjectCredentials,
    /// `org_...` of the demo organization.
    pub demo_organization_id: OrganizationId,
    /// Email of the demo user.
    pub demo_user_email: String,
    /// Password of the demo user.
    pub demo_user_password: String,
}

/// Creates a project with one secret key named `initial`.
pub async fn create_project(
    db: &Db,
    config: &ServerConfig,
    name: &str,
    environment: &str,
) -> anyhow::Result<ProjectCredentials> {
    let environment = Environment::parse(environment)
        .ok_or_else(|| anyhow::anyhow!("environment must be 'test' or 'live'"))?;
    let name = crate::validate::name("name", name).map_err(|e| anyhow::anyhow!("{e}"))?;
    let project = db::projects::insert(
        db,
        &ProjectId::generate(),
        &name,
        environment,
        gatehouse_storage::clock::Clock::default().now(),
    )
    .await?;
    db::rbac::ensure_built_in_roles(
        db,
        &project.id,
        gatehouse_storage::clock::Clock::default().now(),
    )
    .await?;
    let secret = add_secret_key(db, &project.id, environment, "initial").await?;
    Ok(credentials(config, &project, secret))
}

async fn add_secret_key(
    db: &Db,
    project_id: &ProjectId,
    environment: Environment,
    name: &str,
) -> anyhow::Result<String> {
    let key = secrets::new_secret_key(environment);
    db::secret_keys::insert(
        db,
        &IdKind::SecretKey.generate(),
        project_id,
        name,
        &key.hash,
        &key.display_prefix,
        gatehouse_storage::clock::Clock::default().now(),
    )
    .await?;
    Ok(key.secret)
}

fn credentials(config: &ServerConfig, project: &Project, secret_key: String) -> ProjectCredentials {
    let issuer = config.issuer_of(project);
    ProjectCredentials {
        api_url: config.public_url.clone(),
        publishable_key: secrets::publishable_key(project.environment, &issuer, &project.id),
        issuer,
        project_id: project.id.clone(),
        secret_key,
    }
}

/// Name of the file `gatehouse dev` writes into the data directory.
pub const DEV_FILE: &str = "dev.json";

/// Returns the dev environment of `data_dir`, creating what is missing: on the first run a
/// project, a demo organization and a demo user; on later runs the same ones, with URLs
/// updated to `config` and a fresh secret key only if the stored one was revoked.
pub async fn ensure_dev_environment(
    db: &Db,
    config: &ServerConfig,
    data_dir: &Path,
) -> anyhow::Result<DevEnvironment> {
    let path = data_dir.join(DEV_FILE);
    if let Some(previous) = read_dev_file(&path)? {
        if let Some(env) = reuse(db, config, previous).await? {
            write_dev_file(&path, &env)?;
            return Ok(env);
        }
        tracing::warn!(
            "the project in {} no longer exists; creating a new one",
            path.display()
        );
    }
    let project = create_project(db, config, "Development", "test").await?;
    // The dev project shows off the hosted login: passwords and emailed links, and sign-up
    // for addresses of a verified domain (the demo organization's `acme.test`).
    if let Some(mut stored) = db::projects::get(db, &project.project_id).await? {
        stored.login_methods = vec![
            db::projects::LoginMethod::Password,
            db::projects::LoginMethod::MagicLink,
        ];
        stored.hosted_login.signup = db::projects::SignupPolicy::VerifiedDomain;
        db::projects::update(db, &stored).await?;
    }
    let org_id = OrganizationId::generate();
    let now = gatehouse_storage::clock::Clock::default().now();
    let org = db::organizations::Organization {
        id: org_id.clone(),
        project_id: project.project_id.clone(),
        name: "Acme Inc.".to_owned(),
        slug: "acme".to_owned(),
        domains: vec!["acme.test".to_owned()],
        login_methods: None,
        session_lifetime_seconds: None,
        require_mfa: false,
        signup_domains: None,
        created_at: now,
        updated_at: now,
    };
    match db::organizations::insert(db, &org).await? {
        db::organizations::Write::Done(()) => {}
        db::organizations::Write::SlugTaken => anyhow::bail!("demo organization slug is taken"),
    }
    let demo_password = secrets::random_token(12);
    let demo_password_hash = password::hash(demo_password.clone()).await?;
    let user = db::users::User {
        id: UserId::generate(),
        project_id: project.project_id.clone(),
        organization_id: org_id.clone(),
        email: "demo@acme.test".to_owned(),
        email_verified: true,
        name: Some("Demo User".to_owned()),
        has_password: true,
        totp_enabled_at: None,
        deactivated_at: None,
        created_at: now,
        updated_at: now,
    };
    let mut tx = db.begin().await?;
    match db::users::insert(&mut *tx, &user).await? {
        db::users::Write::Done(()) => {}
        db::users::Write::EmailTaken => anyhow::bail!("demo user already exists"),
    }
    db::credentials::set_password(
        &mut *tx,
        &user.project_id,
        &user.id,
        &demo_password_hash,
        now,
    )
    .await?;
    db::rbac::set_user_roles(
        &mut tx,
        &user.project_id,
        &user.id,
        &[db::rbac::OWNER_ROLE.to_owned()],
    )
    .await?;
    tx.commit().await?;
    let env = DevEnvironment {
        project,
        demo_organization_id: org_id,
        demo_user_email: user.email,
        demo_user_password: demo_password,
    };
    write_dev_file(&path, &env)?;
    Ok(env)
}

async fn reuse(
    db: &Db,
    config: &ServerConfig,
    previous: DevEnvironment,
) -> anyhow::Result<Option<DevEnvironment>> {
    let project_id = &previous.project.project_id;
    let Some(project) = db::projects::get(db, project_id).await? else {
        return Ok(None);
    };
    db::rbac::ensure_built_in_roles(
        db,
        &project.id,
        gatehouse_storage::clock::Clock::default().now(),
    )
    .await?;
    let stored = db::secret_keys::find_active_by_hash(
        db,
        &secrets::hash_secret(&previous.project.secret_key),
    )
    .await?
    .filter(|key| key.project_id == project.id);
    let secret = match stored {
        Some(_) => previous.project.secret_key.clone(),
        None => add_secret_key(db, &project.id, project.environment, "dev").await?,
    };
    Ok(Some(DevEnvironment {
        project: credentials(config, &project, secret),
        ..previous
    }))
}

fn read_dev_file(path: &Path) -> anyhow::Result<Option<DevEnvironment>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}

fn write_dev_file(path: &Path, env: &DevEnvironment) -> anyhow::Result<()> {
    let json = serde_json::to_vec_pretty(env)?;
    crate::files::write_private(path, &json)
}
