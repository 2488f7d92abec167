//! Storage of organizations (the tenants of a project) and their verified email domains.

use crate::ids::{OrganizationId, ProjectId};
use sqlx::FromRow;

use super::projects::LoginMethod;
use super::{Db, from_json_text, to_json_text};

/// An organization as stored, with its domains.
#[derive(Debug, Clone)]
pub struct Organization {
    /// `org_...`
    pub id: OrganizationId,
    /// Owning project.
    pub project_id: ProjectId,
    /// Display name.
    pub name: String,
    /// Unique per project; used to pick the organization at login.
    pub slug: String,
    /// Verified email domains, sorted.
    pub domains: Vec<String>,
    /// Login methods allowed in this organization; None follows the project.
    pub login_methods: Option<Vec<LoginMethod>>,
    /// Session lifetime for this organization's users; None uses the server default.
    pub session_lifetime_seconds: Option<i64>,
    /// Whether every user must pass a second factor (TOTP) at sign-in.
    pub require_mfa: bool,
    /// Email domains allowed to sign up into this organization (None: its verified domains).
    pub signup_domains: Option<Vec<String>>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

#[derive(FromRow)]
struct OrganizationRow {
    id: OrganizationId,
    project_id: ProjectId,
    name: String,
    slug: String,
    login_methods: Option<String>,
    session_lifetime_seconds: Option<i64>,
    require_mfa: i64,
    signup_domains: Option<String>,
    created_at: i64,
    updated_at: i64,
}

const COLUMNS: &str = "id, project_id, name, slug, login_methods, session_lifetime_seconds, \
                       require_mfa, signup_domains, created_at, updated_at";

/// Outcome of writes that may hit the per-project slug uniqueness.
#[derive(Debug)]
pub enum Write<T> {
    /// Written.
    Done(T),
    /// Another organization of the project has this slug.
    SlugTaken,
}

/// Inserts an organization and its domains in one transaction.
pub async fn insert(db: &Db, org: &Organization) -> anyhow::Result<Write<()>> {
    let mut tx = db.begin().await?;
    let written = insert_in(&mut tx, org).await?;
    tx.commit().await?;
    Ok(written)
}

/// [`insert`] inside the caller's transaction (with the audit event of the change).
pub async fn insert_in(
    conn: &mut sqlx::AnyConnection,
    org: &Organization,
) -> anyhow::Result<Write<()>> {
    let inserted = sqlx::query(
        "INSERT INTO organizations (id, project_id, name, slug, login_methods, \
         session_lifetime_seconds, require_mfa, signup_domains, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&org.id)
    .bind(&org.project_id)
    .bind(&org.name)
    .bind(&org.slug)
    .bind(org.login_methods.as_ref().map(to_json_text).transpose()?)
    .bind(org.session_lifetime_seconds)
    .bind(i64::from(org.require_mfa))
    .bind(org.signup_domains.as_ref().map(to_json_text).transpose()?)
    .bind(org.created_at)
    .bind(org.updated_at)
    .execute(&mut *conn)
    .await;
    match inserted {
        Err(err) if super::is_unique_violation(&err) => return Ok(Write::SlugTaken),
        other => {
            other?;
        }
    }
    replace_domains(conn, &org.project_id, &org.id, &org.domains, org.created_at).await?;
    Ok(Write::Done(()))
}

async fn replace_domains(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    organization_id: &str,
    domains: &[String],
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM organization_domains WHERE project_id = $1 AND organization_id = $2")
        .bind(project_id)
        .bind(organization_id)
        .execute(&mut *conn)
        .await?;
    for domain in domains {
        sqlx::query(
            "INSERT INTO organization_domains (organization_id, project_id, domain, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(organization_id)
        .bind(project_id)
        .bind(domain)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn domains_of(
    db: &Db,
    project_id: &str,
    ids: &[&str],
) -> anyhow::Result<Vec<(String, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders = (0..ids.len())
        .map(|i| format!("${}", i + 2))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT organization_id, domain FROM organization_domains \
         WHERE project_id = $1 AND organization_id IN ({placeholders}) ORDER BY domain"
    );
    let mut query = sqlx::query_as::<_, (String, String)>(&sql).bind(project_id);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(db.pool()).await?)
}

async fn with_domains(
    db: &Db,
    project_id: &str,
    rows: Vec<OrganizationRow>,
) -> anyhow::Result<Vec<Organization>> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let domains = domains_of(db, project_id, &ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Organization {
                domains: domains
                    .iter()
                    .filter(|(org, _)| *org == row.id)
                    .map(|(_, d)| d.clone())
                    .collect(),
                login_methods: row
                    .login_methods
                    .as_deref()
                    .map(LoginMethod::from_stored)
                    .transpose()?,
                session_lifetime_seconds: row.session_lifetime_seconds,
                require_mfa: row.require_mfa != 0,
                signup_domains: row
                    .signup_domains
                    .as_deref()
                    .map(from_json_text)
                    .transpose()?,
                id: row.id,
                project_id: row.project_id,
                name: row.name,
                slug: row.slug,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

/// One organization of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<Organization>> {
    let row: Option<OrganizationRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM organizations WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    match row {
        None => Ok(None),
        Some(row) => Ok(with_domains(db, project_id, vec![row]).await?.pop()),
    }
}

/// Filters for [`list`], the lookups used to find a person's organization at sign-in.
#[derive(Debug, Default)]
pub struct Filter<'a> {
    /// Only the organization with this slug.
    pub slug: Option<&'a str>,
    /// Only organizations that verified this email domain.
    pub domain: Option<&'a str>,
    /// Only organizations with a user of this (normalised) email.
    pub user_email: Option<&'a str>,
}

/// A page of the project's organizations in creation order, after `starting_after`;
/// fetches `limit` rows (callers ask for one more than they show, to know if more exist).
pub async fn list(
    db: &Db,
    project_id: &str,
    filter: &Filter<'_>,
    starting_after: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<Organization>> {
    // Absent filters bind NULL and their `$n IS NULL OR` arm lets every row through.
    let rows: Vec<OrganizationRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM organizations o WHERE project_id = $1 AND id > $2 \
         AND ($3 IS NULL OR slug = $3) \
         AND ($4 IS NULL OR EXISTS (SELECT 1 FROM organization_domains d \
              WHERE d.project_id = $1 AND d.organization_id = o.id AND d.domain = $4)) \
         AND ($5 IS NULL OR EXISTS (SELECT 1 FROM users u \
              WHERE u.project_id = $1 AND u.organization_id = o.id AND u.email = $5)) \
         ORDER BY id LIMIT $6"
    ))
    .bind(project_id)
    .bind(starting_after.unwrap_or(""))
    .bind(filter.slug)
    .bind(filter.domain)
    .bind(filter.user_email)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    with_domains(db, project_id, rows).await
}

/// The organization of the project with this slug.
pub async fn find_by_slug(
    db: &Db,
    project_id: &str,
    slug: &str,
) -> anyhow::Result<Option<Organization>> {
    let row: Option<OrganizationRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM organizations WHERE project_id = $1 AND slug = $2"
    ))
    .bind(project_id)
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    match row {
        None => Ok(None),
        Some(row) => Ok(with_domains(db, project_id, vec![row]).await?.pop()),
    }
}

/// Writes back name, slug and domains.
pub async fn update(db: &Db, org: &Organization) -> anyhow::Result<Write<()>> {
    let mut tx = db.begin().await?;
    let written = update_in(&mut tx, org).await?;
    tx.commit().await?;
    Ok(written)
}

/// [`update`] inside the caller's transaction (with the audit event of the change).
pub async fn update_in(
    conn: &mut sqlx::AnyConnection,
    org: &Organization,
) -> anyhow::Result<Write<()>> {
    let updated = sqlx::query(
        "UPDATE organizations SET name = $1, slug = $2, login_methods = $3, \
         session_lifetime_seconds = $4, require_mfa = $5, signup_domains = $6, updated_at = $7 \
         WHERE project_id = $8 AND id = $9",
    )
    .bind(&org.name)
    .bind(&org.slug)
    .bind(org.login_methods.as_ref().map(to_json_text).transpose()?)
    .bind(org.session_lifetime_seconds)
    .bind(i64::from(org.require_mfa))
    .bind(org.signup_domains.as_ref().map(to_json_text).transpose()?)
    .bind(org.updated_at)
    .bind(&org.project_id)
    .bind(&org.id)
    .execute(&mut *conn)
    .await;
    match updated {
        Err(err) if super::is_unique_violation(&err) => return Ok(Write::SlugTaken),
        other => {
            other?;
        }
    }
    replace_domains(conn, &org.project_id, &org.id, &org.domains, org.updated_at).await?;
    Ok(Write::Done(()))
}

/// Deletes an organization with everything it owns: users with their sessions, refresh
/// tokens and roles, custom roles, API keys and domains. Returns whether it existed in this
/// project.
pub async fn delete(db: &Db, project_id: &str, id: &str) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let deleted = delete_in(&mut tx, project_id, id).await?;
    tx.commit().await?;
    Ok(deleted)
}

/// [`delete`] inside the caller's transaction (with the audit event of the change).
pub async fn delete_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
) -> anyhow::Result<bool> {
    let deleted = super::delete_scoped_in(
        conn,
        &[
            "DELETE FROM refresh_tokens WHERE project_id = $1 AND session_id IN \
             (SELECT id FROM sessions WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM sessions WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM user_roles WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM roles WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM api_keys WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM invitations WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM domain_verifications WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM login_sessions WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM authorization_codes WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM email_tokens WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM user_credentials WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM user_identities WHERE project_id = $1 AND user_id IN \
             (SELECT id FROM users WHERE project_id = $1 AND organization_id = $2)",
            "DELETE FROM users WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM organization_domains WHERE project_id = $1 AND organization_id = $2",
            "DELETE FROM organizations WHERE project_id = $1 AND id = $2",
        ],
        project_id,
        id,
    )
    .await?;
    Ok(deleted > 0)
}
