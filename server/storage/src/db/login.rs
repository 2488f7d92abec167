//! Storage of the hosted login's state: pending authorization requests (flows), single-use
//! authorization codes, and the browser sessions of the hosted login. Codes and session
//! cookies are stored as SHA-256 digests only.

use crate::ids::{OrganizationId, ProjectId, SessionId, UserId};
use sqlx::FromRow;

use super::Db;
use crate::amr::Amr;

/// What an authorization request asked for, kept until a code is issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The client that asked (`client_...` or the publishable key).
    pub client_id: String,
    /// Validated redirect URI.
    pub redirect_uri: String,
    /// Granted scope (space-separated).
    pub scope: String,
    /// The client's `state`, returned unchanged.
    pub state: Option<String>,
    /// The client's `nonce`, copied into the ID token.
    pub nonce: Option<String>,
    /// PKCE S256 challenge.
    pub code_challenge: Option<String>,
}

/// Which organizations a flow may sign in to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganizationScope {
    /// Any of the person's organizations.
    Any,
    /// Only this one (from the `organization` parameter or the host's subdomain).
    Only(OrganizationId),
    /// None: the request named an organization that does not exist. Not an error, which
    /// would reveal which organizations exist; it simply matches nobody.
    Nobody,
}

impl OrganizationScope {
    /// Whether a user of `organization_id` may be signed in.
    pub fn admits(&self, organization_id: &str) -> bool {
        match self {
            Self::Any => true,
            Self::Only(id) => id == organization_id,
            Self::Nobody => false,
        }
    }

    /// The one organization, when restricted to one.
    pub fn organization_id(&self) -> Option<&str> {
        match self {
            Self::Only(id) => Some(id),
            Self::Any | Self::Nobody => None,
        }
    }
}

/// Where a sign-in stands (the state machine of `signin/flow.rs`), stored as JSON.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Nobody proved anything yet.
    Identify,
    /// The person proved to be several users (one email, several organizations).
    ChooseOrganization {
        /// The users' ids.
        candidates: Vec<UserId>,
        /// The methods that proved them.
        amr: Amr,
    },
    /// One user proved a first factor and owes a second.
    SecondFactor {
        /// The user.
        user_id: UserId,
        /// The methods proved so far.
        amr: Amr,
        /// A TOTP secret being enrolled, sealed under the master key: made for this flow
        /// only, and written to the user only when its first code is confirmed.
        enrolment: Option<String>,
    },
}

/// A hosted sign-in in progress, bound to the browser that started it.
#[derive(Debug, Clone)]
pub struct Flow {
    /// Random id carried by the hosted pages (`flow=...`).
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// SHA-256 of the browser-binding cookie of the browser that started it.
    pub browser_hash: String,
    /// The authorization request, when an application started the sign-in (`None`: the
    /// person opened the hosted pages directly, and ends on the account page).
    pub authorization: Option<Authorization>,
    /// The organizations it may sign in to.
    pub organizations: OrganizationScope,
    /// Email to prefill.
    pub login_hint: Option<String>,
    /// Where it stands.
    pub step: Step,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
}

#[derive(FromRow)]
struct FlowRow {
    id: String,
    project_id: ProjectId,
    browser_hash: String,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: Option<String>,
    organization_id: Option<OrganizationId>,
    organization_unmatched: i64,
    login_hint: Option<String>,
    step: String,
    created_at: i64,
    expires_at: i64,
}

impl TryFrom<FlowRow> for Flow {
    type Error = anyhow::Error;

    fn try_from(row: FlowRow) -> anyhow::Result<Self> {
        let authorization = match (row.client_id, row.redirect_uri) {
            (Some(client_id), Some(redirect_uri)) => Some(Authorization {
                client_id,
                redirect_uri,
                scope: row.scope.unwrap_or_default(),
                state: row.state,
                nonce: row.nonce,
                code_challenge: row.code_challenge,
            }),
            _ => None,
        };
        let organizations = match (row.organization_id, row.organization_unmatched) {
            (Some(id), _) => OrganizationScope::Only(id),
            (None, 0) => OrganizationScope::Any,
            (None, _) => OrganizationScope::Nobody,
        };
        Ok(Self {
            id: row.id,
            project_id: row.project_id,
            browser_hash: row.browser_hash,
            authorization,
            organizations,
            login_hint: row.login_hint,
            step: super::from_json_text(&row.step)?,
            created_at: row.created_at,
            expires_at: row.expires_at,
        })
    }
}

const FLOW_COLUMNS: &str = "id, project_id, browser_hash, client_id, redirect_uri, scope, state, \
                            nonce, code_challenge, organization_id, organization_unmatched, \
                            login_hint, step, created_at, expires_at";

/// Inserts a flow.
pub async fn insert_flow(db: &Db, flow: &Flow) -> anyhow::Result<()> {
    let auth = flow.authorization.as_ref();
    sqlx::query(&format!(
        "INSERT INTO login_flows ({FLOW_COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    ))
    .bind(&flow.id)
    .bind(&flow.project_id)
    .bind(&flow.browser_hash)
    .bind(auth.map(|a| a.client_id.clone()))
    .bind(auth.map(|a| a.redirect_uri.clone()))
    .bind(auth.map(|a| a.scope.clone()))
    .bind(auth.and_then(|a| a.state.clone()))
    .bind(auth.and_then(|a| a.nonce.clone()))
    .bind(auth.and_then(|a| a.code_challenge.clone()))
    .bind(flow.organizations.organization_id())
    .bind(i64::from(flow.organizations == OrganizationScope::Nobody))
    .bind(&flow.login_hint)
    .bind(super::to_json_text(&flow.step)?)
    .bind(flow.created_at)
    .bind(flow.expires_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// The unexpired flow with this id in the project.
pub async fn get_flow(
    db: &Db,
    project_id: &str,
    id: &str,
    now: i64,
) -> anyhow::Result<Option<Flow>> {
    let row: Option<FlowRow> = sqlx::query_as(&format!(
        "SELECT {FLOW_COLUMNS} FROM login_flows WHERE project_id = $1 AND id = $2 AND expires_at > $3"
    ))
    .bind(project_id)
    .bind(id)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    row.map(Flow::try_from).transpose()
}

/// Moves a flow to `step`.
pub async fn set_step(db: &Db, project_id: &str, id: &str, step: &Step) -> anyhow::Result<()> {
    sqlx::query("UPDATE login_flows SET step = $1 WHERE project_id = $2 AND id = $3")
        .bind(super::to_json_text(step)?)
        .bind(project_id)
        .bind(id)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}

/// Unexpired flows a browser has in the project, newest first (ids only).
pub async fn browser_flows(
    db: &Db,
    project_id: &str,
    browser_hash: &str,
    now: i64,
) -> anyhow::Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM login_flows WHERE project_id = $1 AND browser_hash = $2 \
         AND expires_at > $3 ORDER BY created_at DESC, id",
    )
    .bind(project_id)
    .bind(browser_hash)
    .bind(now)
    .fetch_all(db.pool())
    .await?)
}

/// Ends a flow (it produced a code, or was abandoned).
pub async fn delete_flow(db: &Db, project_id: &str, id: &str) -> anyhow::Result<()> {
    let mut conn = db.write().await?;
    delete_flow_in(&mut conn, project_id, id).await
}

/// [`delete_flow`] on the caller's connection or transaction.
pub async fn delete_flow_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM login_flows WHERE project_id = $1 AND id = $2")
        .bind(project_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// An authorization code as stored.
#[derive(Debug, Clone, FromRow)]
pub struct Code {
    /// SHA-256 of the code.
    pub code_hash: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// The client it was issued to.
    pub client_id: String,
    /// The redirect URI it was sent to (must be repeated at the token endpoint).
    pub redirect_uri: String,
    /// Granted scope.
    pub scope: String,
    /// For the ID token.
    pub nonce: Option<String>,
    /// PKCE S256 challenge.
    pub code_challenge: Option<String>,
    /// The signed-in user.
    pub user_id: UserId,
    /// The hosted-login session that produced it.
    pub login_session_id: String,
    /// Authentication methods (RFC 8176).
    #[sqlx(try_from = "String")]
    pub amr: Amr,
    /// When the person authenticated.
    pub auth_time: i64,
    /// The token session it was exchanged for.
    pub session_id: Option<SessionId>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Set when exchanged.
    pub used_at: Option<i64>,
}

const CODE_COLUMNS: &str = "code_hash, project_id, client_id, redirect_uri, scope, nonce, \
                            code_challenge, user_id, login_session_id, amr, auth_time, \
                            session_id, created_at, expires_at, used_at";

/// Inserts a code.
pub async fn insert_code(db: &Db, code: &Code) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO authorization_codes ({CODE_COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    ))
    .bind(&code.code_hash)
    .bind(&code.project_id)
    .bind(&code.client_id)
    .bind(&code.redirect_uri)
    .bind(&code.scope)
    .bind(&code.nonce)
    .bind(&code.code_challenge)
    .bind(&code.user_id)
    .bind(&code.login_session_id)
    .bind(code.amr.to_column())
    .bind(code.auth_time)
    .bind(&code.session_id)
    .bind(code.created_at)
    .bind(code.expires_at)
    .bind(code.used_at)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// The code with this digest in the project, used or not.
pub async fn find_code(db: &Db, project_id: &str, hash: &str) -> anyhow::Result<Option<Code>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {CODE_COLUMNS} FROM authorization_codes WHERE project_id = $1 AND code_hash = $2"
    ))
    .bind(project_id)
    .bind(hash)
    .fetch_optional(db.pool())
    .await?)
}

/// Marks a code used, atomically: false when another request used it first.
pub async fn use_code(db: &Db, project_id: &str, hash: &str, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE authorization_codes SET used_at = $1 \
         WHERE project_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(hash)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the token session a code was exchanged for.
pub async fn set_code_session(
    db: &Db,
    project_id: &str,
    hash: &str,
    session_id: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE authorization_codes SET session_id = $1 WHERE project_id = $2 AND code_hash = $3",
    )
    .bind(session_id)
    .bind(project_id)
    .bind(hash)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(())
}

/// A browser session of the hosted login.
#[derive(Debug, Clone, FromRow)]
pub struct LoginSession {
    /// `lsess_...`
    pub id: String,
    /// Owning project.
    pub project_id: ProjectId,
    /// SHA-256 of the cookie value.
    pub token_hash: String,
    /// The signed-in user.
    pub user_id: UserId,
    /// Authentication methods (RFC 8176).
    #[sqlx(try_from = "String")]
    pub amr: Amr,
    /// When the person authenticated.
    pub auth_time: i64,
    /// Unix seconds.
    pub created_at: i64,
    /// Absolute end.
    pub expires_at: i64,
    /// Set at sign-out.
    pub revoked_at: Option<i64>,
    /// The SSO connection that signed the person in (`samlc_...`/`oidcc_...`), if one did.
    pub sso_connection_id: Option<String>,
}

const SESSION_COLUMNS: &str = "id, project_id, token_hash, user_id, amr, auth_time, created_at, \
                               expires_at, revoked_at, sso_connection_id";

/// Inserts a login session.
pub async fn insert_session(db: &Db, session: &LoginSession) -> anyhow::Result<()> {
    let mut conn = db.write().await?;
    insert_session_in(&mut conn, session).await
}

/// [`insert_session`] inside the caller's transaction.
pub async fn insert_session_in(
    conn: &mut sqlx::AnyConnection,
    session: &LoginSession,
) -> anyhow::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO login_sessions ({SESSION_COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    ))
    .bind(&session.id)
    .bind(&session.project_id)
    .bind(&session.token_hash)
    .bind(&session.user_id)
    .bind(session.amr.to_column())
    .bind(session.auth_time)
    .bind(session.created_at)
    .bind(session.expires_at)
    .bind(session.revoked_at)
    .bind(&session.sso_connection_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The live login session whose cookie has this digest.
pub async fn find_session(
    db: &Db,
    project_id: &str,
    token_hash: &str,
    now: i64,
) -> anyhow::Result<Option<LoginSession>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {SESSION_COLUMNS} FROM login_sessions WHERE project_id = $1 AND token_hash = $2 \
         AND revoked_at IS NULL AND expires_at > $3"
    ))
    .bind(project_id)
    .bind(token_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?)
}

/// The SSO connection that signed in login session `id`, if one did (its token sessions
/// carry it too).
pub async fn sso_connection_of(
    db: &Db,
    project_id: &str,
    id: &str,
) -> anyhow::Result<Option<String>> {
    let found: Option<Option<String>> = sqlx::query_scalar(
        "SELECT sso_connection_id FROM login_sessions WHERE project_id = $1 AND id = $2",
    )
    .bind(project_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.flatten())
}

/// Ends a login session and every token session started from it.
pub async fn end_session(db: &Db, project_id: &str, id: &str, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    end_session_in(&mut tx, project_id, id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// [`end_session`] inside the caller's transaction.
pub async fn end_session_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    id: &str,
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE login_sessions SET revoked_at = $1 WHERE project_id = $2 AND id = $3 \
         AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE sessions SET revoked_at = $1, revoked_reason = 'logout' \
         WHERE project_id = $2 AND login_session_id = $3 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends every login session of a user, with their refresh tokens (after a password reset or
/// change), in a transaction of its own.
pub async fn end_user_sessions(
    db: &Db,
    project_id: &str,
    user_id: &str,
    now: i64,
) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    end_user_sessions_in(&mut tx, project_id, user_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// [`end_user_sessions`] inside the caller's transaction.
pub async fn end_user_sessions_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
    user_id: &str,
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE login_sessions SET revoked_at = $1 WHERE project_id = $2 AND user_id = $3 \
         AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE sessions SET revoked_at = $1, revoked_reason = 'password_reset' \
         WHERE project_id = $2 AND user_id = $3 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(project_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
