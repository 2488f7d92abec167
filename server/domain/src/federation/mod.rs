//! The OpenID Connect relying party for enterprise SSO (issue 22): a customer's provider is
//! discovered ([`discover`]), the browser sent to it ([`begin`]) and the callback's code
//! turned into a verified identity ([`finish`]). Everything the server fetches on a
//! customer's behalf goes through the guarded [`Fetcher`] (SSRF rules in [`address`]), SAML
//! metadata URLs included. No HTTP server types here: `server/http` owns the endpoints and
//! keeps [`Pending`] and the shared [`JwksCache`].

pub mod address;
pub mod discovery;
pub mod error;
pub mod fetch;
pub mod flow;
pub mod id_token;
pub mod jwks;

pub use discovery::{ProviderMetadata, discover};
pub use error::FederationError;
pub use fetch::{FetchPolicy, Fetched, Fetcher};
pub use flow::{ClientCredentials, Pending, Verified, begin, check_state, finish, map_claims};
pub use jwks::JwksCache;
