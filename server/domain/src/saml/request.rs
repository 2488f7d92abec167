//! SP-initiated sign-in: the `AuthnRequest` sent with the HTTP-Redirect binding (deflate,
//! base64, query string), built with samael's request type.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use samael::schema::{AuthnRequest as SamaelAuthnRequest, Issuer};

use super::{IdentityProvider, SamlError, ServiceProvider, xml::guarded};

/// The HTTP-POST binding, the only one our ACS endpoint answers on.
pub const BINDING_HTTP_POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
/// The HTTP-Redirect binding, the one requests are sent with.
pub const BINDING_HTTP_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/// Longest RelayState the HTTP-Redirect binding allows (SAML bindings, section 3.4.3).
pub const MAX_RELAY_STATE: usize = 80;

/// A request to send the browser to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthnRequest {
    /// The request's `ID`: the caller stores it and passes it back as `expected_request_id`.
    pub id: String,
    /// The identity provider's SSO URL with `SAMLRequest` and `RelayState` in the query.
    pub redirect_url: String,
}

/// Builds an unsigned `AuthnRequest` for the HTTP-Redirect binding. It asks for the answer on
/// our ACS URL with HTTP-POST and carries no `RequestedAuthnContext` (Entra fails MFA sign-ins
/// when one is sent).
pub fn authn_request(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    relay_state: &str,
    now: i64,
) -> Result<AuthnRequest, SamlError> {
    if relay_state.len() > MAX_RELAY_STATE {
        return Err(SamlError::InvalidConfiguration(format!(
            "RelayState longer than {MAX_RELAY_STATE} bytes"
        )));
    }
    let destination = url::Url::parse(&idp.sso_url)
        .map_err(|_| SamlError::InvalidConfiguration("SSO URL is not a URL".into()))?;
    if !matches!(destination.scheme(), "https" | "http") {
        return Err(SamlError::InvalidConfiguration(
            "SSO URL must be http(s)".into(),
        ));
    }
    let issue_instant = chrono::DateTime::from_timestamp(now, 0)
        .ok_or_else(|| SamlError::InvalidConfiguration("clock out of range".into()))?;
    let id = new_request_id();
    let request = SamaelAuthnRequest {
        id: id.clone(),
        version: "2.0".into(),
        issue_instant,
        destination: Some(idp.sso_url.clone()),
        issuer: Some(Issuer {
            value: Some(sp.entity_id.clone()),
            ..Issuer::default()
        }),
        assertion_consumer_service_url: Some(sp.acs_url.clone()),
        protocol_binding: Some(BINDING_HTTP_POST.into()),
        ..SamaelAuthnRequest::default()
    };
    let url = guarded("AuthnRequest encoder", || {
        request
            .redirect(relay_state)
            .map_err(|e| SamlError::InvalidConfiguration(format!("AuthnRequest: {e}")))?
            .ok_or_else(|| SamlError::InvalidConfiguration("no destination".into()))
    })?;
    Ok(AuthnRequest {
        id,
        redirect_url: url.to_string(),
    })
}

/// 20 random bytes, hex, with a leading letter: an `ID` must be an NCName.
fn new_request_id() -> String {
    let bytes: [u8; 20] = rand::random();
    format!("_{}", hex::encode(bytes))
}

/// Base64 of the raw-deflated request, as the HTTP-Redirect binding carries it; used by tests
/// and the fuzz target to decode what [`authn_request`] produced.
pub fn decode_redirect_request(saml_request: &str) -> Result<String, SamlError> {
    use std::io::Read;
    let compressed = STANDARD
        .decode(saml_request.as_bytes())
        .map_err(|_| SamlError::Malformed("SAMLRequest is not base64".into()))?;
    let mut inflated = Vec::new();
    flate2::read::DeflateDecoder::new(compressed.as_slice())
        .take(super::MAX_INFLATED_BYTES as u64 + 1)
        .read_to_end(&mut inflated)
        .map_err(|_| SamlError::Malformed("SAMLRequest is not deflated".into()))?;
    if inflated.len() > super::MAX_INFLATED_BYTES {
        return Err(SamlError::TooLarge {
            limit: super::MAX_INFLATED_BYTES,
        });
    }
    String::from_utf8(inflated).map_err(|_| SamlError::Malformed("SAMLRequest is not UTF-8".into()))
}
