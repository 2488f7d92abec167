//! The claims of a verified access token: the typed view of the Gatehouse token contract
//! (`shared/DESIGN.md`, "Access token") plus the raw JSON object for custom claims.
//!
//! Claims are read by hand rather than through a serde derive so that every problem maps to
//! the exact code the contract promises: an absent claim is `missing_claim`, a claim of the
//! wrong JSON type (including optional ones such as `roles`) is `invalid_claim`.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::AuthError;
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
#[derive(Debug, Clone, PartialEq)]
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
    raw: Map<String, Value>,
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
        self.raw.get(name)
    }

    /// All claims exactly as the token carried them.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }

    /// Applies the claim checks (after the signature): `iss`, `aud`, `exp`, `nbf`, then the
    /// presence and types of the remaining claims.
    pub(crate) fn validate(
        raw: Map<String, Value>,
        options: &VerifyOptions,
    ) -> Result<Claims, AuthError> {
        let issuer = required(&raw, "iss", as_string)?;
        if issuer != options.issuer {
            return Err(AuthError::WrongIssuer);
        }

        let audience = required(&raw, "aud", as_audience)?;
        if !audience.iter().any(|aud| *aud == options.audience) {
            return Err(AuthError::WrongAudience);
        }

        let now = options.current_time();
        let leeway = options.leeway_seconds();
        let expires_at = required(&raw, "exp", as_seconds)?;
        if now >= expires_at.saturating_add(leeway) {
            return Err(AuthError::TokenExpired);
        }
        let not_before = optional(&raw, "nbf", as_seconds)?;
        if not_before.is_some_and(|nbf| now < nbf.saturating_sub(leeway)) {
            return Err(AuthError::TokenNotYetValid);
        }

        let subject = required(&raw, "sub", as_string)?;
        let issued_at = required(&raw, "iat", as_seconds)?;
        let organization = required(&raw, "org", as_organization)?;
        let token_id = optional(&raw, "jti", as_string)?;
        let session_id = optional(&raw, "sid", as_string)?;
        let user = optional(&raw, "user", as_user)?;
        let roles = optional(&raw, "roles", as_string_list)?.unwrap_or_default();
        let actions = optional(&raw, "actions", as_string_list)?.unwrap_or_default();
        let authentication_methods = optional(&raw, "amr", as_string_list)?.unwrap_or_default();
        let actor = optional(&raw, "act", as_actor)?;

        Ok(Claims {
            issuer: issuer.to_owned(),
            subject: subject.to_owned(),
            audience: audience.into_iter().map(str::to_owned).collect(),
            expires_at,
            issued_at,
            not_before,
            token_id: token_id.map(str::to_owned),
            session_id: session_id.map(str::to_owned),
            organization,
            user,
            roles,
            actions,
            authentication_methods,
            actor,
            raw,
        })
    }
}

impl Serialize for Claims {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

/// Reads a claim that must be present. `read` returns `None` for a value of the wrong type.
fn required<'a, T>(
    claims: &'a Map<String, Value>,
    name: &'static str,
    read: impl FnOnce(&'a Value) -> Result<Option<T>, AuthError>,
) -> Result<T, AuthError> {
    optional(claims, name, read)?.ok_or(AuthError::MissingClaim(name))
}

/// Reads a claim that may be absent; present-but-mistyped is still an error.
fn optional<'a, T>(
    claims: &'a Map<String, Value>,
    name: &'static str,
    read: impl FnOnce(&'a Value) -> Result<Option<T>, AuthError>,
) -> Result<Option<T>, AuthError> {
    match claims.get(name) {
        None => Ok(None),
        Some(value) => read(value)?.map(Some).ok_or(AuthError::InvalidClaim(name)),
    }
}

fn as_string(value: &Value) -> Result<Option<&str>, AuthError> {
    Ok(value.as_str())
}

fn as_bool(value: &Value) -> Result<Option<bool>, AuthError> {
    Ok(value.as_bool())
}

/// NumericDate as whole seconds: Gatehouse issues integers, and refusing fractions keeps the
/// comparison exact and identical in every language.
fn as_seconds(value: &Value) -> Result<Option<i64>, AuthError> {
    Ok(value.as_i64())
}

fn as_string_list(value: &Value) -> Result<Option<Vec<String>>, AuthError> {
    let Some(items) = value.as_array() else {
        return Ok(None);
    };
    Ok(items
        .iter()
        .map(|item| item.as_str().map(str::to_owned))
        .collect())
}

/// `aud` is a string or a non-empty array of strings (RFC 7519 §4.1.3).
fn as_audience(value: &Value) -> Result<Option<Vec<&str>>, AuthError> {
    Ok(match value {
        Value::String(aud) => Some(vec![aud.as_str()]),
        Value::Array(items) if !items.is_empty() => items.iter().map(Value::as_str).collect(),
        _ => None,
    })
}

/// Reads a member of a nested claim object; errors name the nested path, such as `org.id`.
fn member<'a, T>(
    object: &'a Map<String, Value>,
    name: &'static str,
    path: &'static str,
    read: impl FnOnce(&'a Value) -> Result<Option<T>, AuthError>,
    is_required: bool,
) -> Result<Option<T>, AuthError> {
    match object.get(name) {
        None if is_required => Err(AuthError::MissingClaim(path)),
        None => Ok(None),
        Some(value) => read(value)?.map(Some).ok_or(AuthError::InvalidClaim(path)),
    }
}

fn as_organization(value: &Value) -> Result<Option<Organization>, AuthError> {
    let Some(org) = value.as_object() else {
        return Ok(None);
    };
    let id = member(org, "id", "org.id", as_string, true)?.unwrap_or_default();
    Ok(Some(Organization {
        id: id.to_owned(),
        slug: member(org, "slug", "org.slug", as_string, false)?.map(str::to_owned),
        name: member(org, "name", "org.name", as_string, false)?.map(str::to_owned),
    }))
}

fn as_user(value: &Value) -> Result<Option<User>, AuthError> {
    let Some(user) = value.as_object() else {
        return Ok(None);
    };
    Ok(Some(User {
        id: member(user, "id", "user.id", as_string, false)?.map(str::to_owned),
        email: member(user, "email", "user.email", as_string, false)?.map(str::to_owned),
        email_verified: member(
            user,
            "email_verified",
            "user.email_verified",
            as_bool,
            false,
        )?,
        name: member(user, "name", "user.name", as_string, false)?.map(str::to_owned),
    }))
}

fn as_actor(value: &Value) -> Result<Option<Actor>, AuthError> {
    let Some(act) = value.as_object() else {
        return Ok(None);
    };
    let subject = member(act, "sub", "act.sub", as_string, true)?.unwrap_or_default();
    Ok(Some(Actor {
        subject: subject.to_owned(),
        email: member(act, "email", "act.email", as_string, false)?.map(str::to_owned),
    }))
}
