//! What every resource endpoint shares: list parameters (`filter`, `startIndex`, `count`,
//! `attributes`, `excludedAttributes`, `sortBy`) from a query string or a `/.search` body,
//! the `ListResponse` envelope, and cutting a resource down to the attributes asked for
//! (RFC 7644 §3.4.2.5, §3.9).

use serde_json::{Map, Value, json};

use super::error::{ScimRefusal, ScimResult, ScimType};
use gatehouse_storage::scim::filter::{self, Filter};
use gatehouse_storage::scim::schema::{self, Definition};

/// Page size when the client gives none.
pub const DEFAULT_COUNT: i64 = 100;
/// Largest page (stated as `filter.maxResults`).
pub const MAX_COUNT: i64 = 200;

/// Which attributes to return.
#[derive(Debug, Clone, Default)]
pub struct Projection {
    /// `attributes`: only these (and `id`, `schemas`).
    pub attributes: Vec<String>,
    /// `excludedAttributes`: all but these.
    pub excluded: Vec<String>,
}

/// A validated list request.
#[derive(Debug, Clone)]
pub struct ListRequest {
    /// The filter.
    pub filter: Option<Filter>,
    /// 1-based index of the first result.
    pub start_index: i64,
    /// Page size.
    pub count: i64,
    /// Attributes to return.
    pub projection: Projection,
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Projection {
    /// From the raw `attributes` and `excludedAttributes` values.
    pub fn parse(attributes: Option<&str>, excluded: Option<&str>) -> Self {
        Self {
            attributes: attributes.map(split_list).unwrap_or_default(),
            excluded: excluded.map(split_list).unwrap_or_default(),
        }
    }

    /// From a query string.
    pub fn from_query(query: Option<&str>) -> Self {
        let mut attributes = None;
        let mut excluded = None;
        for (key, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            if key.eq_ignore_ascii_case("attributes") {
                attributes = Some(value.into_owned());
            } else if key.eq_ignore_ascii_case("excludedAttributes") {
                excluded = Some(value.into_owned());
            }
        }
        Self::parse(attributes.as_deref(), excluded.as_deref())
    }

    /// `resource` cut down to what was asked for. `id` and `schemas` always stay.
    pub fn apply(&self, definition: &Definition, resource: Value) -> Value {
        let Value::Object(mut object) = resource else {
            return resource;
        };
        if !self.attributes.is_empty() {
            let mut kept = Map::new();
            for key in ["schemas", "id"] {
                if let Some(v) = object.get(key) {
                    kept.insert(key.to_owned(), v.clone());
                }
            }
            for path in &self.attributes {
                copy_path(definition, &object, &mut kept, path);
            }
            object = kept;
        }
        for path in &self.excluded {
            remove_path(definition, &mut object, path);
        }
        Value::Object(object)
    }
}

/// Splits `path` into (holder URN, attribute, sub-attribute) with names in their stored
/// spelling; `None` when it names nothing of `definition`.
fn resolve(
    definition: &Definition,
    path: &str,
) -> Option<(Option<String>, String, Option<String>)> {
    let parsed = filter::parse_patch_path(path).ok()?;
    if parsed.filter.is_some() {
        return None;
    }
    let urn = parsed.path.urn.as_deref();
    // A bare extension URN names the whole extension object.
    if let Some((ext, _)) = definition.extension
        && path.eq_ignore_ascii_case(ext)
    {
        return Some((None, ext.to_owned(), None));
    }
    if parsed.path.attr.eq_ignore_ascii_case("meta") || parsed.path.attr.eq_ignore_ascii_case("id")
    {
        let attr = if parsed.path.attr.eq_ignore_ascii_case("id") {
            "id"
        } else {
            "meta"
        };
        return Some((None, attr.to_owned(), None));
    }
    let (holder, attr) = definition.find(urn, &parsed.path.attr)?;
    let sub = match &parsed.path.sub {
        Some(sub) => Some(schema::find(attr.sub, sub)?.name.to_owned()),
        None => None,
    };
    Some((holder.map(str::to_owned), attr.name.to_owned(), sub))
}

fn holder<'a>(
    object: &'a Map<String, Value>,
    urn: &Option<String>,
) -> Option<&'a Map<String, Value>> {
    match urn {
        None => Some(object),
        Some(urn) => object.get(urn)?.as_object(),
    }
}

fn copy_path(
    definition: &Definition,
    from: &Map<String, Value>,
    to: &mut Map<String, Value>,
    path: &str,
) {
    let Some((urn, attr, sub)) = resolve(definition, path) else {
        return;
    };
    let Some(value) = holder(from, &urn).and_then(|h| h.get(&attr)) else {
        return;
    };
    let picked = match &sub {
        None => value.clone(),
        Some(sub) => match value {
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .filter_map(|item| item.get(sub).map(|v| json!({ sub.clone(): v })))
                    .collect(),
            ),
            Value::Object(object) => match object.get(sub) {
                Some(v) => json!({ sub.clone(): v }),
                None => return,
            },
            _ => return,
        },
    };
    let target = match &urn {
        None => to,
        Some(urn) => match to
            .entry(urn.clone())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
        {
            Some(target) => target,
            None => return,
        },
    };
    let merged = match (target.get_mut(&attr), &picked) {
        (Some(Value::Object(existing)), Value::Object(more)) => {
            existing.extend(more.clone());
            true
        }
        (Some(Value::Array(existing)), Value::Array(more)) => {
            for (slot, item) in existing.iter_mut().zip(more) {
                if let (Value::Object(slot), Value::Object(item)) = (slot, item) {
                    slot.extend(item.clone());
                }
            }
            true
        }
        _ => false,
    };
    if !merged {
        target.insert(attr, picked);
    }
}

fn remove_path(definition: &Definition, object: &mut Map<String, Value>, path: &str) {
    let Some((urn, attr, sub)) = resolve(definition, path) else {
        return;
    };
    if urn.is_none() && attr == "id" {
        return;
    }
    let target = match &urn {
        None => object,
        Some(urn) => match object.get_mut(urn).and_then(Value::as_object_mut) {
            Some(target) => target,
            None => return,
        },
    };
    match sub {
        None => {
            target.remove(&attr);
        }
        Some(sub) => match target.get_mut(&attr) {
            Some(Value::Array(items)) => {
                for item in items {
                    if let Some(item) = item.as_object_mut() {
                        item.remove(&sub);
                    }
                }
            }
            Some(Value::Object(inner)) => {
                inner.remove(&sub);
            }
            _ => {}
        },
    }
}

fn integer(name: &str, value: &Value) -> ScimResult<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        ScimRefusal::bad_request(ScimType::InvalidValue, format!("{name} must be an integer"))
    })
}

impl ListRequest {
    /// From a query string (`GET /Users?filter=...`).
    pub fn from_query(query: Option<&str>) -> ScimResult<Self> {
        let mut body = Map::new();
        for (key, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            body.insert(key.into_owned(), Value::String(value.into_owned()));
        }
        Self::from_body(&body)
    }

    /// From a `/.search` body, or query parameters gathered into one.
    pub fn from_body(body: &Map<String, Value>) -> ScimResult<Self> {
        let get = |name: &str| {
            body.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        };
        let text = |name: &str| -> ScimResult<Option<String>> {
            match get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(Value::Array(items)) => Ok(Some(
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(","),
                )),
                Some(_) => Err(ScimRefusal::bad_request(
                    ScimType::InvalidValue,
                    format!("{name} must be a string"),
                )),
            }
        };
        let filter = text("filter")?
            .filter(|f| !f.trim().is_empty())
            .map(|f| filter::parse(&f))
            .transpose()?;
        let start_index = match get("startIndex") {
            None => 1,
            Some(v) => integer("startIndex", v)?.max(1),
        };
        let count = match get("count") {
            None => DEFAULT_COUNT,
            Some(v) => integer("count", v)?.clamp(0, MAX_COUNT),
        };
        Ok(Self {
            filter,
            start_index,
            count,
            projection: Projection::parse(
                text("attributes")?.as_deref(),
                text("excludedAttributes")?.as_deref(),
            ),
        })
    }
}

/// The `ListResponse` envelope; integers are JSON integers.
pub fn list_response(total: i64, start_index: i64, resources: Vec<Value>) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": total,
        "startIndex": start_index,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_storage::scim::schema::{ENTERPRISE, USERS};

    #[test]
    fn projection_keeps_and_drops_paths_in_any_case() {
        let user = json!({
            "schemas": ["s"], "id": "user_1", "userName": "b",
            "name": {"givenName": "B", "familyName": "J"},
            "emails": [{"value": "b@x", "type": "work"}],
            ENTERPRISE: {"department": "R&D", "costCenter": "1"},
            "meta": {"resourceType": "User"}
        });
        let only = Projection::parse(
            Some(
                "USERNAME,name.givenName,emails.value,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
            ),
            None,
        );
        assert_eq!(
            only.apply(&USERS, user.clone()),
            json!({"schemas": ["s"], "id": "user_1", "userName": "b",
                   "name": {"givenName": "B"}, "emails": [{"value": "b@x"}],
                   ENTERPRISE: {"department": "R&D"}})
        );
        let without = Projection::parse(None, Some("emails,meta,id,name.familyName"));
        let cut = without.apply(&USERS, user);
        assert!(cut.get("emails").is_none() && cut.get("meta").is_none());
        assert_eq!(cut["id"], "user_1");
        assert_eq!(cut["name"], json!({"givenName": "B"}));
    }
}
