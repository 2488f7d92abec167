//! Storage of the directory's view of users (SCIM Users). A SCIM user is a Gatehouse user of
//! the organization (`users`) plus a `scim_users` row with its userName, the attributes as
//! JSON and the lowercased columns filters compare, its emails in `scim_user_emails`, and its
//! externalId as a `scim` identity (`db/identities.rs`, issuer = the organization id).
//! Every write is one transaction with its audit event and outbox event; deactivation ends
//! the user's sessions, refresh tokens, hosted-login sessions and pending links in the same
//! transaction.

use sqlx::{AnyConnection, FromRow};

use super::audit::{self, Entry};
use super::scim_filter::{Bind, Sql};
use super::{Db, identities};
use crate::events::Event;
use crate::ids::{IdKind, UserId};

/// A SCIM user as read back.
#[derive(Debug, Clone, FromRow)]
pub struct ScimUser {
    /// `user_...`, the SCIM id.
    pub user_id: UserId,
    /// As the directory wrote it.
    pub user_name: String,
    /// The stored attributes, JSON object text.
    pub resource: String,
    /// `meta.version`.
    pub version: i64,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
    /// Set while deactivated.
    pub deactivated_at: Option<i64>,
    /// The directory's externalId.
    pub external_id: Option<String>,
}

/// One email for filters.
#[derive(Debug, Clone)]
pub struct EmailKey {
    /// Lowercased address.
    pub value: String,
    /// Lowercased type.
    pub kind: Option<String>,
    /// `primary`.
    pub primary: bool,
}

/// Everything a create or replace writes.
#[derive(Debug, Clone)]
pub struct Fields {
    /// userName as given.
    pub user_name: String,
    /// The Gatehouse user's (normalised) email.
    pub email: String,
    /// The Gatehouse user's display name.
    pub name: Option<String>,
    /// Lowercased displayName.
    pub display_name_key: Option<String>,
    /// Lowercased name.givenName.
    pub given_name_key: Option<String>,
    /// Lowercased name.familyName.
    pub family_name_key: Option<String>,
    /// Lowercased title.
    pub title_key: Option<String>,
    /// Emails for filters.
    pub emails: Vec<EmailKey>,
    /// externalId.
    pub external_id: Option<String>,
    /// `active`.
    pub active: bool,
    /// The attributes to store, JSON object text.
    pub resource: String,
}

/// Who made a change: the SCIM token, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// Project.
    pub project_id: &'a str,
    /// Organization.
    pub organization_id: &'a str,
    /// `scimtok_...`
    pub token_id: &'a str,
    /// Client address.
    pub ip: Option<&'a str>,
    /// Client user agent.
    pub user_agent: Option<&'a str>,
}

impl<'a> Actor<'a> {
    /// An audit entry of `action` on `target` by this actor.
    pub fn entry(&self, action: Event, target: &'a str) -> Entry<'a> {
        Entry {
            organization_id: Some(self.organization_id),
            actor: Some(self.token_id),
            target: Some(target),
            ip: self.ip,
            user_agent: self.user_agent,
            ..Entry::new(self.project_id, action)
        }
    }
}

/// Why a write was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such SCIM user in the organization.
    NotFound,
    /// `If-Match` named another version.
    VersionMismatch,
    /// Another user of the organization has this userName.
    UserNameTaken,
    /// Another user of the organization has this email.
    EmailTaken,
    /// Another user of the organization has this externalId.
    ExternalIdTaken,
}

const SELECT: &str = "SELECT s.user_id, s.user_name, s.resource, s.version, s.created_at, \
     s.updated_at, u.deactivated_at, \
     (SELECT i.subject FROM user_identities i WHERE i.project_id = s.project_id \
      AND i.user_id = s.user_id AND i.kind = 'scim' AND i.issuer = s.organization_id) \
      AS external_id \
     FROM scim_users s JOIN users u ON u.id = s.user_id";

/// One SCIM user of the organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    user_id: &str,
) -> anyhow::Result<Option<ScimUser>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE s.project_id = $1 AND s.organization_id = $2 AND s.user_id = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?)
}

/// Binds `binds` to a query in order.
macro_rules! bind_all {
    ($query:expr, $binds:expr) => {{
        let mut query = $query;
        for bind in $binds {
            query = match bind {
                Bind::Text(text) => query.bind(text.clone()),
                Bind::Int(value) => query.bind(*value),
            };
        }
        query
    }};
}
pub(crate) use bind_all;

/// A page of the organization's SCIM users matching `filter` (placeholders from `$3`), in
/// creation order, and how many match in all. `offset` is zero-based.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    filter: Option<&Sql>,
    offset: i64,
    limit: i64,
) -> anyhow::Result<(i64, Vec<ScimUser>)> {
    let condition = filter.map_or("1 = 1", |f| f.text.as_str());
    let binds: &[Bind] = filter.map_or(&[], |f| &f.binds);
    let count_sql = format!(
        "SELECT COUNT(*) FROM scim_users s JOIN users u ON u.id = s.user_id \
             WHERE s.project_id = $1 AND s.organization_id = $2 AND ({condition})"
    );
    let total: i64 = bind_all!(
        sqlx::query_scalar(&count_sql)
            .bind(project_id)
            .bind(organization_id),
        binds
    )
    .fetch_one(db.pool())
    .await?;
    if limit == 0 {
        return Ok((total, Vec::new()));
    }
    let next = 3 + binds.len();
    let page_sql = format!(
        "{SELECT} WHERE s.project_id = $1 AND s.organization_id = $2 AND ({condition}) \
             ORDER BY s.user_id LIMIT ${next} OFFSET ${}",
        next + 1
    );
    let rows: Vec<ScimUser> = bind_all!(
        sqlx::query_as(&page_sql)
            .bind(project_id)
            .bind(organization_id),
        binds
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    Ok((total, rows))
}

/// Starts a directory change: a no-op write to the token's row, so the transaction holds the
/// write lock from its first statement. SQLite cannot upgrade a transaction that began by
/// reading once another writer committed (it fails at once, whatever the busy timeout), and
/// on PostgreSQL the row lock serialises one directory's changes, so the uniqueness checks
/// that follow cannot race each other.
pub(crate) async fn lock_directory(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE scim_tokens SET last_used_at = last_used_at WHERE project_id = $1 AND id = $2",
    )
    .bind(actor.project_id)
    .bind(actor.token_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn taken(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    fields: &Fields,
    user_id: Option<&str>,
) -> anyhow::Result<Option<Refusal>> {
    let user_id = user_id.unwrap_or("");
    let name_taken: Option<String> = sqlx::query_scalar(
        "SELECT user_id FROM scim_users WHERE organization_id = $1 AND user_name_key = $2 \
         AND user_id <> $3",
    )
    .bind(actor.organization_id)
    .bind(fields.user_name.to_lowercase())
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    if name_taken.is_some() {
        return Ok(Some(Refusal::UserNameTaken));
    }
    if let Some(external_id) = &fields.external_id {
        let owner: Option<String> = sqlx::query_scalar(
            "SELECT user_id FROM user_identities WHERE project_id = $1 AND kind = 'scim' \
             AND issuer = $2 AND subject = $3 AND user_id <> $4",
        )
        .bind(actor.project_id)
        .bind(actor.organization_id)
        .bind(external_id)
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?;
        if owner.is_some() {
            return Ok(Some(Refusal::ExternalIdTaken));
        }
    }
    Ok(None)
}

/// Creates a SCIM user. A user of the organization with the same email that no directory
/// provisioned yet (invited, signed up, or created by JIT sign-in) is adopted rather than
/// duplicated; one the directory already owns is a conflict.
pub async fn create(
    db: &Db,
    actor: &Actor<'_>,
    fields: &Fields,
    now: i64,
) -> anyhow::Result<Result<String, Refusal>> {
    let mut tx = db.begin().await?;
    lock_directory(&mut tx, actor).await?;
    if let Some(refusal) = taken(&mut tx, actor, fields, None).await? {
        return Ok(Err(refusal));
    }
    let existing: Option<(String, i64)> = sqlx::query_as(
        "SELECT u.id, (SELECT COUNT(*) FROM scim_users s WHERE s.user_id = u.id) FROM users u \
         WHERE u.project_id = $1 AND u.organization_id = $2 AND u.email = $3",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(&fields.email)
    .fetch_optional(&mut *tx)
    .await?;
    let user_id = match existing {
        Some((_, provisioned)) if provisioned > 0 => return Ok(Err(Refusal::EmailTaken)),
        Some((id, _)) => {
            sqlx::query(
                "UPDATE users SET name = $1, updated_at = $2 WHERE project_id = $3 AND id = $4",
            )
            .bind(&fields.name)
            .bind(now)
            .bind(actor.project_id)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            let id = IdKind::User.generate();
            sqlx::query(
                "INSERT INTO users (id, project_id, organization_id, email, email_verified, \
                 name, created_at, updated_at) VALUES ($1, $2, $3, $4, 0, $5, $6, $6)",
            )
            .bind(&id)
            .bind(actor.project_id)
            .bind(actor.organization_id)
            .bind(&fields.email)
            .bind(&fields.name)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            id
        }
    };
    sqlx::query(
        "INSERT INTO scim_users (user_id, project_id, organization_id, user_name, user_name_key, \
         display_name_key, given_name_key, family_name_key, title_key, resource, version, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11)",
    )
    .bind(&user_id)
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(&fields.user_name)
    .bind(fields.user_name.to_lowercase())
    .bind(&fields.display_name_key)
    .bind(&fields.given_name_key)
    .bind(&fields.family_name_key)
    .bind(&fields.title_key)
    .bind(&fields.resource)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    write_children(&mut tx, actor, &user_id, fields, now).await?;
    if !fields.active {
        deactivate(&mut tx, actor.project_id, &user_id, now).await?;
    }
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({"source": "scim", "active": fields.active}),
            ..actor.entry(Event::UserCreated, &user_id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(user_id))
}

async fn write_children(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    user_id: &str,
    fields: &Fields,
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM scim_user_emails WHERE project_id = $1 AND user_id = $2")
        .bind(actor.project_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for (position, email) in fields.emails.iter().enumerate() {
        sqlx::query(
            "INSERT INTO scim_user_emails (user_id, project_id, position, value_key, type_key, \
             is_primary) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(user_id)
        .bind(actor.project_id)
        .bind(i64::try_from(position)?)
        .bind(&email.value)
        .bind(&email.kind)
        .bind(i64::from(email.primary))
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "DELETE FROM user_identities WHERE project_id = $1 AND user_id = $2 AND kind = 'scim' \
         AND issuer = $3",
    )
    .bind(actor.project_id)
    .bind(user_id)
    .bind(actor.organization_id)
    .execute(&mut *conn)
    .await?;
    if let Some(external_id) = &fields.external_id {
        sqlx::query(
            "INSERT INTO user_identities (id, project_id, user_id, kind, issuer, subject, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(IdKind::Identity.generate())
        .bind(actor.project_id)
        .bind(user_id)
        .bind(identities::Kind::Scim.as_str())
        .bind(actor.organization_id)
        .bind(external_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Marks the user deactivated and ends everything that lets them in: token sessions and
/// their refresh tokens, hosted-login sessions, unused authorization codes and emailed
/// sign-in links.
async fn deactivate(
    conn: &mut AnyConnection,
    project_id: &str,
    user_id: &str,
    now: i64,
) -> anyhow::Result<()> {
    let statements = [
        "UPDATE users SET deactivated_at = $3 WHERE project_id = $1 AND id = $2",
        "UPDATE sessions SET revoked_at = $3, revoked_reason = 'deactivated' \
         WHERE project_id = $1 AND user_id = $2 AND revoked_at IS NULL",
        "UPDATE login_sessions SET revoked_at = $3 \
         WHERE project_id = $1 AND user_id = $2 AND revoked_at IS NULL",
    ];
    for statement in statements {
        sqlx::query(statement)
            .bind(project_id)
            .bind(user_id)
            .bind(now)
            .execute(&mut *conn)
            .await?;
    }
    let deletes = [
        "DELETE FROM refresh_tokens WHERE project_id = $1 AND session_id IN \
         (SELECT id FROM sessions WHERE project_id = $1 AND user_id = $2)",
        "DELETE FROM authorization_codes WHERE project_id = $1 AND user_id = $2",
        "DELETE FROM email_tokens WHERE project_id = $1 AND user_id = $2",
    ];
    for statement in deletes {
        sqlx::query(statement)
            .bind(project_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A deactivated user holds no role through their groups; a reactivated one holds them again
/// (`db/scim_group_roles.rs`).
async fn derive_group_roles(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    user_id: &str,
) -> anyhow::Result<super::scim_group_roles::Derived> {
    super::scim_group_roles::derive_for_user(conn, actor.project_id, actor.organization_id, user_id)
        .await
}

/// Replaces a SCIM user's attributes (PUT, or PATCH after applying its operations), when its
/// version is `expected_version` (any, when `None`). Returns the new version.
pub async fn replace(
    db: &Db,
    actor: &Actor<'_>,
    user_id: &str,
    expected_version: Option<i64>,
    fields: &Fields,
    now: i64,
) -> anyhow::Result<Result<i64, Refusal>> {
    let mut tx = db.begin().await?;
    lock_directory(&mut tx, actor).await?;
    let current: Option<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT s.version, u.deactivated_at FROM scim_users s JOIN users u ON u.id = s.user_id \
         WHERE s.project_id = $1 AND s.organization_id = $2 AND s.user_id = $3",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((version, deactivated_at)) = current else {
        return Ok(Err(Refusal::NotFound));
    };
    if expected_version.is_some_and(|v| v != version) {
        return Ok(Err(Refusal::VersionMismatch));
    }
    if let Some(refusal) = taken(&mut tx, actor, fields, Some(user_id)).await? {
        return Ok(Err(refusal));
    }
    let email_owner: Option<String> = sqlx::query_scalar(
        "SELECT id FROM users WHERE project_id = $1 AND organization_id = $2 AND email = $3 \
         AND id <> $4",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(&fields.email)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    if email_owner.is_some() {
        return Ok(Err(Refusal::EmailTaken));
    }
    // The version guard repeats in the UPDATE, so two concurrent writers cannot both win.
    let updated = sqlx::query(
        "UPDATE scim_users SET user_name = $1, user_name_key = $2, display_name_key = $3, \
         given_name_key = $4, family_name_key = $5, title_key = $6, resource = $7, \
         version = version + 1, updated_at = $8 \
         WHERE project_id = $9 AND organization_id = $10 AND user_id = $11 AND version = $12",
    )
    .bind(&fields.user_name)
    .bind(fields.user_name.to_lowercase())
    .bind(&fields.display_name_key)
    .bind(&fields.given_name_key)
    .bind(&fields.family_name_key)
    .bind(&fields.title_key)
    .bind(&fields.resource)
    .bind(now)
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(user_id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(Err(Refusal::VersionMismatch));
    }
    sqlx::query(
        "UPDATE users SET email = $1, name = $2, updated_at = $3 WHERE project_id = $4 AND id = $5",
    )
    .bind(&fields.email)
    .bind(&fields.name)
    .bind(now)
    .bind(actor.project_id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    write_children(&mut tx, actor, user_id, fields, now).await?;
    match (deactivated_at.is_some(), fields.active) {
        (false, false) => {
            deactivate(&mut tx, actor.project_id, user_id, now).await?;
            let derived = derive_group_roles(&mut tx, actor, user_id).await?;
            audit::record_in(
                &mut tx,
                &Entry {
                    details: serde_json::json!({"roles_withdrawn": derived.withdrawn}),
                    ..actor.entry(Event::UserDeactivated, user_id)
                },
                now,
            )
            .await?;
        }
        (true, true) => {
            sqlx::query("UPDATE users SET deactivated_at = NULL WHERE project_id = $1 AND id = $2")
                .bind(actor.project_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            let derived = derive_group_roles(&mut tx, actor, user_id).await?;
            audit::record_in(
                &mut tx,
                &Entry {
                    details: serde_json::json!({"roles_granted": derived.granted}),
                    ..actor.entry(Event::UserReactivated, user_id)
                },
                now,
            )
            .await?;
        }
        _ => {}
    }
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({"source": "scim"}),
            ..actor.entry(Event::UserUpdated, user_id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(version + 1))
}

/// Deletes a SCIM user and everything of theirs (`db/users.rs` `DELETE_STATEMENTS`), with
/// its audit event, in one transaction.
pub async fn delete(
    db: &Db,
    actor: &Actor<'_>,
    user_id: &str,
    expected_version: Option<i64>,
    now: i64,
) -> anyhow::Result<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    lock_directory(&mut tx, actor).await?;
    let version: Option<i64> = sqlx::query_scalar(
        "SELECT version FROM scim_users WHERE project_id = $1 AND organization_id = $2 \
         AND user_id = $3",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(version) = version else {
        return Ok(Err(Refusal::NotFound));
    };
    if expected_version.is_some_and(|v| v != version) {
        return Ok(Err(Refusal::VersionMismatch));
    }
    for statement in super::users::DELETE_STATEMENTS {
        sqlx::query(statement)
            .bind(actor.project_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
    }
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({"source": "scim"}),
            ..actor.entry(Event::UserDeleted, user_id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}
