//! The SAML module (server/domain/src/saml/) against responses from real identity-provider
//! libraries (pysaml2, samlify) and an attack corpus, all committed under testdata/saml/ by
//! scripts/generate-saml-fixtures with fixed timestamps; testdata/saml/manifest.json gives each
//! file's `now` and its expected outcome, an exact `saml_*` code or `ok`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gatehouse_domain::saml::{
    self, Assertion, AttributeMapping, IdentityProvider, SamlError, ServiceProvider,
};
use serde_json::Value;

fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/saml")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(testdata().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn manifest() -> Value {
    serde_json::from_str(&read("manifest.json")).expect("manifest.json")
}

fn sp() -> ServiceProvider {
    let m = manifest();
    ServiceProvider {
        entity_id: m["sp"]["entity_id"].as_str().expect("sp").to_owned(),
        acs_url: m["sp"]["acs_url"].as_str().expect("acs").to_owned(),
    }
}

fn idp() -> IdentityProvider {
    let m = manifest();
    IdentityProvider::new(
        m["idp"]["entity_id"].as_str().expect("idp").to_owned(),
        m["idp"]["sso_url"].as_str().expect("sso").to_owned(),
        vec![read(m["idp"]["certificate"].as_str().expect("cert"))],
    )
}

fn b64(xml: &str) -> String {
    STANDARD.encode(xml.as_bytes())
}

/// The manifest's request id, now and connection options applied to one case.
fn run_case(case: &Value) -> Result<Assertion, SamlError> {
    let mut idp = idp();
    idp.allow_sha1 = case["allow_sha1"].as_bool().unwrap_or(false);
    idp.allow_idp_initiated = case["allow_idp_initiated"].as_bool().unwrap_or(false);
    if let Some(extra) = case["extra_audiences"].as_array() {
        idp.extra_audiences = extra
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
    }
    let xml = read(case["file"].as_str().expect("file"));
    saml::verify_response(
        &sp(),
        &idp,
        &b64(&xml),
        case["request_id"].as_str(),
        case["now"].as_i64().expect("now"),
    )
}

fn case(file: &str) -> Value {
    manifest()["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|c| c["file"] == file)
        .unwrap_or_else(|| panic!("no case {file}"))
        .clone()
}

#[test]
fn every_fixture_has_its_expected_outcome() {
    let m = manifest();
    let cases = m["cases"].as_array().expect("cases");
    assert!(cases.len() >= 40, "the corpus shrank: {}", cases.len());
    let mut wrong = Vec::new();
    for c in cases {
        let expect = c["expect"].as_str().expect("expect");
        let got = match run_case(c) {
            Ok(a) => {
                if let Some(want) = c["name_id"].as_str()
                    && a.name_id != want
                {
                    wrong.push(format!(
                        "{}: name_id {:?}, want {want:?}",
                        c["file"], a.name_id
                    ));
                }
                "ok".to_owned()
            }
            Err(e) => {
                if expect != e.code() {
                    wrong.push(format!("{}: {e}", c["file"]));
                }
                e.code().to_owned()
            }
        };
        if got != expect {
            wrong.push(format!("{}: got {got}, want {expect}", c["file"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn peers_cover_response_assertion_and_both_signed() {
    for peer in ["pysaml2", "samlify"] {
        for shape in ["response-signed", "assertion-signed", "both-signed"] {
            let file = format!("peers/{peer}-{shape}.xml");
            let a = run_case(&case(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(a.issuer, idp().entity_id);
            assert_eq!(a.name_id, "alice@corp.example");
            assert_eq!(
                a.in_response_to.as_deref(),
                Some("_req0123456789abcdef0123456789abcdef01")
            );
            assert_eq!(
                a.not_on_or_after,
                manifest()["fixture_time"].as_i64().expect("t") + 300
            );
        }
    }
    let a = run_case(&case("peers/pysaml2-assertion-signed.xml")).expect("pysaml2");
    let p = saml::map_profile(&a, &AttributeMapping::generic());
    assert_eq!(p.email.as_deref(), Some("alice@corp.example"));
    assert_eq!(p.name.as_deref(), Some("Alice Example"));
    assert!(!p.mfa);
}

#[test]
fn comment_injection_in_the_name_id_is_refused_not_truncated() {
    // The signature covers "victim@corp.example.evil.example" (canonicalisation drops the
    // comment); the verifier refuses documents with comments (server/domain/src/saml/xml.rs,
    // refuse_comments), so no caller ever sees "victim@corp.example".
    let e = run_case(&case("attacks/comment-in-nameid.xml")).expect_err("refused");
    assert_eq!(e.code(), "saml_invalid_signature");
    // Without the comment the same signature verifies, and the NameID is the whole text the
    // IdP signed.
    let c = case("attacks/comment-in-nameid.xml");
    let xml = read("attacks/comment-in-nameid.xml").replace("<!---->", "");
    let a = saml::verify_response(
        &sp(),
        &idp(),
        &b64(&xml),
        Some(REQ),
        c["now"].as_i64().expect("n"),
    )
    .expect("verified");
    assert_eq!(a.name_id, "victim@corp.example.evil.example");
}

#[test]
fn entra_claims_map_to_email_groups_and_mfa() {
    let a = run_case(&case("attacks/valid-entra-claims.xml")).expect("verified");
    let p = saml::map_profile(&a, &AttributeMapping::entra());
    assert_eq!(p.email.as_deref(), Some("alice@corp.example"));
    assert_eq!(p.name.as_deref(), Some("Alice Example"));
    assert_eq!(
        p.groups,
        [
            "8f1c2a8e-0000-4000-8000-000000000001",
            "8f1c2a8e-0000-4000-8000-000000000002"
        ]
    );
    assert!(p.mfa);
    // The same assertion read with the Okta preset finds none of Entra's claim URIs.
    let okta = saml::map_profile(&a, &AttributeMapping::okta());
    assert!(okta.groups.is_empty());
    // Entra's method references are read whatever the preset: the claim URI is unambiguous.
    assert!(okta.mfa);
    // ... but the NameID is an emailAddress, which is the email fallback.
    assert_eq!(okta.email.as_deref(), Some("alice@corp.example"));
}

#[test]
fn okta_preset_reads_short_attribute_names() {
    let a = run_case(&case("attacks/valid-assertion-signed.xml")).expect("verified");
    let p = saml::map_profile(&a, &AttributeMapping::okta());
    assert_eq!(p.name.as_deref(), Some("Alice Example"));
    assert_eq!(p.groups, ["engineering", "admins"]);
    assert_eq!(a.session_index.as_deref(), Some("_session1"));
    assert_eq!(
        a.authn_context_class.as_deref(),
        Some("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport")
    );
}

#[test]
fn no_pinned_certificate_is_refused_before_parsing() {
    let mut idp = idp();
    idp.certificates.clear();
    let xml = read("attacks/valid-assertion-signed.xml");
    let c = case("attacks/valid-assertion-signed.xml");
    let e = saml::verify_response(
        &sp(),
        &idp,
        &b64(&xml),
        Some(REQ),
        c["now"].as_i64().expect("now"),
    )
    .expect_err("refused");
    assert_eq!(e.code(), "saml_untrusted_certificate");
    idp.certificates = vec!["not a certificate".into()];
    let e = saml::verify_response(&sp(), &idp, &b64(&xml), Some(REQ), 0).expect_err("refused");
    assert_eq!(e.code(), "saml_invalid_certificate");
}

const REQ: &str = "_req0123456789abcdef0123456789abcdef01";

#[test]
fn a_rotated_certificate_list_verifies_with_either() {
    let mut idp = idp();
    idp.certificates.insert(
        0,
        read(manifest()["unpinned_certificate"].as_str().expect("c")),
    );
    let c = case("attacks/valid-response-signed.xml");
    let xml = read("attacks/valid-response-signed.xml");
    saml::verify_response(
        &sp(),
        &idp,
        &b64(&xml),
        Some(REQ),
        c["now"].as_i64().expect("now"),
    )
    .expect("second pinned certificate verifies");
}

#[test]
fn oversized_and_undecodable_input_is_refused() {
    let huge = "A".repeat(saml::MAX_RESPONSE_B64_BYTES + 4);
    let e = saml::verify_response(&sp(), &idp(), &huge, Some(REQ), 0).expect_err("refused");
    assert_eq!(e.code(), "saml_too_large");
    for bad in [
        "%%%not base64%%%",
        &STANDARD.encode([0xff, 0xfe, 0x00]),
        &b64("<a>"),
    ] {
        let e = saml::verify_response(&sp(), &idp(), bad, Some(REQ), 0).expect_err("refused");
        assert_eq!(e.code(), "saml_malformed", "{bad}");
    }
    // Well-formed except for what follows the root: libxml2 would recover, we refuse.
    let signed = read("attacks/valid-assertion-signed.xml");
    for broken in [
        format!("{signed}<x>"),
        signed.replacen("</saml:Issuer>", "</saml:Issue>", 1),
    ] {
        let e = saml::verify_response(&sp(), &idp(), &b64(&broken), Some(REQ), 1_767_225_630)
            .expect_err("refused");
        assert_eq!(e.code(), "saml_malformed", "{e}");
    }
    let utf16 = b64("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>");
    let e = saml::verify_response(&sp(), &idp(), &utf16, Some(REQ), 0).expect_err("refused");
    assert_eq!(e.code(), "saml_malformed");
}

#[test]
fn clock_skew_is_bounded_and_applied() {
    let c = case("attacks/valid-assertion-signed.xml");
    let xml = read("attacks/valid-assertion-signed.xml");
    let end = manifest()["fixture_time"].as_i64().expect("t") + 300;
    let mut idp = idp();
    idp.clock_skew_seconds = 0;
    let e = saml::verify_response(&sp(), &idp, &b64(&xml), Some(REQ), end).expect_err("expired");
    assert_eq!(e.code(), "saml_expired");
    saml::verify_response(&sp(), &idp, &b64(&xml), Some(REQ), end - 1).expect("still valid");
    idp.clock_skew_seconds = -1;
    let e = saml::verify_response(
        &sp(),
        &idp,
        &b64(&xml),
        Some(REQ),
        c["now"].as_i64().expect("n"),
    )
    .expect_err("refused");
    assert_eq!(e.code(), "saml_invalid_configuration");
}

#[test]
fn authn_request_is_a_deflated_redirect_without_requested_authn_context() {
    let idp = idp();
    let r = saml::authn_request(&sp(), &idp, "state-123", 1_767_225_600).expect("request");
    assert!(r.id.starts_with('_') && r.id.len() == 41, "{}", r.id);
    let url = url::Url::parse(&r.redirect_url).expect("url");
    assert_eq!(
        format!(
            "{}://{}{}",
            url.scheme(),
            url.host_str().expect("h"),
            url.path()
        ),
        idp.sso_url
    );
    let q: BTreeMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(q.get("RelayState").map(String::as_str), Some("state-123"));
    let xml = saml::decode_redirect_request(&q["SAMLRequest"]).expect("inflate");
    assert!(xml.contains(&format!("ID=\"{}\"", r.id)), "{xml}");
    assert!(
        xml.contains(&format!("Destination=\"{}\"", idp.sso_url)),
        "{xml}"
    );
    assert!(
        xml.contains(&format!("AssertionConsumerServiceURL=\"{}\"", sp().acs_url)),
        "{xml}"
    );
    assert!(xml.contains(&sp().entity_id), "{xml}");
    assert!(xml.contains("2026-01-01T00:00:00"), "{xml}");
    assert!(!xml.contains("RequestedAuthnContext"), "{xml}");
    let other = saml::authn_request(&sp(), &idp, "", 0).expect("request");
    assert_ne!(other.id, r.id);
    let e = saml::authn_request(&sp(), &idp, &"x".repeat(81), 0).expect_err("too long");
    assert_eq!(e.code(), "saml_invalid_configuration");
}

#[test]
fn deflate_bombs_on_the_redirect_binding_are_cut_off() {
    use std::io::Write;
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b'a'; saml::MAX_INFLATED_BYTES * 8])
        .expect("deflate");
    let bomb = STANDARD.encode(enc.finish().expect("deflate"));
    let e = saml::decode_redirect_request(&bomb).expect_err("refused");
    assert_eq!(e.code(), "saml_too_large");
}

const IDP_METADATA: &str = r#"<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.test/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{OTHER_CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{IDP_CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.test/saml/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"#;

fn bare(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

#[test]
fn idp_metadata_yields_entity_redirect_sso_and_signing_certificates() {
    let idp_cert = read("keys/idp.crt.pem");
    let other = read("keys/other.crt.pem");
    let xml = IDP_METADATA
        .replace("{IDP_CERT}", &bare(&idp_cert))
        .replace("{OTHER_CERT}", &bare(&other));
    let m = saml::parse_idp_metadata(&xml).expect("metadata");
    assert_eq!(m.entity_id, "https://idp.example.test/saml");
    assert_eq!(m.sso_url, "https://idp.example.test/saml/sso");
    assert_eq!(
        m.certificates,
        [saml::validate_certificate(&idp_cert).expect("pem")]
    );
    // A connection made from it verifies the fixtures.
    let c = case("attacks/valid-assertion-signed.xml");
    let from_metadata = IdentityProvider::from_metadata(m);
    saml::verify_response(
        &sp(),
        &from_metadata,
        &b64(&read("attacks/valid-assertion-signed.xml")),
        Some(REQ),
        c["now"].as_i64().expect("now"),
    )
    .expect("verified with the metadata's certificate");

    for (bad, code) in [
        ("<x/>", "saml_invalid_metadata"),
        ("not xml", "saml_invalid_metadata"),
        ("<!DOCTYPE x><x/>", "saml_doctype"),
        (
            &xml.replace("HTTP-Redirect", "SOAP"),
            "saml_invalid_metadata",
        ),
        (
            &xml.replace("use=\"signing\"", "use=\"encryption\""),
            "saml_invalid_metadata",
        ),
        (
            &IDP_METADATA.replace("{IDP_CERT}", "bm90IGEgY2VydA=="),
            "saml_invalid_certificate",
        ),
    ] {
        let e = saml::parse_idp_metadata(bad).expect_err(bad);
        assert_eq!(e.code(), code, "{bad}");
    }
}

#[test]
fn certificates_are_normalised_and_checked() {
    let pem = read("keys/idp.crt.pem");
    let normalised = saml::validate_certificate(&pem).expect("pem");
    assert_eq!(
        saml::validate_certificate(&bare(&pem)).expect("b64"),
        normalised
    );
    assert!(normalised.starts_with("-----BEGIN CERTIFICATE-----\n"));
    for bad in [
        "",
        "bm90IGEgY2VydA==",
        "-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----",
    ] {
        assert_eq!(
            saml::validate_certificate(bad).expect_err(bad).code(),
            "saml_invalid_certificate"
        );
    }
    let two = format!("{pem}{pem}");
    assert_eq!(
        saml::validate_certificate(&two).expect_err("two").code(),
        "saml_invalid_certificate"
    );
}

#[test]
fn sp_metadata_round_trips_through_a_metadata_parser() {
    let xml = saml::sp_metadata(&sp()).expect("metadata");
    assert!(
        xml.contains("entityID=\"https://sp.gatehouse.test/saml/metadata\""),
        "{xml}"
    );
    assert!(
        xml.contains("Location=\"https://sp.gatehouse.test/saml/acs\""),
        "{xml}"
    );
    assert!(xml.contains(saml::BINDING_HTTP_POST), "{xml}");
    assert!(xml.contains("WantAssertionsSigned=\"true\""), "{xml}");
    // Well-formed, and an SP's metadata is not mistaken for an IdP's.
    let e = saml::parse_idp_metadata(&xml).expect_err("not an IdP");
    assert_eq!(e.to_string(), "invalid SAML metadata: no IDPSSODescriptor");
}

#[test]
fn every_code_is_prefixed_and_unique() {
    let mut seen = std::collections::BTreeSet::new();
    for code in SamlError::CODES {
        assert!(code.starts_with("saml_"), "{code}");
        assert!(seen.insert(code), "duplicate {code}");
    }
}

#[test]
fn a_response_for_one_connection_does_not_pass_for_another() {
    let xml = read("attacks/valid-assertion-signed.xml");
    let now = case("attacks/valid-assertion-signed.xml")["now"]
        .as_i64()
        .expect("now");
    // Another organization's connection: its own IdP entity and certificate.
    let other_idp = IdentityProvider::new(
        "https://idp.other-tenant.example/saml".into(),
        "https://idp.other-tenant.example/sso".into(),
        vec![read("keys/other.crt.pem")],
    );
    let e = saml::verify_response(&sp(), &other_idp, &b64(&xml), Some(REQ), now).expect_err("no");
    assert_eq!(e.code(), "saml_untrusted_certificate");
    // The same IdP and certificate, configured for another project's service provider.
    let other_sp = ServiceProvider {
        entity_id: "https://other-project.gatehouse.test/saml/metadata".into(),
        acs_url: "https://other-project.gatehouse.test/saml/acs".into(),
    };
    let e = saml::verify_response(&other_sp, &idp(), &b64(&xml), Some(REQ), now).expect_err("no");
    assert_eq!(e.code(), "saml_wrong_destination");
    // Same ACS URL but another entity id: the audience does not name it.
    let other_entity = ServiceProvider {
        entity_id: other_sp.entity_id,
        acs_url: sp().acs_url,
    };
    let e =
        saml::verify_response(&other_entity, &idp(), &b64(&xml), Some(REQ), now).expect_err("no");
    assert_eq!(e.code(), "saml_wrong_audience");
}
