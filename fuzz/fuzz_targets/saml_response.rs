//! SAML responses through `verify_response` (server/domain/src/saml/response.rs), as posted to
//! the ACS by anyone. The first byte is a mode: bit 0 clear, the rest is the form field as
//! posted; set, the rest is an XML document the target base64-encodes (the seed corpus holds
//! the signed fixtures of testdata/saml/ that way, so mutations start from valid signatures).
//! Bit 1 allows IdP-initiated sign-in, bit 2 expects no request id. Whatever is accepted must
//! come from the pinned test IdP, answer the expected request and carry a subject.
#![no_main]

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gatehouse_domain::saml::{IdentityProvider, ServiceProvider, verify_response};
use libfuzzer_sys::fuzz_target;

const IDP_CERT: &str = include_str!("../../testdata/saml/keys/idp.crt.pem");
/// Inside the validity window of every fixture (testdata/saml/manifest.json).
const NOW: i64 = 1_767_225_630;
const REQUEST_ID: &str = "_req0123456789abcdef0123456789abcdef01";

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let sp = ServiceProvider {
        entity_id: "https://sp.gatehouse.test/saml/metadata".into(),
        acs_url: "https://sp.gatehouse.test/saml/acs".into(),
    };
    let mut idp = IdentityProvider::new(
        "https://idp.example.test/saml".into(),
        "https://idp.example.test/saml/sso".into(),
        vec![IDP_CERT.into()],
    );
    idp.allow_idp_initiated = mode & 2 != 0;
    let field = if mode & 1 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        STANDARD.encode(rest)
    };
    let expected = (mode & 4 == 0).then_some(REQUEST_ID);
    if let Ok(a) = verify_response(&sp, &idp, &field, expected, NOW) {
        assert_eq!(a.issuer, idp.entity_id);
        assert!(!a.name_id.is_empty());
        assert_eq!(a.in_response_to.as_deref(), expected);
    }
});
