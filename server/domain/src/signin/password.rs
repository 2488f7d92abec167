//! The password first factor, for every door. An unknown organization, an unknown email and a
//! wrong password get the same answer after the same argon2 work, and the account's attempt
//! is counted before any hash is checked ([`super::throttle`]). The organization's method
//! policy is applied only to people who proved the password, so it reveals nothing to others.

use crate::password;
use crate::tokens::ClientInfo;
use gatehouse_storage::db::login::OrganizationScope;
use gatehouse_storage::db::{
    self, Db,
    organizations::Organization,
    projects::{LoginMethod, Project},
    users::User,
};
use gatehouse_storage::events::Event;

use super::throttle::{self, ACCOUNT_POLICY, Attempt};
use super::{Door, Refusal};

/// Whom a password may prove.
#[derive(Debug, Clone, Copy)]
pub enum Among<'a> {
    /// The user with the email in this organization (`None`: an organization that does not
    /// exist, which matches nobody).
    Organization(Option<&'a Organization>),
    /// The users with the email in the project's organizations that a sign-in flow may
    /// sign in to.
    Project(&'a OrganizationScope),
}

/// A user the password proved, with their organization, which allows passwords.
#[derive(Debug, Clone)]
pub struct Proven {
    /// The user.
    pub user: User,
    /// Their organization.
    pub organization: Organization,
}

/// Most users one email may have across a project's organizations (the picker's size).
const MAX_CANDIDATES: i64 = 20;

/// Checks `password` for `email` among `among`. Answers the users it proved, whose
/// organization allows password sign-in (one, or several for the organization picker).
#[allow(clippy::too_many_arguments)]
pub async fn check(
    db: &Db,
    project: &Project,
    among: Among<'_>,
    email: &str,
    password: &str,
    client: &ClientInfo,
    door: Door,
    now: i64,
) -> anyhow::Result<Result<Vec<Proven>, Refusal>> {
    if !project.login_methods.contains(&LoginMethod::Password) {
        return Ok(Err(Refusal::LoginMethodDisabled));
    }
    let attempt = match Attempt::begin(
        db,
        throttle::account_key(&project.id, email),
        now,
        ACCOUNT_POLICY,
    )
    .await?
    {
        Ok(attempt) => attempt,
        Err(retry_after_seconds) => {
            return Ok(Err(Refusal::TooManyAttempts {
                retry_after_seconds,
            }));
        }
    };
    let address_key = client
        .ip
        .as_deref()
        .map(|ip| throttle::address_key(&project.id, ip));
    throttle::slow_down_address(db, address_key.as_deref(), now).await?;

    let users = match among {
        Among::Organization(None) => Vec::new(),
        Among::Organization(Some(org)) => db::users::find_by_email(db, &project.id, &org.id, email)
            .await?
            .into_iter()
            .collect(),
        Among::Project(scope) => {
            db::users::find_all_by_email(db, &project.id, email, MAX_CANDIDATES)
                .await?
                .into_iter()
                .filter(|u| scope.admits(&u.organization_id))
                .collect()
        }
    };
    let verified: anyhow::Result<Vec<_>> = async {
        let mut matched = Vec::new();
        let mut checked = false;
        for user in users.into_iter().filter(super::policy::may_sign_in) {
            if let Some(credential) = db::credentials::password(db, &project.id, &user.id).await? {
                checked = true;
                if password::verify(password.to_owned(), credential.phc).await? {
                    db::credentials::used(db, &project.id, &credential.id, now).await?;
                    matched.push(user);
                }
            }
        }
        if !checked {
            password::verify_nothing(password.to_owned()).await?;
        }
        Ok(matched)
    }
    .await;
    let matched = match verified {
        // A full hashing queue evaluated nothing: the attempt must not count against the
        // account, or retrying through an overload would lock it.
        Err(err) if err.downcast_ref::<password::Busy>().is_some() => {
            attempt.withdrawn(db).await?;
            return Err(err);
        }
        other => other?,
    };
    if matched.is_empty() {
        attempt.failed(db, now).await?;
        throttle::address_failed(db, address_key.as_deref(), now).await?;
        db::audit::record(
            db,
            &db::audit::Entry {
                actor: Some(email),
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
                details: serde_json::json!({"method": "password", "via": door.as_str()}),
                ..db::audit::Entry::new(&project.id, Event::UserLoginFailed)
            },
            now,
        )
        .await?;
        return Ok(Err(Refusal::InvalidCredentials));
    }
    attempt.succeeded(db).await?;
    let mut proven = Vec::new();
    for user in matched {
        if let Some(organization) =
            db::organizations::get(db, &project.id, &user.organization_id).await?
            && super::policy::allows(project, &organization, LoginMethod::Password)
        {
            proven.push(Proven { user, organization });
        }
    }
    if proven.is_empty() {
        return Ok(Err(Refusal::LoginMethodDisabled));
    }
    Ok(Ok(proven))
}
