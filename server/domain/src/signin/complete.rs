//! The last step of every sign-in, whatever the door and the factors: what it opens (a token
//! session for the password API, a hosted-login session for the hosted pages) commits in one
//! transaction with its `user.login` audit entry and the end of the flow it finished, so the
//! log never shows a sign-in that did not happen, nor misses one that did.

use crate::secrets;
use crate::tokens::ClientInfo;
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::{
    self, Db, login::LoginSession, organizations::Organization, projects::Project, users::User,
};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

use super::{Door, FirstFactor};

/// Who signed in, how, and through which door.
#[derive(Debug, Clone, Copy)]
pub struct SignIn<'a> {
    /// The project.
    pub project: &'a Project,
    /// The user's organization.
    pub organization: &'a Organization,
    /// The user.
    pub user: &'a User,
    /// Every method proved, in order.
    pub amr: &'a Amr,
    /// The request's address and user agent.
    pub client: &'a ClientInfo,
    /// The door it came through.
    pub door: Door,
    /// The SSO connection that vouched for the person (`samlc_...`/`oidcc_...`), if one did.
    pub sso_connection_id: Option<&'a str>,
}

impl SignIn<'_> {
    /// Its `user.login` audit entry, in `conn`'s transaction.
    pub async fn record_in(&self, conn: &mut sqlx::AnyConnection, now: i64) -> anyhow::Result<()> {
        let method = FirstFactor::of(self.amr).map_or("unknown", FirstFactor::as_str);
        db::audit::record_in(
            conn,
            &db::audit::Entry {
                organization_id: Some(&self.organization.id),
                actor: Some(&self.user.id),
                target: Some(&self.user.id),
                ip: self.client.ip.as_deref(),
                user_agent: self.client.user_agent.as_deref(),
                details: match self.sso_connection_id {
                    Some(connection) => serde_json::json!({
                        "method": method,
                        "via": self.door.as_str(),
                        "sso_connection_id": connection,
                    }),
                    None => serde_json::json!({"method": method, "via": self.door.as_str()}),
                },
                ..db::audit::Entry::new(&self.project.id, Event::UserLogin)
            },
            now,
        )
        .await
    }
}

/// A hosted-login session just started: the row, and the secret for the browser's cookie
/// (only its digest is stored).
#[derive(Debug)]
pub struct Started {
    /// The new session.
    pub session: LoginSession,
    /// The cookie value.
    pub secret: String,
}

/// Starts the hosted-login session of `sign_in` lasting `lifetime_seconds`: ends the browser's
/// `previous` session (and the token sessions it started), deletes the finished `flow`, and
/// records the sign-in, all in one transaction.
pub async fn start_login_session(
    db: &Db,
    sign_in: &SignIn<'_>,
    lifetime_seconds: i64,
    previous: Option<&str>,
    flow: Option<&str>,
    now: i64,
) -> anyhow::Result<Started> {
    anyhow::ensure!(
        super::policy::may_sign_in(sign_in.user),
        "refusing to open a session for a deactivated user"
    );
    let secret = secrets::random_token(32);
    let session = LoginSession {
        id: IdKind::LoginSession.generate(),
        project_id: sign_in.project.id.clone(),
        token_hash: secrets::hash_secret(&secret),
        user_id: sign_in.user.id.clone(),
        amr: sign_in.amr.clone(),
        auth_time: now,
        created_at: now,
        expires_at: now + lifetime_seconds,
        revoked_at: None,
        sso_connection_id: sign_in.sso_connection_id.map(str::to_owned),
    };
    let mut tx = db.begin().await?;
    if let Some(previous) = previous {
        db::login::end_session_in(&mut tx, &sign_in.project.id, previous, now).await?;
    }
    db::login::insert_session_in(&mut tx, &session).await?;
    sign_in.record_in(&mut tx, now).await?;
    if let Some(flow) = flow {
        db::login::delete_flow_in(&mut tx, &sign_in.project.id, flow).await?;
    }
    tx.commit().await?;
    Ok(Started { session, secret })
}
