//! The upstream step of the sign-in engine: what happens once an organization's identity
//! provider (a SAML or OpenID Connect connection) vouched for a person. The protocol modules
//! (`saml/`, `federation/`) verify the answer; this module decides which user it signs in.
//!
//! - A user is found by their identity at the provider (kind, issuer, subject), never by the
//!   email address alone.
//! - Without one, the email's domain must be a verified domain of the connection's
//!   organization: then the identity is linked to the organization's user with that address
//!   (or the one its SCIM directory provisioned under that NameID or userName), or a user is
//!   provisioned just in time with the roles the connection maps the person's groups to — the
//!   user, their roles, the identity and the audit entry in one transaction.
//! - A connection signs people in to its own organization only; a user their directory
//!   deactivated is refused.

pub mod policy;

use std::collections::BTreeSet;

use gatehouse_storage::amr::{Amr, AuthMethod};
use gatehouse_storage::db::{
    self, Db,
    identities::{self, Kind, Link},
    organizations::Organization,
    projects::Project,
    sso_connections::Connection,
    users::{User, Write},
};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::UserId;

use crate::signin::FirstFactor;
use crate::tokens::ClientInfo;
use crate::validate;

/// The outbound clients of SSO, shared by every request (in `AppState`): the guarded fetcher
/// (metadata URLs, discovery, token exchange) and the upstream JWKS cache.
#[derive(Debug)]
pub struct Clients {
    /// The guarded fetcher.
    pub fetcher: crate::federation::Fetcher,
    /// Upstream signing keys, per `jwks_uri`.
    pub jwks: crate::federation::JwksCache,
}

impl Clients {
    /// Clients following the operator's setting on private addresses.
    pub fn new(allow_private_addresses: bool) -> Self {
        Self {
            fetcher: crate::federation::Fetcher::new(crate::federation::FetchPolicy {
                allow_private_addresses,
                ..crate::federation::FetchPolicy::default()
            }),
            jwks: crate::federation::JwksCache::new(),
        }
    }
}

/// What an identity provider said about the person, once its answer was verified. Stored
/// with the pending request between the provider's cross-site answer and the same-site step
/// that finishes the sign-in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VerifiedProfile {
    /// The connection that verified it.
    pub connection_id: String,
    /// The provider's entity id (SAML) or issuer (OIDC).
    pub issuer: String,
    /// The NameID (SAML) or `sub` (OIDC).
    pub subject: String,
    /// The email address the provider gave, as given.
    pub email: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Groups.
    pub groups: Vec<String>,
    /// Whether the provider says the person proved more than one factor.
    pub mfa: bool,
}

/// Why an SSO sign-in was refused after the provider's answer was verified. Each has a stable
/// code, shown on the hosted error page and recorded in the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The connection is turned off.
    ConnectionDisabled,
    /// The provider gave no usable email address for a person it never signed in before.
    EmailMissing,
    /// The email's domain is not a verified domain of the connection's organization.
    DomainNotVerified,
    /// The identity belongs to a user of another organization.
    WrongOrganization,
    /// The user was deactivated by the organization's directory.
    UserDeactivated,
    /// The organization requires a second factor and the provider did not say it checked one.
    MfaRequired,
}

impl Refusal {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::ConnectionDisabled => "sso_connection_disabled",
            Self::EmailMissing => "sso_email_missing",
            Self::DomainNotVerified => "sso_domain_not_verified",
            Self::WrongOrganization => "sso_wrong_organization",
            Self::UserDeactivated => "sso_user_deactivated",
            Self::MfaRequired => "sso_mfa_required",
        }
    }
}

/// The user an SSO sign-in signs in.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The user.
    pub user: User,
    /// Their organization (the connection's).
    pub organization: Organization,
    /// Whether the user was created by this sign-in.
    pub provisioned: bool,
}

/// The methods an SSO sign-in proved.
pub fn amr(profile: &VerifiedProfile) -> Amr {
    let mut amr = FirstFactor::Sso.amr();
    if profile.mfa {
        amr.add(AuthMethod::MultiFactor);
    }
    amr
}

/// The identity kind of a connection's protocol.
pub fn identity_kind(connection: &Connection) -> Kind {
    match connection.settings.protocol.protocol() {
        db::sso_connections::Protocol::Saml => Kind::Saml,
        db::sso_connections::Protocol::Oidc => Kind::Oidc,
    }
}

/// The role keys the connection maps the profile's groups to, sorted.
pub fn mapped_roles(connection: &Connection, groups: &[String]) -> Vec<String> {
    let roles: BTreeSet<&String> = groups
        .iter()
        .filter_map(|group| connection.settings.group_roles.get(group))
        .flatten()
        .collect();
    roles.into_iter().cloned().collect()
}

/// Finds, links or provisions the user `profile` signs in through `connection`.
pub async fn resolve(
    db: &Db,
    project: &Project,
    connection: &Connection,
    profile: &VerifiedProfile,
    now: i64,
) -> anyhow::Result<Result<Resolved, Refusal>> {
    if !connection.enabled {
        return Ok(Err(Refusal::ConnectionDisabled));
    }
    let Some(organization) =
        db::organizations::get(db, &project.id, &connection.organization_id).await?
    else {
        return Ok(Err(Refusal::ConnectionDisabled));
    };
    let kind = identity_kind(connection);
    if let Some(identity) =
        identities::find(db, &project.id, kind, &profile.issuer, &profile.subject).await?
    {
        let Some(user) = db::users::get(db, &project.id, &identity.user_id).await? else {
            return Ok(Err(Refusal::WrongOrganization));
        };
        if user.organization_id != connection.organization_id {
            return Ok(Err(Refusal::WrongOrganization));
        }
        if !crate::signin::policy::may_sign_in(&user) {
            return Ok(Err(Refusal::UserDeactivated));
        }
        identities::seen(db, &project.id, &identity.id, now).await?;
        sync_mapped_roles(db, project, &organization, connection, &user, profile, now).await?;
        return Ok(Ok(Resolved {
            user,
            organization,
            provisioned: false,
        }));
    }
    let Some(email) = profile
        .email
        .as_deref()
        .and_then(|email| validate::email("email", email).ok())
    else {
        return Ok(Err(Refusal::EmailMissing));
    };
    let Some((_, domain)) = email.rsplit_once('@') else {
        return Ok(Err(Refusal::EmailMissing));
    };
    if !db::sso_connections::domain_verified(db, &project.id, &organization.id, domain).await? {
        return Ok(Err(Refusal::DomainNotVerified));
    }
    let existing = match db::sso_connections::scim_user_matching(
        db,
        &project.id,
        &organization.id,
        &profile.subject,
        Some(&email),
    )
    .await?
    {
        Some(user_id) => db::users::get(db, &project.id, &user_id).await?,
        None => db::users::find_by_email(db, &project.id, &organization.id, &email).await?,
    };
    if let Some(user) = existing {
        if user.organization_id != organization.id {
            return Ok(Err(Refusal::WrongOrganization));
        }
        if !crate::signin::policy::may_sign_in(&user) {
            return Ok(Err(Refusal::UserDeactivated));
        }
        let mut tx = db.begin().await?;
        if let Link::Taken = identities::link_in(
            &mut tx,
            &project.id,
            &user.id,
            kind,
            &profile.issuer,
            &profile.subject,
            now,
        )
        .await?
        {
            // Linked by a concurrent sign-in of the same person; theirs stands.
            return Ok(Err(Refusal::WrongOrganization));
        }
        db::audit::record_in(
            &mut tx,
            &by_connection(
                project,
                &organization.id,
                connection,
                &user.id,
                Event::UserUpdated,
                serde_json::json!({"linked_identity": kind.as_str(), "sso_connection_id": connection.id}),
            ),
            now,
        )
        .await?;
        tx.commit().await?;
        sync_mapped_roles(db, project, &organization, connection, &user, profile, now).await?;
        return Ok(Ok(Resolved {
            user,
            organization,
            provisioned: false,
        }));
    }
    let user = User {
        id: UserId::generate(),
        project_id: project.id.clone(),
        organization_id: organization.id.clone(),
        email,
        email_verified: true,
        name: profile
            .name
            .as_deref()
            .and_then(|name| validate::name("name", name).ok()),
        has_password: false,
        totp_enabled_at: None,
        deactivated_at: None,
        created_at: now,
        updated_at: now,
    };
    let roles = existing_roles(
        db,
        project,
        &organization,
        &mapped_roles(connection, &profile.groups),
    )
    .await?;
    let mut tx = db.begin().await?;
    if let Write::EmailTaken = db::users::insert(&mut *tx, &user).await? {
        // Created by a concurrent sign-in; the next attempt finds and links it.
        return Ok(Err(Refusal::EmailMissing));
    }
    db::rbac::set_user_roles(&mut tx, &project.id, &user.id, &roles).await?;
    if let Link::Taken = identities::link_in(
        &mut tx,
        &project.id,
        &user.id,
        kind,
        &profile.issuer,
        &profile.subject,
        now,
    )
    .await?
    {
        return Ok(Err(Refusal::WrongOrganization));
    }
    db::audit::record_in(
        &mut tx,
        &by_connection(
            project,
            &organization.id,
            connection,
            &user.id,
            Event::UserCreated,
            serde_json::json!({"provisioned_by": "sso", "sso_connection_id": connection.id, "roles": roles}),
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(Resolved {
        user,
        organization,
        provisioned: true,
    }))
}

/// The roles a connection manages: every role key its `group_roles` names.
fn managed_roles(connection: &Connection) -> BTreeSet<String> {
    connection
        .settings
        .group_roles
        .values()
        .flatten()
        .cloned()
        .collect()
}

/// Brings an existing user's roles in line with the groups of this sign-in. The roles a
/// connection's `group_roles` names are the identity provider's to give: each sign-in through
/// it grants those the groups map to and withdraws the others of them, so a person removed
/// from a group at the IdP loses its role at their next sign-in. Roles the mapping does not
/// name (granted by hand, or derived from SCIM groups) are left alone. A change is audited
/// as `user.updated` with the roles added and removed.
async fn sync_mapped_roles(
    db: &Db,
    project: &Project,
    organization: &Organization,
    connection: &Connection,
    user: &User,
    profile: &VerifiedProfile,
    now: i64,
) -> anyhow::Result<()> {
    let managed = managed_roles(connection);
    if managed.is_empty() {
        return Ok(());
    }
    let earned: BTreeSet<String> = existing_roles(
        db,
        project,
        organization,
        &mapped_roles(connection, &profile.groups),
    )
    .await?
    .into_iter()
    .collect();
    let current: BTreeSet<String> = db::rbac::roles_of_users(db, &project.id, &[&user.id])
        .await?
        .remove(user.id.as_str())
        .unwrap_or_default()
        .into_iter()
        .collect();
    let kept = current
        .iter()
        .filter(|key| !managed.contains(*key))
        .cloned();
    let wanted: BTreeSet<String> = kept.chain(earned.iter().cloned()).collect();
    if wanted == current {
        return Ok(());
    }
    let added: Vec<&String> = wanted.difference(&current).collect();
    let removed: Vec<&String> = current.difference(&wanted).collect();
    let roles: Vec<String> = wanted.iter().cloned().collect();
    let mut tx = db.begin().await?;
    db::rbac::set_user_roles(&mut tx, &project.id, &user.id, &roles).await?;
    db::audit::record_in(
        &mut tx,
        &by_connection(
            project,
            &organization.id,
            connection,
            &user.id,
            Event::UserUpdated,
            serde_json::json!({
                "roles": roles,
                "roles_added": added,
                "roles_removed": removed,
                "sso_connection_id": connection.id,
            }),
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An audit entry of `connection` acting on a user of its organization.
fn by_connection<'a>(
    project: &'a Project,
    organization_id: &'a str,
    connection: &'a Connection,
    user_id: &'a str,
    event: Event,
    details: serde_json::Value,
) -> db::audit::Entry<'a> {
    db::audit::Entry {
        organization_id: Some(organization_id),
        actor: Some(&connection.id),
        target: Some(user_id),
        details,
        ..db::audit::Entry::new(&project.id, event)
    }
}

/// The keys among `keys` that name roles the organization can give (a role deleted since the
/// mapping was saved is skipped, not an error).
async fn existing_roles(
    db: &Db,
    project: &Project,
    organization: &Organization,
    keys: &[String],
) -> anyhow::Result<Vec<String>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let roles = db::rbac::list_roles(db, &project.id, Some(&organization.id)).await?;
    Ok(keys
        .iter()
        .filter(|key| roles.iter().any(|role| &role.key == *key))
        .cloned()
        .collect())
}

/// Records a refused or failed SSO sign-in (`user.login_failed`, with the stable code).
pub async fn record_failure(
    db: &Db,
    project: &Project,
    connection: Option<&Connection>,
    code: &str,
    client: &ClientInfo,
    now: i64,
) -> anyhow::Result<()> {
    db::audit::record(
        db,
        &db::audit::Entry {
            organization_id: connection.map(|c| c.organization_id.as_str()),
            target: connection.map(|c| c.id.as_str()),
            ip: client.ip.as_deref(),
            user_agent: client.user_agent.as_deref(),
            details: serde_json::json!({
                "method": "sso",
                "code": code,
                "sso_connection_id": connection.map(|c| c.id.as_str()),
            }),
            ..db::audit::Entry::new(&project.id, Event::UserLoginFailed)
        },
        now,
    )
    .await
}

/// The URLs a connection is known by at the identity provider, under the project's issuer
/// (served by `server/http/src/hosted/sso.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// SAML: our entity id, which is also where our metadata is served.
    pub sp_entity_id: String,
    /// SAML: the assertion consumer service (HTTP-POST binding).
    pub acs_url: String,
    /// SAML: our metadata.
    pub sp_metadata_url: String,
    /// OIDC: the redirect URI to register with the provider.
    pub redirect_uri: String,
}

/// The endpoints of connection `id` under `issuer`.
pub fn endpoints(issuer: &str, id: &str) -> Endpoints {
    let base = format!("{}/sso/{id}", issuer.trim_end_matches('/'));
    Endpoints {
        sp_entity_id: format!("{base}/metadata"),
        acs_url: format!("{base}/acs"),
        sp_metadata_url: format!("{base}/metadata"),
        redirect_uri: format!("{base}/callback"),
    }
}

/// How long a request sent to an identity provider waits for its answer.
pub const REQUEST_LIFETIME_SECONDS: i64 = 10 * 60;

/// The context an OIDC connection's client secret is sealed under (bound to the connection,
/// so a sealed secret copied to another connection does not open).
pub fn client_secret_context(connection_id: &str) -> String {
    format!("sso_connection.client_secret:{connection_id}")
}
