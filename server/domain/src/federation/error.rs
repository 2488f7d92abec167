//! The one error type of the federation module, with the stable codes the HTTP layer and the
//! hosted pages show. Messages name what was refused, never a secret or a token.

/// Why an outbound fetch or an upstream sign-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum FederationError {
    /// The URL's host is, or resolves only to, an address the policy refuses (loopback,
    /// private, link-local, ...), or the URL's scheme is not allowed.
    #[error("refused to fetch {url}: {reason}")]
    RefusedAddress {
        /// The URL as given.
        url: String,
        /// Which rule refused it.
        reason: String,
    },
    /// The fetch failed: connection, TLS, a non-2xx status, a redirect, or an unreadable body.
    #[error("fetching {url} failed: {reason}")]
    FetchFailed {
        /// The URL as given.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// The response body is larger than the policy's limit.
    #[error("the response from {url} is larger than {limit} bytes")]
    TooLarge {
        /// The URL as given.
        url: String,
        /// The limit in bytes.
        limit: usize,
    },
    /// The fetch did not finish within the policy's timeout.
    #[error("fetching {url} timed out")]
    Timeout {
        /// The URL as given.
        url: String,
    },
    /// The discovery document (or a JWKS) is not what the specification requires.
    #[error("invalid provider metadata: {0}")]
    DiscoveryInvalid(String),
    /// The discovery document names a different issuer than the one configured.
    #[error("the provider calls itself {found}, not {expected}")]
    IssuerMismatch {
        /// The configured issuer.
        expected: String,
        /// The issuer in the document.
        found: String,
    },
    /// The token endpoint refused the code or answered something unusable.
    #[error("the token exchange failed: {0}")]
    TokenExchangeFailed(String),
    /// The ID token is malformed or one of its claims is wrong (issuer, subject, issue time).
    #[error("invalid ID token: {0}")]
    InvalidIdToken(String),
    /// The ID token's signature does not verify with the key its `kid` names.
    #[error("the ID token's signature is invalid")]
    InvalidSignature,
    /// The ID token names a key the provider's JWKS does not hold (after the one refetch the
    /// cooldown allows).
    #[error("the ID token is signed with an unknown key")]
    UnknownKey,
    /// The ID token's algorithm is `none`, symmetric, or not one the provider advertises.
    #[error("the ID token algorithm {0} is refused")]
    AlgRefused(String),
    /// The ID token is not meant for this client (`aud`, or `azp` with several audiences).
    #[error("the ID token is not issued to this client")]
    WrongAudience,
    /// The ID token has expired, or is not valid yet.
    #[error("the ID token has expired or is not valid yet")]
    Expired,
    /// The ID token's `nonce` is not the one this sign-in sent.
    #[error("the ID token's nonce does not match this sign-in")]
    NonceMismatch,
    /// The `state` returned to the callback is not the one this sign-in sent.
    #[error("the state does not match this sign-in")]
    StateMismatch,
}

impl FederationError {
    /// The stable code, shown to API callers and on hosted error pages.
    pub fn code(&self) -> &'static str {
        match self {
            Self::RefusedAddress { .. } => "fetch_refused_address",
            Self::FetchFailed { .. } => "fetch_failed",
            Self::TooLarge { .. } => "fetch_too_large",
            Self::Timeout { .. } => "fetch_timeout",
            Self::DiscoveryInvalid(_) => "oidc_discovery_invalid",
            Self::IssuerMismatch { .. } => "oidc_issuer_mismatch",
            Self::TokenExchangeFailed(_) => "oidc_token_exchange_failed",
            Self::InvalidIdToken(_) => "oidc_invalid_id_token",
            Self::InvalidSignature => "oidc_invalid_signature",
            Self::UnknownKey => "oidc_unknown_key",
            Self::AlgRefused(_) => "oidc_alg_refused",
            Self::WrongAudience => "oidc_wrong_audience",
            Self::Expired => "oidc_expired",
            Self::NonceMismatch => "oidc_nonce_mismatch",
            Self::StateMismatch => "oidc_state_mismatch",
        }
    }

    /// Every code, for tables in other languages and drift checks.
    pub const CODES: &'static [&'static str] = &[
        "fetch_refused_address",
        "fetch_failed",
        "fetch_too_large",
        "fetch_timeout",
        "oidc_discovery_invalid",
        "oidc_issuer_mismatch",
        "oidc_token_exchange_failed",
        "oidc_invalid_id_token",
        "oidc_invalid_signature",
        "oidc_unknown_key",
        "oidc_alg_refused",
        "oidc_wrong_audience",
        "oidc_expired",
        "oidc_nonce_mismatch",
        "oidc_state_mismatch",
    ];
}

#[cfg(test)]
mod tests {
    use super::FederationError;

    #[test]
    fn every_variant_has_a_listed_unique_code() {
        let url = || "https://idp.example".to_owned();
        let reason = || "why".to_owned();
        let all = [
            FederationError::RefusedAddress {
                url: url(),
                reason: reason(),
            },
            FederationError::FetchFailed {
                url: url(),
                reason: reason(),
            },
            FederationError::TooLarge {
                url: url(),
                limit: 1,
            },
            FederationError::Timeout { url: url() },
            FederationError::DiscoveryInvalid(reason()),
            FederationError::IssuerMismatch {
                expected: url(),
                found: url(),
            },
            FederationError::TokenExchangeFailed(reason()),
            FederationError::InvalidIdToken(reason()),
            FederationError::InvalidSignature,
            FederationError::UnknownKey,
            FederationError::AlgRefused(reason()),
            FederationError::WrongAudience,
            FederationError::Expired,
            FederationError::NonceMismatch,
            FederationError::StateMismatch,
        ];
        let codes: Vec<&str> = all.iter().map(FederationError::code).collect();
        assert_eq!(codes, FederationError::CODES);
    }
}
