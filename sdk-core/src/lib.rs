//! `gatehouse-core`: the code every Gatehouse SDK uses to decide whether a request is
//! authenticated — access-token verification, the JWKS cache, publishable keys, credential
//! extraction and the stable error codes.
//!
//! The verification path ([`verify_access_token`]) does no I/O, so the same code runs natively,
//! in Python and Node bindings and in the browser (wasm32). Fetching and caching the JWKS over
//! HTTP lives behind the `fetch` feature ([`Verifier`]), and axum extractors behind `axum`.

mod api_key;
mod claims;
mod credentials;
mod error;
mod json;
mod jwks;
mod publishable_key;
#[cfg(any(target_arch = "wasm32", feature = "rust-crypto"))]
mod rust_crypto;
mod verify;

#[cfg(feature = "fetch")]
mod authenticate;
#[cfg(feature = "fetch")]
mod fetch;

#[cfg(feature = "axum")]
pub mod axum;

pub use api_key::{
    API_KEY_SECRET_CHARS, base62_from_bytes, format_api_key, is_well_formed_api_key,
};
pub use claims::{Actor, Claims, Organization, User};
pub use credentials::{
    ACCESS_TOKEN_COOKIE, API_KEY_PREFIX, Credential, ErrorResponse, extract_credential,
};
pub use error::AuthError;
pub use jwks::{Algorithm, Jwks};
pub use publishable_key::{PublishableKey, PublishableKeyError};
pub use verify::{DEFAULT_LEEWAY, MAX_TOKEN_BYTES, VerifyOptions, verify_access_token};

#[cfg(any(target_arch = "wasm32", feature = "rust-crypto"))]
pub use rust_crypto::RUST_CRYPTO_PROVIDER;

#[cfg(feature = "fetch")]
pub use authenticate::{Authentication, Authenticator, AuthenticatorOptions, CredentialKind};
#[cfg(feature = "fetch")]
pub use fetch::{CacheOptions, Verifier};
