//! Verifying a `Response` posted to the ACS. Order: size, pinned certificates, base64, UTF-8,
//! no declarations, well-formed, status, exactly one assertion, signature shape (placement,
//! one reference to its parent's ID, allowed transforms and algorithms), cryptographic check
//! by samael/xmlsec with the pinned certificates only, then every condition read from the part
//! xmlsec reports as signed.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use libxml::tree::{Node, NodeType};
use samael::crypto::{
    AllowedSignatureAlgorithm, CertificateDer, CryptoProvider, ReduceMode, XmlSec,
};

use super::xml::{self, NS_ASSERTION, NS_DSIG, NS_PROTOCOL, guarded};
use super::{
    IdentityProvider, MAX_CLOCK_SKEW_SECONDS, MAX_RESPONSE_B64_BYTES, SamlError, ServiceProvider,
    certificate,
};

const STATUS_SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";
const CM_BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// Signature and digest algorithms accepted when SHA-1 is not allowed.
const SHA2_ALGORITHMS: &[AllowedSignatureAlgorithm] = &[
    AllowedSignatureAlgorithm::RsaSha256,
    AllowedSignatureAlgorithm::RsaSha384,
    AllowedSignatureAlgorithm::RsaSha512,
    AllowedSignatureAlgorithm::EcdsaSha256,
    AllowedSignatureAlgorithm::EcdsaSha384,
    AllowedSignatureAlgorithm::EcdsaSha512,
];

const SHA1_ALGORITHMS: &[&str] = &[
    "http://www.w3.org/2000/09/xmldsig#sha1",
    "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    "http://www.w3.org/2000/09/xmldsig#dsa-sha1",
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
];

/// Transforms a SAML signature may use: enveloped signature and canonicalisation only (no
/// XPath or XSLT, which select what is signed by other means than the reference's ID).
const ALLOWED_TRANSFORMS: &[&str] = &[
    "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
    "http://www.w3.org/2001/10/xml-exc-c14n#",
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
    "http://www.w3.org/2006/12/xml-c14n11",
];

/// The verified content of the one assertion of a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assertion {
    /// The assertion's `ID`; the caller refuses one it has seen before (replay).
    pub id: String,
    /// The assertion's Issuer (equal to the connection's entity id).
    pub issuer: String,
    /// The subject's NameID.
    pub name_id: String,
    /// The NameID's Format, if given.
    pub name_id_format: Option<String>,
    /// The AuthnStatement's SessionIndex, if given.
    pub session_index: Option<String>,
    /// Until when (Unix seconds) the assertion may be used: the earliest of the bearer
    /// confirmation's and the Conditions' NotOnOrAfter. Keep its ID for replay until then.
    pub not_on_or_after: i64,
    /// Attribute name to values, in document order per attribute.
    pub attributes: BTreeMap<String, Vec<String>>,
    /// The AuthnContextClassRef, if given.
    pub authn_context_class: Option<String>,
    /// The InResponseTo of the bearer confirmation (None for IdP-initiated).
    pub in_response_to: Option<String>,
}

/// Verifies a base64 `SAMLResponse` from the HTTP-POST binding.
///
/// `expected_request_id`: Some(id) for SP-initiated sign-in (InResponseTo must equal it), None
/// for IdP-initiated (refused unless `idp.allow_idp_initiated`). Replay (an assertion id
/// already seen) is checked by the caller, which keeps ids until `not_on_or_after`.
pub fn verify_response(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    saml_response_b64: &str,
    expected_request_id: Option<&str>,
    now: i64,
) -> Result<Assertion, SamlError> {
    if saml_response_b64.len() > MAX_RESPONSE_B64_BYTES {
        return Err(SamlError::TooLarge {
            limit: MAX_RESPONSE_B64_BYTES,
        });
    }
    if !(0..=MAX_CLOCK_SKEW_SECONDS).contains(&idp.clock_skew_seconds) {
        return Err(SamlError::InvalidConfiguration(format!(
            "clock skew must be between 0 and {MAX_CLOCK_SKEW_SECONDS} seconds"
        )));
    }
    let pinned = pinned_certificates(idp)?;
    let compact: Vec<u8> = saml_response_b64
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let bytes = STANDARD
        .decode(&compact)
        .map_err(|_| SamlError::Malformed("SAMLResponse is not base64".into()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| SamlError::Malformed("SAMLResponse is not UTF-8".into()))?;
    verify_response_xml(sp, idp, &pinned, &text, expected_request_id, now)
}

fn pinned_certificates(idp: &IdentityProvider) -> Result<Vec<Vec<u8>>, SamlError> {
    if idp.certificates.is_empty() {
        return Err(SamlError::UntrustedCertificate);
    }
    idp.certificates
        .iter()
        .map(|c| certificate::certificate_der(c))
        .collect()
}

fn verify_response_xml(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    pinned: &[Vec<u8>],
    text: &str,
    expected_request_id: Option<&str>,
    now: i64,
) -> Result<Assertion, SamlError> {
    let doc = xml::parse(text)?;
    xml::refuse_qualified_attributes(&doc)?;
    xml::refuse_comments(&doc)?;
    let root = doc
        .get_root_element()
        .ok_or_else(|| SamlError::Malformed("no root element".into()))?;
    if !xml::is(&root, NS_PROTOCOL, "Response") {
        return Err(SamlError::Malformed("root is not a SAML Response".into()));
    }
    if xml::attr(&root, "Version").as_deref() != Some("2.0") {
        return Err(SamlError::Malformed("Response Version is not 2.0".into()));
    }
    check_status(&root)?;

    let assertions = xml::descendants_named(&root, "Assertion");
    let encrypted = xml::descendants_named(&root, "EncryptedAssertion");
    if assertions.len() + encrypted.len() > 1 {
        return Err(SamlError::MultipleAssertions);
    }
    if !encrypted.is_empty() {
        return Err(SamlError::Malformed(
            "encrypted assertions are not supported".into(),
        ));
    }
    let assertion = assertions
        .into_iter()
        .next()
        .ok_or_else(|| SamlError::Malformed("no Assertion".into()))?;
    if !xml::is(&assertion, NS_ASSERTION, "Assertion")
        || assertion.get_parent().map(|p| p.node_ptr()) != Some(root.node_ptr())
    {
        return Err(SamlError::Malformed(
            "the Assertion must be a direct child of the Response".into(),
        ));
    }
    let response_id = required_id(&root)?;
    let assertion_id = required_id(&assertion)?;

    let signatures = xml::descendants_named(&root, "Signature");
    if signatures.is_empty() {
        return Err(SamlError::Unsigned);
    }
    for signature in &signatures {
        check_signature_shape(signature, &root, &assertion, idp.allow_sha1)?;
    }

    let certs: Vec<CertificateDer> = pinned.iter().cloned().map(CertificateDer::from).collect();
    let allowed = (!idp.allow_sha1).then_some(SHA2_ALGORITHMS);
    // PreDigest: what xmlsec digested for the verified reference (the Response's when both
    // are signed), exactly the bytes the signature covers. samael's other modes move a signed
    // Assertion to the document root, and that path leaks the rest of the tree in libxml
    // 0.3.3 (xmlGetNsList's array and the replaced root are never freed: about 2.4 KB for
    // every assertion-signed response, Entra's default), as fuzz/README.md describes.
    let reduced = guarded("signature verifier", || {
        XmlSec::reduce_xml_to_signed_with_allowed_algorithms(
            text,
            &certs,
            ReduceMode::PreDigest,
            allowed,
        )
        .map_err(|e| SamlError::InvalidSignature(e.to_string()))
    });
    let reduced = match reduced {
        Ok(r) => r,
        Err(e) => {
            if names_unpinned_certificate(&signatures, pinned) {
                return Err(SamlError::UntrustedCertificate);
            }
            return Err(e);
        }
    };

    // From here on, only what xmlsec verified (re-parsed by the same libxml2) is read, except
    // the Response's own attributes when only the assertion is signed (Entra's default).
    let signed_doc = xml::parse(&reduced)?;
    let signed_root = signed_doc
        .get_root_element()
        .ok_or_else(|| SamlError::Malformed("verified document has no root".into()))?;
    let (response_node, signed_assertion) = if xml::is(&signed_root, NS_PROTOCOL, "Response")
        && xml::attr(&signed_root, "ID").as_deref() == Some(response_id.as_str())
    {
        let mut inner = xml::children(&signed_root, NS_ASSERTION, "Assertion");
        if inner.len() != 1 {
            return Err(SamlError::MultipleAssertions);
        }
        let a = inner
            .pop()
            .ok_or_else(|| SamlError::Malformed("no Assertion".into()))?;
        (signed_root.clone(), a)
    } else if xml::is(&signed_root, NS_ASSERTION, "Assertion")
        && xml::attr(&signed_root, "ID").as_deref() == Some(assertion_id.as_str())
    {
        (root.clone(), signed_root.clone())
    } else {
        return Err(SamlError::Unsigned);
    };
    if xml::attr(&signed_assertion, "ID").as_deref() != Some(assertion_id.as_str()) {
        return Err(SamlError::Unsigned);
    }
    check_status(&response_node)?;
    check_response(sp, idp, &response_node, expected_request_id)?;
    read_assertion(sp, idp, &signed_assertion, expected_request_id, now)
}

fn required_id(node: &Node) -> Result<String, SamlError> {
    xml::attr(node, "ID")
        .filter(|id| !id.is_empty())
        .ok_or_else(|| SamlError::Malformed(format!("{} has no ID", node.get_name())))
}

fn check_status(response: &Node) -> Result<(), SamlError> {
    let status = xml::child(response, NS_PROTOCOL, "Status")?
        .ok_or_else(|| SamlError::Malformed("no Status".into()))?;
    let code = xml::child(&status, NS_PROTOCOL, "StatusCode")?
        .and_then(|c| xml::attr(&c, "Value"))
        .ok_or_else(|| SamlError::Malformed("no StatusCode".into()))?;
    if code == STATUS_SUCCESS {
        Ok(())
    } else {
        Err(SamlError::Status(code))
    }
}

/// A SAML signature is enveloped in the element it signs (the Response or the Assertion), has
/// one Reference whose URI is `#` + that element's ID, only canonicalisation transforms, a
/// DigestValue that is plain text, and (unless allowed) no SHA-1 anywhere.
fn check_signature_shape(
    signature: &Node,
    response: &Node,
    assertion: &Node,
    allow_sha1: bool,
) -> Result<(), SamlError> {
    let bad = |why: &str| SamlError::InvalidSignature(why.to_owned());
    if !xml::is(signature, NS_DSIG, "Signature") {
        return Err(bad("Signature element outside the XML Signature namespace"));
    }
    let parent = signature
        .get_parent()
        .ok_or_else(|| bad("Signature without parent"))?;
    if parent.node_ptr() != response.node_ptr() && parent.node_ptr() != assertion.node_ptr() {
        return Err(bad("Signature is not on the Response or the Assertion"));
    }
    let parent_id = required_id(&parent)?;
    let signed_info =
        xml::child(signature, NS_DSIG, "SignedInfo")?.ok_or_else(|| bad("no SignedInfo"))?;
    let references = xml::children(&signed_info, NS_DSIG, "Reference");
    if references.len() != 1 {
        return Err(bad("SignedInfo must hold exactly one Reference"));
    }
    let reference = &references[0];
    if xml::attr(reference, "URI").as_deref() != Some(format!("#{parent_id}").as_str()) {
        return Err(bad("Reference URI is not the signed element's ID"));
    }
    let mut algorithms = Vec::new();
    if let Some(m) = xml::child(&signed_info, NS_DSIG, "SignatureMethod")? {
        algorithms.extend(xml::attr(&m, "Algorithm"));
    }
    if let Some(m) = xml::child(reference, NS_DSIG, "DigestMethod")? {
        algorithms.extend(xml::attr(&m, "Algorithm"));
    }
    if !allow_sha1
        && algorithms
            .iter()
            .any(|a| SHA1_ALGORITHMS.contains(&a.as_str()))
    {
        return Err(SamlError::Sha1Refused);
    }
    if let Some(transforms) = xml::child(reference, NS_DSIG, "Transforms")? {
        for t in transforms.get_child_elements() {
            let algorithm = xml::attr(&t, "Algorithm").unwrap_or_default();
            if !xml::is(&t, NS_DSIG, "Transform")
                || !ALLOWED_TRANSFORMS.contains(&algorithm.as_str())
            {
                return Err(bad("Transform not allowed"));
            }
        }
    }
    let digest =
        xml::child(reference, NS_DSIG, "DigestValue")?.ok_or_else(|| bad("no DigestValue"))?;
    for value in [digest, signature_value(signature)?] {
        if value
            .get_child_nodes()
            .iter()
            .any(|n| n.get_type() != Some(NodeType::TextNode))
        {
            return Err(bad("DigestValue or SignatureValue holds more than text"));
        }
    }
    Ok(())
}

fn signature_value(signature: &Node) -> Result<Node, SamlError> {
    xml::child(signature, NS_DSIG, "SignatureValue")?
        .ok_or_else(|| SamlError::InvalidSignature("no SignatureValue".into()))
}

/// Whether a signature that failed to verify carries a KeyInfo certificate we do not pin:
/// then the answer is "untrusted certificate" rather than "invalid signature". Only the code
/// differs; both refuse.
fn names_unpinned_certificate(signatures: &[Node], pinned: &[Vec<u8>]) -> bool {
    signatures.iter().any(|s| {
        xml::descendants_named(s, "X509Certificate")
            .iter()
            .any(|c| {
                certificate::certificate_der(&xml::text(c))
                    .map(|der| !pinned.contains(&der))
                    .unwrap_or(false)
            })
    })
}

fn check_response(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    response: &Node,
    expected_request_id: Option<&str>,
) -> Result<(), SamlError> {
    if xml::attr(response, "Destination").as_deref() != Some(sp.acs_url.as_str()) {
        return Err(SamlError::WrongDestination);
    }
    if let Some(issuer) = xml::child(response, NS_ASSERTION, "Issuer")?
        && xml::text(&issuer) != idp.entity_id
    {
        return Err(SamlError::WrongIssuer);
    }
    check_in_response_to(
        idp,
        xml::attr(response, "InResponseTo").as_deref(),
        expected_request_id,
    )
}

/// An empty InResponseTo counts as none: samlify, for one, writes `InResponseTo=""` into its
/// unsolicited responses (scripts/lib/samlify-idp.mjs). It never matches a pending request.
fn check_in_response_to(
    idp: &IdentityProvider,
    found: Option<&str>,
    expected: Option<&str>,
) -> Result<(), SamlError> {
    match (expected, found.filter(|id| !id.is_empty())) {
        (Some(want), Some(got)) if want == got => Ok(()),
        (Some(_), _) => Err(SamlError::InResponseTo),
        (None, Some(_)) => Err(SamlError::InResponseTo),
        (None, None) if idp.allow_idp_initiated => Ok(()),
        (None, None) => Err(SamlError::Unsolicited),
    }
}

fn timestamp(node: &Node, name: &str) -> Result<Option<i64>, SamlError> {
    let Some(value) = xml::attr(node, name) else {
        return Ok(None);
    };
    time::OffsetDateTime::parse(&value, &time::format_description::well_known::Rfc3339)
        .map(|t| Some(t.unix_timestamp()))
        .map_err(|_| SamlError::Malformed(format!("{name} is not an xs:dateTime with offset")))
}

fn read_assertion(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    assertion: &Node,
    expected_request_id: Option<&str>,
    now: i64,
) -> Result<Assertion, SamlError> {
    let skew = idp.clock_skew_seconds;
    if xml::attr(assertion, "Version").as_deref() != Some("2.0") {
        return Err(SamlError::Malformed("Assertion Version is not 2.0".into()));
    }
    let issuer = xml::child(assertion, NS_ASSERTION, "Issuer")?
        .map(|i| xml::text(&i))
        .ok_or(SamlError::WrongIssuer)?;
    if issuer != idp.entity_id {
        return Err(SamlError::WrongIssuer);
    }

    // Conditions: audience required, validity window with skew.
    let conditions =
        xml::child(assertion, NS_ASSERTION, "Conditions")?.ok_or(SamlError::WrongAudience)?;
    if let Some(not_before) = timestamp(&conditions, "NotBefore")?
        && now + skew < not_before
    {
        return Err(SamlError::NotYetValid);
    }
    let conditions_end = timestamp(&conditions, "NotOnOrAfter")?;
    if let Some(end) = conditions_end
        && now >= end + skew
    {
        return Err(SamlError::Expired);
    }
    let restrictions = xml::children(&conditions, NS_ASSERTION, "AudienceRestriction");
    if restrictions.is_empty() {
        return Err(SamlError::WrongAudience);
    }
    for restriction in &restrictions {
        let ok = xml::children(restriction, NS_ASSERTION, "Audience")
            .iter()
            .map(xml::text)
            .any(|a| a == sp.entity_id || idp.extra_audiences.contains(&a));
        if !ok {
            return Err(SamlError::WrongAudience);
        }
    }

    // Subject: NameID and one satisfied bearer confirmation.
    let subject = xml::child(assertion, NS_ASSERTION, "Subject")?
        .ok_or_else(|| SamlError::NoSubject("no Subject".into()))?;
    let name_id_node = xml::child(&subject, NS_ASSERTION, "NameID")?
        .ok_or_else(|| SamlError::NoSubject("no NameID".into()))?;
    let name_id = xml::text(&name_id_node);
    if name_id.is_empty() {
        return Err(SamlError::NoSubject("empty NameID".into()));
    }
    let bearers: Vec<Node> = xml::children(&subject, NS_ASSERTION, "SubjectConfirmation")
        .into_iter()
        .filter(|c| xml::attr(c, "Method").as_deref() == Some(CM_BEARER))
        .collect();
    if bearers.is_empty() {
        return Err(SamlError::NoSubject("no bearer SubjectConfirmation".into()));
    }
    let mut first_error = None;
    let mut confirmed = None;
    for bearer in &bearers {
        match check_bearer(sp, idp, bearer, expected_request_id, now) {
            Ok(c) => {
                confirmed = Some(c);
                break;
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    let (confirmation_end, in_response_to) = match (confirmed, first_error) {
        (Some(c), _) => c,
        (None, Some(e)) => return Err(e),
        (None, None) => return Err(SamlError::NoSubject("no bearer confirmation".into())),
    };

    let authn = xml::children(assertion, NS_ASSERTION, "AuthnStatement")
        .into_iter()
        .next();
    let mut session_index = None;
    let mut authn_context_class = None;
    if let Some(statement) = &authn {
        if let Some(end) = timestamp(statement, "SessionNotOnOrAfter")?
            && now >= end + skew
        {
            return Err(SamlError::Expired);
        }
        session_index = xml::attr(statement, "SessionIndex");
        authn_context_class = match xml::child(statement, NS_ASSERTION, "AuthnContext")? {
            Some(ctx) => {
                xml::child(&ctx, NS_ASSERTION, "AuthnContextClassRef")?.map(|c| xml::text(&c))
            }
            None => None,
        };
    }

    let mut attributes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for statement in xml::children(assertion, NS_ASSERTION, "AttributeStatement") {
        for attribute in xml::children(&statement, NS_ASSERTION, "Attribute") {
            let Some(name) = xml::attr(&attribute, "Name") else {
                continue;
            };
            let values = attributes.entry(name).or_default();
            for value in xml::children(&attribute, NS_ASSERTION, "AttributeValue") {
                values.push(xml::text(&value));
            }
        }
    }

    Ok(Assertion {
        id: required_id(assertion)?,
        issuer,
        name_id,
        name_id_format: xml::attr(&name_id_node, "Format"),
        session_index,
        not_on_or_after: conditions_end.map_or(confirmation_end, |c| c.min(confirmation_end)),
        attributes,
        authn_context_class,
        in_response_to,
    })
}

/// Checks one bearer SubjectConfirmation; returns its NotOnOrAfter and InResponseTo.
fn check_bearer(
    sp: &ServiceProvider,
    idp: &IdentityProvider,
    bearer: &Node,
    expected_request_id: Option<&str>,
    now: i64,
) -> Result<(i64, Option<String>), SamlError> {
    let data = xml::child(bearer, NS_ASSERTION, "SubjectConfirmationData")?
        .ok_or_else(|| SamlError::NoSubject("no SubjectConfirmationData".into()))?;
    if xml::attr(&data, "Recipient").as_deref() != Some(sp.acs_url.as_str()) {
        return Err(SamlError::WrongRecipient);
    }
    let end = timestamp(&data, "NotOnOrAfter")?.ok_or(SamlError::Expired)?;
    if now >= end + idp.clock_skew_seconds {
        return Err(SamlError::Expired);
    }
    if let Some(not_before) = timestamp(&data, "NotBefore")?
        && now + idp.clock_skew_seconds < not_before
    {
        return Err(SamlError::NotYetValid);
    }
    let in_response_to = xml::attr(&data, "InResponseTo").filter(|id| !id.is_empty());
    check_in_response_to(idp, in_response_to.as_deref(), expected_request_id)?;
    Ok((end, in_response_to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idp(allow_idp_initiated: bool) -> IdentityProvider {
        IdentityProvider {
            allow_idp_initiated,
            ..IdentityProvider::new("https://idp".into(), "https://idp/sso".into(), vec![])
        }
    }

    #[test]
    fn an_empty_in_response_to_is_unsolicited_and_matches_no_request() {
        assert_eq!(check_in_response_to(&idp(true), Some(""), None), Ok(()));
        assert_eq!(
            check_in_response_to(&idp(false), Some(""), None),
            Err(SamlError::Unsolicited)
        );
        assert_eq!(
            check_in_response_to(&idp(true), Some(""), Some("_req")),
            Err(SamlError::InResponseTo)
        );
        assert_eq!(
            check_in_response_to(&idp(true), Some("_req"), Some("_req")),
            Ok(())
        );
        assert_eq!(
            check_in_response_to(&idp(true), Some("_other"), None),
            Err(SamlError::InResponseTo)
        );
    }
}
