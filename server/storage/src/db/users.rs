//! Storage of users. A user belongs to exactly one organization; the same email in two
//! organizations is two users.

use crate::ids::{OrganizationId, ProjectId, UserId};
use sqlx::FromRow;

use super::Db;

/// A user as stored. Their credentials live in `db/credentials.rs`; this carries only whether
/// they have a password and when they confirmed a second factor.
#[derive(Debug, Clone)]
pub struct User {
    /// `user_...`
    pub id: UserId,
    /// Owning project.
    pub project_id: ProjectId,
    /// Owning organization.
    pub organization_id: OrganizationId,
    /// Lowercased address, unique within the organization.
    pub email: String,
    /// Whether the person proved they read mail at `email` (stored as 0/1).
    pub email_verified: bool,
    /// Display name.
    pub name: Option<String>,
    /// Whether the user has a password (read-only here: `db/credentials.rs` writes it).
    pub has_password: bool,
    /// When the user confirmed a TOTP second factor (read-only here: `db/credentials.rs`
    /// writes it).
    pub totp_enabled_at: Option<i64>,
    /// When the organization's directory deactivated the user (SCIM `active: false`); a
    /// deactivated user cannot sign in. Written by `db/scim_users.rs`.
    pub deactivated_at: Option<i64>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

#[derive(FromRow)]
struct Row {
    id: UserId,
    project_id: ProjectId,
    organization_id: OrganizationId,
    email: String,
    email_verified: i64,
    name: Option<String>,
    passwords: i64,
    totp_enabled_at: Option<i64>,
    deactivated_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl From<Row> for User {
    fn from(row: Row) -> Self {
        Self {
            id: row.id,
            project_id: row.project_id,
            organization_id: row.organization_id,
            email: row.email,
            email_verified: row.email_verified != 0,
            name: row.name,
            has_password: row.passwords > 0,
            totp_enabled_at: row.totp_enabled_at,
            deactivated_at: row.deactivated_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// The user columns, and from `user_credentials` the two facts [`User`] carries.
const COLUMNS: &str = "id, project_id, organization_id, email, email_verified, name, \
     (SELECT COUNT(*) FROM user_credentials c WHERE c.user_id = users.id \
      AND c.kind = 'password') AS passwords, \
     (SELECT c.confirmed_at FROM user_credentials c WHERE c.user_id = users.id \
      AND c.kind = 'totp') AS totp_enabled_at, \
     deactivated_at, created_at, updated_at";

/// Outcome of writes that may hit the per-organization email uniqueness.
#[derive(Debug)]
pub enum Write<T> {
    /// Written.
    Done(T),
    /// The organization already has a user with this email.
    EmailTaken,
}

/// Inserts a user (their password, if any, is written with `db/credentials.rs` in the same
/// transaction).
pub async fn insert<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    user: &User,
) -> anyhow::Result<Write<()>> {
    let inserted = sqlx::query(
        "INSERT INTO users (id, project_id, organization_id, email, email_verified, name, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&user.id)
    .bind(&user.project_id)
    .bind(&user.organization_id)
    .bind(&user.email)
    .bind(i64::from(user.email_verified))
    .bind(&user.name)
    .bind(user.created_at)
    .bind(user.updated_at)
    .execute(executor)
    .await;
    match inserted {
        Err(err) if super::is_unique_violation(&err) => Ok(Write::EmailTaken),
        other => other.map(|_| Write::Done(())).map_err(Into::into),
    }
}

/// One user of the project.
pub async fn get(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<User>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(User::from))
}

/// Filters for [`list`].
#[derive(Debug, Default)]
pub struct Filter<'a> {
    /// Only users of this organization.
    pub organization_id: Option<&'a str>,
    /// Only users with this (normalised) email.
    pub email: Option<&'a str>,
}

/// A page of the project's users in creation order, after `starting_after`.
pub async fn list(
    db: &Db,
    project_id: &str,
    filter: &Filter<'_>,
    starting_after: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<User>> {
    // Absent filters bind NULL and the `$n IS NULL OR` arm lets every row through, so one
    // statement serves every combination.
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE project_id = $1 AND id > $2 \
         AND ($3 IS NULL OR organization_id = $3) AND ($4 IS NULL OR email = $4) \
         ORDER BY id LIMIT $5"
    ))
    .bind(project_id)
    .bind(starting_after.unwrap_or(""))
    .bind(filter.organization_id)
    .bind(filter.email)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(User::from).collect())
}

/// The user with this (normalised) email in the organization.
pub async fn find_by_email(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    email: &str,
) -> anyhow::Result<Option<User>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE project_id = $1 AND organization_id = $2 AND email = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(email)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(User::from))
}

/// Users with this (normalised) email across the project's organizations, oldest first, at
/// most `limit` (the hosted login signs a person in to one of them).
pub async fn find_all_by_email(
    db: &Db,
    project_id: &str,
    email: &str,
    limit: i64,
) -> anyhow::Result<Vec<User>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE project_id = $1 AND email = $2 ORDER BY id LIMIT $3"
    ))
    .bind(project_id)
    .bind(email)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(User::from).collect())
}

/// Writes back email, verification and name (a password is set through
/// `db/credentials.rs`), on `executor` (the pool, or a transaction the change belongs to).
/// Answers `Done(false)` when the user no longer exists (deleted since it was read).
pub async fn update<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    user: &User,
) -> anyhow::Result<Write<bool>> {
    let updated = sqlx::query(
        "UPDATE users SET email = $1, email_verified = $2, name = $3, updated_at = $4 \
         WHERE project_id = $5 AND id = $6",
    )
    .bind(&user.email)
    .bind(i64::from(user.email_verified))
    .bind(&user.name)
    .bind(user.updated_at)
    .bind(&user.project_id)
    .bind(&user.id)
    .execute(executor)
    .await;
    match updated {
        Err(err) if super::is_unique_violation(&err) => Ok(Write::EmailTaken),
        other => other
            .map(|done| Write::Done(done.rows_affected() > 0))
            .map_err(Into::into),
    }
}

/// What deleting a user removes, in order, each bound to `$1` = project id and `$2` = user
/// id: their tokens, roles, credentials, identities and directory (SCIM) rows, then the user.
/// The SCIM delete (`db/scim_users.rs`) runs the same list in its own transaction.
pub const DELETE_STATEMENTS: &[&str] = &[
    "DELETE FROM user_group_roles WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM scim_group_members WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM scim_user_emails WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM scim_users WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM refresh_tokens WHERE project_id = $1 AND session_id IN \
             (SELECT id FROM sessions WHERE project_id = $1 AND user_id = $2)",
    "DELETE FROM user_roles WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM sessions WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM login_sessions WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM authorization_codes WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM email_tokens WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM user_credentials WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM user_identities WHERE project_id = $1 AND user_id = $2",
    "DELETE FROM users WHERE project_id = $1 AND id = $2",
];

/// Deletes a user with their sessions, refresh tokens and roles; returns whether the user
/// existed in this project.
pub async fn delete(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
) -> anyhow::Result<bool> {
    let deleted = super::delete_scoped_in(conn, DELETE_STATEMENTS, project_id, id).await?;
    Ok(deleted > 0)
}
