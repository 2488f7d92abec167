//! Storage of the roles SCIM groups give: an organization's mapping from a group (by its SCIM
//! id) to role keys, and the roles each member holds because of it, one row per user, group
//! and role in `user_group_roles`, apart from the roles granted by hand (`user_roles`,
//! `db/rbac.rs`). A user holds a role through a group while they are an active member of a
//! group mapped to it; removing them from one group withdraws that group's rows only, so a
//! role another group or a hand grant still gives stays.
//!
//! The rows are derived, never written by callers: every change that can alter them (a
//! membership change, a group deleted, a user deactivated, reactivated or deleted, a mapping
//! replaced, a role deleted) calls [`derive_for_group`] or [`derive_for_user`] inside its own
//! transaction, before its audit event. Both are two set-based statements (withdraw what is
//! no longer given, grant what is missing), so a 10,000-member group is re-derived without
//! reading its member list into memory.
//!
//! Concurrency: a derivation first takes the organization's row lock (`lock_organization`),
//! and so does a mapping change before it writes, so a membership change and a mapping change
//! of one organization never derive from each other's uncommitted state (on PostgreSQL each
//! statement after the lock sees what the other committed; SQLite has one writer anyway).

use std::collections::HashMap;

use sqlx::AnyConnection;

use super::Db;
use super::audit::{self, Entry};
use crate::events::Event;

/// A group of the organization's directory and the role keys it gives its members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRoles {
    /// `group_...`, the SCIM id.
    pub group_id: String,
    /// The group's SCIM displayName.
    pub display_name: String,
    /// Role keys, sorted.
    pub roles: Vec<String>,
}

/// How many rows of `user_group_roles` a derivation added and removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Derived {
    /// Rows added: (user, group, role) grants that did not exist.
    pub granted: i64,
    /// Rows removed: grants the group no longer gives.
    pub withdrawn: i64,
}

impl std::ops::AddAssign for Derived {
    fn add_assign(&mut self, other: Self) {
        self.granted += other.granted;
        self.withdrawn += other.withdrawn;
    }
}

/// Who replaces a mapping, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct MappingChange<'a> {
    /// Project.
    pub project_id: &'a str,
    /// Organization.
    pub organization_id: &'a str,
    /// The actor written to the audit log (the secret key).
    pub actor: &'a str,
    /// Client address.
    pub ip: Option<&'a str>,
    /// Client user agent.
    pub user_agent: Option<&'a str>,
}

/// Serialises derivations and mapping changes of one organization (see the module comment):
/// a no-op write to its row.
pub(crate) async fn lock_organization(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE organizations SET updated_at = updated_at WHERE project_id = $1 AND id = $2",
    )
    .bind(project_id)
    .bind(organization_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Grants that a member no longer has a reason for: not an active member, or the group no
/// longer maps to the role. `{scope}` names the rows to look at.
fn withdraw_sql(scope: &str) -> String {
    format!(
        "DELETE FROM user_group_roles WHERE project_id = $1 AND {scope} = $2 AND NOT EXISTS (\
         SELECT 1 FROM scim_group_members m \
         JOIN scim_group_roles r ON r.group_id = m.group_id \
         JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = user_group_roles.group_id AND m.user_id = user_group_roles.user_id \
         AND r.role_key = user_group_roles.role_key AND u.deactivated_at IS NULL)"
    )
}

/// Grants that active members should have and lack. The `WHERE` also keeps SQLite's parser
/// from reading `ON CONFLICT` as part of the join.
fn grant_sql(scope: &str) -> String {
    format!(
        "INSERT INTO user_group_roles (user_id, group_id, project_id, role_key) \
         SELECT m.user_id, m.group_id, m.project_id, r.role_key FROM scim_group_members m \
         JOIN scim_group_roles r ON r.group_id = m.group_id \
         JOIN users u ON u.id = m.user_id \
         WHERE m.project_id = $1 AND m.{scope} = $2 AND u.deactivated_at IS NULL \
         ON CONFLICT DO NOTHING"
    )
}

async fn derive(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
    scope: &str,
    id: &str,
) -> anyhow::Result<Derived> {
    lock_organization(conn, project_id, organization_id).await?;
    let withdrawn = sqlx::query(&withdraw_sql(scope))
        .bind(project_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    let granted = sqlx::query(&grant_sql(scope))
        .bind(project_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(Derived {
        granted: i64::try_from(granted)?,
        withdrawn: i64::try_from(withdrawn)?,
    })
}

/// Re-derives the roles every member of `group_id` holds through it, and withdraws them from
/// users who left it. `group_id` must be a group of `organization_id`.
pub async fn derive_for_group(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
    group_id: &str,
) -> anyhow::Result<Derived> {
    derive(conn, project_id, organization_id, "group_id", group_id).await
}

/// Re-derives the roles `user_id` holds through all their groups (after a deactivation or
/// reactivation). `user_id` must be a user of `organization_id`.
pub async fn derive_for_user(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
    user_id: &str,
) -> anyhow::Result<Derived> {
    derive(conn, project_id, organization_id, "user_id", user_id).await
}

/// Removes a group's mapping and the grants it gave (before the group itself is deleted).
pub async fn forget_group(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
    group_id: &str,
) -> anyhow::Result<Derived> {
    lock_organization(conn, project_id, organization_id).await?;
    let withdrawn =
        sqlx::query("DELETE FROM user_group_roles WHERE project_id = $1 AND group_id = $2")
            .bind(project_id)
            .bind(group_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    sqlx::query("DELETE FROM scim_group_roles WHERE project_id = $1 AND group_id = $2")
        .bind(project_id)
        .bind(group_id)
        .execute(&mut *conn)
        .await?;
    Ok(Derived {
        granted: 0,
        withdrawn: i64::try_from(withdrawn)?,
    })
}

/// Removes `role_key` from every mapping where the role was visible (every organization for
/// a project-wide role, `organization_id` only for a custom one) and the grants they gave.
pub async fn forget_role(
    conn: &mut AnyConnection,
    project_id: &str,
    organization_id: &str,
    role_key: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "DELETE FROM user_group_roles WHERE project_id = $1 AND role_key = $2 AND ($3 = '' OR \
         group_id IN (SELECT id FROM scim_groups WHERE project_id = $1 AND organization_id = $3))",
    )
    .bind(project_id)
    .bind(role_key)
    .bind(organization_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM scim_group_roles WHERE project_id = $1 AND role_key = $2 \
         AND ($3 = '' OR organization_id = $3)",
    )
    .bind(project_id)
    .bind(role_key)
    .bind(organization_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn roles_of_groups(
    db: &Db,
    project_id: &str,
    group_ids: &[String],
) -> anyhow::Result<HashMap<String, Vec<String>>> {
    let ids: Vec<&str> = group_ids.iter().map(String::as_str).collect();
    super::keys_by_owner(
        db,
        "SELECT group_id, role_key FROM scim_group_roles WHERE project_id = $1 \
         AND group_id IN ({ids}) ORDER BY role_key",
        project_id,
        &ids,
    )
    .await
}

/// A page of the organization's groups, in id order after `starting_after`, with the roles
/// each gives.
pub async fn list(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    starting_after: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<GroupRoles>> {
    let groups: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, display_name FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND id > $3 ORDER BY id LIMIT $4",
    )
    .bind(project_id)
    .bind(organization_id)
    .bind(starting_after.unwrap_or(""))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let ids: Vec<String> = groups.iter().map(|(id, _)| id.clone()).collect();
    let mut roles = roles_of_groups(db, project_id, &ids).await?;
    Ok(groups
        .into_iter()
        .map(|(group_id, display_name)| GroupRoles {
            roles: roles.remove(&group_id).unwrap_or_default(),
            group_id,
            display_name,
        })
        .collect())
}

/// One group of the organization with the roles it gives.
pub async fn get(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    group_id: &str,
) -> anyhow::Result<Option<GroupRoles>> {
    let display_name: Option<String> = sqlx::query_scalar(
        "SELECT display_name FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3",
    )
    .bind(project_id)
    .bind(organization_id)
    .bind(group_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(display_name) = display_name else {
        return Ok(None);
    };
    let roles = roles_of_groups(db, project_id, &[group_id.to_owned()])
        .await?
        .remove(group_id)
        .unwrap_or_default();
    Ok(Some(GroupRoles {
        group_id: group_id.to_owned(),
        display_name,
        roles,
    }))
}

/// Why a mapping change was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingRefusal {
    /// No such group in the organization.
    GroupNotFound,
    /// This role key names no role visible to the organization (project-wide or its own).
    UnknownRole(String),
}

/// Replaces the roles `group_id` gives with `role_keys` and re-derives its members' grants,
/// with the audit and outbox event, in one transaction. Each key must name a project-wide
/// role or a custom role of the organization, checked inside the transaction so a role
/// deleted meanwhile cannot be mapped.
pub async fn set(
    db: &Db,
    change: &MappingChange<'_>,
    group_id: &str,
    role_keys: &[String],
    now: i64,
) -> anyhow::Result<Result<(GroupRoles, Derived), MappingRefusal>> {
    let mut tx = db.begin().await?;
    lock_organization(&mut tx, change.project_id, change.organization_id).await?;
    let display_name: Option<String> = sqlx::query_scalar(
        "SELECT display_name FROM scim_groups WHERE project_id = $1 AND organization_id = $2 \
         AND id = $3",
    )
    .bind(change.project_id)
    .bind(change.organization_id)
    .bind(group_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(display_name) = display_name else {
        return Ok(Err(MappingRefusal::GroupNotFound));
    };
    sqlx::query("DELETE FROM scim_group_roles WHERE project_id = $1 AND group_id = $2")
        .bind(change.project_id)
        .bind(group_id)
        .execute(&mut *tx)
        .await?;
    let mut roles: Vec<String> = role_keys.to_vec();
    roles.sort();
    roles.dedup();
    for key in &roles {
        let inserted = sqlx::query(
            "INSERT INTO scim_group_roles (group_id, project_id, organization_id, role_key) \
             SELECT $1, $2, $3, role_key FROM roles WHERE project_id = $2 AND role_key = $4 \
             AND (organization_id = '' OR organization_id = $3)",
        )
        .bind(group_id)
        .bind(change.project_id)
        .bind(change.organization_id)
        .bind(key)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted != 1 {
            return Ok(Err(MappingRefusal::UnknownRole(key.clone())));
        }
    }
    let derived =
        derive_for_group(&mut tx, change.project_id, change.organization_id, group_id).await?;
    audit::record_in(
        &mut tx,
        &Entry {
            organization_id: Some(change.organization_id),
            actor: Some(change.actor),
            target: Some(group_id),
            ip: change.ip,
            user_agent: change.user_agent,
            details: serde_json::json!({
                "roles": roles,
                "roles_granted": derived.granted,
                "roles_withdrawn": derived.withdrawn,
            }),
            ..Entry::new(change.project_id, Event::GroupRolesUpdated)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok((
        GroupRoles {
            group_id: group_id.to_owned(),
            display_name,
            roles,
        },
        derived,
    )))
}

/// The role keys each of `user_ids` holds through groups, distinct and sorted per user. Only
/// keys of roles that exist count: a mapping written while its role was being deleted never
/// outlives the role.
pub async fn roles_of_users(
    db: &Db,
    project_id: &str,
    user_ids: &[&str],
) -> anyhow::Result<HashMap<String, Vec<String>>> {
    super::keys_by_owner(
        db,
        "SELECT DISTINCT g.user_id, g.role_key FROM user_group_roles g WHERE g.project_id = $1 \
         AND g.user_id IN ({ids}) AND EXISTS (SELECT 1 FROM roles r \
         WHERE r.project_id = g.project_id AND r.role_key = g.role_key) \
         ORDER BY g.user_id, g.role_key",
        project_id,
        user_ids,
    )
    .await
}
