//! Sessions and the tokens they issue: RFC 9068 access tokens (the contract of
//! `docs/token-contract.md`) and opaque refresh tokens rotated on every use.
//!
//! Reuse detection: a refresh token is exchanged at most once. Presenting an exchanged token
//! again means two parties hold the same family (a stolen token, or a replay), and the only
//! safe answer is to end the session for both.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::signin::complete::SignIn;
use crate::state::AppState;
use crate::{secrets, signing};
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::sessions::RevokeReason;
use gatehouse_storage::db::{
    self, organizations::Organization, projects::Project, sessions::Session, users::User,
};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::{IdKind, SessionId};

/// JOSE `typ` of access tokens (RFC 9068 §2.1).
pub const ACCESS_TOKEN_TYPE: &str = "at+jwt";
/// Prefix of refresh tokens, so scanners and people can recognise one.
pub const REFRESH_TOKEN_PREFIX: &str = "ghr_";

/// Tokens handed to a client after sign-in or refresh.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"access_token": "eyJ...", "token_type": "Bearer", "expires_in": 300, "refresh_token": "ghr_..."}))]
pub struct TokenResponse {
    /// RFC 9068 JWT access token.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Opaque refresh token; single use: every refresh returns the next one.
    pub refresh_token: String,
    /// OpenID Connect ID token (authorization-code grant with the `openid` scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// Granted scope (OAuth grants).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Where a request came from, for sessions and the audit log.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    /// Peer address.
    pub ip: Option<String>,
    /// `User-Agent` header, truncated.
    pub user_agent: Option<String>,
}

#[derive(Serialize)]
struct OrgClaim<'a> {
    id: &'a str,
    slug: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct UserClaim<'a> {
    id: &'a str,
    email: &'a str,
    email_verified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
}

#[derive(Serialize)]
struct AccessTokenClaims<'a> {
    iss: String,
    sub: &'a str,
    aud: &'a str,
    exp: i64,
    iat: i64,
    nbf: i64,
    jti: String,
    client_id: String,
    sid: &'a str,
    org: OrgClaim<'a>,
    user: UserClaim<'a>,
    roles: Vec<String>,
    actions: Vec<String>,
    amr: &'a Amr,
    /// The SSO connection that signed the person in (`docs/token-contract.md`).
    #[serde(skip_serializing_if = "Option::is_none")]
    sso_connection_id: Option<&'a str>,
}

/// Why a refresh was refused (all answer `invalid_grant`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshRefusal {
    /// No such token in this project.
    Unknown,
    /// The token was already exchanged; the session has been revoked.
    Reused,
    /// The session is revoked, idle too long, or past its lifetime.
    SessionEnded,
    /// The session lacks a second factor that the organization now requires (or that the
    /// user enrolled since): the person must sign in again, which asks for it.
    SecondFactorRequired,
}

impl RefreshRefusal {
    /// Human explanation for `error_description`.
    pub fn description(self) -> &'static str {
        match self {
            Self::Unknown => "the refresh token is invalid",
            Self::Reused => "the refresh token was already used; the session has been revoked",
            Self::SessionEnded => "the session has ended",
            Self::SecondFactorRequired => {
                "the organization requires a second factor: sign in again"
            }
        }
    }
}

fn new_refresh_token() -> String {
    format!("{REFRESH_TOKEN_PREFIX}{}", secrets::random_token(32))
}

async fn access_token(
    state: &AppState,
    project: &Project,
    org: &Organization,
    user: &User,
    session: &Session,
) -> anyhow::Result<(String, i64)> {
    let now = state.clock.now();
    let lifetime = project.access_token_lifetime_seconds;
    let issuer = state.config.issuer_of(project);
    let amr = &session.amr;
    // Roles and actions are read at every issuance, so changes reach a session at its next
    // refresh.
    let db::rbac::Grants { roles, actions } =
        db::rbac::grants_of_user(&state.db, &project.id, &org.id, &user.id).await?;
    // `client_id` names the client the session was issued to (RFC 9068 §2.2): a registered
    // client's `client_...` id, or the publishable key for the built-in client and the
    // first-party password API. `aud` stays the project: its backends are the resource
    // server every SDK checks tokens for, whichever client obtained them.
    let client_id = match session.client_id.as_deref() {
        Some(id) if IdKind::Client.matches(id) => id.to_owned(),
        _ => secrets::publishable_key(project.environment, &issuer, &project.id),
    };
    let claims = AccessTokenClaims {
        client_id,
        iss: issuer,
        sub: &user.id,
        aud: &project.id,
        exp: now + lifetime,
        iat: now,
        nbf: now,
        jti: secrets::random_token(16),
        sid: &session.id,
        org: OrgClaim {
            id: &org.id,
            slug: &org.slug,
            name: &org.name,
        },
        user: UserClaim {
            id: &user.id,
            email: &user.email,
            email_verified: user.email_verified,
            name: user.name.as_deref(),
        },
        roles,
        actions,
        amr,
        sso_connection_id: session.sso_connection_id.as_deref(),
    };
    let token = signing::sign(state, project, ACCESS_TOKEN_TYPE, &claims).await?;
    Ok((token, lifetime))
}

/// Creates a token session for `sign_in` (the password API) and issues its first tokens; the
/// session and the sign-in's audit entry commit together.
pub async fn start_session(
    state: &AppState,
    sign_in: &SignIn<'_>,
) -> anyhow::Result<TokenResponse> {
    let (tokens, _) = open(
        state,
        sign_in.project,
        sign_in.organization,
        sign_in.user,
        sign_in.amr,
        sign_in.client,
        SessionOrigin::default(),
        Some(sign_in),
    )
    .await?;
    Ok(tokens)
}

/// Which OAuth client and hosted-login session a token session comes from.
#[derive(Debug, Clone, Default)]
pub struct SessionOrigin {
    /// The client the tokens are issued to; only it may refresh them.
    pub client_id: Option<String>,
    /// The hosted-login session; signing out there ends this session too.
    pub login_session_id: Option<String>,
}

/// A token session for an OAuth client (the code exchange; the sign-in itself was recorded
/// when its hosted-login session started); also returns the new session.
pub async fn open_session(
    state: &AppState,
    project: &Project,
    org: &Organization,
    user: &User,
    amr: &Amr,
    client: &ClientInfo,
    origin: SessionOrigin,
) -> anyhow::Result<(TokenResponse, Session)> {
    open(state, project, org, user, amr, client, origin, None).await
}

#[allow(clippy::too_many_arguments)]
async fn open(
    state: &AppState,
    project: &Project,
    org: &Organization,
    user: &User,
    amr: &Amr,
    client: &ClientInfo,
    origin: SessionOrigin,
    sign_in: Option<&SignIn<'_>>,
) -> anyhow::Result<(TokenResponse, Session)> {
    // Every sign-in path filters deactivated users out first; this is the last line.
    anyhow::ensure!(
        crate::signin::policy::may_sign_in(user),
        "refusing to open a session for a deactivated user"
    );
    let now = state.clock.now();
    let sso_connection_id = match origin.login_session_id.as_deref() {
        Some(login) => db::login::sso_connection_of(&state.db, &project.id, login).await?,
        None => sign_in.and_then(|s| s.sso_connection_id.map(str::to_owned)),
    };
    let session = Session {
        id: SessionId::generate(),
        project_id: project.id.clone(),
        organization_id: org.id.clone(),
        user_id: user.id.clone(),
        amr: amr.clone(),
        user_agent: client.user_agent.clone(),
        ip: client.ip.clone(),
        created_at: now,
        last_seen_at: now,
        expires_at: now
            + org
                .session_lifetime_seconds
                .unwrap_or(state.config.session_lifetime_seconds),
        revoked_at: None,
        revoked_reason: None,
        client_id: origin.client_id,
        login_session_id: origin.login_session_id,
        sso_connection_id,
    };
    let refresh_token = new_refresh_token();
    // Signed before anything commits, so a signing failure leaves no session behind.
    let (access_token, expires_in) = access_token(state, project, org, user, &session).await?;
    let mut tx = state.db.begin().await?;
    db::sessions::insert_in(&mut tx, &session, &secrets::hash_secret(&refresh_token)).await?;
    if let Some(sign_in) = sign_in {
        sign_in.record_in(&mut tx, now).await?;
    }
    tx.commit().await?;
    Ok((
        TokenResponse {
            access_token,
            token_type: "Bearer".to_owned(),
            expires_in,
            refresh_token,
            id_token: None,
            scope: None,
        },
        session,
    ))
}

/// Exchanges a refresh token for new tokens, with fresh user and organization data. A
/// session issued to an OAuth client can only be refreshed by that client (`client_id`, already
/// authenticated by the caller when it is confidential).
pub async fn refresh(
    state: &AppState,
    project: &Project,
    presented: &str,
    client_id: Option<&str>,
) -> anyhow::Result<Result<TokenResponse, RefreshRefusal>> {
    let now = state.clock.now();
    let old_hash = secrets::hash_secret(presented);
    let Some(db::sessions::RefreshToken { used_at, session }) =
        db::sessions::find_refresh(&state.db, &project.id, &old_hash).await?
    else {
        return Ok(Err(RefreshRefusal::Unknown));
    };
    if session.client_id.is_some() && session.client_id.as_deref() != client_id {
        return Ok(Err(RefreshRefusal::Unknown));
    }
    if used_at.is_some() {
        end_after_reuse(state, &session, now).await?;
        return Ok(Err(RefreshRefusal::Reused));
    }
    if !session.is_live(now, state.config.session_idle_timeout_seconds) {
        return Ok(Err(RefreshRefusal::SessionEnded));
    }
    let user = db::users::get(&state.db, &project.id, &session.user_id).await?;
    let org = db::organizations::get(&state.db, &project.id, &session.organization_id).await?;
    let (Some(user), Some(org)) = (user, org) else {
        return Ok(Err(RefreshRefusal::SessionEnded));
    };
    if !crate::signin::policy::may_sign_in(&user) {
        return Ok(Err(RefreshRefusal::SessionEnded));
    }
    // The organization's policy as it is now, not as it was when the session started.
    if crate::signin::policy::second_factor_owed(&user, &org, &session.amr).is_some() {
        return Ok(Err(RefreshRefusal::SecondFactorRequired));
    }
    // Signed before the rotation commits: once the old token is spent, nothing but writing
    // the answer is left that could fail and leave the client holding a spent token (its
    // retry would then be reuse and end the session).
    let (access_token, expires_in) = access_token(state, project, &org, &user, &session).await?;
    let next = new_refresh_token();
    let rotated = db::sessions::rotate_refresh(
        &state.db,
        &project.id,
        &session.id,
        &old_hash,
        &secrets::hash_secret(&next),
        now,
    )
    .await?;
    if !rotated {
        // Another request exchanged the same token between our read and our write.
        end_after_reuse(state, &session, now).await?;
        return Ok(Err(RefreshRefusal::Reused));
    }
    Ok(Ok(TokenResponse {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in,
        refresh_token: next,
        id_token: None,
        scope: None,
    }))
}

async fn end_after_reuse(state: &AppState, session: &Session, now: i64) -> anyhow::Result<()> {
    let mut tx = state.db.begin().await?;
    db::sessions::revoke_in(
        &mut tx,
        &session.project_id,
        &session.id,
        RevokeReason::RefreshTokenReuse,
        now,
    )
    .await?;
    db::audit::record_in(
        &mut tx,
        &db::audit::Entry {
            organization_id: Some(&session.organization_id),
            actor: Some(&session.user_id),
            target: Some(&session.id),
            ..db::audit::Entry::new(&session.project_id, Event::SessionRefreshTokenReused)
        },
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::warn!(session = %session.id, "refresh token reuse detected; session revoked");
    Ok(())
}

/// The session a refresh token of `project` belongs to, whether or not the token was already
/// exchanged (RFC 7009 revocation ends it either way).
pub async fn session_of_refresh_token(
    state: &AppState,
    project: &Project,
    presented: &str,
) -> anyhow::Result<Option<Session>> {
    let hash = secrets::hash_secret(presented);
    Ok(db::sessions::find_refresh(&state.db, &project.id, &hash)
        .await?
        .map(|token| token.session))
}

/// Verifies an access token of `project` with the project's own JWKS, through the same
/// core every SDK uses, and checks that its session is still live.
pub async fn verify_access_token(
    state: &AppState,
    project: &Project,
    token: &str,
) -> anyhow::Result<Result<gatehouse_core::Claims, &'static str>> {
    let options =
        gatehouse_core::VerifyOptions::new(state.config.issuer_of(project), project.id.as_str())
            .at(state.clock.now());
    let keys = signing::published(state, project).await?;
    let mut verdict = gatehouse_core::verify_access_token(token, keys.jwks(), &options);
    if matches!(verdict, Err(gatehouse_core::AuthError::UnknownKey)) {
        // A key created by another replica since this one read the set: read it again (no
        // more often than every request did before the set was cached).
        let keys = signing::reread_published(state, project).await?;
        verdict = gatehouse_core::verify_access_token(token, keys.jwks(), &options);
    }
    let claims = match verdict {
        Ok(claims) => claims,
        Err(err) => return Ok(Err(err.code())),
    };
    let live = match claims.session_id.as_deref() {
        Some(sid) => db::sessions::get(&state.db, &project.id, sid)
            .await?
            .is_some_and(|s| {
                s.is_live(state.clock.now(), state.config.session_idle_timeout_seconds)
            }),
        None => false,
    };
    if live {
        Ok(Ok(claims))
    } else {
        Ok(Err("session_revoked"))
    }
}
