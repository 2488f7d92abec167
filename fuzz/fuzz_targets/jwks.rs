//! JWKS documents through `Jwks::from_slice` (sdk-core/src/jwks.rs), as fetched from an issuer
//! (or from anything answering at its address). A parsed set is then used to verify a token
//! signed by the fixed key, which reaches key decoding and signature checks with whatever
//! keys the document held; only the fixed key may make that token valid.
#![no_main]

use gatehouse_core::{Jwks, verify_access_token};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(jwks) = Jwks::from_slice(data) else {
        return;
    };
    assert_eq!(jwks.key_ids().count(), jwks.len());
    assert_eq!(jwks.is_empty(), jwks.len() == 0);
    let token = gatehouse_fuzz::valid_token();
    if verify_access_token(&token, &jwks, &gatehouse_fuzz::options()).is_ok() {
        assert!(jwks.key_ids().any(|kid| kid == gatehouse_fuzz::KID));
    }
});
