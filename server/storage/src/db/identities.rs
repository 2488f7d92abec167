//! Storage of a user's accounts elsewhere: an upstream OpenID provider's issuer and `sub`, a
//! SAML identity provider's entity id and NameID, or a SCIM directory connection and the
//! `externalId` it gave the user. Each (kind, issuer, subject) belongs to at most one user of
//! a project, which is what lets a sign-in through that provider find its user.

use sqlx::FromRow;

use super::Db;
use crate::ids::{IdKind, ProjectId, UserId};

/// Where an identity comes from (`kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An OpenID Connect provider (social login or enterprise OIDC).
    Oidc,
    /// A SAML identity provider.
    Saml,
    /// A SCIM directory.
    Scim,
}

impl Kind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Oidc => "oidc",
            Self::Saml => "saml",
            Self::Scim => "scim",
        }
    }

    fn parse(stored: &str) -> anyhow::Result<Self> {
        match stored {
            "oidc" => Ok(Self::Oidc),
            "saml" => Ok(Self::Saml),
            "scim" => Ok(Self::Scim),
            other => anyhow::bail!("unknown identity kind {other:?}"),
        }
    }
}

/// A user's account at an upstream provider or directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// `ident_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The user it signs in.
    pub user_id: UserId,
    /// Where it comes from.
    pub kind: Kind,
    /// The upstream issuer, SAML entity id or SCIM connection.
    pub issuer: String,
    /// The upstream `sub`, NameID or externalId.
    pub subject: String,
    /// Unix seconds.
    pub created_at: i64,
    /// When a sign-in or sync last presented it (Unix seconds).
    pub last_seen_at: Option<i64>,
}

#[derive(FromRow)]
struct Row {
    id: String,
    project_id: ProjectId,
    user_id: UserId,
    kind: String,
    issuer: String,
    subject: String,
    created_at: i64,
    last_seen_at: Option<i64>,
}

impl TryFrom<Row> for Identity {
    type Error = anyhow::Error;

    fn try_from(row: Row) -> anyhow::Result<Self> {
        Ok(Self {
            kind: Kind::parse(&row.kind)?,
            id: row.id,
            project_id: row.project_id,
            user_id: row.user_id,
            issuer: row.issuer,
            subject: row.subject,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
        })
    }
}

const COLUMNS: &str = "id, project_id, user_id, kind, issuer, subject, created_at, last_seen_at";

/// Outcome of [`link`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Linked; the new identity.
    Linked(Identity),
    /// The (kind, issuer, subject) already belongs to a user of the project.
    Taken,
}

/// Links `user_id` to the account `subject` at `issuer`.
pub async fn link(
    db: &Db,
    project_id: &ProjectId,
    user_id: &UserId,
    kind: Kind,
    issuer: &str,
    subject: &str,
    now: i64,
) -> anyhow::Result<Link> {
    let mut conn = db.write().await?;
    link_in(&mut conn, project_id, user_id, kind, issuer, subject, now).await
}

/// [`link`] on the caller's connection or transaction (an SSO sign-in links the identity in
/// the transaction that provisions its user).
pub async fn link_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &ProjectId,
    user_id: &UserId,
    kind: Kind,
    issuer: &str,
    subject: &str,
    now: i64,
) -> anyhow::Result<Link> {
    let identity = Identity {
        id: IdKind::Identity.generate(),
        project_id: project_id.clone(),
        user_id: user_id.clone(),
        kind,
        issuer: issuer.to_owned(),
        subject: subject.to_owned(),
        created_at: now,
        last_seen_at: None,
    };
    let inserted = sqlx::query(
        "INSERT INTO user_identities (id, project_id, user_id, kind, issuer, subject, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&identity.id)
    .bind(project_id)
    .bind(user_id)
    .bind(kind.as_str())
    .bind(issuer)
    .bind(subject)
    .bind(now)
    .execute(&mut *conn)
    .await;
    match inserted {
        Err(err) if super::is_unique_violation(&err) => Ok(Link::Taken),
        other => other.map(|_| Link::Linked(identity)).map_err(Into::into),
    }
}

/// The identity `subject` at `issuer`, with the user it signs in.
pub async fn find(
    db: &Db,
    project_id: &str,
    kind: Kind,
    issuer: &str,
    subject: &str,
) -> anyhow::Result<Option<Identity>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM user_identities \
         WHERE project_id = $1 AND kind = $2 AND issuer = $3 AND subject = $4"
    ))
    .bind(project_id)
    .bind(kind.as_str())
    .bind(issuer)
    .bind(subject)
    .fetch_optional(db.pool())
    .await?;
    row.map(Identity::try_from).transpose()
}

/// The user's identities, oldest first.
pub async fn list_for_user(
    db: &Db,
    project_id: &str,
    user_id: &str,
) -> anyhow::Result<Vec<Identity>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM user_identities WHERE project_id = $1 AND user_id = $2 ORDER BY id"
    ))
    .bind(project_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(Identity::try_from).collect()
}

/// Records that identity `id` was just presented.
pub async fn seen(db: &Db, project_id: &str, id: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE user_identities SET last_seen_at = $1 WHERE project_id = $2 AND id = $3")
        .bind(now)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// Unlinks identity `id` from `user_id`; true when it was theirs.
pub async fn unlink(db: &Db, project_id: &str, user_id: &str, id: &str) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM user_identities WHERE project_id = $1 AND user_id = $2 AND id = $3",
    )
    .bind(project_id)
    .bind(user_id)
    .bind(id)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}
