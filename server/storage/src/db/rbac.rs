//! Storage of role-based access control: the project's catalogue of actions, roles
//! (project-wide, or custom to one organization), and the roles held by each user.
//!
//! A role key resolves to one role for a given organization: project-wide keys and an
//! organization's custom keys never collide (writes refuse a clash), so expansion needs no
//! precedence rules. The built-in `owner` role holds every action of the catalogue.

use crate::ids::{OrganizationId, ProjectId};
use std::collections::{BTreeSet, HashMap};

use sqlx::FromRow;

use super::{Db, from_json_text, to_json_text};

/// Keys of the built-in roles every project has.
pub const BUILT_IN_ROLES: [(&str, &str); 3] =
    [("owner", "Owner"), ("admin", "Admin"), ("member", "Member")];
/// The built-in role that holds every action.
pub const OWNER_ROLE: &str = "owner";
/// The role new users get when none is given.
pub const DEFAULT_ROLE: &str = "member";

/// An action of the catalogue.
#[derive(Debug, Clone, FromRow)]
pub struct Action {
    /// Name, such as `invoices.read`.
    pub name: String,
    /// What it allows.
    pub description: String,
    /// Unix seconds.
    pub created_at: i64,
}

/// A role as stored.
#[derive(Debug, Clone)]
pub struct Role {
    /// `role_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The organization of a custom role; `None` for project-wide roles (stored as '', which
    /// the unique key on project, organization and key needs instead of NULL).
    pub organization_id: Option<OrganizationId>,
    /// Key used in tokens and assignments (`admin`, `billing-manager`).
    pub key: String,
    /// Display name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// Actions it grants.
    pub actions: Vec<String>,
    /// Whether it is one of the built-in roles (not deletable).
    pub built_in: bool,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

impl Role {
    /// The organization as stored: its id, or '' for a project-wide role.
    pub fn scope(&self) -> &str {
        self.organization_id.as_deref().unwrap_or("")
    }
}

#[derive(FromRow)]
struct RoleRow {
    id: String,
    project_id: ProjectId,
    organization_id: String,
    role_key: String,
    name: String,
    description: String,
    actions: String,
    built_in: i64,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<RoleRow> for Role {
    type Error = anyhow::Error;
    fn try_from(row: RoleRow) -> anyhow::Result<Self> {
        Ok(Self {
            actions: from_json_text(&row.actions)?,
            id: row.id,
            project_id: row.project_id,
            organization_id: (!row.organization_id.is_empty())
                .then(|| OrganizationId::stored(row.organization_id)),
            key: row.role_key,
            name: row.name,
            description: row.description,
            built_in: row.built_in != 0,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

const ROLE_COLUMNS: &str = "id, project_id, organization_id, role_key, name, description, \
                            actions, built_in, created_at, updated_at";

/// The project's actions, by name.
pub async fn list_actions(db: &Db, project_id: &str) -> anyhow::Result<Vec<Action>> {
    Ok(sqlx::query_as(
        "SELECT name, description, created_at FROM actions WHERE project_id = $1 ORDER BY name",
    )
    .bind(project_id)
    .fetch_all(db.pool())
    .await?)
}

/// Adds an action; false when the project already has it.
pub async fn insert_action(db: &Db, project_id: &str, action: &Action) -> anyhow::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO actions (project_id, name, description, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(project_id)
    .bind(&action.name)
    .bind(&action.description)
    .bind(action.created_at)
    .execute(&mut *db.write().await?)
    .await;
    match inserted {
        Err(err) if super::is_unique_violation(&err) => Ok(false),
        other => other.map(|_| true).map_err(Into::into),
    }
}

/// Removes an action; false when it did not exist.
pub async fn delete_action(db: &Db, project_id: &str, name: &str) -> anyhow::Result<bool> {
    let deleted = sqlx::query("DELETE FROM actions WHERE project_id = $1 AND name = $2")
        .bind(project_id)
        .bind(name)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(deleted.rows_affected() > 0)
}

/// Creates the built-in roles of a project that lacks them (idempotent).
pub async fn ensure_built_in_roles(db: &Db, project_id: &str, now: i64) -> anyhow::Result<()> {
    for (key, name) in BUILT_IN_ROLES {
        sqlx::query(
            "INSERT INTO roles (id, project_id, organization_id, role_key, name, actions, built_in, \
             created_at, updated_at) VALUES ($1, $2, '', $3, $4, '[]', 1, $5, $5) \
             ON CONFLICT (project_id, organization_id, role_key) DO NOTHING",
        )
        .bind(crate::ids::IdKind::Role.generate())
        .bind(project_id)
        .bind(key)
        .bind(name)
        .bind(now)
        .execute(&mut *db.write().await?)
        .await?;
    }
    Ok(())
}

/// Roles visible to an organization (project-wide plus its custom ones), or every role of
/// the project when `organization_id` is None.
pub async fn list_roles(
    db: &Db,
    project_id: &str,
    organization_id: Option<&str>,
) -> anyhow::Result<Vec<Role>> {
    let rows: Vec<RoleRow> = sqlx::query_as(&format!(
        "SELECT {ROLE_COLUMNS} FROM roles WHERE project_id = $1 \
         AND ($2 IS NULL OR organization_id = '' OR organization_id = $2) \
         ORDER BY built_in DESC, organization_id, role_key"
    ))
    .bind(project_id)
    .bind(organization_id)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(Role::try_from).collect()
}

/// One role of the project.
pub async fn get_role(db: &Db, project_id: &str, id: &str) -> anyhow::Result<Option<Role>> {
    let row: Option<RoleRow> = sqlx::query_as(&format!(
        "SELECT {ROLE_COLUMNS} FROM roles WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(Role::try_from).transpose()
}

/// Whether `key` is already taken where a role of `organization_id` ('' for project-wide)
/// would be visible: project-wide keys clash with every organization's custom keys.
pub async fn key_clashes(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    key: &str,
) -> anyhow::Result<bool> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM roles WHERE project_id = $1 AND role_key = $2 \
         AND ($3 = '' OR organization_id = '' OR organization_id = $3)",
    )
    .bind(project_id)
    .bind(key)
    .bind(organization_id)
    .fetch_one(db.pool())
    .await?;
    Ok(count > 0)
}

/// Inserts a role.
pub async fn insert_role(conn: &mut sqlx::AnyConnection, role: &Role) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO roles (id, project_id, organization_id, role_key, name, description, actions, \
         built_in, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9)",
    )
    .bind(&role.id)
    .bind(&role.project_id)
    .bind(role.scope())
    .bind(&role.key)
    .bind(&role.name)
    .bind(&role.description)
    .bind(to_json_text(&role.actions)?)
    .bind(role.created_at)
    .bind(role.updated_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes back name, description and actions.
pub async fn update_role(conn: &mut sqlx::AnyConnection, role: &Role) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE roles SET name = $1, description = $2, actions = $3, updated_at = $4 \
         WHERE project_id = $5 AND id = $6",
    )
    .bind(&role.name)
    .bind(&role.description)
    .bind(to_json_text(&role.actions)?)
    .bind(role.updated_at)
    .bind(&role.project_id)
    .bind(&role.id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes a role and withdraws it from the users who held it, by hand or through a SCIM
/// group (whose mappings to it go too).
pub async fn delete_role(conn: &mut sqlx::AnyConnection, role: &Role) -> anyhow::Result<()> {
    super::scim_group_roles::forget_role(&mut *conn, &role.project_id, role.scope(), &role.key)
        .await?;
    sqlx::query(
        "DELETE FROM user_roles WHERE project_id = $1 AND role_key = $2 AND ($3 = '' OR user_id IN \
         (SELECT id FROM users WHERE project_id = $1 AND organization_id = $3))",
    )
    .bind(&role.project_id)
    .bind(&role.key)
    .bind(role.scope())
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM roles WHERE project_id = $1 AND id = $2")
        .bind(&role.project_id)
        .bind(&role.id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether any role lists `action`.
pub async fn action_in_use(db: &Db, project_id: &str, action: &str) -> anyhow::Result<bool> {
    let roles = list_roles(db, project_id, None).await?;
    Ok(roles.iter().any(|r| r.actions.iter().any(|a| a == action)))
}

/// Replaces a user's roles.
pub async fn set_user_roles(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    user_id: &str,
    keys: &[String],
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM user_roles WHERE project_id = $1 AND user_id = $2")
        .bind(project_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for key in keys {
        sqlx::query("INSERT INTO user_roles (project_id, user_id, role_key) VALUES ($1, $2, $3)")
            .bind(project_id)
            .bind(user_id)
            .bind(key)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The role keys of several users at once, sorted per user.
pub async fn roles_of_users(
    db: &Db,
    project_id: &str,
    user_ids: &[&str],
) -> anyhow::Result<HashMap<String, Vec<String>>> {
    super::keys_by_owner(
        db,
        "SELECT user_id, role_key FROM user_roles WHERE project_id = $1 \
         AND user_id IN ({ids}) ORDER BY role_key",
        project_id,
        user_ids,
    )
    .await
}

/// What a user holds right now: their role keys and the actions those roles grant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grants {
    /// Role keys, sorted.
    pub roles: Vec<String>,
    /// Actions, sorted.
    pub actions: Vec<String>,
}

impl Grants {
    /// Whether the user holds the role.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|held| held == role)
    }

    /// Whether the user holds the action.
    pub fn has_action(&self, action: &str) -> bool {
        self.actions.iter().any(|held| held == action)
    }

    /// Whether every role and action of `roles` and `actions` is held.
    pub fn covers(&self, roles: &[String], actions: &[String]) -> bool {
        roles.iter().all(|r| self.has_role(r)) && actions.iter().all(|a| self.has_action(a))
    }
}

/// What `user_id` holds in `organization_id` right now, read in one query (the refresh grant
/// and every API-key check ask for it): the roles granted by hand and by the user's SCIM
/// groups (`db/scim_group_roles.rs`), and the actions they grant there, which are the union of
/// the matching roles' actions limited to the catalogue (so deleting an action revokes it
/// everywhere), with `owner` granting the whole catalogue.
pub async fn grants_of_user(
    db: &Db,
    project_id: &str,
    organization_id: &str,
    user_id: &str,
) -> anyhow::Result<Grants> {
    // Rows of three kinds: `r` a held role key, `a` an action of the catalogue, `g` the
    // actions (JSON) of a held role visible in the organization. The catalogue and the roles
    // are only read for a user who holds a role.
    let rows: Vec<(String, String)> = sqlx::query_as(
        "WITH held AS ( \
             SELECT role_key FROM user_roles WHERE project_id = $1 AND user_id = $2 \
             UNION \
             SELECT g.role_key FROM user_group_roles g WHERE g.project_id = $1 \
             AND g.user_id = $2 AND EXISTS (SELECT 1 FROM roles r \
             WHERE r.project_id = g.project_id AND r.role_key = g.role_key)) \
         SELECT 'r', role_key FROM held \
         UNION ALL \
         SELECT 'a', name FROM actions WHERE project_id = $1 AND EXISTS (SELECT 1 FROM held) \
         UNION ALL \
         SELECT 'g', actions FROM roles WHERE project_id = $1 \
         AND (organization_id = '' OR organization_id = $3) \
         AND role_key IN (SELECT role_key FROM held)",
    )
    .bind(project_id)
    .bind(user_id)
    .bind(organization_id)
    .fetch_all(db.pool())
    .await?;
    let mut roles = BTreeSet::new();
    let mut catalogue = BTreeSet::new();
    let mut granted = BTreeSet::new();
    for (kind, value) in rows {
        match kind.as_str() {
            "r" => {
                roles.insert(value);
            }
            "a" => {
                catalogue.insert(value);
            }
            _ => granted.extend(from_json_text::<Vec<String>>(&value)?),
        }
    }
    let actions = if roles.contains(OWNER_ROLE) {
        catalogue.into_iter().collect()
    } else {
        granted.intersection(&catalogue).cloned().collect()
    };
    Ok(Grants {
        roles: roles.into_iter().collect(),
        actions,
    })
}
