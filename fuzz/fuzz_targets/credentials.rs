//! Keys as they arrive from configuration and requests: publishable keys
//! (sdk-core/src/publishable_key.rs), API keys and their checksum (sdk-core/src/api_key.rs),
//! the credential a request carries (sdk-core/src/credentials.rs), the server's answer about
//! an API key, and the server's own secret-key shape check (server/domain/src/secrets.rs).
//!
//! The input is up to six lines: method, `Authorization`, `Cookie`, `Origin`,
//! `Access-Control-Request-Method`, and a server answer (two status bytes, then the body). The
//! whole input is also tried as each kind of key.
#![no_main]

use gatehouse_core::{
    Credential, PublishableKey, RequestCredential, RequestParts, ServerAnswer, format_api_key,
    is_well_formed_api_key, request_credential,
};
use libfuzzer_sys::fuzz_target;

fn keys(text: &str) {
    if let Ok(key) = PublishableKey::parse(text) {
        // The encoding is canonical: rebuilding the key from its parts gives the same text.
        let rebuilt = PublishableKey::new(key.issuer(), key.project_id(), key.is_live());
        assert_eq!(rebuilt.as_ref().map(PublishableKey::as_str), Ok(text));
        assert!(key.jwks_url().ends_with("/.well-known/jwks.json"));
    }
    if is_well_formed_api_key(text) {
        let secret = text.get(7..39).unwrap_or_default();
        assert_eq!(format_api_key(secret).as_deref(), Some(text));
    }
    if let Some(key) = format_api_key(text) {
        assert!(is_well_formed_api_key(&key));
    }
    match Credential::classify(text) {
        Ok(Credential::ApiKey(value)) => assert!(value.starts_with("gh_key_")),
        Ok(Credential::AccessToken(value)) => assert_eq!(value, text),
        Err(_) => assert!(text.is_empty()),
    }
    let _ = gatehouse_domain::secrets::looks_like_secret_key(text);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    keys(text);
    let mut lines = text.splitn(6, '\n');
    let method = lines.next().unwrap_or_default();
    let mut header = || lines.next().filter(|value| !value.is_empty());
    let parts = RequestParts {
        method,
        authorization: header(),
        cookie: header(),
        origin: header(),
        access_control_request_method: header(),
    };
    if let Ok(RequestCredential::Credential(credential)) = request_credential(&parts) {
        assert!(!credential.as_str().is_empty());
        keys(credential.as_str());
    }
    if let Some(answer) = lines.next() {
        let bytes = answer.as_bytes();
        let status = bytes
            .get(..2)
            .map_or(0, |pair| u16::from_be_bytes([pair[0], pair[1]]) % 600);
        let body = bytes.get(2..).unwrap_or_default().to_vec();
        let verdict = ServerAnswer::Response { status, body }.api_key_verdict();
        if verdict.result.is_ok() {
            assert!((200..300).contains(&status));
        }
    }
});
