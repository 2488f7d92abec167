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

pub mod flow;
pub mod password;
pub mod policy;
pub mod throttle;

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
}

impl Refusal {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::InvalidCredentials => "invalid_credentials",
            Self::TooManyAttempts { .. } => "too_many_attempts",
            Self::LoginMethodDisabled => "login_method_disabled",
            Self::TooManyRequests { .. } => "too_many_requests",
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
