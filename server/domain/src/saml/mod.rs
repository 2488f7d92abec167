//! The SAML 2.0 service-provider protocol, pure and without HTTP: building `AuthnRequest`s
//! (HTTP-Redirect binding), verifying `Response`s posted to the ACS (HTTP-POST binding) against
//! pinned identity-provider certificates, reading IdP metadata, writing ours, and mapping
//! assertion attributes to a profile. XML signatures are verified by samael on libxml2/xmlsec
//! (`Cargo.toml` pins the version); this module wraps its sharp edges: it refuses before calling
//! it when nothing is pinned, refuses DOCTYPEs and oversized input, requires exactly one
//! assertion and a signature placed and referenced as the SAML profile says, and reads every
//! value it returns from the signed part, parsed by the same libxml2 that verified it.
//! Storage of connections, replay detection and the HTTP endpoints live in the layers above.

mod certificate;
mod error;
mod mapping;
mod metadata;
mod request;
mod response;
mod xml;

pub use certificate::validate_certificate;
pub use error::SamlError;
pub use mapping::{AttributeMapping, Profile, map_profile};
pub use metadata::{IdpMetadata, MAX_METADATA_BYTES, parse_idp_metadata, sp_metadata};
pub use request::{
    AuthnRequest, BINDING_HTTP_POST, BINDING_HTTP_REDIRECT, MAX_RELAY_STATE, authn_request,
    decode_redirect_request,
};
pub use response::{Assertion, verify_response};

/// Largest base64 `SAMLResponse` accepted, in bytes (Entra with 150 groups stays far below).
pub const MAX_RESPONSE_B64_BYTES: usize = 512 * 1024;
/// Largest inflated HTTP-Redirect message accepted, in bytes (deflate bombs stop here).
pub const MAX_INFLATED_BYTES: usize = 256 * 1024;
/// Default allowed clock difference with the identity provider, in seconds.
pub const DEFAULT_CLOCK_SKEW_SECONDS: i64 = 120;
/// Largest clock skew a connection may configure, in seconds.
pub const MAX_CLOCK_SKEW_SECONDS: i64 = 600;

/// This deployment as a SAML service provider (per project or organization; the caller decides).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceProvider {
    /// Our entity id, the audience assertions must name.
    pub entity_id: String,
    /// Our assertion consumer service URL (HTTP-POST), the Destination and Recipient required.
    pub acs_url: String,
}

/// One configured identity provider (a connection).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityProvider {
    /// The IdP's entity id, the Issuer required.
    pub entity_id: String,
    /// Where `AuthnRequest`s are sent (HTTP-Redirect binding).
    pub sso_url: String,
    /// Pinned signing certificates (PEM or base64 DER); at least one, else every response is
    /// refused. Certificates inside a message's KeyInfo are never trusted.
    pub certificates: Vec<String>,
    /// Accept SHA-1 signatures and digests (off by default).
    pub allow_sha1: bool,
    /// Accept responses without InResponseTo (IdP-initiated sign-in; off by default).
    pub allow_idp_initiated: bool,
    /// Audiences accepted besides our entity id, e.g. Entra's `spn:<application id>`.
    pub extra_audiences: Vec<String>,
    /// Allowed clock difference, in seconds (0 to [`MAX_CLOCK_SKEW_SECONDS`]).
    pub clock_skew_seconds: i64,
}

impl IdentityProvider {
    /// A connection with the secure defaults: no SHA-1, no IdP-initiated sign-in, no extra
    /// audience, [`DEFAULT_CLOCK_SKEW_SECONDS`].
    pub fn new(entity_id: String, sso_url: String, certificates: Vec<String>) -> Self {
        Self {
            entity_id,
            sso_url,
            certificates,
            allow_sha1: false,
            allow_idp_initiated: false,
            extra_audiences: Vec::new(),
            clock_skew_seconds: DEFAULT_CLOCK_SKEW_SECONDS,
        }
    }

    /// A connection from parsed metadata, with the secure defaults of [`Self::new`].
    pub fn from_metadata(m: IdpMetadata) -> Self {
        Self::new(m.entity_id, m.sso_url, m.certificates)
    }
}
