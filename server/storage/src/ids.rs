//! Prefixed, time-ordered identifiers (`proj_`, `org_`, `user_`, `sk_`...).
//!
//! An identifier is a resource prefix and a lowercase ULID: 26 Crockford base32 characters,
//! the first ten encoding the creation time in milliseconds. Because the encoding sorts like
//! the time it carries, `ORDER BY id` is creation order, which makes cursor pagination a
//! plain `WHERE id > $cursor`. The prefix tells a human (and a secret scanner) what an id is
//! and lets the API reject an organization id where a user id belongs.

use std::sync::{Mutex, PoisonError};

use ulid::{Generator, Ulid};

/// Within one millisecond, plain ULIDs are random relative to each other; the monotonic
/// generator increments instead, so ids minted by this process sort in creation order.
/// (Across replicas the order is exact to the millisecond, which is all pagination needs:
/// it only requires a total order, and ids give one.)
static GENERATOR: Mutex<Generator> = Mutex::new(Generator::new());

fn next_ulid() -> Ulid {
    let mut generator = GENERATOR.lock().unwrap_or_else(PoisonError::into_inner);
    // Overflow needs 2^80 ids in one millisecond; fall back to a fresh random one anyway.
    generator.generate().unwrap_or_else(|_| Ulid::new())
}

/// The kinds of identifiers the server issues, with their prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// `proj_`
    Project,
    /// `org_`
    Organization,
    /// `user_`
    User,
    /// `skey_` (the id of a secret key, not the secret itself)
    SecretKey,
    /// `jwk_` (a signing key's `kid`)
    SigningKey,
    /// `sess_`
    Session,
    /// `evt_` (an audit log entry)
    AuditEvent,
    /// `akey_` (the id of an API key, not the key itself)
    ApiKey,
    /// `role_`
    Role,
    /// `client_` (a registered OAuth client)
    Client,
    /// `lsess_` (a browser session of the hosted login)
    LoginSession,
    /// `inv_` (an invitation to an organization)
    Invitation,
    /// `msg_` (a message waiting in the outbox)
    OutboxMessage,
    /// `cred_` (a user's password, TOTP secret or recovery code; never shown)
    Credential,
    /// `ident_` (a user's account at an upstream identity provider or directory)
    Identity,
    /// `scimtok_` (the id of an organization's SCIM token, not the token itself)
    ScimToken,
    /// `group_` (a group provisioned by an organization's directory over SCIM)
    Group,
}

impl IdKind {
    /// The prefix, including the trailing underscore.
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::Project => "proj_",
            Self::Organization => "org_",
            Self::User => "user_",
            Self::SecretKey => "skey_",
            Self::SigningKey => "jwk_",
            Self::Session => "sess_",
            Self::AuditEvent => "evt_",
            Self::ApiKey => "akey_",
            Self::Role => "role_",
            Self::Client => "client_",
            Self::LoginSession => "lsess_",
            Self::Invitation => "inv_",
            Self::OutboxMessage => "msg_",
            Self::Credential => "cred_",
            Self::Identity => "ident_",
            Self::ScimToken => "scimtok_",
            Self::Group => "group_",
        }
    }

    /// The length of every identifier of this kind: the prefix and 26 base32 digits.
    pub const fn length(self) -> usize {
        self.prefix().len() + 26
    }

    /// The JSON Schema pattern (ECMA-262, as written into the OpenAPI document) of the ids
    /// [`matches`](Self::matches) accepts: the prefix, a first digit of at most 7, and 25 more
    /// lowercase Crockford base32 digits (no `i`, `l`, `o` or `u`).
    pub fn pattern(self) -> String {
        format!("^{}[0-7][0-9a-hjkmnp-tv-z]{{25}}$", self.prefix())
    }

    /// A fresh identifier of this kind.
    pub fn generate(self) -> String {
        format!(
            "{}{}",
            self.prefix(),
            next_ulid().to_string().to_ascii_lowercase()
        )
    }

    /// Whether `candidate` is a well-formed identifier of this kind.
    pub fn matches(self, candidate: &str) -> bool {
        candidate.strip_prefix(self.prefix()).is_some_and(|rest| {
            rest.len() == 26
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
                // 26 base32 digits hold 130 bits and a ULID 128, so the first digit is at
                // most 7; the parser would silently drop the overflow.
                && rest.as_bytes()[0] <= b'7'
                && Ulid::from_string(rest).is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::IdKind;

    #[test]
    fn generated_ids_match_their_kind_only() {
        let id = IdKind::Organization.generate();
        assert!(id.starts_with("org_"));
        assert!(IdKind::Organization.matches(&id));
        assert!(!IdKind::User.matches(&id));
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for bad in [
            "",
            "org_",
            "org_01ARZ3NDEKTSV4RRFFQ69G5FA",
            "org_01ARZ3NDEKTSV4RRFFQ69G5FAVX",
            "org_01ARZ3NDEKTSV4RRFFQ69G5FAV",
            "org_01arz3ndektsv4rrffq69g5fa!",
            "org_81arz3ndektsv4rrffq69g5fav",
            "ORG_01arz3ndektsv4rrffq69g5fav",
        ] {
            assert!(!IdKind::Organization.matches(bad), "{bad} accepted");
        }
        assert!(IdKind::Organization.matches("org_01arz3ndektsv4rrffq69g5fav"));
        // Crockford base32 has no i, l, o or u: the parser refuses them, and so does the
        // pattern in the OpenAPI document.
        for letter in ["i", "l", "o", "u"] {
            let id = format!("org_01arz3ndektsv4rrffq69g5fa{letter}");
            assert!(!IdKind::Organization.matches(&id), "{id} accepted");
        }
        assert_eq!(
            IdKind::Organization.pattern(),
            "^org_[0-7][0-9a-hjkmnp-tv-z]{25}$"
        );
        assert_eq!(IdKind::Organization.length(), 30);
    }

    #[test]
    fn ids_sort_in_creation_order() {
        let ids: Vec<String> = (0..1000).map(|_| IdKind::User.generate()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }
}
