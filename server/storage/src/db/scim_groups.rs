//! Storage of SCIM Groups and their members. Members live one row each in
//! `scim_group_members`, so adding or removing members of a 10,000-member group touches only
//! those rows and never reads the group's member list; only SCIM users of the same
//! organization can be members. Every change is one transaction with its version bump, the
//! re-derivation of the roles the group gives its members (`db/scim_group_roles.rs`), its
//! audit event and outbox event.

use sqlx::{AnyConnection, FromRow};

use super::audit::{self, Entry};
use super::scim_filter::{Bind, Sql};
use super::scim_users::{Actor, Refusal, bind_all};
use super::{Db, scim_group_roles};
use crate::events::Event;

/// A group as read back (members separately, [`members`]).
#[derive(Debug, Clone, FromRow)]
pub struct ScimGroup {
    /// `group_...`
    pub id: String,
    /// displayName.
    pub display_name: String,
    /// externalId.
    pub external_id: Option<String>,
    /// Stored attributes other than members, JSON object text.
    pub resource: String,
    /// `meta.version`.
    pub version: i64,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

/// The attributes a write sets (members aside).
#[derive(Debug, Clone)]
pub struct Fields {
    /// displayName.
    pub display_name: String,
    /// externalId.
    pub external_id: Option<String>,
    /// JSON object text.
    pub resource: String,
}

/// A change to the member list, applied in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberChange {
    /// Add these users (already members stay).
    Add(Vec<String>),
    /// Remove exactly these users.
    Remove(Vec<String>),
    /// Remove every member.
    Clear,
}

/// Why a group write was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupRefusal {
    /// As for users.
    Refused(Refusal),
    /// These member values are not SCIM users of the organization.
    UnknownMembers(Vec<String>),
}

const COLUMNS: &str =
    "g.id, g.display_name, g.external_id, g.resource, g.version, g.created_at, g.updated_at";

/// How many members one statement adds or removes.
const CHUNK: usize = 500;

/// One group of the organization.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    id: &str,
) -> anyhow::Result<Option<ScimGroup>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM scim_groups g WHERE g.project_id = $1 AND g.organization_id = $2 \
         AND g.id = $3"
    ))
    .bind(project_id)
    .bind(organization_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// A page of groups matching `filter` (placeholders from `$3`) and the total.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    filter: Option<&Sql>,
    offset: i64,
    limit: i64,
) -> anyhow::Result<(i64, Vec<ScimGroup>)> {
    let condition = filter.map_or("1 = 1", |f| f.text.as_str());
    let binds: &[Bind] = filter.map_or(&[], |f| &f.binds);
    let count_sql = format!(
        "SELECT COUNT(*) FROM scim_groups g WHERE g.project_id = $1 \
             AND g.organization_id = $2 AND ({condition})"
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
        "SELECT {COLUMNS} FROM scim_groups g WHERE g.project_id = $1 \
             AND g.organization_id = $2 AND ({condition}) ORDER BY g.id LIMIT ${next} OFFSET ${}",
        next + 1
    );
    let rows = bind_all!(
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

/// A group's member user ids, in id order.
pub async fn members(db: &Db, project_id: &str, group_id: &str) -> anyhow::Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT user_id FROM scim_group_members WHERE project_id = $1 AND group_id = $2 \
         ORDER BY user_id",
    )
    .bind(project_id)
    .bind(group_id)
    .fetch_all(db.pool())
    .await?)
}

fn placeholders(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn unknown_members(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    ids: &[String],
) -> anyhow::Result<Vec<String>> {
    let mut unknown = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        let sql = format!(
            "SELECT user_id FROM scim_users WHERE project_id = $1 AND organization_id = $2 \
             AND user_id IN ({})",
            placeholders(3, chunk.len())
        );
        let mut query = sqlx::query_scalar::<_, String>(&sql)
            .bind(actor.project_id)
            .bind(actor.organization_id);
        for id in chunk {
            query = query.bind(id);
        }
        let found: std::collections::HashSet<String> =
            query.fetch_all(&mut *conn).await?.into_iter().collect();
        unknown.extend(chunk.iter().filter(|id| !found.contains(*id)).cloned());
    }
    Ok(unknown)
}

async fn change_members(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    group_id: &str,
    change: &MemberChange,
) -> anyhow::Result<Result<(i64, i64), GroupRefusal>> {
    let (mut added, mut removed) = (0, 0);
    match change {
        MemberChange::Clear => {
            removed += sqlx::query(
                "DELETE FROM scim_group_members WHERE project_id = $1 AND group_id = $2",
            )
            .bind(actor.project_id)
            .bind(group_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        }
        MemberChange::Add(ids) => {
            let unknown = unknown_members(conn, actor, ids).await?;
            if !unknown.is_empty() {
                return Ok(Err(GroupRefusal::UnknownMembers(unknown)));
            }
            for chunk in ids.chunks(CHUNK) {
                let values = (0..chunk.len())
                    .map(|i| format!("($1, ${}, $2)", i + 3))
                    .collect::<Vec<_>>()
                    .join(", ");
                let sql = format!(
                    "INSERT INTO scim_group_members (group_id, user_id, project_id) \
                     VALUES {values} ON CONFLICT DO NOTHING"
                );
                let mut query = sqlx::query(&sql).bind(group_id).bind(actor.project_id);
                for id in chunk {
                    query = query.bind(id);
                }
                added += query.execute(&mut *conn).await?.rows_affected();
            }
        }
        MemberChange::Remove(ids) => {
            for chunk in ids.chunks(CHUNK) {
                let sql = format!(
                    "DELETE FROM scim_group_members WHERE project_id = $1 AND group_id = $2 \
                     AND user_id IN ({})",
                    placeholders(3, chunk.len())
                );
                let mut query = sqlx::query(&sql).bind(actor.project_id).bind(group_id);
                for id in chunk {
                    query = query.bind(id);
                }
                removed += query.execute(&mut *conn).await?.rows_affected();
            }
        }
    }
    Ok(Ok((i64::try_from(added)?, i64::try_from(removed)?)))
}

/// Creates a group with `members`.
pub async fn create(
    db: &Db,
    actor: &Actor<'_>,
    id: &str,
    fields: &Fields,
    members: &[String],
    now: i64,
) -> anyhow::Result<Result<(), GroupRefusal>> {
    let mut tx = db.begin().await?;
    super::scim_users::lock_directory(&mut tx, actor).await?;
    if display_name_taken(&mut tx, actor, &fields.display_name, id).await? {
        return Ok(Err(GroupRefusal::Refused(Refusal::UserNameTaken)));
    }
    sqlx::query(
        "INSERT INTO scim_groups (id, project_id, organization_id, display_name, \
         display_name_key, external_id, resource, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $8)",
    )
    .bind(id)
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(&fields.display_name)
    .bind(fields.display_name.to_lowercase())
    .bind(&fields.external_id)
    .bind(&fields.resource)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let (added, _) =
        match change_members(&mut tx, actor, id, &MemberChange::Add(members.to_vec())).await? {
            Ok(counts) => counts,
            Err(refusal) => return Ok(Err(refusal)),
        };
    let derived =
        scim_group_roles::derive_for_group(&mut tx, actor.project_id, actor.organization_id, id)
            .await?;
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({
                "display_name": fields.display_name,
                "members_added": added,
                "roles_granted": derived.granted,
            }),
            ..actor.entry(Event::GroupCreated, id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

async fn display_name_taken(
    conn: &mut AnyConnection,
    actor: &Actor<'_>,
    display_name: &str,
    id: &str,
) -> anyhow::Result<bool> {
    let other: Option<String> = sqlx::query_scalar(
        "SELECT id FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND display_name_key = $3 AND id <> $4",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(display_name.to_lowercase())
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(other.is_some())
}

/// Changes a group at `expected_version` (any, when `None`): its attributes when `fields` is
/// given, then its members by `changes` in order. Returns the new version.
pub async fn update(
    db: &Db,
    actor: &Actor<'_>,
    id: &str,
    expected_version: Option<i64>,
    fields: Option<&Fields>,
    changes: &[MemberChange],
    now: i64,
) -> anyhow::Result<Result<i64, GroupRefusal>> {
    let refused = |r| Ok(Err(GroupRefusal::Refused(r)));
    let mut tx = db.begin().await?;
    super::scim_users::lock_directory(&mut tx, actor).await?;
    let version: Option<i64> = sqlx::query_scalar(
        "SELECT version FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(version) = version else {
        return refused(Refusal::NotFound);
    };
    if expected_version.is_some_and(|v| v != version) {
        return refused(Refusal::VersionMismatch);
    }
    if let Some(fields) = fields {
        if display_name_taken(&mut tx, actor, &fields.display_name, id).await? {
            return refused(Refusal::UserNameTaken);
        }
        sqlx::query(
            "UPDATE scim_groups SET display_name = $1, display_name_key = $2, external_id = $3, \
             resource = $4 WHERE project_id = $5 AND id = $6",
        )
        .bind(&fields.display_name)
        .bind(fields.display_name.to_lowercase())
        .bind(&fields.external_id)
        .bind(&fields.resource)
        .bind(actor.project_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    let (mut added, mut removed) = (0, 0);
    for change in changes {
        match change_members(&mut tx, actor, id, change).await? {
            Ok((a, r)) => {
                added += a;
                removed += r;
            }
            Err(refusal) => return Ok(Err(refusal)),
        }
    }
    // The version guard repeats here, so two concurrent writers cannot both win.
    let bumped = sqlx::query(
        "UPDATE scim_groups SET version = version + 1, updated_at = $1 \
         WHERE project_id = $2 AND id = $3 AND version = $4",
    )
    .bind(now)
    .bind(actor.project_id)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if bumped.rows_affected() != 1 {
        return refused(Refusal::VersionMismatch);
    }
    let derived = if changes.is_empty() {
        scim_group_roles::Derived::default()
    } else {
        scim_group_roles::derive_for_group(&mut tx, actor.project_id, actor.organization_id, id)
            .await?
    };
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({
                "members_added": added,
                "members_removed": removed,
                "roles_granted": derived.granted,
                "roles_withdrawn": derived.withdrawn,
            }),
            ..actor.entry(Event::GroupUpdated, id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(version + 1))
}

/// Deletes a group and its memberships (never the users).
pub async fn delete(
    db: &Db,
    actor: &Actor<'_>,
    id: &str,
    expected_version: Option<i64>,
    now: i64,
) -> anyhow::Result<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    super::scim_users::lock_directory(&mut tx, actor).await?;
    let version: Option<i64> = sqlx::query_scalar(
        "SELECT version FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3",
    )
    .bind(actor.project_id)
    .bind(actor.organization_id)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(version) = version else {
        return Ok(Err(Refusal::NotFound));
    };
    if expected_version.is_some_and(|v| v != version) {
        return Ok(Err(Refusal::VersionMismatch));
    }
    let derived =
        scim_group_roles::forget_group(&mut tx, actor.project_id, actor.organization_id, id)
            .await?;
    for statement in [
        "DELETE FROM scim_group_members WHERE project_id = $1 AND group_id = $2",
        "DELETE FROM scim_groups WHERE project_id = $1 AND id = $2",
    ] {
        sqlx::query(statement)
            .bind(actor.project_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    audit::record_in(
        &mut tx,
        &Entry {
            details: serde_json::json!({"roles_withdrawn": derived.withdrawn}),
            ..actor.entry(Event::GroupDeleted, id)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}
