//! The one error type of the core: every way a request can fail authentication, each with a
//! stable code that bindings and HTTP bodies carry unchanged (see `shared/DESIGN.md`).

/// Why a credential was refused.
///
/// [`AuthError::code`] is the stable machine-readable code (the same string in Rust, Python,
/// Node, WASM and HTTP bodies); `Display` is the human message. Messages never echo bytes taken
/// from the token, so they are safe to put in headers and logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// No bearer token, cookie or API key came with the request.
    #[error("no access token was provided")]
    MissingToken,
    /// The token is not a well-formed compact JWS (size, segments, base64url or JSON).
    #[error("malformed token: {0}")]
    MalformedToken(&'static str),
    /// The header's `alg` is not allowed, or does not match the key it names.
    #[error("unsupported algorithm: {0}")]
    UnsupportedAlgorithm(&'static str),
    /// No key in the JWKS has the token's `kid`.
    #[error("the token was signed by an unknown key")]
    UnknownKey,
    /// The signature does not verify with the named key.
    #[error("the token signature is invalid")]
    InvalidSignature,
    /// `exp` is in the past, beyond the leeway.
    #[error("the token has expired")]
    TokenExpired,
    /// `nbf` is in the future, beyond the leeway.
    #[error("the token is not valid yet")]
    TokenNotYetValid,
    /// `iss` is not the configured issuer.
    #[error("the token was issued by another issuer")]
    WrongIssuer,
    /// `aud` does not contain the configured audience.
    #[error("the token is meant for another audience")]
    WrongAudience,
    /// The header's `typ` is not `at+jwt`, so this is not an access token.
    #[error("the token is not an access token (typ must be at+jwt)")]
    WrongTokenType,
    /// A required claim is absent.
    #[error("the token lacks the required claim {0}")]
    MissingClaim(&'static str),
    /// A claim is present but has the wrong JSON type or shape.
    #[error("the token claim {0} has an invalid value")]
    InvalidClaim(&'static str),
    /// The signing keys could not be obtained and none are cached.
    #[error("the signing keys are unavailable: {0}")]
    JwksUnavailable(String),
    /// An API key was refused by the server.
    #[error("the API key is invalid")]
    InvalidApiKey,
    /// The credential is valid but lacks a permission.
    #[error("missing permission {0}")]
    Forbidden(String),
}

impl AuthError {
    /// The stable error code, identical in every language binding and HTTP body.
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::MissingToken => "missing_token",
            AuthError::MalformedToken(_) => "malformed_token",
            AuthError::UnsupportedAlgorithm(_) => "unsupported_algorithm",
            AuthError::UnknownKey => "unknown_key",
            AuthError::InvalidSignature => "invalid_signature",
            AuthError::TokenExpired => "token_expired",
            AuthError::TokenNotYetValid => "token_not_yet_valid",
            AuthError::WrongIssuer => "wrong_issuer",
            AuthError::WrongAudience => "wrong_audience",
            AuthError::WrongTokenType => "wrong_token_type",
            AuthError::MissingClaim(_) => "missing_claim",
            AuthError::InvalidClaim(_) => "invalid_claim",
            AuthError::JwksUnavailable(_) => "jwks_unavailable",
            AuthError::InvalidApiKey => "invalid_api_key",
            AuthError::Forbidden(_) => "forbidden",
        }
    }

    /// The human-readable message (the same text as `Display`).
    pub fn message(&self) -> String {
        self.to_string()
    }

    /// Every code [`AuthError::code`] can return, for bindings that export them as constants.
    pub const CODES: [&'static str; 15] = [
        "missing_token",
        "malformed_token",
        "unsupported_algorithm",
        "unknown_key",
        "invalid_signature",
        "token_expired",
        "token_not_yet_valid",
        "wrong_issuer",
        "wrong_audience",
        "wrong_token_type",
        "missing_claim",
        "invalid_claim",
        "jwks_unavailable",
        "invalid_api_key",
        "forbidden",
    ];
}
