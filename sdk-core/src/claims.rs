//! The claims of a verified access token: the typed view of the Gatehouse token contract
//! (`docs/token-contract.md`, "Shape") plus the raw JSON object for custom claims.
//!
//! Each claim is parsed on its own, so every problem maps to the exact code the contract
//! promises: an absent claim is `missing_claim`, a claim of the wrong JSON type (including
//! optional ones such as `roles`, and `null`) is `invalid_claim`. Times are whole seconds:
//! Gatehouse issues integers, and refusing fractions keeps comparisons exact and identical in
//! every language.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::AuthError;
use crate::json::{parse_member, parse_object, present};
use crate::verify::VerifyOptions;

/// The organization (tenant) the token was issued for: the `org` claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Organization {
    /// `org.id` (`org_...`), always present.
    pub id: String,
    /// `org.slug`.
    pub slug: Option<String>,
    /// `org.name`.
    pub name: Option<String>,
}

/// The signed-in user: the `user` claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct User {
    /// `user.id` (`user_...`).
    pub id: Option<String>,
    /// `user.email`.
    pub email: Option<String>,
    /// `user.email_verified`.
    pub email_verified: Option<bool>,
    /// `user.name`.
    pub name: Option<String>,
}

/// Who is acting on the user's behalf during impersonation: the `act` claim (RFC 8693).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Actor {
    /// `act.sub`: the impersonating staff member.
    pub subject: String,
    /// `act.email`.
    pub email: Option<String>,
}

/// The claims of a verified access token.
///
/// Serializes as the token's original claims object, so bindings can hand it over as JSON.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Claims {
    /// `iss`.
    pub issuer: String,
    /// `sub`: the user id (`user_...`).
    pub subject: String,
    /// `aud`, always as a list.
    pub audience: Vec<String>,
    /// `exp` in Unix seconds.
    pub expires_at: i64,
    /// `iat` in Unix seconds.
    pub issued_at: i64,
    /// `nbf` in Unix seconds.
    pub not_before: Option<i64>,
    /// `jti`.
    pub token_id: Option<String>,
    /// `sid`: the session the token was issued for.
    pub session_id: Option<String>,
    /// `org`.
    pub organization: Organization,
    /// `user`.
    pub user: Option<User>,
    /// `roles` (empty when absent).
    pub roles: Vec<String>,
    /// `actions`: permissions expanded from the roles (empty when absent).
    pub actions: Vec<String>,
    /// `amr`: authentication methods (RFC 8176), empty when absent.
    pub authentication_methods: Vec<String>,
    /// `act`, present when a staff member impersonates the user.
    pub actor: Option<Actor>,
    /// The payload JSON, a JSON object (checked during verification).
    payload: Box<str>,
    /// The payload parsed on first use: most requests never look at custom claims.
    raw: OnceLock<Map<String, Value>>,
}

impl Claims {
    /// The organization (tenant) id, `org.id`.
    pub fn organization_id(&self) -> &str {
        &self.organization.id
    }

    /// The user id, `sub`.
    pub fn user_id(&self) -> &str {
        &self.subject
    }

    /// Whether `actions` grants the permission.
    pub fn has_permission(&self, action: &str) -> bool {
        self.actions.iter().any(|granted| granted == action)
    }

    /// Whether `roles` contains the role.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|held| held == role)
    }

    /// The impersonator, when the token was issued for an impersonation session.
    pub fn impersonator(&self) -> Option<&Actor> {
        self.actor.as_ref()
    }

    /// A claim by name from the raw claims, including custom ones.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.raw().get(name)
    }

    /// The token's payload: the claims as JSON text (a JSON object), exactly as signed. Bindings
    /// hand this to their language's own JSON parser, which is faster than converting
    /// [`Claims::raw`] value by value.
    pub fn payload_json(&self) -> &str {
        &self.payload
    }

    /// All claims exactly as the token carried them.
    pub fn raw(&self) -> &Map<String, Value> {
        // The payload parsed as a JSON object during verification, so the fallback is never
        // taken; it only keeps this free of panics.
        self.raw
            .get_or_init(|| serde_json::from_str(&self.payload).unwrap_or_default())
    }

    /// Applies the claim checks (after the signature): `iss`, `aud`, `exp`, `nbf`, then the
    /// presence and types of the remaining claims. `payload` is the JSON `claims` was read from.
    pub(crate) fn validate(
        claims: &RawClaims<'_>,
        payload: &[u8],
        options: &VerifyOptions,
    ) -> Result<Claims, AuthError> {
        let issuer: String = required(claims.iss, "iss")?;
        if issuer != options.issuer {
            return Err(AuthError::WrongIssuer);
        }

        let audience = audience(claims.aud)?;
        if !audience.contains(&options.audience) {
            return Err(AuthError::WrongAudience);
        }

        let expires_at: i64 = required(claims.exp, "exp")?;
        let not_before: Option<i64> = optional(claims.nbf, "nbf")?;
        check_lifetime(expires_at, not_before, options)?;

        Ok(Claims {
            issuer,
            subject: required(claims.sub, "sub")?,
            audience,
            expires_at,
            issued_at: required(claims.iat, "iat")?,
            not_before,
            organization: object(claims.org, "org", organization)?
                .ok_or(AuthError::MissingClaim("org"))?,
            token_id: optional(claims.jti, "jti")?,
            session_id: optional(claims.sid, "sid")?,
            user: object(claims.user, "user", user)?,
            roles: optional(claims.roles, "roles")?.unwrap_or_default(),
            actions: optional(claims.actions, "actions")?.unwrap_or_default(),
            authentication_methods: optional(claims.amr, "amr")?.unwrap_or_default(),
            actor: object(claims.act, "act", actor)?,
            payload: String::from_utf8(payload.to_vec())
                .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
                .into(),
            raw: OnceLock::new(),
        })
    }
}

impl Claims {
    /// The checks that depend on the clock, `exp` and `nbf` with the leeway: what a token
    /// verified before (`sdk-core/src/token_cache.rs`) still has to pass on each use.
    pub(crate) fn check_lifetime(&self, options: &VerifyOptions) -> Result<(), AuthError> {
        check_lifetime(self.expires_at, self.not_before, options)
    }
}

fn check_lifetime(
    expires_at: i64,
    not_before: Option<i64>,
    options: &VerifyOptions,
) -> Result<(), AuthError> {
    let now = options.current_time();
    let leeway = options.leeway_seconds();
    if now >= expires_at.saturating_add(leeway) {
        return Err(AuthError::TokenExpired);
    }
    if not_before.is_some_and(|nbf| now < nbf.saturating_sub(leeway)) {
        return Err(AuthError::TokenNotYetValid);
    }
    Ok(())
}

/// Every other field is derived from the payload, so equal payloads mean equal claims (and
/// comparing the lazily parsed map would make equality depend on what was read before).
impl PartialEq for Claims {
    fn eq(&self, other: &Claims) -> bool {
        self.payload == other.payload
    }
}

impl Serialize for Claims {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw().serialize(serializer)
    }
}

/// The claims the contract names, each as unparsed JSON (see [`crate::json`]).
#[derive(Default, Deserialize)]
#[serde(default)]
pub(crate) struct RawClaims<'a> {
    #[serde(borrow, deserialize_with = "present")]
    iss: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    sub: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    aud: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    exp: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    iat: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    nbf: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    jti: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    sid: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    org: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    user: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    roles: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    actions: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    amr: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    act: Option<&'a RawValue>,
}

/// A claim that must be present, parsed into its type (integers for times, strings, string
/// lists); a value of another JSON type is `invalid_claim`.
fn required<T: DeserializeOwned>(
    raw: Option<&RawValue>,
    name: &'static str,
) -> Result<T, AuthError> {
    optional(raw, name)?.ok_or(AuthError::MissingClaim(name))
}

/// A claim that may be absent; present-but-mistyped is still an error.
fn optional<T: DeserializeOwned>(
    raw: Option<&RawValue>,
    name: &'static str,
) -> Result<Option<T>, AuthError> {
    raw.map(|raw| parse_member(raw).ok_or(AuthError::InvalidClaim(name)))
        .transpose()
}

/// A claim that is a JSON object, read by `read` (which checks its members).
fn object<'a, T, R: Deserialize<'a>>(
    raw: Option<&'a RawValue>,
    name: &'static str,
    read: impl FnOnce(R) -> Result<T, AuthError>,
) -> Result<Option<T>, AuthError> {
    let Some(raw) = raw else { return Ok(None) };
    let members = parse_object(raw.get().as_bytes()).ok_or(AuthError::InvalidClaim(name))?;
    read(members).map(Some)
}

/// `aud` is a string or a non-empty array of strings (RFC 7519 §4.1.3).
fn audience(raw: Option<&RawValue>) -> Result<Vec<String>, AuthError> {
    let raw = raw.ok_or(AuthError::MissingClaim("aud"))?;
    // Read as the two shapes it may have rather than as a JSON tree: no general JSON value
    // type on the hot path, nor in the browser module.
    let audience = match parse_member::<String>(raw) {
        Some(aud) => Some(vec![aud]),
        None => parse_member::<Vec<String>>(raw).filter(|items| !items.is_empty()),
    };
    audience.ok_or(AuthError::InvalidClaim("aud"))
}

/// The members of `org`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawOrganization<'a> {
    #[serde(borrow, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    slug: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    name: Option<&'a RawValue>,
}

fn organization(org: RawOrganization<'_>) -> Result<Organization, AuthError> {
    Ok(Organization {
        id: required(org.id, "org.id")?,
        slug: optional(org.slug, "org.slug")?,
        name: optional(org.name, "org.name")?,
    })
}

/// The members of `user`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawUser<'a> {
    #[serde(borrow, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    email: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    email_verified: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    name: Option<&'a RawValue>,
}

fn user(user: RawUser<'_>) -> Result<User, AuthError> {
    Ok(User {
        id: optional(user.id, "user.id")?,
        email: optional(user.email, "user.email")?,
        email_verified: optional(user.email_verified, "user.email_verified")?,
        name: optional(user.name, "user.name")?,
    })
}

/// The members of `act`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawActor<'a> {
    #[serde(borrow, deserialize_with = "present")]
    sub: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    email: Option<&'a RawValue>,
}

fn actor(act: RawActor<'_>) -> Result<Actor, AuthError> {
    Ok(Actor {
        subject: required(act.sub, "act.sub")?,
        email: optional(act.email, "act.email")?,
    })
}
