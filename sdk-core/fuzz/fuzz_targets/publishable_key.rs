//! Feeds arbitrary strings to `PublishableKey::parse`: it must never panic, and every key it
//! accepts must satisfy the documented format.

#![no_main]

use gatehouse_core::PublishableKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(key) = PublishableKey::parse(text) {
        assert!(key.issuer().starts_with("https://") || (!key.is_live() && key.issuer().starts_with("http://")));
        assert!(!key.issuer().contains(['#', '?']));
        assert!(key.project_id().starts_with("proj_") && key.project_id().len() == 31);
        assert_eq!(PublishableKey::parse(key.as_str()).as_ref(), Ok(&key));
    }
});
