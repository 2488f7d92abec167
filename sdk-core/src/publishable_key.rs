//! Publishable keys: the public project identifier a frontend or backend SDK is configured
//! with, which also tells it where the project's JWKS lives.
//!
//! Format (issued by the server exactly so): `pk_test_` or `pk_live_`, then unpadded base64url
//! of the UTF-8 string `{issuer_url}#{project_id}`. Issuers never contain `#`, so the string is
//! split at the last `#`. The project id is `proj_` plus 26 lowercase base32 characters. The
//! issuer is an absolute `https` URL without query or fragment; test keys may also use `http`
//! (local development).

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

const TEST_PREFIX: &str = "pk_test_";
const LIVE_PREFIX: &str = "pk_live_";
const PROJECT_ID_PREFIX: &str = "proj_";
const PROJECT_ID_SUFFIX_LEN: usize = 26;

/// Why a string is not a valid publishable key.
///
/// Kept apart from [`crate::AuthError`]: a bad publishable key is a configuration mistake
/// found at startup, never a verdict on a request, so it must not carry one of the wire codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PublishableKeyError {
    /// Neither `pk_test_` nor `pk_live_`; often a secret key (`sk_...`) pasted by mistake.
    #[error("a publishable key starts with pk_test_ or pk_live_")]
    WrongPrefix,
    /// The part after the prefix is not unpadded base64url of UTF-8 text.
    #[error("the publishable key is not valid base64url")]
    InvalidEncoding,
    /// No `#` separates the issuer from the project id.
    #[error("the publishable key does not contain a project id")]
    MissingProjectId,
    /// The project id is not `proj_` followed by 26 lowercase base32 characters.
    #[error("the publishable key's project id is malformed")]
    InvalidProjectId,
    /// The issuer is not an absolute http(s) URL without query or fragment.
    #[error("the publishable key's issuer is not a valid URL: {0}")]
    InvalidIssuer(&'static str),
    /// A live key whose issuer is not `https`.
    #[error("a pk_live_ key requires an https issuer")]
    InsecureLiveIssuer,
}

/// A parsed publishable key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishableKey {
    encoded: String,
    issuer: String,
    project_id: String,
    live: bool,
}

impl PublishableKey {
    /// Parses and validates a publishable key.
    pub fn parse(key: &str) -> Result<PublishableKey, PublishableKeyError> {
        let (live, encoded) = if let Some(rest) = key.strip_prefix(LIVE_PREFIX) {
            (true, rest)
        } else if let Some(rest) = key.strip_prefix(TEST_PREFIX) {
            (false, rest)
        } else {
            return Err(PublishableKeyError::WrongPrefix);
        };
        let decoded = URL_SAFE_NO_PAD
            .decode(encoded)
            .map_err(|_| PublishableKeyError::InvalidEncoding)?;
        let decoded =
            String::from_utf8(decoded).map_err(|_| PublishableKeyError::InvalidEncoding)?;
        let (issuer, project_id) = decoded
            .rsplit_once('#')
            .ok_or(PublishableKeyError::MissingProjectId)?;
        validate_project_id(project_id)?;
        validate_issuer(issuer, live)?;
        Ok(PublishableKey {
            encoded: key.to_owned(),
            issuer: issuer.to_owned(),
            project_id: project_id.to_owned(),
            live,
        })
    }

    /// Builds the publishable key of a project, validating it exactly as [`Self::parse`] does.
    pub fn new(
        issuer: &str,
        project_id: &str,
        live: bool,
    ) -> Result<PublishableKey, PublishableKeyError> {
        let prefix = if live { LIVE_PREFIX } else { TEST_PREFIX };
        let encoded = URL_SAFE_NO_PAD.encode(format!("{issuer}#{project_id}"));
        PublishableKey::parse(&format!("{prefix}{encoded}"))
    }

    /// The issuer URL: the expected `iss` of the project's tokens.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The project id (`proj_...`), the default audience of the project's tokens.
    pub fn project_id(&self) -> &str {
        &self.project_id
    }

    /// Whether this is a `pk_live_` key.
    pub fn is_live(&self) -> bool {
        self.live
    }

    /// Where the project publishes its signing keys.
    pub fn jwks_url(&self) -> String {
        format!(
            "{}/.well-known/jwks.json",
            self.issuer.trim_end_matches('/')
        )
    }

    /// The key as it was written.
    pub fn as_str(&self) -> &str {
        &self.encoded
    }
}

impl fmt::Display for PublishableKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.encoded)
    }
}

fn validate_project_id(project_id: &str) -> Result<(), PublishableKeyError> {
    let suffix = project_id
        .strip_prefix(PROJECT_ID_PREFIX)
        .ok_or(PublishableKeyError::InvalidProjectId)?;
    let well_formed = suffix.len() == PROJECT_ID_SUFFIX_LEN
        && suffix
            .bytes()
            .all(|byte| byte.is_ascii_digit() || byte.is_ascii_lowercase());
    well_formed
        .then_some(())
        .ok_or(PublishableKeyError::InvalidProjectId)
}

/// Checks the small URL grammar an issuer may use. Hand-written instead of using the `url`
/// crate because this is a yes/no check on a narrow grammar, and that crate's IDNA tables
/// would more than double the browser (WASM) build this code also ships in.
fn validate_issuer(issuer: &str, live: bool) -> Result<(), PublishableKeyError> {
    use PublishableKeyError::InvalidIssuer;
    let rest = if let Some(rest) = issuer.strip_prefix("https://") {
        rest
    } else if let Some(rest) = issuer.strip_prefix("http://") {
        if live {
            return Err(PublishableKeyError::InsecureLiveIssuer);
        }
        rest
    } else {
        return Err(InvalidIssuer(
            "the scheme must be https (or http for test keys)",
        ));
    };
    if !rest.bytes().all(|byte| byte.is_ascii_graphic()) {
        return Err(InvalidIssuer(
            "it contains spaces, control or non-ASCII characters",
        ));
    }
    if rest.contains(['?', '#']) {
        return Err(InvalidIssuer("it has a query or fragment"));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.contains('@') {
        return Err(InvalidIssuer("it carries user information"));
    }
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (literal, after) = bracketed
            .split_once(']')
            .ok_or(InvalidIssuer("an IPv6 host is not closed by ]"))?;
        let port = match after {
            "" => None,
            _ => Some(
                after
                    .strip_prefix(':')
                    .ok_or(InvalidIssuer("junk after the IPv6 host"))?,
            ),
        };
        (literal, port)
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err(InvalidIssuer("it has no host"));
    }
    if !host
        .bytes()
        .all(|byte| byte.is_ascii_alphanumeric() || b"-._:".contains(&byte))
    {
        return Err(InvalidIssuer("the host has invalid characters"));
    }
    if let Some(port) = port {
        let valid_port =
            !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
        if !valid_port || port.parse::<u32>().map_or(true, |port| port > 65_535) {
            return Err(InvalidIssuer("the port is not a number from 0 to 65535"));
        }
    }
    Ok(())
}
