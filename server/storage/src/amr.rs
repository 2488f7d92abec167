//! Authentication methods (the `amr` claim, RFC 8176) as a type: what a sign-in proved, stored
//! with flows, hosted-login sessions, authorization codes and token sessions, and copied into
//! ID and access tokens. Stored as the JSON array of the RFC's names (`["pwd","otp","mfa"]`),
//! the same text the columns held when they were plain strings.

use std::fmt;

/// One method, with its RFC 8176 name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AuthMethod {
    /// `pwd`: a password.
    #[serde(rename = "pwd")]
    Password,
    /// `otp`: a one-time code — the code or link of an email (which also proves the address)
    /// or a TOTP code.
    #[serde(rename = "otp")]
    OneTimeCode,
    /// `mfa`: more than one factor was proved.
    #[serde(rename = "mfa")]
    MultiFactor,
    /// `sso`: the organization's identity provider (SAML or OpenID Connect) vouched for the
    /// person. Not an RFC 8176 name; documented in `docs/token-contract.md`.
    #[serde(rename = "sso")]
    Sso,
}

impl AuthMethod {
    /// The RFC 8176 name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Password => "pwd",
            Self::OneTimeCode => "otp",
            Self::MultiFactor => "mfa",
            Self::Sso => "sso",
        }
    }
}

impl fmt::Display for AuthMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The methods a sign-in proved, in the order they were proved, each at most once.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Amr(Vec<AuthMethod>);

impl Amr {
    /// A sign-in that proved one method.
    pub fn one(method: AuthMethod) -> Self {
        Self(vec![method])
    }

    /// Whether `method` was proved.
    pub fn contains(&self, method: AuthMethod) -> bool {
        self.0.contains(&method)
    }

    /// Adds `method` unless it is already there.
    pub fn add(&mut self, method: AuthMethod) {
        if !self.contains(method) {
            self.0.push(method);
        }
    }

    /// The first method proved (what the audit log records as the sign-in's method).
    pub fn first(&self) -> Option<AuthMethod> {
        self.0.first().copied()
    }

    /// Whether nothing was proved.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The methods in order.
    pub fn methods(&self) -> &[AuthMethod] {
        &self.0
    }

    /// The RFC 8176 names, for a token's `amr` claim.
    pub fn names(&self) -> Vec<&'static str> {
        self.0.iter().map(|m| m.as_str()).collect()
    }

    /// The column text (a JSON array of names).
    pub fn to_column(&self) -> String {
        let names: Vec<String> = self
            .0
            .iter()
            .map(|m| format!("\"{}\"", m.as_str()))
            .collect();
        format!("[{}]", names.join(","))
    }
}

impl TryFrom<String> for Amr {
    type Error = serde_json::Error;

    /// Reads the column text; a name this version does not know is an error, never dropped.
    fn try_from(text: String) -> Result<Self, Self::Error> {
        let methods: Vec<AuthMethod> = serde_json::from_str(&text)?;
        let mut amr = Self::default();
        for method in methods {
            amr.add(method);
        }
        Ok(amr)
    }
}

#[cfg(test)]
mod tests {
    use super::{Amr, AuthMethod};

    #[test]
    fn column_text_round_trips_and_matches_the_old_strings() {
        let mut amr = Amr::one(AuthMethod::Password);
        amr.add(AuthMethod::OneTimeCode);
        amr.add(AuthMethod::MultiFactor);
        amr.add(AuthMethod::OneTimeCode);
        assert_eq!(amr.to_column(), r#"["pwd","otp","mfa"]"#);
        assert_eq!(
            serde_json::to_string(&amr).ok().as_deref(),
            Some(r#"["pwd","otp","mfa"]"#)
        );
        assert_eq!(Amr::try_from(amr.to_column()).ok(), Some(amr));
        assert_eq!(Amr::try_from("[]".to_owned()).ok(), Some(Amr::default()));
    }

    #[test]
    fn unknown_or_malformed_names_are_refused() {
        for bad in [r#"["pwd","face"]"#, r#""pwd""#, "", "[1]"] {
            assert!(Amr::try_from(bad.to_owned()).is_err(), "{bad} accepted");
        }
    }
}
