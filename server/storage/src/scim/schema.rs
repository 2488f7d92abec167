//! The SCIM schemas this server serves (RFC 7643 §4 and §8.7): the User core schema with the
//! enterprise extension, and Group. Declared once here and used three ways: rendered by the
//! `/Schemas` endpoint, to read request bodies (attribute names in any case, booleans and
//! integers sent as strings coerced, read-only and unknown attributes dropped), and to cut
//! answers down to `attributes`/`excludedAttributes`. Only attributes listed here are
//! stored, so what the server advertises is exactly what round-trips.

use serde_json::{Map, Value, json};

/// The core User schema.
pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The enterprise User extension.
pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// The Group schema.
pub const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

/// An attribute's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// string
    String,
    /// boolean
    Boolean,
    /// integer
    Integer,
    /// dateTime
    DateTime,
    /// reference
    Reference,
    /// complex
    Complex,
}

/// Who may write an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutability {
    /// readWrite
    ReadWrite,
    /// readOnly: dropped from requests.
    ReadOnly,
}

/// One attribute.
#[derive(Debug)]
pub struct Attr {
    /// Name as the RFC spells it.
    pub name: &'static str,
    /// Its type.
    pub kind: Type,
    /// multiValued
    pub multi: bool,
    /// required
    pub required: bool,
    /// caseExact
    pub case_exact: bool,
    /// mutability
    pub mutability: Mutability,
    /// `uniqueness: server`
    pub unique: bool,
    /// Sub-attributes of a complex attribute.
    pub sub: &'static [Attr],
    /// referenceTypes of a reference.
    pub reference_types: &'static [&'static str],
    /// canonicalValues
    pub canonical: &'static [&'static str],
    /// description
    pub description: &'static str,
}

const fn attr(name: &'static str, kind: Type, description: &'static str) -> Attr {
    Attr {
        name,
        kind,
        multi: false,
        required: false,
        case_exact: false,
        mutability: Mutability::ReadWrite,
        unique: false,
        sub: &[],
        reference_types: &[],
        canonical: &[],
        description,
    }
}

const fn string(name: &'static str, description: &'static str) -> Attr {
    attr(name, Type::String, description)
}

const fn complex(name: &'static str, sub: &'static [Attr], description: &'static str) -> Attr {
    Attr {
        sub,
        ..attr(name, Type::Complex, description)
    }
}

const fn multi(
    name: &'static str,
    sub: &'static [Attr],
    canonical: &'static [&'static str],
    description: &'static str,
) -> Attr {
    Attr {
        multi: true,
        sub,
        canonical,
        ..attr(name, Type::Complex, description)
    }
}

const fn boolean(name: &'static str, description: &'static str) -> Attr {
    attr(name, Type::Boolean, description)
}

const fn typed(canonical: &'static [&'static str], description: &'static str) -> Attr {
    Attr {
        canonical,
        ..string("type", description)
    }
}

const EMAIL: &[Attr] = &[
    string("value", "The email address."),
    string("display", "A human-readable name."),
    typed(&["work", "home", "other"], "A label for the address."),
    boolean("primary", "Whether this is the preferred address."),
];

const PHONE: &[Attr] = &[
    string("value", "The phone number."),
    string("display", "A human-readable name."),
    typed(
        &["work", "home", "mobile", "fax", "pager", "other"],
        "A label for the number.",
    ),
    boolean("primary", "Whether this is the preferred number."),
];

const NAME: &[Attr] = &[
    string("formatted", "The full name, formatted for display."),
    string("familyName", "The family name."),
    string("givenName", "The given name."),
    string("middleName", "The middle name."),
    string("honorificPrefix", "The honorific prefix."),
    string("honorificSuffix", "The honorific suffix."),
];

/// Attributes of the core User schema.
pub const USER_ATTRS: &[Attr] = &[
    Attr {
        required: true,
        unique: true,
        ..string(
            "userName",
            "Unique identifier for the user within the organization, used to sign in.",
        )
    },
    complex("name", NAME, "The components of the user's name."),
    string("displayName", "The name shown to people."),
    string("nickName", "The casual name."),
    Attr {
        reference_types: &["external"],
        ..attr(
            "profileUrl",
            Type::Reference,
            "A URI of the user's profile.",
        )
    },
    string("title", "The user's title."),
    string("userType", "The relationship to the organization."),
    string("preferredLanguage", "Preferred written or spoken language."),
    string("locale", "Default location for localisation."),
    string("timezone", "Time zone, in IANA format."),
    boolean(
        "active",
        "Whether the user may sign in; false ends their sessions at once.",
    ),
    multi(
        "emails",
        EMAIL,
        &[],
        "Email addresses; the primary one signs in.",
    ),
    multi("phoneNumbers", PHONE, &[], "Phone numbers."),
];

const MANAGER: &[Attr] = &[
    string("value", "The id of the manager's User."),
    Attr {
        reference_types: &["User"],
        ..attr("$ref", Type::Reference, "The URI of the manager's User.")
    },
    Attr {
        mutability: Mutability::ReadOnly,
        ..string("displayName", "The manager's display name.")
    },
];

/// Attributes of the enterprise User extension.
pub const ENTERPRISE_ATTRS: &[Attr] = &[
    string("employeeNumber", "Identifier assigned by the organization."),
    string("costCenter", "Cost center."),
    string("organization", "Organization name."),
    string("division", "Division."),
    string("department", "Department."),
    complex("manager", MANAGER, "The user's manager."),
];

const MEMBER: &[Attr] = &[
    Attr {
        case_exact: true,
        ..string("value", "The id of the member User.")
    },
    Attr {
        reference_types: &["User"],
        ..attr("$ref", Type::Reference, "The URI of the member User.")
    },
    typed(&["User"], "The member's resource type."),
];

/// Attributes of the Group schema.
pub const GROUP_ATTRS: &[Attr] = &[
    Attr {
        required: true,
        ..string("displayName", "The group's name.")
    },
    multi("members", MEMBER, &[], "The users in the group."),
];

/// The attribute of `attrs` named `name`, in any case.
pub fn find<'a>(attrs: &'a [Attr], name: &str) -> Option<&'a Attr> {
    attrs.iter().find(|a| a.name.eq_ignore_ascii_case(name))
}

fn type_name(kind: Type) -> &'static str {
    match kind {
        Type::String => "string",
        Type::Boolean => "boolean",
        Type::Integer => "integer",
        Type::DateTime => "dateTime",
        Type::Reference => "reference",
        Type::Complex => "complex",
    }
}

fn render_attr(a: &Attr) -> Value {
    let mut out = json!({
        "name": a.name,
        "type": type_name(a.kind),
        "multiValued": a.multi,
        "description": a.description,
        "required": a.required,
        "caseExact": a.case_exact,
        "mutability": match a.mutability {
            Mutability::ReadWrite => "readWrite",
            Mutability::ReadOnly => "readOnly",
        },
        "returned": "default",
        "uniqueness": if a.unique { "server" } else { "none" },
    });
    if !a.sub.is_empty() {
        out["subAttributes"] = a.sub.iter().map(render_attr).collect();
    }
    if !a.reference_types.is_empty() {
        out["referenceTypes"] = json!(a.reference_types);
    }
    if !a.canonical.is_empty() {
        out["canonicalValues"] = json!(a.canonical);
    }
    out
}

/// Every schema, as `/Schemas` lists them, with locations under `base` (`.../scim/v2`).
pub fn all(base: &str) -> Vec<Value> {
    [
        (USER, "User", "User accounts", USER_ATTRS),
        (
            ENTERPRISE,
            "EnterpriseUser",
            "Enterprise User",
            ENTERPRISE_ATTRS,
        ),
        (GROUP, "Group", "Groups", GROUP_ATTRS),
    ]
    .into_iter()
    .map(|(id, name, description, attrs)| {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": id,
            "name": name,
            "description": description,
            "attributes": attrs.iter().map(render_attr).collect::<Vec<_>>(),
            "meta": {"resourceType": "Schema", "location": format!("{base}/Schemas/{id}")},
        })
    })
    .collect()
}

/// Why a request body was refused (`invalidValue`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidValue(pub String);

/// `externalId`, the common attribute every resource may carry (RFC 7643 §3.1); set by the
/// directory, compared exactly.
pub const EXTERNAL_ID: Attr = Attr {
    case_exact: true,
    ..string("externalId", "The directory's identifier for the resource.")
};

/// A resource type's schemas: its core attributes and, for Users, the extension.
#[derive(Debug, Clone, Copy)]
pub struct Definition {
    /// The core schema URN.
    pub urn: &'static str,
    /// Core attributes.
    pub attrs: &'static [Attr],
    /// The extension's URN and attributes.
    pub extension: Option<(&'static str, &'static [Attr])>,
}

/// Users: core and enterprise.
pub const USERS: Definition = Definition {
    urn: USER,
    attrs: USER_ATTRS,
    extension: Some((ENTERPRISE, ENTERPRISE_ATTRS)),
};

/// Groups.
pub const GROUPS: Definition = Definition {
    urn: GROUP,
    attrs: GROUP_ATTRS,
    extension: None,
};

impl Definition {
    /// The top-level attribute `name` (core, `externalId`, or of `urn` when it names the
    /// extension), with the URN of the object that holds it (`None`: the resource itself).
    pub fn find(
        &self,
        urn: Option<&str>,
        name: &str,
    ) -> Option<(Option<&'static str>, &'static Attr)> {
        match urn {
            Some(urn) if !urn.eq_ignore_ascii_case(self.urn) => {
                let (ext, attrs) = self.extension?;
                if !urn.eq_ignore_ascii_case(ext) {
                    return None;
                }
                find(attrs, name).map(|a| (Some(ext), a))
            }
            _ => find(self.attrs, name)
                .or_else(|| {
                    name.eq_ignore_ascii_case("externalId")
                        .then_some(&EXTERNAL_ID)
                })
                .map(|a| (None, a)),
        }
    }

    /// Whether string comparisons on `path` are case-sensitive.
    pub fn case_exact(&self, path: &crate::scim::filter::AttrPath) -> bool {
        let Some((_, a)) = self.find(path.urn.as_deref(), &path.attr) else {
            return path.attr.eq_ignore_ascii_case("id");
        };
        match &path.sub {
            Some(sub) => find(a.sub, sub).is_some_and(|s| s.case_exact),
            None => a.case_exact,
        }
    }

    /// Reads a request's resource object (or a PATCH value object): names in any case become
    /// the schema's spelling; unknown and read-only attributes and nulls are dropped
    /// (RFC 7644 §3.3 lets a server ignore what it does not store); values are checked and
    /// coerced to their types; the extension's attributes are read under its URN.
    pub fn read(&self, input: &Map<String, Value>) -> Result<Map<String, Value>, InvalidValue> {
        let mut out = Map::new();
        for (key, value) in input {
            if let Some((urn, ext_attrs)) = self.extension
                && key.eq_ignore_ascii_case(urn)
            {
                let object = match value {
                    Value::Null => continue,
                    Value::Object(object) => object,
                    _ => return Err(InvalidValue(format!("{urn} must be an object"))),
                };
                let read = read(ext_attrs, object)?;
                if !read.is_empty() {
                    out.insert(urn.to_owned(), Value::Object(read));
                }
                continue;
            }
            let Some((None, a)) = self.find(None, key) else {
                continue;
            };
            if let Some(value) = read_value(a, value)? {
                out.insert(a.name.to_owned(), value);
            }
        }
        Ok(out)
    }
}

/// Reads the sub-attributes of a complex value; see [`Definition::read`].
pub fn read(
    attrs: &[Attr],
    input: &Map<String, Value>,
) -> Result<Map<String, Value>, InvalidValue> {
    let mut out = Map::new();
    for (key, value) in input {
        let Some(a) = find(attrs, key) else {
            continue;
        };
        if let Some(value) = read_value(a, value)? {
            out.insert(a.name.to_owned(), value);
        }
    }
    Ok(out)
}

/// Reads one attribute's value (the whole list of a multi-valued one); `None` when it is
/// read-only or leaves the attribute unassigned.
pub fn read_value(a: &Attr, value: &Value) -> Result<Option<Value>, InvalidValue> {
    if a.mutability == Mutability::ReadOnly || value.is_null() {
        return Ok(None);
    }
    if a.multi {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let Some(read) = read_single(a, item)? {
                out.push(read);
            }
        }
        return Ok((!out.is_empty()).then_some(Value::Array(out)));
    }
    if value.is_array() {
        return Err(InvalidValue(format!("{} takes a single value", a.name)));
    }
    read_single(a, value)
}

fn read_single(a: &Attr, value: &Value) -> Result<Option<Value>, InvalidValue> {
    let wrong = || InvalidValue(format!("{} must be a {}", a.name, type_name(a.kind)));
    Ok(Some(match a.kind {
        Type::String | Type::Reference => match value {
            Value::String(s) if s.len() <= MAX_STRING_BYTES => value.clone(),
            Value::String(_) => {
                return Err(InvalidValue(format!(
                    "{} is longer than {MAX_STRING_BYTES} bytes",
                    a.name
                )));
            }
            _ => return Err(wrong()),
        },
        Type::DateTime => match value {
            Value::String(s)
                if time::OffsetDateTime::parse(
                    s,
                    &time::format_description::well_known::Rfc3339,
                )
                .is_ok() =>
            {
                value.clone()
            }
            _ => return Err(wrong()),
        },
        // Entra ID sends booleans as strings ("True", "False").
        Type::Boolean => match value {
            Value::Bool(_) => value.clone(),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Value::Bool(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Value::Bool(false),
            _ => return Err(wrong()),
        },
        Type::Integer => match value {
            Value::Number(n) if n.is_i64() => value.clone(),
            Value::String(s) => s.parse::<i64>().map(Value::from).map_err(|_| wrong())?,
            _ => return Err(wrong()),
        },
        Type::Complex => {
            let Value::Object(object) = value else {
                return Err(wrong());
            };
            let read = read(a.sub, object)?;
            if read.is_empty() {
                return Ok(None);
            }
            Value::Object(read)
        }
    }))
}

/// Longest string attribute stored, in bytes.
pub const MAX_STRING_BYTES: usize = 2048;
