//! Request-side decisions shared by every binding: which credential a request carries (and
//! whether it needs one at all), and the HTTP answer for an [`AuthError`], so that Flask,
//! Express, axum and the rest take the same credential and answer 401/403 byte for byte alike
//! (`docs/sdk-contract.md`, "Which credential a request carries").
//!
//! The `gatehouse_access_token` cookie is sent by browsers on every request to the site,
//! including those a hostile page makes them send, so it is a credential only for safe methods
//! (RFC 9110 §9.2.1: `GET`, `HEAD`, `OPTIONS`, `TRACE`), which must not change state. A request
//! with an unsafe method must carry its credential in `Authorization`, which no other site can
//! make a browser add. Only real CORS preflights (`OPTIONS` with `Origin` and
//! `Access-Control-Request-Method`) pass without a credential: a browser never sends
//! credentials with them, and any other `OPTIONS` request reaches the application like the
//! rest.

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

    /// Tells an API key (`gh_key_...`) from an access token. This is the one place the
    /// distinction is made: every binding and the server's credential checks rely on it.
    /// An empty value is `missing_token`.
    pub fn classify(value: &str) -> Result<Credential, AuthError> {
        if value.is_empty() {
            Err(AuthError::MissingToken)
        } else if value.starts_with(API_KEY_PREFIX) {
            Ok(Credential::ApiKey(value.to_owned()))
        } else {
            Ok(Credential::AccessToken(value.to_owned()))
        }
    }

    /// The credential text, consuming the value.
    pub fn into_string(self) -> String {
        match self {
            Credential::AccessToken(value) | Credential::ApiKey(value) => value,
        }
    }
}

/// The parts of an HTTP request that decide which credential it carries. Header values are the
/// raw values, `None` when the header is absent; several `Cookie` headers are joined with `"; "`
/// by the caller (RFC 9113 §8.2.3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestParts<'a> {
    /// The method, as sent (`GET`, `POST`...; compared case-sensitively, as RFC 9110 says).
    pub method: &'a str,
    /// The `Authorization` header.
    pub authorization: Option<&'a str>,
    /// The `Cookie` header.
    pub cookie: Option<&'a str>,
    /// The `Origin` header.
    pub origin: Option<&'a str>,
    /// The `Access-Control-Request-Method` header.
    pub access_control_request_method: Option<&'a str>,
}

/// What a middleware does with a request, as [`request_credential`] decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestCredential {
    /// A CORS preflight: pass it on unauthenticated (the browser sends no credentials).
    CorsPreflight,
    /// Authenticate this credential.
    Credential(Credential),
}

/// Decides which credential a request carries: the `Authorization: Bearer` value first, then,
/// for safe methods only, the `gatehouse_access_token` cookie. CORS preflights need none.
///
/// An `Authorization` header with another scheme (say `Basic`) is not ours and is passed
/// over. Returns `missing_token` when no usable credential is present, which includes an
/// unsafe request whose only credential is the cookie (the CSRF defence, see the module
/// documentation).
pub fn request_credential(request: &RequestParts<'_>) -> Result<RequestCredential, AuthError> {
    if request.method == "OPTIONS"
        && request.origin.is_some()
        && request.access_control_request_method.is_some()
    {
        return Ok(RequestCredential::CorsPreflight);
    }
    if let Some(token) = request.authorization.and_then(bearer_token) {
        return Credential::classify(token).map(RequestCredential::Credential);
    }
    if is_safe_method(request.method)
        && let Some(token) = request
            .cookie
            .and_then(|header| cookie_value(header, ACCESS_TOKEN_COOKIE))
    {
        return Credential::classify(token).map(RequestCredential::Credential);
    }
    Err(AuthError::MissingToken)
}

/// RFC 9110 §9.2.1: the methods whose semantics are read-only.
fn is_safe_method(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS" | "TRACE")
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
    /// [`AuthError::http_status`]: 401, 403 or 503.
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
    /// The complete HTTP answer every binding gives for this error.
    pub fn to_response(&self) -> ErrorResponse {
        let status = self.http_status();
        // The detailed reason of an outage is for the server log, not the client.
        let message = match self {
            AuthError::JwksUnavailable(_) => "the signing keys are unavailable".to_owned(),
            AuthError::ServerUnavailable(_) => {
                "the server that checks API keys is unavailable".to_owned()
            }
            _ => self.message(),
        };
        let error = match status {
            403 => "forbidden",
            503 => "unavailable",
            _ => "unauthorized",
        };
        let www_authenticate = match self {
            _ if status == 503 => None,
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
