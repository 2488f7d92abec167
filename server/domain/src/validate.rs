//! Input validation shared by every endpoint.
//!
//! Each function takes the raw value and the field name it came from, and either returns
//! the normalised value or an [`Invalid`] with a stable code naming that field (the HTTP layer
//! answers it as 422, or 400 for an unparseable identifier). Limits are
//! deliberately conservative: anything stored is bounded, so no request can grow a row
//! without limit.

use gatehouse_storage::ids::{Id, IdKind, kind::Kind};

/// Why a value was refused: a stable code, the field it came from and a human message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Invalid {
    /// Stable, machine-readable code (`invalid_slug`, `value_too_long`, ...).
    pub code: &'static str,
    /// The field the value came from.
    pub field: String,
    /// Human text; wording may change between releases.
    pub message: String,
    /// The value cannot be parsed at all (a malformed identifier), rather than being
    /// well-formed but unacceptable.
    pub malformed: bool,
}

impl Invalid {
    /// A well-formed value on `field` that breaks a rule.
    pub fn invalid_field(code: &'static str, field: &str, message: impl Into<String>) -> Self {
        Self {
            code,
            field: field.to_owned(),
            message: message.into(),
            malformed: false,
        }
    }
}

/// Longest display name we store (organizations, users, projects, keys).
pub const MAX_NAME_CHARS: usize = 200;
/// RFC 5321 limit on a forward path.
pub const MAX_EMAIL_BYTES: usize = 254;
/// Shortest password we accept (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD_CHARS: usize = 8;
/// Longest password we hash, in characters (so at most 1 KiB of UTF-8); bounds the argon2
/// input so a huge body cannot be a DoS. Characters rather than bytes because that is what a
/// person counts and what the OpenAPI document's `maxLength` means.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Whether a presented password is longer than any password we accept.
pub fn password_too_long(value: &str) -> bool {
    value.chars().count() > MAX_PASSWORD_CHARS
}
/// Most verified domains one organization may list.
pub const MAX_DOMAINS: usize = 50;
/// Most redirect URIs one project may list.
pub const MAX_REDIRECT_URIS: usize = 50;
/// Longest redirect URI we store.
pub const MAX_URI_BYTES: usize = 2000;

/// Slugs that would collide with hosts or paths of the login domain.
const RESERVED_SLUGS: &[&str] = &[
    "admin", "api", "app", "assets", "auth", "login", "mail", "oauth", "static", "www",
];

/// A display name: at most [`MAX_NAME_CHARS`] characters, not blank, no control characters;
/// stored trimmed.
pub fn name(field: &str, value: &str) -> Result<String, Invalid> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Invalid::invalid_field(
            "invalid_name",
            field,
            format!("{field} must not be empty"),
        ));
    }
    // The limit applies to the value as sent, as the OpenAPI document's `maxLength` says.
    if value.chars().count() > MAX_NAME_CHARS {
        return Err(Invalid::invalid_field(
            "value_too_long",
            field,
            format!("{field} must be at most {MAX_NAME_CHARS} characters"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Invalid::invalid_field(
            "invalid_name",
            field,
            format!("{field} must not contain control characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

/// An organization slug: 2 to 63 lowercase letters, digits and single hyphens, starting and
/// ending with a letter or digit, so it is also a valid DNS label.
pub fn slug(value: &str) -> Result<String, Invalid> {
    let invalid = |message: &str| Invalid::invalid_field("invalid_slug", "slug", message);
    if value.len() < 2 || value.len() > 63 {
        return Err(invalid("slug must be 2 to 63 characters long"));
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(invalid(
            "slug may contain only lowercase letters, digits and hyphens",
        ));
    }
    if value.starts_with('-') || value.ends_with('-') || value.contains("--") {
        return Err(invalid(
            "slug must not start or end with a hyphen or contain two in a row",
        ));
    }
    if RESERVED_SLUGS.contains(&value) {
        return Err(Invalid::invalid_field(
            "reserved_slug",
            "slug",
            format!("slug '{value}' is reserved"),
        ));
    }
    Ok(value.to_owned())
}

/// A slug derived from a display name, for organizations created without one.
pub fn slug_from_name(name: &str) -> Result<String, Invalid> {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 63 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    self::slug(&slug).map_err(|_| {
        Invalid::invalid_field(
            "invalid_slug",
            "slug",
            "could not derive a slug from the name; pass one explicitly",
        )
    })
}

/// An email address: trimmed, lowercased, syntactically valid, at most 254 bytes.
pub fn email(field: &str, value: &str) -> Result<String, Invalid> {
    let normalised = value.trim().to_lowercase();
    if normalised.len() > MAX_EMAIL_BYTES {
        return Err(Invalid::invalid_field(
            "value_too_long",
            field,
            format!("{field} must be at most {MAX_EMAIL_BYTES} bytes"),
        ));
    }
    if !email_address::EmailAddress::is_valid(&normalised) || !normalised.contains('.') {
        return Err(Invalid::invalid_field(
            "invalid_email",
            field,
            format!("{field} is not a valid email address"),
        ));
    }
    Ok(normalised)
}

/// A password to be hashed: 8 to 256 characters, not only whitespace.
pub fn password(value: &str) -> Result<(), Invalid> {
    if password_too_long(value) {
        return Err(Invalid::invalid_field(
            "value_too_long",
            "password",
            format!("password must be at most {MAX_PASSWORD_CHARS} characters"),
        ));
    }
    if value.chars().count() < MIN_PASSWORD_CHARS || value.trim().is_empty() {
        return Err(Invalid::invalid_field(
            "password_too_short",
            "password",
            format!("password must be at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    Ok(())
}

/// A DNS domain name for email-domain discovery: lowercased, at least two labels, each
/// label 1 to 63 letters/digits/hyphens not starting or ending with a hyphen, and not an
/// IP address.
pub fn domain(value: &str) -> Result<String, Invalid> {
    let normalised = value.trim().trim_end_matches('.').to_ascii_lowercase();
    let invalid = || {
        Invalid::invalid_field(
            "invalid_domain",
            "domains",
            format!("'{value}' is not a valid domain name"),
        )
    };
    if normalised.is_empty() || normalised.len() > 253 {
        return Err(invalid());
    }
    let labels: Vec<&str> = normalised.split('.').collect();
    if labels.len() < 2 {
        return Err(invalid());
    }
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if !labels.iter().all(label_ok) {
        return Err(invalid());
    }
    // A top-level label of digits only means an IPv4 address, not a domain.
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(invalid());
    }
    Ok(normalised)
}

/// A list of domains, deduplicated and sorted.
pub fn domains(values: &[String]) -> Result<Vec<String>, Invalid> {
    if values.len() > MAX_DOMAINS {
        return Err(Invalid::invalid_field(
            "too_many_values",
            "domains",
            format!("at most {MAX_DOMAINS} domains"),
        ));
    }
    let mut out = values
        .iter()
        .map(|d| domain(d))
        .collect::<Result<Vec<_>, _>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

/// Whether the URL's host is `localhost` or a loopback address (RFC 8252 §7.3).
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(host)) => host == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// An OAuth redirect URI: absolute, no fragment, at most 2000 bytes; `https`, or `http`
/// on a loopback host (RFC 8252 §7.3), or a private-use scheme containing a dot such as
/// `com.example.app:/callback` (RFC 8252 §7.1).
pub fn redirect_uri(value: &str) -> Result<String, Invalid> {
    let invalid = |why: &str| {
        Invalid::invalid_field(
            "invalid_redirect_uri",
            "redirect_uris",
            format!("'{value}' is not an allowed redirect URI: {why}"),
        )
    };
    if value.len() > MAX_URI_BYTES {
        return Err(invalid("too long"));
    }
    let parsed = url::Url::parse(value).map_err(|_| invalid("not an absolute URL"))?;
    if parsed.fragment().is_some() {
        return Err(invalid("fragments are not allowed"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("credentials in the URL are not allowed"));
    }
    match parsed.scheme() {
        "https" if parsed.host().is_some() => {}
        "http" if !is_loopback(&parsed) => {
            return Err(invalid("http is allowed only for loopback hosts"));
        }
        "http" => {}
        // RFC 8252 §7.1: `com.example.app:/path`, with no authority (`//`), so what follows
        // the scheme is the path (and query) the document's pattern describes.
        scheme if scheme.contains('.') => {
            let rest = &value[scheme.len() + 1..];
            if rest.starts_with("//") || !(rest.is_empty() || rest.starts_with(['/', '?'])) {
                return Err(invalid(
                    "a reverse-DNS app scheme is followed by a path such as com.example.app:/callback, without an authority",
                ));
            }
        }
        _ => {
            return Err(invalid(
                "use https, loopback http, or a reverse-DNS app scheme",
            ));
        }
    }
    Ok(value.to_owned())
}

/// A custom issuer URL: absolute `https` (or `http` on a loopback host, for development),
/// no query, fragment or credentials (OpenID Connect Discovery §3), no trailing slash.
pub fn issuer_url(value: &str) -> Result<String, Invalid> {
    let invalid = |why: &str| {
        Invalid::invalid_field(
            "invalid_issuer_url",
            "issuer_url",
            format!("'{value}' is not a valid issuer URL: {why}"),
        )
    };
    if value.len() > MAX_URI_BYTES {
        return Err(invalid("too long"));
    }
    let parsed = url::Url::parse(value).map_err(|_| invalid("not an absolute URL"))?;
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("issuers have no query or fragment"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("credentials in the URL are not allowed"));
    }
    match parsed.scheme() {
        "https" if parsed.host().is_some() => {}
        "http" if is_loopback(&parsed) => {}
        _ => return Err(invalid("use https (http only on loopback hosts)")),
    }
    Ok(value.trim_end_matches('/').to_owned())
}

/// A list of redirect URIs, deduplicated in their given order.
pub fn redirect_uris(values: &[String]) -> Result<Vec<String>, Invalid> {
    if values.len() > MAX_REDIRECT_URIS {
        return Err(Invalid::invalid_field(
            "too_many_values",
            "redirect_uris",
            format!("at most {MAX_REDIRECT_URIS} redirect URIs"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for value in values {
        let uri = redirect_uri(value)?;
        if !out.contains(&uri) {
            out.push(uri);
        }
    }
    Ok(out)
}

/// Most roles or actions one list may hold.
pub const MAX_GRANTS: usize = 50;

/// A list of role or action names: each 1 to 64 characters of lowercase letters, digits and
/// `_ . : -`, starting with a letter or digit (`admin`, `invoices.read`); deduplicated in order.
pub fn grants(field: &str, values: &[String]) -> Result<Vec<String>, Invalid> {
    if values.len() > MAX_GRANTS {
        return Err(Invalid::invalid_field(
            "too_many_values",
            field,
            format!("at most {MAX_GRANTS} entries"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for value in values {
        let ok = !value.is_empty()
            && value.len() <= 64
            && value.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.:-".contains(&b));
        if !ok {
            return Err(Invalid::invalid_field(
                "invalid_grant_name",
                field,
                format!("'{value}' is not a valid name: use lowercase letters, digits and _ . : -"),
            ));
        }
        if !out.contains(value) {
            out.push(value.clone());
        }
    }
    Ok(out)
}

/// A path or query identifier of the given kind; a malformed one is a 400, never a lookup.
pub fn id(kind: IdKind, field: &str, value: &str) -> Result<String, Invalid> {
    if kind.matches(value) {
        Ok(value.to_owned())
    } else {
        Err(invalid_id(kind, field))
    }
}

/// [`id`] as a typed identifier (`OrganizationId`, `UserId`, ...).
pub fn typed_id<K: Kind>(field: &str, value: &str) -> Result<Id<K>, Invalid> {
    Id::parse(value).ok_or_else(|| invalid_id(K::KIND, field))
}

fn invalid_id(kind: IdKind, field: &str) -> Invalid {
    Invalid {
        code: "invalid_id",
        field: field.to_owned(),
        message: format!(
            "{field} must be an identifier starting with '{}'",
            kind.prefix()
        ),
        malformed: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("acme-corp").ok().as_deref(), Some("acme-corp"));
        for bad in [
            "a",
            "-acme",
            "acme-",
            "ac--me",
            "Acme",
            "acme corp",
            "www",
            &"a".repeat(64),
        ] {
            assert!(slug(bad).is_err(), "{bad} accepted");
        }
        assert_eq!(
            slug_from_name("Acme Corp, Inc.").ok().as_deref(),
            Some("acme-corp-inc")
        );
        assert!(slug_from_name("!!!").is_err());
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            email("email", " Ada@Example.COM ").ok().as_deref(),
            Some("ada@example.com")
        );
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.com",
            "ada@localhost",
            "a b@example.com",
        ] {
            assert!(email("email", bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn domains_reject_ips_and_junk() {
        assert_eq!(domain("Example.COM.").ok().as_deref(), Some("example.com"));
        for bad in [
            "",
            "localhost",
            "10.0.0.1",
            "-a.com",
            "a_b.com",
            "a..com",
            "exa mple.com",
        ] {
            assert!(domain(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn redirect_uris_follow_rfc_8252() {
        for good in [
            "https://app.example.com/callback",
            "http://localhost:3000/cb",
            "http://127.0.0.1:8080/cb",
            "http://[::1]:8080/cb",
            "com.example.app:/oauth2redirect",
            "com.example.app:",
            "com.example.app:/cb?x=1",
        ] {
            assert!(redirect_uri(good).is_ok(), "{good} refused");
        }
        for bad in [
            "http://example.com/cb",
            "https://app.example.com/cb#frag",
            "https://user:pw@app.example.com/cb",
            "javascript:alert(1)",
            "/relative",
            "ftp://example.com/",
            "com.example.app://callback",
            "iy.8y0://5z&3:qoq-W",
            "com.example.app:callback",
        ] {
            assert!(redirect_uri(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn issuer_urls_are_absolute_without_query_or_fragment() {
        assert_eq!(
            issuer_url("https://auth.example.com/").ok().as_deref(),
            Some("https://auth.example.com")
        );
        assert!(issuer_url("http://localhost:8080/p/x").is_ok());
        for bad in [
            "http://auth.example.com",
            "https://auth.example.com/?a=1",
            "https://a.example.com/#x",
            "auth.example.com",
            "https://u:p@auth.example.com",
        ] {
            assert!(issuer_url(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn passwords_are_bounded() {
        assert!(password("correct horse").is_ok());
        assert!(password("short").is_err());
        assert!(password("        ").is_err());
        assert!(password(&"x".repeat(257)).is_err());
        assert!(password(&"é".repeat(256)).is_ok());
    }
}
