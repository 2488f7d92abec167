//! From a verified assertion to the profile the sign-in engine provisions: which attribute
//! carries the email, name and groups (presets for Entra ID and Okta), and whether the identity
//! provider says the user passed multi-factor authentication.

use super::Assertion;

const NAMEID_EMAIL: &str = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
const ENTRA_AUTHN_METHODS: &str = "http://schemas.microsoft.com/claims/authnmethodsreferences";

/// Authentication context classes (and Entra method references) that mean more than one factor.
const MFA_CONTEXTS: &[&str] = &[
    "http://schemas.microsoft.com/claims/multipleauthn",
    "https://refeds.org/profile/mfa",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorUnregistered",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
];

/// Attribute names tried in order for each profile field; the first present non-empty value wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeMapping {
    /// Attributes carrying the email address.
    pub email: Vec<String>,
    /// Attributes carrying the display name.
    pub name: Vec<String>,
    /// Attributes carrying the given name, joined with [`Self::family_name`] when no display name.
    pub given_name: Vec<String>,
    /// Attributes carrying the family name.
    pub family_name: Vec<String>,
    /// Attributes carrying group ids or names (all values of the first present one).
    pub groups: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

impl AttributeMapping {
    /// Microsoft Entra ID's claim URIs (group claims carry object ids unless configured).
    pub fn entra() -> Self {
        Self {
            email: names(&[
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            ]),
            name: names(&["http://schemas.microsoft.com/identity/claims/displayname"]),
            given_name: names(&["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"]),
            family_name: names(&["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"]),
            groups: names(&["http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"]),
        }
    }

    /// Okta's attribute statements as its SAML app wizard suggests them.
    pub fn okta() -> Self {
        Self {
            email: names(&["email", "user.email", "Email"]),
            name: names(&["displayName", "name"]),
            given_name: names(&["firstName", "user.firstName"]),
            family_name: names(&["lastName", "user.lastName"]),
            groups: names(&["groups", "memberOf"]),
        }
    }

    /// Short names plus the eduPerson / X.500 OIDs most other identity providers send.
    pub fn generic() -> Self {
        Self {
            email: names(&[
                "email",
                "mail",
                "urn:oid:0.9.2342.19200300.100.1.3",
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            ]),
            name: names(&[
                "displayName",
                "name",
                "urn:oid:2.16.840.1.113730.3.1.241",
                "cn",
            ]),
            given_name: names(&["givenName", "firstName", "urn:oid:2.5.4.42"]),
            family_name: names(&["sn", "surname", "lastName", "urn:oid:2.5.4.4"]),
            groups: names(&["groups", "memberOf", "urn:oid:1.3.6.1.4.1.5923.1.5.1.1"]),
        }
    }
}

/// What the sign-in engine takes from an assertion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Email from the mapped attributes, else the NameID when its format is emailAddress.
    pub email: Option<String>,
    /// Display name, else given and family name joined.
    pub name: Option<String>,
    /// Groups, in the order the identity provider sent them, without duplicates.
    pub groups: Vec<String>,
    /// The identity provider reports a multi-factor sign-in.
    pub mfa: bool,
}

fn first_value(a: &Assertion, names: &[String]) -> Option<String> {
    names.iter().find_map(|n| {
        a.attributes
            .get(n)
            .and_then(|vs| vs.iter().find(|v| !v.trim().is_empty()))
            .map(|v| v.trim().to_owned())
    })
}

/// Maps a verified assertion with `m`. Nothing here is verified again: `a` comes from
/// [`super::verify_response`].
pub fn map_profile(a: &Assertion, m: &AttributeMapping) -> Profile {
    let email = first_value(a, &m.email)
        .or_else(|| (a.name_id_format.as_deref() == Some(NAMEID_EMAIL)).then(|| a.name_id.clone()));
    let name = first_value(a, &m.name).or_else(|| {
        let parts: Vec<String> = [
            first_value(a, &m.given_name),
            first_value(a, &m.family_name),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    });
    let mut groups = Vec::new();
    if let Some(values) = m.groups.iter().find_map(|n| a.attributes.get(n)) {
        for g in values {
            let g = g.trim();
            if !g.is_empty() && !groups.iter().any(|x: &String| x == g) {
                groups.push(g.to_owned());
            }
        }
    }
    let by_context = a
        .authn_context_class
        .as_deref()
        .is_some_and(|c| MFA_CONTEXTS.contains(&c));
    let by_methods = a
        .attributes
        .get(ENTRA_AUTHN_METHODS)
        .is_some_and(|vs| vs.iter().any(|v| MFA_CONTEXTS.contains(&v.trim())));
    Profile {
        email,
        name,
        groups,
        mfa: by_context || by_methods,
    }
}
