//! The one error type of the core: every way a request can fail authentication, each with a
//! stable code that bindings and HTTP bodies carry unchanged (see `docs/sdk-contract.md`).
//!
//! The codes are declared once, in the `auth_errors!` invocation below: the enum, its
//! [`AuthError::code`], the HTTP status and [`AuthError::CODES`] all come from that one table,
//! and so do the TypeScript, Kotlin and Python tables (`cargo run -p gatehouse-core --example
//! gen_error_codes`, checked for drift by `scripts/test`).

/// Declares [`AuthError`] from one table: per variant its doc comment, message (`#[error]`),
/// optional payload, stable code and HTTP status.
macro_rules! auth_errors {
    ($(
        $(#[doc = $doc:literal])+
        #[error($($message:tt)+)]
        $variant:ident $(($payload:ty))? => $code:literal, $status:literal;
    )+) => {
        /// Why a credential was refused.
        ///
        /// [`AuthError::code`] is the stable machine-readable code (the same string in Rust,
        /// Python, Node, WASM, Kotlin and HTTP bodies); `Display` is the human message. Messages
        /// never echo bytes taken from the token, so they are safe to put in headers and logs.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[non_exhaustive]
        pub enum AuthError {
            $(
                $(#[doc = $doc])+
                #[error($($message)+)]
                $variant $(($payload))?,
            )+
        }

        impl AuthError {
            /// Every code [`AuthError::code`] can return, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// Every code with its HTTP status and its description (the variant's doc comment),
            /// in declaration order: what the tables of the other languages are generated from.
            pub const TABLE: &'static [ErrorCode] = &[$(
                ErrorCode {
                    code: $code,
                    status: $status,
                    description: concat!($($doc),+),
                }
            ),+];

            /// The stable error code, identical in every language binding and HTTP body.
            pub fn code(&self) -> &'static str {
                match self {
                    $(AuthError::$variant { .. } => $code,)+
                }
            }

            /// The HTTP status for this error: 401 for bad or missing credentials, 403 for a
            /// missing permission, 503 when the server the answer depends on cannot be reached
            /// (retrying later can succeed; signing in again cannot help).
            pub fn http_status(&self) -> u16 {
                match self {
                    $(AuthError::$variant { .. } => $status,)+
                }
            }
        }
    };
}

/// One row of [`AuthError::TABLE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorCode {
    /// The stable code, such as `token_expired`.
    pub code: &'static str,
    /// The HTTP status a refusal with this code answers.
    pub status: u16,
    /// What the code means, in one or two sentences.
    pub description: &'static str,
}

auth_errors! {
    /// No bearer token, cookie or API key came with the request.
    #[error("no access token was provided")]
    MissingToken => "missing_token", 401;
    /// The token is not a well-formed compact JWS (size, segments, base64url or JSON).
    #[error("malformed token: {0}")]
    MalformedToken(&'static str) => "malformed_token", 401;
    /// The header's `alg` is not allowed, or does not match the key it names.
    #[error("unsupported algorithm: {0}")]
    UnsupportedAlgorithm(&'static str) => "unsupported_algorithm", 401;
    /// No key in the JWKS has the token's `kid`.
    #[error("the token was signed by an unknown key")]
    UnknownKey => "unknown_key", 401;
    /// The signature does not verify with the named key.
    #[error("the token signature is invalid")]
    InvalidSignature => "invalid_signature", 401;
    /// `exp` is in the past, beyond the leeway.
    #[error("the token has expired")]
    TokenExpired => "token_expired", 401;
    /// `nbf` is in the future, beyond the leeway.
    #[error("the token is not valid yet")]
    TokenNotYetValid => "token_not_yet_valid", 401;
    /// `iss` is not the configured issuer.
    #[error("the token was issued by another issuer")]
    WrongIssuer => "wrong_issuer", 401;
    /// `aud` does not contain the configured audience.
    #[error("the token is meant for another audience")]
    WrongAudience => "wrong_audience", 401;
    /// The header's `typ` is not `at+jwt`, so this is not an access token.
    #[error("the token is not an access token (typ must be at+jwt)")]
    WrongTokenType => "wrong_token_type", 401;
    /// A required claim is absent.
    #[error("the token lacks the required claim {0}")]
    MissingClaim(&'static str) => "missing_claim", 401;
    /// A claim is present but has the wrong JSON type or shape.
    #[error("the token claim {0} has an invalid value")]
    InvalidClaim(&'static str) => "invalid_claim", 401;
    /// The signing keys could not be obtained and none are cached.
    #[error("the signing keys are unavailable: {0}")]
    JwksUnavailable(String) => "jwks_unavailable", 503;
    /// The API key was refused: its checksum is wrong (found offline, without asking the
    /// server), the server does not know it, or it is revoked or expired.
    #[error("the API key is invalid")]
    InvalidApiKey => "invalid_api_key", 401;
    /// The API key could not be checked because the server did not answer (or answered
    /// something other than a verdict).
    #[error("the server that checks API keys is unavailable: {0}")]
    ServerUnavailable(String) => "server_unavailable", 503;
    /// The credential is valid but lacks a permission.
    #[error("missing permission {0}")]
    Forbidden(String) => "forbidden", 403;
}

impl AuthError {
    /// The human-readable message (the same text as `Display`).
    pub fn message(&self) -> String {
        self.to_string()
    }

    /// The error with this stable code, for codes a server refusal carries; `None` for codes
    /// the core does not declare. Payload-carrying variants get a generic payload.
    pub fn from_code(code: &str) -> Option<AuthError> {
        const REFUSED: &str = "refused by the server";
        Some(match code {
            "missing_token" => AuthError::MissingToken,
            "malformed_token" => AuthError::MalformedToken(REFUSED),
            "unsupported_algorithm" => AuthError::UnsupportedAlgorithm(REFUSED),
            "unknown_key" => AuthError::UnknownKey,
            "invalid_signature" => AuthError::InvalidSignature,
            "token_expired" => AuthError::TokenExpired,
            "token_not_yet_valid" => AuthError::TokenNotYetValid,
            "wrong_issuer" => AuthError::WrongIssuer,
            "wrong_audience" => AuthError::WrongAudience,
            "wrong_token_type" => AuthError::WrongTokenType,
            "missing_claim" => AuthError::MissingClaim(REFUSED),
            "invalid_claim" => AuthError::InvalidClaim(REFUSED),
            "jwks_unavailable" => AuthError::JwksUnavailable(REFUSED.to_owned()),
            "invalid_api_key" => AuthError::InvalidApiKey,
            "server_unavailable" => AuthError::ServerUnavailable(REFUSED.to_owned()),
            "forbidden" => AuthError::Forbidden(REFUSED.to_owned()),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_and_is_listed_once() {
        for (index, code) in AuthError::CODES.iter().enumerate() {
            let error = AuthError::from_code(code);
            assert_eq!(error.as_ref().map(AuthError::code), Some(*code));
            assert_eq!(
                error.as_ref().map(AuthError::http_status),
                Some(AuthError::TABLE[index].status)
            );
            assert!(!AuthError::CODES[..index].contains(code), "{code} twice");
        }
        assert_eq!(AuthError::from_code("session_revoked"), None);
    }
}
