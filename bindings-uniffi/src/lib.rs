//! `gatehouse-uniffi`: `gatehouse-core` exposed through uniffi, for Kotlin/JVM (and Swift). It
//! converts values to and from the core's types and calls the core; every decision (the checks,
//! their order, the error codes) is the core's, so Kotlin agrees with every other binding.
//!
//! The interface is declared with uniffi proc-macros only (no UDL file): the foreign bindings are
//! generated from the built library (`uniffi-bindgen generate --library`), so they always match
//! the code that was compiled.
//!
//! What crosses the boundary:
//! - [`verify_access_token`] and [`Jwks::verify_access_token`]: offline verification, returning
//!   [`AccessTokenClaims`] (typed claims plus the payload JSON, for custom claims);
//! - [`AuthError`]: a flat error enum, one variant per stable code (Kotlin `AuthException`);
//! - [`parse_publishable_key`]: a publishable key's issuer, project id and JWKS URL.

use std::sync::Arc;
use std::time::Duration;

use gatehouse_core::{
    AuthError as CoreAuthError, Claims, Jwks as CoreJwks, PublishableKey as CorePublishableKey,
    PublishableKeyError as CorePublishableKeyError, VerifyOptions as CoreVerifyOptions,
};

uniffi::setup_scaffolding!("gatehouse");

/// Why a token was refused: one variant per stable error code of the Gatehouse SDKs, in the
/// core's order; the message is the core's.
///
/// Flat: only the variant and the message cross the boundary, so each language gets a plain
/// exception hierarchy (Kotlin `AuthException.TokenExpired`, Swift `AuthError.TokenExpired`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum AuthError {
    /// `missing_token`: no token was given.
    #[error("{0}")]
    MissingToken(String),
    /// `malformed_token`: not a well-formed compact JWS (size, segments, base64url, JSON).
    #[error("{0}")]
    MalformedToken(String),
    /// `unsupported_algorithm`: `alg` is not allowed or does not match the key.
    #[error("{0}")]
    UnsupportedAlgorithm(String),
    /// `unknown_key`: no key in the JWKS has the token's `kid`.
    #[error("{0}")]
    UnknownKey(String),
    /// `invalid_signature`: the signature does not verify.
    #[error("{0}")]
    InvalidSignature(String),
    /// `token_expired`: `exp` is past, beyond the leeway.
    #[error("{0}")]
    TokenExpired(String),
    /// `token_not_yet_valid`: `nbf` is in the future, beyond the leeway.
    #[error("{0}")]
    TokenNotYetValid(String),
    /// `wrong_issuer`: `iss` is not the expected issuer.
    #[error("{0}")]
    WrongIssuer(String),
    /// `wrong_audience`: `aud` does not contain the expected audience.
    #[error("{0}")]
    WrongAudience(String),
    /// `wrong_token_type`: the header's `typ` is not `at+jwt`.
    #[error("{0}")]
    WrongTokenType(String),
    /// `missing_claim`: a required claim is absent.
    #[error("{0}")]
    MissingClaim(String),
    /// `invalid_claim`: a claim has the wrong JSON type or shape.
    #[error("{0}")]
    InvalidClaim(String),
    /// `jwks_unavailable`: the key set is not a JWKS document.
    #[error("{0}")]
    JwksUnavailable(String),
    /// `invalid_api_key`: an API key was refused.
    #[error("{0}")]
    InvalidApiKey(String),
    /// `forbidden`: the credential lacks a permission.
    #[error("{0}")]
    Forbidden(String),
}

impl AuthError {
    /// The stable error code, the same string as the core's [`CoreAuthError::code`].
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::MissingToken(_) => "missing_token",
            AuthError::MalformedToken(_) => "malformed_token",
            AuthError::UnsupportedAlgorithm(_) => "unsupported_algorithm",
            AuthError::UnknownKey(_) => "unknown_key",
            AuthError::InvalidSignature(_) => "invalid_signature",
            AuthError::TokenExpired(_) => "token_expired",
            AuthError::TokenNotYetValid(_) => "token_not_yet_valid",
            AuthError::WrongIssuer(_) => "wrong_issuer",
            AuthError::WrongAudience(_) => "wrong_audience",
            AuthError::WrongTokenType(_) => "wrong_token_type",
            AuthError::MissingClaim(_) => "missing_claim",
            AuthError::InvalidClaim(_) => "invalid_claim",
            AuthError::JwksUnavailable(_) => "jwks_unavailable",
            AuthError::InvalidApiKey(_) => "invalid_api_key",
            AuthError::Forbidden(_) => "forbidden",
        }
    }
}

/// The number of variants of [`AuthError`] (one per match arm of [`AuthError::code`]).
const AUTH_ERROR_VARIANTS: usize = 15;

// A core with a new error code no longer compiles this crate, instead of the conversion below
// silently reporting the new refusal under another code.
const _: () = assert!(CoreAuthError::CODES.len() == AUTH_ERROR_VARIANTS);

impl From<CoreAuthError> for AuthError {
    fn from(error: CoreAuthError) -> AuthError {
        let message = error.message();
        match error {
            CoreAuthError::MissingToken => AuthError::MissingToken(message),
            CoreAuthError::MalformedToken(_) => AuthError::MalformedToken(message),
            CoreAuthError::UnsupportedAlgorithm(_) => AuthError::UnsupportedAlgorithm(message),
            CoreAuthError::UnknownKey => AuthError::UnknownKey(message),
            CoreAuthError::InvalidSignature => AuthError::InvalidSignature(message),
            CoreAuthError::TokenExpired => AuthError::TokenExpired(message),
            CoreAuthError::TokenNotYetValid => AuthError::TokenNotYetValid(message),
            CoreAuthError::WrongIssuer => AuthError::WrongIssuer(message),
            CoreAuthError::WrongAudience => AuthError::WrongAudience(message),
            CoreAuthError::WrongTokenType => AuthError::WrongTokenType(message),
            CoreAuthError::MissingClaim(_) => AuthError::MissingClaim(message),
            CoreAuthError::InvalidClaim(_) => AuthError::InvalidClaim(message),
            CoreAuthError::JwksUnavailable(_) => AuthError::JwksUnavailable(message),
            CoreAuthError::InvalidApiKey => AuthError::InvalidApiKey(message),
            CoreAuthError::Forbidden(_) => AuthError::Forbidden(message),
            // `CoreAuthError` is `#[non_exhaustive]`; the assertion above keeps this arm
            // unreachable for the core this crate is built with. Should it ever be reached, the
            // token is still refused.
            _ => AuthError::MalformedToken(message),
        }
    }
}

/// The stable error codes, in the order of the [`AuthError`] variants.
#[uniffi::export]
pub fn auth_error_codes() -> Vec<String> {
    CoreAuthError::CODES
        .iter()
        .map(|&code| code.to_owned())
        .collect()
}

/// What a token must match to be accepted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VerifyOptions {
    /// The exact expected `iss` (the project's issuer URL).
    pub issuer: String,
    /// The audience `aud` must contain (the project id, or the configured audience).
    pub audience: String,
    /// The current time in Unix seconds; when absent, the system clock is read. Set it in tests.
    #[uniffi(default = None)]
    pub now: Option<i64>,
    /// Clock skew tolerated on `exp` and `nbf`, in seconds.
    #[uniffi(default = 30)]
    pub leeway: u32,
}

impl VerifyOptions {
    fn to_core(&self) -> CoreVerifyOptions {
        let options = CoreVerifyOptions::new(&self.issuer, &self.audience)
            .with_leeway(Duration::from_secs(u64::from(self.leeway)));
        match self.now {
            Some(now) => options.at(now),
            None => options,
        }
    }
}

/// The organization (tenant) the token was issued for: the `org` claim.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Organization {
    /// `org.id` (`org_...`).
    pub id: String,
    /// `org.slug`.
    pub slug: Option<String>,
    /// `org.name`.
    pub name: Option<String>,
}

/// The signed-in user: the `user` claim.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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

/// The staff member acting as the user during impersonation: the `act` claim (RFC 8693).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Actor {
    /// `act.sub`.
    pub subject: String,
    /// `act.email`.
    pub email: Option<String>,
}

/// The claims of a verified access token: the typed claims of the Gatehouse token contract and
/// the payload JSON exactly as signed (for custom claims).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccessTokenClaims {
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
    /// `actions`: the permissions (empty when absent).
    pub actions: Vec<String>,
    /// `amr`: the authentication methods (RFC 8176), empty when absent.
    pub authentication_methods: Vec<String>,
    /// `act`, present when a staff member impersonates the user.
    pub actor: Option<Actor>,
    /// Every claim as the token's payload JSON (a JSON object), exactly as signed.
    pub payload_json: String,
}

impl From<Claims> for AccessTokenClaims {
    fn from(claims: Claims) -> AccessTokenClaims {
        let payload_json = claims.payload_json().to_owned();
        let organization = Organization {
            id: claims.organization.id,
            slug: claims.organization.slug,
            name: claims.organization.name,
        };
        AccessTokenClaims {
            issuer: claims.issuer,
            subject: claims.subject,
            audience: claims.audience,
            expires_at: claims.expires_at,
            issued_at: claims.issued_at,
            not_before: claims.not_before,
            token_id: claims.token_id,
            session_id: claims.session_id,
            organization,
            user: claims.user.map(|user| User {
                id: user.id,
                email: user.email,
                email_verified: user.email_verified,
                name: user.name,
            }),
            roles: claims.roles,
            actions: claims.actions,
            authentication_methods: claims.authentication_methods,
            actor: claims.actor.map(|actor| Actor {
                subject: actor.subject,
                email: actor.email,
            }),
            payload_json,
        }
    }
}

#[uniffi::export]
impl AccessTokenClaims {
    /// The organization (tenant) id, `org.id`.
    pub fn organization_id(&self) -> String {
        self.organization.id.clone()
    }

    /// The user id, `sub`.
    pub fn user_id(&self) -> String {
        self.subject.clone()
    }

    /// Whether `actions` grants the permission.
    pub fn has_permission(&self, action: String) -> bool {
        self.actions.contains(&action)
    }

    /// Whether `roles` contains the role.
    pub fn has_role(&self, role: String) -> bool {
        self.roles.contains(&role)
    }

    /// Whether a staff member is acting as the user (`act` is present).
    pub fn is_impersonated(&self) -> bool {
        self.actor.is_some()
    }
}

/// A parsed JSON Web Key Set: parse it once, verify many tokens with it. Immutable and safe to
/// share between threads.
#[derive(Debug, uniffi::Object)]
pub struct Jwks {
    keys: CoreJwks,
}

#[uniffi::export]
impl Jwks {
    /// Parses a JWKS document (`{"keys": [...]}`). Keys Gatehouse does not sign with are
    /// skipped; a document that is not a JWKS is refused with `jwks_unavailable`.
    #[uniffi::constructor]
    pub fn new(json: String) -> Result<Arc<Jwks>, AuthError> {
        let keys = CoreJwks::from_json(&json)?;
        Ok(Arc::new(Jwks { keys }))
    }

    /// The `kid`s of the usable keys, in document order.
    pub fn key_ids(&self) -> Vec<String> {
        self.keys.key_ids().map(str::to_owned).collect()
    }

    /// Verifies an access token against these keys, offline.
    pub fn verify_access_token(
        &self,
        token: String,
        options: VerifyOptions,
    ) -> Result<AccessTokenClaims, AuthError> {
        verify(&token, &self.keys, &options)
    }
}

fn verify(
    token: &str,
    keys: &CoreJwks,
    options: &VerifyOptions,
) -> Result<AccessTokenClaims, AuthError> {
    gatehouse_core::verify_access_token(token, keys, &options.to_core())
        .map(AccessTokenClaims::from)
        .map_err(AuthError::from)
}

/// Verifies an access token offline against a JWKS given as JSON: no network, the same checks
/// and error codes as every Gatehouse SDK. To verify many tokens, parse the keys once with
/// [`Jwks::new`] instead.
#[uniffi::export]
pub fn verify_access_token(
    token: String,
    jwks_json: String,
    options: VerifyOptions,
) -> Result<AccessTokenClaims, AuthError> {
    let keys = CoreJwks::from_json(&jwks_json)?;
    verify(&token, &keys, &options)
}

/// Why a string is not a valid publishable key (a configuration mistake, so not one of the
/// [`AuthError`] codes). The message is the core's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum PublishableKeyError {
    /// Neither `pk_test_` nor `pk_live_` (often a secret key pasted by mistake).
    #[error("{0}")]
    WrongPrefix(String),
    /// The part after the prefix is not unpadded base64url of UTF-8 text.
    #[error("{0}")]
    InvalidEncoding(String),
    /// No `#` separates the issuer from the project id.
    #[error("{0}")]
    MissingProjectId(String),
    /// The project id is not `proj_` and 26 lowercase base32 characters.
    #[error("{0}")]
    InvalidProjectId(String),
    /// The issuer is not an absolute http(s) URL without query or fragment.
    #[error("{0}")]
    InvalidIssuer(String),
    /// A live key whose issuer is not `https`.
    #[error("{0}")]
    InsecureLiveIssuer(String),
}

impl From<CorePublishableKeyError> for PublishableKeyError {
    fn from(error: CorePublishableKeyError) -> PublishableKeyError {
        let message = error.to_string();
        match error {
            CorePublishableKeyError::WrongPrefix => PublishableKeyError::WrongPrefix(message),
            CorePublishableKeyError::InvalidEncoding => {
                PublishableKeyError::InvalidEncoding(message)
            }
            CorePublishableKeyError::MissingProjectId => {
                PublishableKeyError::MissingProjectId(message)
            }
            CorePublishableKeyError::InvalidProjectId => {
                PublishableKeyError::InvalidProjectId(message)
            }
            CorePublishableKeyError::InsecureLiveIssuer => {
                PublishableKeyError::InsecureLiveIssuer(message)
            }
            // `InvalidIssuer` and any reason a newer core adds: the key is refused either way,
            // with the core's message.
            _ => PublishableKeyError::InvalidIssuer(message),
        }
    }
}

/// A parsed publishable key: where a project's tokens come from and where its keys live.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PublishableKey {
    /// The key as it was written (`pk_test_...` or `pk_live_...`).
    pub key: String,
    /// The issuer URL: the expected `iss` of the project's tokens.
    pub issuer: String,
    /// The project id (`proj_...`): the default audience of the project's tokens.
    pub project_id: String,
    /// Whether this is a `pk_live_` key.
    pub live: bool,
    /// Where the project publishes its signing keys.
    pub jwks_url: String,
}

/// Parses and validates a publishable key.
#[uniffi::export]
pub fn parse_publishable_key(key: String) -> Result<PublishableKey, PublishableKeyError> {
    let parsed = CorePublishableKey::parse(&key)?;
    Ok(PublishableKey {
        issuer: parsed.issuer().to_owned(),
        project_id: parsed.project_id().to_owned(),
        live: parsed.is_live(),
        jwks_url: parsed.jwks_url(),
        key,
    })
}

#[cfg(test)]
mod tests {
    use std::mem::discriminant;

    use super::*;

    fn every_core_error() -> Vec<CoreAuthError> {
        vec![
            CoreAuthError::MissingToken,
            CoreAuthError::MalformedToken("m"),
            CoreAuthError::UnsupportedAlgorithm("a"),
            CoreAuthError::UnknownKey,
            CoreAuthError::InvalidSignature,
            CoreAuthError::TokenExpired,
            CoreAuthError::TokenNotYetValid,
            CoreAuthError::WrongIssuer,
            CoreAuthError::WrongAudience,
            CoreAuthError::WrongTokenType,
            CoreAuthError::MissingClaim("c"),
            CoreAuthError::InvalidClaim("c"),
            CoreAuthError::JwksUnavailable("j".into()),
            CoreAuthError::InvalidApiKey,
            CoreAuthError::Forbidden("f".into()),
        ]
    }

    #[test]
    fn every_core_error_keeps_its_code_and_message() {
        let errors = every_core_error();
        assert_eq!(errors.len(), AUTH_ERROR_VARIANTS);
        for core in errors {
            let converted = AuthError::from(core.clone());
            assert_eq!(converted.code(), core.code());
            assert_eq!(converted.to_string(), core.message());
        }
    }

    #[test]
    fn codes_are_listed_in_variant_order() {
        let codes: Vec<String> = every_core_error()
            .into_iter()
            .map(|core| AuthError::from(core).code().to_owned())
            .collect();
        assert_eq!(codes, auth_error_codes());
    }

    #[test]
    fn publishable_key_reasons_keep_the_core_message() {
        let cases = [
            (
                "sk_test_abc",
                PublishableKeyError::WrongPrefix(String::new()),
            ),
            (
                "pk_test_***",
                PublishableKeyError::InvalidEncoding(String::new()),
            ),
            (
                "pk_live_aHR0cDovL2V4YW1wbGUuY29tI3Byb2pfMDFqOXpxazNtNG41cDZxN3I4czl0MHYxdzI",
                PublishableKeyError::InsecureLiveIssuer(String::new()),
            ),
        ];
        for (key, expected) in cases {
            let (Err(error), Err(core)) = (
                parse_publishable_key(key.to_owned()),
                CorePublishableKey::parse(key),
            ) else {
                panic!("{key} was accepted");
            };
            assert_eq!(discriminant(&error), discriminant(&expected), "{key}");
            assert_eq!(error.to_string(), core.to_string());
        }
    }
}
