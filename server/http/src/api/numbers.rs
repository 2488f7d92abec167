//! Integers of JSON bodies as the OpenAPI document counts them: its `type: integer` (JSON
//! Schema) takes `3600.0` as the integer 3600, while serde's `i64` refuses it. These
//! deserializers accept both spellings and still refuse fractions, values beyond `i64`, and
//! anything that is not a number.

use serde::de::{Deserialize, Deserializer, Error};

fn whole<E: Error>(number: &serde_json::Number) -> Result<i64, E> {
    if let Some(value) = number.as_i64() {
        return Ok(value);
    }
    // 2^63 is exactly representable; every f64 in [-2^63, 2^63) with no fraction fits i64.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    match number.as_f64() {
        Some(value) if value.fract() == 0.0 && (-LIMIT..LIMIT).contains(&value) => Ok(value as i64),
        _ => Err(E::custom(format!(
            "invalid value: {number}, expected an integer"
        ))),
    }
}

/// An optional integer (`null` or absent is `None`).
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Option::<serde_json::Number>::deserialize(deserializer)?
        .map(|number| whole(&number))
        .transpose()
}

/// [`optional`] that also tells an explicit `null` from an absent field, like
/// [`super::present`]: `Some(None)` for `null`, `None` (by `#[serde(default)]`) when absent.
pub fn present_optional<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<i64>>, D::Error> {
    optional(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Body {
        #[serde(default, deserialize_with = "super::optional")]
        value: Option<i64>,
    }

    fn parse(json: &str) -> Option<Option<i64>> {
        serde_json::from_str::<Body>(json).ok().map(|b| b.value)
    }

    #[test]
    fn whole_numbers_in_either_spelling() {
        assert_eq!(parse(r#"{"value": 3600}"#), Some(Some(3600)));
        assert_eq!(parse(r#"{"value": 3600.0}"#), Some(Some(3600)));
        assert_eq!(parse(r#"{"value": -1e3}"#), Some(Some(-1000)));
        assert_eq!(parse(r#"{"value": null}"#), Some(None));
        assert_eq!(parse(r#"{}"#), Some(None));
        for refused in [
            r#"{"value": 1.5}"#,
            r#"{"value": 1e300}"#,
            r#"{"value": 9223372036854775808}"#,
            r#"{"value": "1"}"#,
            r#"{"value": true}"#,
        ] {
            assert_eq!(parse(refused), None, "{refused} accepted");
        }
    }
}
