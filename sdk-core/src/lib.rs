//! `gatehouse-core`: the code every Gatehouse SDK uses to decide whether a request is
//! authenticated — access-token verification, the JWKS cache, publishable keys, which
//! credential a request carries, API-key checks, the client settings and the stable error
//! codes. The contract it implements is written down in `docs/token-contract.md` and
//! `docs/sdk-contract.md`.
//!
//! The decisions ([`verify_access_token`], [`request_credential`], [`authenticate_with_answer`])
//! do no I/O, so the same code runs natively, in the Python, Node and Kotlin bindings and in the
//! browser (wasm32). The [`Client`] that fetches the JWKS and asks the server about API keys
//! over HTTP lives behind the `fetch` feature, and axum extractors behind `axum`.

mod api_key;
mod claims;
mod client;
mod credentials;
mod error;
mod json;
mod jwks;
mod jwks_cache;
mod principal;
mod publishable_key;
#[cfg(any(target_arch = "wasm32", feature = "rust-crypto"))]
mod rust_crypto;
mod token_cache;
mod verify;

#[cfg(feature = "fetch")]
mod authenticate;
#[cfg(feature = "fetch")]
mod fetch;

#[cfg(feature = "axum")]
pub mod axum;

pub use api_key::{
    API_KEY_SECRET_CHARS, ApiKeyGrant, ApiKeyVerdict, ServerAnswer, base62_from_bytes,
    format_api_key, is_well_formed_api_key,
};
pub use claims::{Actor, Claims, Organization, User};
pub use client::{
    ClientOptions, ClientSettings, ConfigError, DEFAULT_API_KEY_CACHE_TTL, Decision, api_url_for,
    authenticate_with_answer,
};
pub use credentials::{
    ACCESS_TOKEN_COOKIE, API_KEY_PREFIX, Credential, ErrorResponse, RequestCredential,
    RequestParts, request_credential,
};
pub use error::{AuthError, ErrorCode};
pub use jwks::{Algorithm, Jwks};
pub use jwks_cache::{
    CacheOptions, CacheStep, FetchRequest, JwksCache, MAX_JWKS_BYTES, cache_lifetime,
};
pub use principal::Principal;
pub use publishable_key::{PublishableKey, PublishableKeyError};
pub use token_cache::{DEFAULT_VERIFIED_TOKENS, VerifiedTokens};
pub use verify::{DEFAULT_LEEWAY, MAX_TOKEN_BYTES, VerifyOptions, verify_access_token};

#[cfg(any(target_arch = "wasm32", feature = "rust-crypto"))]
pub use rust_crypto::RUST_CRYPTO_PROVIDER;

#[cfg(feature = "fetch")]
pub use authenticate::{Authenticator, AuthenticatorOptions};
#[cfg(feature = "fetch")]
pub use client::Client;
#[cfg(feature = "fetch")]
pub use fetch::Verifier;
