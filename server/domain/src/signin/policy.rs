//! What a person still owes after proving a first factor, and whether an existing session
//! still satisfies their organization. The hosted login, the password API, silent sign-in
//! (`prompt` without `login` and a live hosted session) and the refresh grant all ask here,
//! so a policy an organization turns on reaches every door and every existing session.

use gatehouse_storage::amr::{Amr, AuthMethod};
use gatehouse_storage::db::{
    organizations::Organization,
    projects::{LoginMethod, Project},
    users::User,
};

use super::FirstFactor;

/// The step after a first factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// The address must be confirmed first (a link is mailed; the password API refuses).
    VerifyEmail,
    /// A second factor is owed: asked when `enrolled`, else enrolled on the spot.
    SecondFactor {
        /// Whether the user already has one.
        enrolled: bool,
    },
    /// Nothing more: the sign-in completes.
    Complete,
}

/// Whether `org` (or, without a policy of its own, the project) allows `method`.
pub fn allows(project: &Project, org: &Organization, method: LoginMethod) -> bool {
    org.login_methods
        .as_deref()
        .unwrap_or(&project.login_methods)
        .contains(&method)
}

/// Whether `user` may sign in at all: a user their organization's directory deactivated
/// (SCIM `active: false`, `server/http/src/scim/users.rs`) may not, by any method, until it is
/// made active again.
pub fn may_sign_in(user: &User) -> bool {
    user.deactivated_at.is_none()
}

/// The step after `user` proved `factor`.
pub fn after_first_factor(user: &User, org: &Organization, factor: FirstFactor) -> Next {
    if !user.email_verified && !factor.proves_email() {
        return Next::VerifyEmail;
    }
    match second_factor_owed(user, org, &factor.amr()) {
        Some(enrolled) => Next::SecondFactor { enrolled },
        None => Next::Complete,
    }
}

/// `Some(enrolled)` when `amr` lacks a second factor that the user has, or that the
/// organization requires; `None` when nothing is owed.
pub fn second_factor_owed(user: &User, org: &Organization, amr: &Amr) -> Option<bool> {
    if amr.contains(AuthMethod::MultiFactor) {
        return None;
    }
    // The identity provider owns the factors of an SSO sign-in (it said `mfa` or not); only
    // an organization that requires a second factor asks for one it did not prove.
    if amr.contains(AuthMethod::Sso) {
        return org.require_mfa.then_some(user.totp_enabled_at.is_some());
    }
    let enrolled = user.totp_enabled_at.is_some();
    (enrolled || org.require_mfa).then_some(enrolled)
}
