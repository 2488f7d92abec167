//! The sign-in engine: every decision of a sign-in, written once and called by each door
//! (the JSON API in `api/login.rs`, the hosted pages in `hosted/`). It holds no HTTP types:
//! doors read their input, call one function per step, and render the answer their way.
//!
//! - [`throttle`]: one lockout policy per account and a soft one per client address, whatever
//!   the door; attempts are counted before they are evaluated.
//! - [`password`]: the password first factor.
//! - [`policy`]: what a person who proved a first factor still owes (a confirmed address, a
//!   second factor) and whether an existing session still satisfies the organization.
//! - [`flow`]: the stored state of a hosted sign-in, bound to the browser that started it.
//! - [`FirstFactor`] and [`SecondFactor`]: the factors, typed, with the methods they prove.
//! - [`complete`]: the session a sign-in opens, committed with its audit entry.

pub mod complete;
pub mod flow;
pub mod password;
pub mod policy;
pub mod throttle;

use gatehouse_storage::amr::{Amr, AuthMethod};

/// What a sign-in starts with: the step that names one user (or several, one per
/// organization) for the rest of the flow. Each new way in (passkeys, an organization's SAML or
/// OIDC identity provider, social login) is a variant here, with the methods it proves and
/// whether it proves the email address; [`policy::after_first_factor`] and the flow's steps
/// take it, so a new factor cannot skip the rules the others follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstFactor {
    /// The password ([`password`]).
    Password,
    /// The code or link of an email sent to the address (`hosted/email_links.rs`).
    EmailCode,
    /// The organization's SAML or OpenID Connect identity provider ([`crate::sso`]). Which
    /// connection it was lives on the session, not here.
    Sso,
}

impl FirstFactor {
    /// The methods (RFC 8176) this factor proves.
    pub fn amr(self) -> Amr {
        Amr::one(match self {
            Self::Password => AuthMethod::Password,
            Self::EmailCode => AuthMethod::OneTimeCode,
            Self::Sso => AuthMethod::Sso,
        })
    }

    /// Whether proving it proves control of the user's email address.
    pub fn proves_email(self) -> bool {
        match self {
            Self::Password => false,
            // Only verified domains of the connection's organization sign in or provision
            // through it (`sso/mod.rs`).
            Self::EmailCode | Self::Sso => true,
        }
    }

    /// As written in audit details (`method`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::EmailCode => "email_code",
            Self::Sso => "sso",
        }
    }
}

impl FirstFactor {
    /// The first factor a sign-in that proved `amr` started with.
    pub fn of(amr: &Amr) -> Option<Self> {
        match amr.first()? {
            AuthMethod::Password => Some(Self::Password),
            AuthMethod::OneTimeCode => Some(Self::EmailCode),
            AuthMethod::Sso => Some(Self::Sso),
            AuthMethod::MultiFactor => None,
        }
    }
}

/// What completes a sign-in that owes a second factor (passkeys add theirs here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactor {
    /// A code of the user's authenticator app (TOTP, RFC 6238), also when it is being enrolled.
    Totp,
}

impl SecondFactor {
    /// Adds what this factor proves to the first factor's `amr`.
    pub fn prove(self, amr: &mut Amr) {
        match self {
            Self::Totp => {
                amr.add(AuthMethod::OneTimeCode);
                amr.add(AuthMethod::MultiFactor);
            }
        }
    }

    /// As written in audit details (`method`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Totp => "totp",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FirstFactor, SecondFactor};
    use gatehouse_storage::amr::AuthMethod;

    #[test]
    fn factors_prove_their_methods() {
        for factor in [
            FirstFactor::Password,
            FirstFactor::EmailCode,
            FirstFactor::Sso,
        ] {
            assert_eq!(FirstFactor::of(&factor.amr()), Some(factor));
        }
        assert!(FirstFactor::EmailCode.proves_email());
        assert!(!FirstFactor::Password.proves_email());
        let mut amr = FirstFactor::Password.amr();
        SecondFactor::Totp.prove(&mut amr);
        assert_eq!(amr.names(), ["pwd", "otp", "mfa"]);
        assert!(amr.contains(AuthMethod::MultiFactor));
        assert_eq!(FirstFactor::of(&amr), Some(FirstFactor::Password));
    }
}

/// Why a sign-in step was refused. Each has a stable code, shown by the API's JSON error and
/// by the hosted pages alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong organization, email or password (never says which).
    InvalidCredentials,
    /// Too many failed attempts for this account; try again later.
    TooManyAttempts {
        /// Seconds until the lock lifts.
        retry_after_seconds: i64,
    },
    /// The method is not allowed for the project or the person's organization.
    LoginMethodDisabled,
    /// Too many requests from this client (new sign-ins per address); try again later.
    TooManyRequests {
        /// Seconds until more are accepted.
        retry_after_seconds: i64,
    },
    /// The person's organization requires signing in through its identity provider, and
    /// they are not one of its break-glass users.
    SsoRequired,
}

impl Refusal {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::InvalidCredentials => "invalid_credentials",
            Self::TooManyAttempts { .. } => "too_many_attempts",
            Self::LoginMethodDisabled => "login_method_disabled",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::SsoRequired => "sso_required",
        }
    }
}

/// Which door a sign-in came through (recorded in the audit log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// `POST {issuer}/v1/login/password`.
    Api,
    /// The hosted login pages.
    HostedLogin,
}

impl Door {
    /// As written in audit details.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::HostedLogin => "hosted_login",
        }
    }
}
