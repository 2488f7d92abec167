//! What a customer's OpenID Provider sends the relying party (server/domain/src/federation/):
//! the first byte picks the parser, the rest is its input. A discovery document through
//! `parse_metadata` (accepted only with the configured issuer), a JWKS through `parse_jwks`
//! (never a symmetric key), an ID token's header through `check_header` (never `none` or
//! `HS*`, only an advertised algorithm) and claims through `check_claims` (accepted only for
//! our issuer, audience and nonce at the fixed time). No network: the parsers are pure.
#![no_main]

use gatehouse_domain::federation::{ProviderMetadata, discovery, id_token, jwks};
use libfuzzer_sys::fuzz_target;

const ISSUER: &str = "https://idp.example";
const CLIENT: &str = "client";
const NONCE: &str = "nonce";
const NOW: i64 = 1_767_225_600;

fn metadata() -> ProviderMetadata {
    ProviderMetadata {
        issuer: ISSUER.to_owned(),
        authorization_endpoint: format!("{ISSUER}/auth"),
        token_endpoint: format!("{ISSUER}/token"),
        jwks_uri: format!("{ISSUER}/jwks"),
        userinfo_endpoint: None,
        id_token_signing_alg_values_supported: vec!["RS256".to_owned(), "ES256".to_owned(), "HS256".to_owned(), "none".to_owned()],
        token_endpoint_auth_methods_supported: Vec::new(),
        code_challenge_methods_supported: Vec::new(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, input)) = data.split_first() else {
        return;
    };
    match selector % 4 {
        0 => {
            let Ok(document) = serde_json::from_slice::<serde_json::Value>(input) else {
                return;
            };
            if let Ok(parsed) = discovery::parse_metadata(&document, ISSUER, selector & 4 != 0) {
                assert_eq!(parsed.issuer, ISSUER);
                assert!(!parsed.id_token_signing_alg_values_supported.is_empty());
            }
        }
        1 => {
            let Ok(document) = serde_json::from_slice::<serde_json::Value>(input) else {
                return;
            };
            if let Ok(keys) = jwks::parse_jwks(&document) {
                let listed = document["keys"].as_array().map_or(0, Vec::len);
                assert!(keys.len() <= listed);
            }
        }
        2 => {
            let Ok(token) = std::str::from_utf8(input) else {
                return;
            };
            if let Ok(header) = id_token::check_header(token, &metadata()) {
                let alg = format!("{:?}", header.alg);
                assert!(alg == "RS256" || alg == "ES256", "{alg} accepted");
            }
        }
        _ => {
            let Ok(claims) = serde_json::from_slice::<serde_json::Value>(input) else {
                return;
            };
            if id_token::check_claims(&claims, &metadata(), CLIENT, NONCE, NOW).is_ok() {
                assert_eq!(claims["iss"], ISSUER);
                assert_eq!(claims["nonce"], NONCE);
            }
        }
    }
});
