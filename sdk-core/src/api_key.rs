//! API keys: their format, shared by the server that issues keys and every SDK that receives
//! them, so a mistyped or truncated key is rejected offline, without a server round trip; and
//! what the server's answer about a key means ([`ServerAnswer::api_key_verdict`]), decided
//! here without I/O so every SDK reads the same answer the same way.
//!
//! A key is `gh_key_` + 32 base62 characters of secret (about 190 bits) + 6 base62
//! characters of CRC-32 over everything before them. The checksum is not a security
//! measure (anyone can compute it); it lets SDKs, secret scanners and people tell a real
//! key from a typo. Base62 keeps the key one "word" that double-click selects whole.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::AuthError;
use crate::credentials::API_KEY_PREFIX;
use crate::json::{parse_member, parse_object, present};

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

/// CRC-32 (ISO-HDLC, the zlib one), computed bit by bit: keys are short, and lookup tables
/// would cost more module size than they save time.
const CRC32: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

fn checksum(body: &str) -> String {
    base62_fixed(u64::from(CRC32.checksum(body.as_bytes())), CHECKSUM_CHARS)
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

/// An API key the server vouched for: the organization it belongs to and what it may do.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiKeyGrant {
    /// The key's id (`key_...`), never the secret.
    pub api_key_id: String,
    /// The organization (tenant) the key belongs to.
    pub organization_id: String,
    /// Roles granted to the key.
    pub roles: Vec<String>,
    /// Permissions granted to the key, expanded from its roles.
    pub actions: Vec<String>,
}

/// What the server's `POST /v1/authenticate` said about an API key, or that it said nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerAnswer {
    /// No HTTP answer: the connection failed, timed out, or the body could not be read. The
    /// reason is for logs.
    NoAnswer(String),
    /// The status and the body (at most a bounded size, read by the caller).
    Response {
        /// The HTTP status.
        status: u16,
        /// The response body.
        body: Vec<u8>,
    },
}

/// The meaning of a [`ServerAnswer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyVerdict {
    /// The key's grant, or why it is refused.
    pub result: Result<ApiKeyGrant, AuthError>,
    /// Whether the verdict says something lasting about the key, so it may be reused for a
    /// while: acceptances and refusals may; lockouts and outages may not.
    pub cacheable: bool,
}

/// The members of the server's answers that the verdict reads, as unparsed JSON, read the way
/// the verifier reads tokens (see [`crate::json`]): the browser module shares one JSON reader
/// instead of linking a second one for this.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Answer<'a> {
    #[serde(borrow, deserialize_with = "present")]
    kind: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    organization_id: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    api_key_id: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    roles: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    actions: Option<&'a RawValue>,
    #[serde(borrow, deserialize_with = "present")]
    code: Option<&'a RawValue>,
}

impl Answer<'_> {
    fn text(member: Option<&RawValue>) -> Option<String> {
        member.and_then(parse_member::<String>)
    }

    /// A list that may be absent (empty) but must be a list of strings when present.
    fn list(member: Option<&RawValue>) -> Option<Vec<String>> {
        match member {
            None => Some(Vec::new()),
            Some(raw) => parse_member(raw),
        }
    }

    /// The grant of a `200` answer, or `None` when it is not one.
    fn grant(&self) -> Option<Result<ApiKeyGrant, AuthError>> {
        let kind = Answer::text(self.kind)?;
        if kind != "api_key" {
            return Some(Err(AuthError::InvalidApiKey));
        }
        Some(Ok(ApiKeyGrant {
            api_key_id: Answer::text(self.api_key_id)?,
            organization_id: Answer::text(self.organization_id)?,
            roles: Answer::list(self.roles)?,
            actions: Answer::list(self.actions)?,
        }))
    }
}

impl ServerAnswer {
    /// What the answer means for the API key that was sent:
    ///
    /// - no answer, a `5xx`, any other unexpected status or an unreadable `200` body:
    ///   `server_unavailable` (not cached); so is a `401 invalid_secret_key`, which blames our
    ///   own configuration, not the caller;
    /// - `200` for a credential of another `kind` than `api_key`: `invalid_api_key` (the
    ///   server only vouches for `gh_key_` values as keys, and anything else would make
    ///   `user_id()` and friends lie);
    /// - any other `401`: `invalid_api_key`, cached like an acceptance;
    /// - `429` (the server locked the key prefix after repeated failures): `invalid_api_key`
    ///   for now, not cached.
    pub fn api_key_verdict(&self) -> ApiKeyVerdict {
        let (status, body) = match self {
            ServerAnswer::NoAnswer(reason) => {
                return passing(AuthError::ServerUnavailable(reason.clone()));
            }
            ServerAnswer::Response { status, body } => (*status, body.as_slice()),
        };
        let answer: Answer<'_> = parse_object(body).unwrap_or_default();
        match status {
            200..=299 => match answer.grant() {
                Some(result) => ApiKeyVerdict {
                    result,
                    cacheable: true,
                },
                None => passing(AuthError::ServerUnavailable(
                    "unexpected authenticate response".into(),
                )),
            },
            401 => {
                if Answer::text(answer.code).as_deref() == Some("invalid_secret_key") {
                    passing(AuthError::ServerUnavailable(
                        "the server refused the secret key used to check API keys".into(),
                    ))
                } else {
                    lasting(AuthError::InvalidApiKey)
                }
            }
            429 => passing(AuthError::InvalidApiKey),
            _ => passing(AuthError::ServerUnavailable(format!(
                "the authenticate endpoint answered {status}"
            ))),
        }
    }
}

fn lasting(error: AuthError) -> ApiKeyVerdict {
    ApiKeyVerdict {
        result: Err(error),
        cacheable: true,
    }
}

fn passing(error: AuthError) -> ApiKeyVerdict {
    ApiKeyVerdict {
        result: Err(error),
        cacheable: false,
    }
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
