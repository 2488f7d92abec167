//! Reading token JSON on the hot path. Each known member is kept as a borrowed slice of the
//! decoded segment (`&RawValue`) and parsed straight into its Rust type only when its check
//! runs; unknown members are skipped. Building a full JSON tree per token instead cost about as
//! much as all the other checks together.

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

/// `deserialize_with` for optional members: unlike `Option`'s own impl, it keeps an explicit
/// `null` as a present value, so `"nbf": null` is a mistyped claim rather than an absent one.
pub(crate) fn present<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(deserializer).map(Some)
}

/// Parses a JSON object into `T`, refusing other JSON values: serde's derived structs would
/// also accept an array of their fields, which is not a valid JWT header or payload.
pub(crate) fn parse_object<'a, T: Deserialize<'a>>(json: &'a [u8]) -> Option<T> {
    if json.trim_ascii_start().first() != Some(&b'{') {
        return None;
    }
    serde_json::from_slice(json).ok()
}

/// Parses a member's JSON into `T`; `None` when it has another type.
pub(crate) fn parse_member<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> Option<T> {
    serde_json::from_str(raw.get()).ok()
}
