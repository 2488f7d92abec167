//! Request-side helpers shared by every binding: finding the credential in a request and
//! turning an [`AuthError`] into the HTTP answer, so that Flask, Express, axum and the rest
//! answer 401/403 byte for byte alike (`shared/DESIGN.md`, "SDK contract").

use serde::Serialize;

use crate::AuthError;

/// The cookie the hosted login pages and the browser SDK store the access token in.
pub const ACCESS_TOKEN_COOKIE: &str = "gatehouse_access_token";

/// Organization API keys start with this; they are checked by the server, not verified locally.
pub const API_KEY_PREFIX: &str = "gh_key_";

/// The credential a request carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A JWT access token, to verify with [`crate::verify_access_token`].
    AccessToken(String),
    /// An organization API key (`gh_key_...`), to check with the server's authenticate endpoint.
    ApiKey(String),
}

impl Credential {
    /// The credential text, whichever kind it is.
    pub fn as_str(&self) -> &str {
        match self {
            Credential::AccessToken(value) | Credential::ApiKey(value) => value,
        }
    }

    fn classify(value: &str) -> Credential {
        if value.starts_with(API_KEY_PREFIX) {
            Credential::ApiKey(value.to_owned())
        } else {
            Credential::AccessToken(value.to_owned())
        }
    }
}

/// Finds the request's credential: the `Authorization: Bearer` value first, then the
/// `gatehouse_access_token` cookie.
///
/// `authorization` and `cookie` are the raw header values, if present. An `Authorization`
/// header with another scheme (say `Basic`) is not ours and is passed over. Returns
/// `missing_token` when neither place holds a credential.
pub fn extract_credential(
    authorization: Option<&str>,
    cookie: Option<&str>,
) -> Result<Credential, AuthError> {
    if let Some(token) = authorization.and_then(bearer_token) {
        return Ok(Credential::classify(token));
    }
    if let Some(token) = cookie.and_then(|header| cookie_value(header, ACCESS_TOKEN_COOKIE)) {
        return Ok(Credential::classify(token));
    }
    Err(AuthError::MissingToken)
}

/// The token of a `Bearer` authorization value; the scheme is case-insensitive (RFC 9110).
fn bearer_token(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.trim().split_once(' ')?;
    let token = token.trim_start_matches(' ');
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The value of a cookie in a `Cookie` header (RFC 6265 `name=value; name2=value2`).
fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| {
            let value = value.trim();
            value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value)
        })
        .filter(|value| !value.is_empty())
}

/// The HTTP answer for a refused request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorResponse {
    /// 401 for bad or missing credentials, 403 for missing permissions, 503 when the signing
    /// keys cannot be fetched (retrying later can succeed; signing in again cannot help).
    pub status: u16,
    /// The `WWW-Authenticate` value (RFC 6750), absent for 503.
    pub www_authenticate: Option<String>,
    /// The JSON body, `{"error": ..., "code": ..., "message": ...}`.
    pub body: String,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    code: &'a str,
    message: &'a str,
}

impl AuthError {
    /// The HTTP status for this error.
    pub fn http_status(&self) -> u16 {
        match self {
            AuthError::Forbidden(_) => 403,
            AuthError::JwksUnavailable(_) => 503,
            _ => 401,
        }
    }

    /// The complete HTTP answer every binding gives for this error.
    pub fn to_response(&self) -> ErrorResponse {
        let status = self.http_status();
        // The detailed reason of a key-fetch failure is for the server log, not the client.
        let message = match self {
            AuthError::JwksUnavailable(_) => "the signing keys are unavailable".to_owned(),
            _ => self.message(),
        };
        let error = match status {
            403 => "forbidden",
            503 => "unavailable",
            _ => "unauthorized",
        };
        let www_authenticate = match self {
            AuthError::JwksUnavailable(_) => None,
            // RFC 6750 §3.1: a request with no credential gets a bare challenge, no error code.
            AuthError::MissingToken => Some("Bearer".to_owned()),
            AuthError::Forbidden(_) => Some(challenge("insufficient_scope", &message)),
            _ => Some(challenge("invalid_token", &message)),
        };
        let body = ErrorBody {
            error,
            code: self.code(),
            message: &message,
        };
        ErrorResponse {
            status,
            www_authenticate,
            // Serializing three strings cannot fail; the fallback only keeps this panic-free.
            body: serde_json::to_string(&body).unwrap_or_default(),
        }
    }
}

/// An RFC 6750 challenge. `error_description` may only hold printable ASCII other than `"` and
/// `\`, so anything else is replaced rather than escaped.
fn challenge(error: &str, description: &str) -> String {
    let description: String = description
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .collect();
    format!("Bearer error=\"{error}\", error_description=\"{description}\"")
}
