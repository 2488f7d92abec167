//! Feeds arbitrary strings to `verify_access_token` with a real key set: it must return an
//! error (never accept, never panic) for anything the fuzzer makes up, and the JWKS parser
//! must survive arbitrary documents too.

#![no_main]

use std::sync::OnceLock;

use gatehouse_core::{Jwks, VerifyOptions, verify_access_token};
use libfuzzer_sys::fuzz_target;

const JWKS: &str = r#"{"keys":[
 {"kty":"OKP","crv":"Ed25519","kid":"ed-2026-01","alg":"EdDSA","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
 {"kty":"EC","crv":"P-256","kid":"es-2026-01","alg":"ES256",
  "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}"#;

fn setup() -> &'static (Jwks, VerifyOptions) {
    static SETUP: OnceLock<(Jwks, VerifyOptions)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let jwks = Jwks::from_json(JWKS).expect("fixed JWKS");
        let options = VerifyOptions::new("https://auth.example.com", "proj_01j9zqk3m4n5p6q7r8s9t0v1w2")
            .at(1_767_225_600);
        (jwks, options)
    })
}

fuzz_target!(|data: &[u8]| {
    let (jwks, options) = setup();
    if let Ok(token) = std::str::from_utf8(data) {
        assert!(verify_access_token(token, jwks, options).is_err());
    }
    let _ = Jwks::from_slice(data);
});
