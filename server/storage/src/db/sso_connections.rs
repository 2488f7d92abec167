//! Storage of organizations' SSO connections: the SAML or OpenID Connect identity provider an
//! organization signs its people in with. Every connection belongs to one organization of one
//! project, and every query takes both; creating, changing and deleting one is audited in the
//! same transaction. The settings are typed here and stored as JSON; the OIDC client secret is
//! stored sealed (the caller seals it under the master key, `server/domain/src/crypto.rs`).

use std::collections::BTreeMap;

use sqlx::FromRow;

use super::Db;
use super::audit::{self, Entry};
use crate::events::Event;
use crate::ids::{OrganizationId, ProjectId};

/// Most connections one organization may hold.
pub const MAX_PER_ORGANIZATION: i64 = 20;

/// Which protocol a connection speaks (`protocol` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    /// SAML 2.0 (`samlc_...`).
    Saml,
    /// OpenID Connect (`oidcc_...`).
    Oidc,
}

impl Protocol {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Saml => "saml",
            Self::Oidc => "oidc",
        }
    }
}

/// Attribute (SAML) or claim (OIDC) names to read a profile from, each list tried in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProfileMapping {
    /// Names holding the email address.
    pub email: Vec<String>,
    /// Names holding the display name.
    pub name: Vec<String>,
    /// Names holding the groups.
    pub groups: Vec<String>,
    /// Names holding the given name (SAML: joined with the family name when there is no
    /// display name).
    #[serde(default)]
    pub given_name: Vec<String>,
    /// Names holding the family name.
    #[serde(default)]
    pub family_name: Vec<String>,
}

/// A SAML identity provider, as configured (the certificates are pinned: only they verify).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SamlSettings {
    /// The IdP's entity id (the `Issuer` of its answers).
    pub idp_entity_id: String,
    /// Its single sign-on URL (HTTP-Redirect binding).
    pub idp_sso_url: String,
    /// Its signing certificates, normalised PEM; at least one (several during a rollover).
    pub idp_certificates: Vec<String>,
    /// Whether SHA-1 signatures are accepted.
    pub allow_sha1: bool,
    /// Whether answers nobody asked for (IdP-initiated sign-in) are accepted.
    pub allow_idp_initiated: bool,
    /// Audiences accepted besides our entity id (Entra's `spn:<app id>`).
    pub extra_audiences: Vec<String>,
    /// Tolerated clock difference, in seconds.
    pub clock_skew_seconds: i64,
    /// Where the profile comes from.
    pub mapping: ProfileMapping,
}

/// An OpenID provider, as configured and discovered at save time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OidcSettings {
    /// The issuer, matched exactly.
    pub issuer: String,
    /// Our client id there.
    pub client_id: String,
    /// Scopes asked for.
    pub scopes: Vec<String>,
    /// Where the profile comes from.
    pub mapping: ProfileMapping,
    /// The discovery document as fetched at save time.
    pub discovery: serde_json::Value,
}

/// A connection's protocol settings.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProtocolSettings {
    /// SAML.
    Saml(SamlSettings),
    /// OIDC.
    Oidc(OidcSettings),
}

impl ProtocolSettings {
    /// The protocol.
    pub fn protocol(&self) -> Protocol {
        match self {
            Self::Saml(_) => Protocol::Saml,
            Self::Oidc(_) => Protocol::Oidc,
        }
    }
}

/// Everything configured about a connection (the `settings` column).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// The protocol's settings.
    pub protocol: ProtocolSettings,
    /// Role keys given to users whose identity provider lists a group (group name → keys).
    pub group_roles: BTreeMap<String, Vec<String>>,
}

/// A connection as stored.
#[derive(Debug, Clone)]
pub struct Connection {
    /// `samlc_...` or `oidcc_...`.
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The organization it signs people in to (and only that one).
    pub organization_id: OrganizationId,
    /// Label.
    pub name: String,
    /// Whether sign-ins through it are accepted (and the login routes to it).
    pub enabled: bool,
    /// Its settings.
    pub settings: Settings,
    /// The OIDC client secret, sealed under the master key.
    pub client_secret_sealed: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

#[derive(FromRow)]
struct Row {
    id: String,
    project_id: ProjectId,
    organization_id: OrganizationId,
    name: String,
    enabled: i64,
    settings: String,
    client_secret_sealed: Option<String>,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<Row> for Connection {
    type Error = anyhow::Error;

    fn try_from(row: Row) -> anyhow::Result<Self> {
        Ok(Self {
            id: row.id,
            project_id: row.project_id,
            organization_id: row.organization_id,
            name: row.name,
            enabled: row.enabled != 0,
            settings: super::from_json_text(&row.settings)?,
            client_secret_sealed: row.client_secret_sealed,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

const COLUMNS: &str = "id, project_id, organization_id, name, enabled, settings, \
                       client_secret_sealed, created_at, updated_at";

fn change_entry<'a>(connection: &'a Connection, action: Event) -> Entry<'a> {
    Entry {
        organization_id: Some(&connection.organization_id),
        actor: Some(audit::SECRET_KEY_ACTOR),
        target: Some(&connection.id),
        details: serde_json::json!({
            "protocol": connection.settings.protocol.protocol().as_str(),
            "name": connection.name,
            "enabled": connection.enabled,
        }),
        ..Entry::new(&connection.project_id, action)
    }
}

/// Inserts a connection and records `sso_connection.created`, in one transaction.
pub async fn insert(db: &Db, connection: &Connection) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(&format!(
        "INSERT INTO sso_connections ({COLUMNS}, protocol) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    ))
    .bind(&connection.id)
    .bind(&connection.project_id)
    .bind(&connection.organization_id)
    .bind(&connection.name)
    .bind(i64::from(connection.enabled))
    .bind(super::to_json_text(&connection.settings)?)
    .bind(&connection.client_secret_sealed)
    .bind(connection.created_at)
    .bind(connection.updated_at)
    .bind(connection.settings.protocol.protocol().as_str())
    .execute(&mut *tx)
    .await?;
    audit::record_in(
        &mut tx,
        &change_entry(connection, Event::SsoConnectionCreated),
        connection.created_at,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces a connection's name, state, settings and secret, and records
/// `sso_connection.updated`, in one transaction; false when it no longer exists.
pub async fn update(db: &Db, connection: &Connection) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE sso_connections SET name = $1, enabled = $2, settings = $3, \
         client_secret_sealed = $4, updated_at = $5 \
         WHERE project_id = $6 AND organization_id = $7 AND id = $8",
    )
    .bind(&connection.name)
    .bind(i64::from(connection.enabled))
    .bind(super::to_json_text(&connection.settings)?)
    .bind(&connection.client_secret_sealed)
    .bind(connection.updated_at)
    .bind(&connection.project_id)
    .bind(&connection.organization_id)
    .bind(&connection.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    audit::record_in(
        &mut tx,
        &change_entry(connection, Event::SsoConnectionUpdated),
        connection.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes a connection (its pending sign-ins and remembered assertion ids with it) and
/// records `sso_connection.deleted`, in one transaction; false when there was none.
pub async fn delete(db: &Db, connection: &Connection, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    for table in ["sso_requests", "saml_assertion_ids"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE project_id = $1 AND connection_id = $2"
        ))
        .bind(&connection.project_id)
        .bind(&connection.id)
        .execute(&mut *tx)
        .await?;
    }
    let done = sqlx::query(
        "DELETE FROM sso_connections WHERE project_id = $1 AND organization_id = $2 AND id = $3",
    )
    .bind(&connection.project_id)
    .bind(&connection.organization_id)
    .bind(&connection.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    audit::record_in(
        &mut tx,
        &change_entry(connection, Event::SsoConnectionDeleted),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// One connection of the organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    id: &str,
) -> anyhow::Result<Option<Connection>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_connections WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(Connection::try_from).transpose()
}

/// One connection of the project, whatever its organization (the ACS and callback URLs
/// name only the connection; the connection then names the one organization it serves).
pub async fn get_in_project(
    db: &Db,
    project_id: &str,
    id: &str,
) -> anyhow::Result<Option<Connection>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_connections WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(Connection::try_from).transpose()
}

/// The organization's connections of one protocol, oldest first.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    protocol: Protocol,
) -> anyhow::Result<Vec<Connection>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_connections WHERE project_id = $1 AND organization_id = $2 \
         AND protocol = $3 ORDER BY id LIMIT 100"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(protocol.as_str())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(Connection::try_from).collect()
}

/// How many connections the organization has, of either protocol.
pub async fn count(db: &Db, project_id: &str, organization_id: &str) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM sso_connections WHERE project_id = $1 AND organization_id = $2",
    )
    .bind(project_id)
    .bind(organization_id)
    .fetch_one(db.pool())
    .await?)
}

/// The first enabled connection of the organization (oldest first), if any.
pub async fn first_enabled(
    db: &Db,
    project_id: &str,
    organization_id: &str,
) -> anyhow::Result<Option<Connection>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sso_connections WHERE project_id = $1 AND organization_id = $2 \
         AND enabled = 1 ORDER BY id LIMIT 1"
    ))
    .bind(project_id)
    .bind(organization_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(Connection::try_from).transpose()
}

/// The organizations of the project with `domain` among their verified domains
/// (`organization_domains`: set by the backend API or proven over DNS,
/// `db/domain_verifications.rs`) and an enabled connection, at most two.
pub async fn organizations_routing_domain(
    db: &Db,
    project_id: &str,
    domain: &str,
) -> anyhow::Result<Vec<OrganizationId>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT d.organization_id FROM organization_domains d \
         JOIN sso_connections c ON c.project_id = d.project_id \
         AND c.organization_id = d.organization_id AND c.enabled = 1 \
         WHERE d.project_id = $1 AND d.domain = $2 \
         ORDER BY d.organization_id LIMIT 2",
    )
    .bind(project_id)
    .bind(domain)
    .fetch_all(db.pool())
    .await?)
}

/// Whether `domain` is one of the organization's verified domains.
pub async fn domain_verified(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    domain: &str,
) -> anyhow::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM organization_domains WHERE project_id = $1 AND organization_id = $2 \
         AND domain = $3",
    )
    .bind(project_id)
    .bind(organization_id)
    .bind(domain)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.is_some())
}

/// The user of the organization its SCIM directory provisioned under `subject` (as
/// externalId or userName) or with userName `email`, if there is one: an SSO sign-in links to
/// that user instead of creating another.
pub async fn scim_user_matching(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    subject: &str,
    email: Option<&str>,
) -> anyhow::Result<Option<crate::ids::UserId>> {
    let subject_key = subject.to_lowercase();
    let email_key = email
        .map(str::to_lowercase)
        .unwrap_or_else(|| subject_key.clone());
    Ok(sqlx::query_scalar(
        "SELECT i.user_id FROM user_identities i JOIN users u ON u.id = i.user_id \
         WHERE i.project_id = $1 AND i.kind = 'scim' AND i.issuer = $2 AND i.subject = $3 \
         AND u.organization_id = $2 \
         UNION \
         SELECT s.user_id FROM scim_users s WHERE s.project_id = $1 AND s.organization_id = $2 \
         AND s.user_name_key IN ($4, $5) \
         ORDER BY 1 LIMIT 1",
    )
    .bind(project_id)
    .bind(organization_id)
    .bind(subject)
    .bind(&subject_key)
    .bind(&email_key)
    .fetch_optional(db.pool())
    .await?)
}
