//! SAML metadata: reading an identity provider's (entity id, SSO URL for the HTTP-Redirect
//! binding, signing certificates) and writing ours (entity id and the HTTP-POST ACS URL).

use samael::metadata::{EntityDescriptor, IndexedEndpoint, SpSsoDescriptor};
use samael::traits::ToXml;

use super::request::{BINDING_HTTP_POST, BINDING_HTTP_REDIRECT};
use super::xml::{self, NS_DSIG, NS_METADATA, guarded};
use super::{SamlError, ServiceProvider, certificate};

/// Largest metadata document accepted, in bytes (federation aggregates are not supported:
/// one entity per connection).
pub const MAX_METADATA_BYTES: usize = 1024 * 1024;

/// What a connection needs from an identity provider's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdpMetadata {
    /// `entityID` of the identity provider.
    pub entity_id: String,
    /// `Location` of its `SingleSignOnService` for the HTTP-Redirect binding.
    pub sso_url: String,
    /// Its signing certificates as normalised PEM, in document order, without duplicates.
    pub certificates: Vec<String>,
}

/// Reads one identity provider's metadata: the root `EntityDescriptor`, or the only one inside
/// an `EntitiesDescriptor`, with exactly one `IDPSSODescriptor`.
pub fn parse_idp_metadata(metadata_xml: &str) -> Result<IdpMetadata, SamlError> {
    if metadata_xml.len() > MAX_METADATA_BYTES {
        return Err(SamlError::TooLarge {
            limit: MAX_METADATA_BYTES,
        });
    }
    let doc = xml::parse(metadata_xml).map_err(|e| match e {
        SamlError::Malformed(m) => SamlError::InvalidMetadata(m),
        other => other,
    })?;
    let root = doc
        .get_root_element()
        .ok_or_else(|| SamlError::InvalidMetadata("no root element".into()))?;
    let entity = if xml::is(&root, NS_METADATA, "EntityDescriptor") {
        root
    } else if xml::is(&root, NS_METADATA, "EntitiesDescriptor") {
        let mut entities = xml::children(&root, NS_METADATA, "EntityDescriptor");
        if entities.len() != 1 {
            return Err(SamlError::InvalidMetadata(
                "expected exactly one EntityDescriptor".into(),
            ));
        }
        entities
            .pop()
            .ok_or_else(|| SamlError::InvalidMetadata("no EntityDescriptor".into()))?
    } else {
        return Err(SamlError::InvalidMetadata(
            "root is not an EntityDescriptor".into(),
        ));
    };
    let entity_id = xml::attr(&entity, "entityID")
        .filter(|v| !v.is_empty())
        .ok_or_else(|| SamlError::InvalidMetadata("no entityID".into()))?;
    let descriptor = match xml::child(&entity, NS_METADATA, "IDPSSODescriptor") {
        Ok(Some(d)) => d,
        Ok(None) => return Err(SamlError::InvalidMetadata("no IDPSSODescriptor".into())),
        Err(_) => {
            return Err(SamlError::InvalidMetadata(
                "more than one IDPSSODescriptor".into(),
            ));
        }
    };
    let sso_url = xml::children(&descriptor, NS_METADATA, "SingleSignOnService")
        .into_iter()
        .find(|s| xml::attr(s, "Binding").as_deref() == Some(BINDING_HTTP_REDIRECT))
        .and_then(|s| xml::attr(&s, "Location"))
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            SamlError::InvalidMetadata("no SingleSignOnService for HTTP-Redirect".into())
        })?;
    url::Url::parse(&sso_url).map_err(|_| {
        SamlError::InvalidMetadata("SingleSignOnService Location is not a URL".into())
    })?;
    let mut certificates = Vec::new();
    for key in xml::children(&descriptor, NS_METADATA, "KeyDescriptor") {
        if xml::attr(&key, "use").is_some_and(|u| u != "signing") {
            continue;
        }
        let Some(info) = xml::child(&key, NS_DSIG, "KeyInfo")? else {
            continue;
        };
        for data in xml::children(&info, NS_DSIG, "X509Data") {
            for cert in xml::children(&data, NS_DSIG, "X509Certificate") {
                let pem = certificate::validate_certificate(&xml::text(&cert))?;
                if !certificates.contains(&pem) {
                    certificates.push(pem);
                }
            }
        }
    }
    if certificates.is_empty() {
        return Err(SamlError::InvalidMetadata("no signing certificate".into()));
    }
    Ok(IdpMetadata {
        entity_id,
        sso_url,
        certificates,
    })
}

/// Our metadata: entity id, unsigned requests, signed assertions wanted, one HTTP-POST ACS.
pub fn sp_metadata(sp: &ServiceProvider) -> Result<String, SamlError> {
    let descriptor = SpSsoDescriptor {
        protocol_support_enumeration: Some(super::xml::NS_PROTOCOL.into()),
        authn_requests_signed: Some(false),
        want_assertions_signed: Some(true),
        name_id_formats: Some(vec![
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".into(),
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent".into(),
        ]),
        assertion_consumer_services: vec![IndexedEndpoint {
            binding: BINDING_HTTP_POST.into(),
            location: sp.acs_url.clone(),
            index: 0,
            is_default: Some(true),
            ..IndexedEndpoint::default()
        }],
        ..SpSsoDescriptor::default()
    };
    let entity = EntityDescriptor {
        entity_id: Some(sp.entity_id.clone()),
        sp_sso_descriptors: Some(vec![descriptor]),
        ..EntityDescriptor::default()
    };
    guarded("metadata writer", || {
        entity
            .to_string()
            .map_err(|e| SamlError::InvalidConfiguration(format!("metadata: {e}")))
    })
}
