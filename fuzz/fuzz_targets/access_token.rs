//! Access tokens through `verify_access_token` (sdk-core/src/verify.rs), the check every SDK
//! runs on every request. The first byte picks how the rest is used:
//! - even: the rest is the token text itself (malformed segments, base64, headers);
//! - odd: the rest is `header JSON \n payload JSON`, signed with the fixed key, so that
//!   inputs get past the signature and exercise the claim checks (sdk-core/src/claims.rs).
//!
//! Invariants beyond "never panics": an accepted token's claims name the expected issuer and
//! audience, and verification is deterministic.
#![no_main]

use gatehouse_core::verify_access_token;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let token = if mode % 2 == 0 {
        match std::str::from_utf8(rest) {
            Ok(text) => text.to_owned(),
            Err(_) => return,
        }
    } else {
        let split = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let (header, payload) = rest.split_at(split);
        gatehouse_fuzz::sign(header, payload.get(1..).unwrap_or_default())
    };
    let jwks = gatehouse_fuzz::jwks();
    let options = gatehouse_fuzz::options();
    let verdict = verify_access_token(&token, &jwks, &options);
    if let Ok(claims) = &verdict {
        assert_eq!(
            claims.get("iss").and_then(|v| v.as_str()),
            Some(gatehouse_fuzz::ISSUER)
        );
        let _ = (
            claims.organization_id(),
            claims.user_id(),
            claims.payload_json(),
        );
        let _ = serde_json::to_string(claims);
    }
    let again = verify_access_token(&token, &jwks, &options);
    assert_eq!(verdict.is_ok(), again.is_ok());
    if let (Err(first), Err(second)) = (&verdict, &again) {
        assert_eq!(first.code(), second.code());
    }
});
