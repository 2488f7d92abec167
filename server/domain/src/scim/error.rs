//! Refusals of SCIM requests (RFC 7644 §3.12): the status and the `scimType` an answer
//! carries, as data, so that the domain decides them and the HTTP layer only renders them
//! (`server/http/src/scim/error.rs`).

use gatehouse_storage::scim::filter::FilterError;
use gatehouse_storage::scim::schema::InvalidValue;

/// `scimType` values (RFC 7644 §3.12, Table 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScimType {
    /// The filter cannot be parsed or names what cannot be filtered.
    InvalidFilter,
    /// More operations or results than the server allows.
    TooMany,
    /// A value that must be unique is taken.
    Uniqueness,
    /// An attribute that cannot be changed.
    Mutability,
    /// The request body cannot be read as its schema.
    InvalidSyntax,
    /// A PATCH path that is malformed or names nothing changeable.
    InvalidPath,
    /// A PATCH path or filter that matched nothing.
    NoTarget,
    /// A value of the wrong type, or missing where required.
    InvalidValue,
    /// A protocol version the server does not speak.
    InvalidVers,
    /// Information that must not travel in a URI.
    Sensitive,
}

impl ScimType {
    /// The value written as `scimType`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidFilter => "invalidFilter",
            Self::TooMany => "tooMany",
            Self::Uniqueness => "uniqueness",
            Self::Mutability => "mutability",
            Self::InvalidSyntax => "invalidSyntax",
            Self::InvalidPath => "invalidPath",
            Self::NoTarget => "noTarget",
            Self::InvalidValue => "invalidValue",
            Self::InvalidVers => "invalidVers",
            Self::Sensitive => "sensitive",
        }
    }
}

/// A SCIM request the domain refuses: the HTTP status, the `scimType` (when one applies) and
/// a detail for the caller. Never an internal failure; those stay `anyhow` errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{detail}")]
pub struct ScimRefusal {
    /// HTTP status code (400 for every refusal of a request's content).
    pub status: u16,
    /// `scimType`.
    pub scim_type: Option<ScimType>,
    /// Human text.
    pub detail: String,
}

impl ScimRefusal {
    /// 400 with a `scimType`.
    pub fn bad_request(scim_type: ScimType, detail: impl Into<String>) -> Self {
        Self {
            status: 400,
            scim_type: Some(scim_type),
            detail: detail.into(),
        }
    }
}

/// Result of SCIM request logic.
pub type ScimResult<T> = Result<T, ScimRefusal>;

impl From<FilterError> for ScimRefusal {
    fn from(err: FilterError) -> Self {
        Self::bad_request(ScimType::InvalidFilter, err.0)
    }
}

impl From<InvalidValue> for ScimRefusal {
    fn from(err: InvalidValue) -> Self {
        Self::bad_request(ScimType::InvalidValue, err.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scim_types_are_spelled_as_rfc_7644_table_9() {
        let all = [
            (ScimType::InvalidFilter, "invalidFilter"),
            (ScimType::TooMany, "tooMany"),
            (ScimType::Uniqueness, "uniqueness"),
            (ScimType::Mutability, "mutability"),
            (ScimType::InvalidSyntax, "invalidSyntax"),
            (ScimType::InvalidPath, "invalidPath"),
            (ScimType::NoTarget, "noTarget"),
            (ScimType::InvalidValue, "invalidValue"),
            (ScimType::InvalidVers, "invalidVers"),
            (ScimType::Sensitive, "sensitive"),
        ];
        for (scim_type, name) in all {
            assert_eq!(scim_type.as_str(), name);
        }
        let refusal = ScimRefusal::from(FilterError("bad".to_owned()));
        assert_eq!(
            (refusal.status, refusal.scim_type),
            (400, Some(ScimType::InvalidFilter))
        );
    }
}
