//! Prefixed, time-ordered identifiers (`proj_`, `org_`, `user_`, `sk_`...).
//!
//! An identifier is a resource prefix and a lowercase ULID: 26 Crockford base32 characters,
//! the first ten encoding the creation time in milliseconds. Because the encoding sorts like
//! the time it carries, `ORDER BY id` is creation order, which makes cursor pagination a
//! plain `WHERE id > $cursor`. The prefix tells a human (and a secret scanner) what an id is
//! and lets the API reject an organization id where a user id belongs.

use std::fmt;
use std::marker::PhantomData;
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
    /// `samlc_` (an organization's SAML identity provider connection)
    SamlConnection,
    /// `oidcc_` (an organization's OpenID Connect identity provider connection)
    OidcConnection,
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
            Self::SamlConnection => "samlc_",
            Self::OidcConnection => "oidcc_",
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

/// The identifier kinds as types, for [`Id`].
pub mod kind {
    use super::IdKind;

    /// A kind of identifier, as a type.
    pub trait Kind {
        /// Its runtime kind (prefix, pattern).
        const KIND: IdKind;
    }

    macro_rules! kinds {
        ($($(#[$doc:meta])* $name:ident,)*) => {$(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub enum $name {}
            impl Kind for $name {
                const KIND: IdKind = IdKind::$name;
            }
        )*};
    }

    kinds! {
        /// `proj_`
        Project,
        /// `org_`
        Organization,
        /// `user_`
        User,
        /// `sess_`
        Session,
        /// `samlc_`
        SamlConnection,
        /// `oidcc_`
        OidcConnection,
    }
}

/// An identifier of kind `K` (`UserId`, `OrganizationId`, ...): the id's text, typed, so a
/// function that takes a `&UserId` cannot be handed an organization's id. Made by
/// [`generate`](Self::generate), by [`parse`](Self::parse) from outside input (which checks the
/// prefix and the encoding), or read back from the database that stored it. Reads as a `&str`
/// wherever one is expected (`Deref`), and serializes as one.
pub struct Id<K> {
    text: String,
    kind: PhantomData<fn() -> K>,
}

/// `proj_...`
pub type ProjectId = Id<kind::Project>;
/// `org_...`
pub type OrganizationId = Id<kind::Organization>;
/// `user_...`
pub type UserId = Id<kind::User>;
/// `sess_...`
pub type SessionId = Id<kind::Session>;
/// `samlc_...`
pub type SamlConnectionId = Id<kind::SamlConnection>;
/// `oidcc_...`
pub type OidcConnectionId = Id<kind::OidcConnection>;

impl<K: kind::Kind> Id<K> {
    /// A fresh identifier.
    pub fn generate() -> Self {
        Self::stored(K::KIND.generate())
    }

    /// `text` as an identifier of this kind, when it is a well-formed one.
    pub fn parse(text: &str) -> Option<Self> {
        K::KIND.matches(text).then(|| Self::stored(text.to_owned()))
    }
}

impl<K> Id<K> {
    /// An id read back from storage (written there by this server, so not checked again).
    pub(crate) fn stored(text: String) -> Self {
        Self {
            text,
            kind: PhantomData,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<K> Clone for Id<K> {
    fn clone(&self) -> Self {
        Self::stored(self.text.clone())
    }
}

impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<K> Eq for Id<K> {}

impl<K> std::hash::Hash for Id<K> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}

impl<K> PartialEq<str> for Id<K> {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl<K> PartialEq<&str> for Id<K> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl<K> PartialEq<String> for Id<K> {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}

impl<K> PartialEq<Id<K>> for str {
    fn eq(&self, other: &Id<K>) -> bool {
        self == other.text
    }
}

impl<K> PartialEq<Id<K>> for String {
    fn eq(&self, other: &Id<K>) -> bool {
        *self == other.text
    }
}

impl<K> std::ops::Deref for Id<K> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl<K> AsRef<str> for Id<K> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl<K> std::borrow::Borrow<str> for Id<K> {
    fn borrow(&self) -> &str {
        &self.text
    }
}

impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

impl<K> From<Id<K>> for String {
    fn from(id: Id<K>) -> Self {
        id.text
    }
}

impl<K> From<&Id<K>> for String {
    fn from(id: &Id<K>) -> Self {
        id.text.clone()
    }
}

impl<K> serde::Serialize for Id<K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de, K: kind::Kind> serde::Deserialize<'de> for Id<K> {
    /// Checks the text like [`Id::parse`]: a JSON document is outside input until proven
    /// otherwise.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("not a well-formed {} id", K::KIND.prefix()))
        })
    }
}

impl<K> sqlx::Type<sqlx::Any> for Id<K> {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <String as sqlx::Type<sqlx::Any>>::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <String as sqlx::Type<sqlx::Any>>::compatible(ty)
    }
}

impl<'q, K> sqlx::Encode<'q, sqlx::Any> for Id<K> {
    fn encode_by_ref(
        &self,
        buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <String as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.text, buf)
    }
}

impl<'r, K> sqlx::Decode<'r, sqlx::Any> for Id<K> {
    fn decode(
        value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
    ) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Self::stored(
            <String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{IdKind, OrganizationId, UserId};

    #[test]
    fn typed_ids_parse_only_their_kind() {
        let org = OrganizationId::generate();
        assert!(org.starts_with("org_"));
        assert_eq!(OrganizationId::parse(&org), Some(org.clone()));
        assert_eq!(UserId::parse(&org), None);
        assert_eq!(UserId::parse("user_"), None);
        assert_eq!(serde_json::to_string(&org).ok(), Some(format!("\"{org}\"")));
        let back: Result<OrganizationId, _> = serde_json::from_str(&format!("\"{org}\""));
        assert_eq!(back.ok(), Some(org.clone()));
        let wrong: Result<UserId, _> = serde_json::from_str(&format!("\"{org}\""));
        assert!(wrong.is_err());
        assert!(org == *org.as_str());
    }

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
