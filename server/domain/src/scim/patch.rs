//! SCIM PATCH (RFC 7644 §3.5.2) over a resource's stored attributes, with the dialects real
//! directories send: op names in any case (`Replace`, `Add`), booleans as strings
//! (`"False"`), path-less operations whose value object holds dotted or URN-qualified keys,
//! value filters (`emails[type eq "work"].value`), and unknown attributes ignored. Members
//! of groups never pass through here: `server/http/src/scim/groups.rs` turns member operations
//! into row changes.

use serde_json::{Map, Value};

use super::error::{ScimRefusal, ScimResult, ScimType};
use gatehouse_storage::scim::filter::{self, CompareOp, Filter, PatchPath};
use gatehouse_storage::scim::schema::{self, Attr, Definition, Type};

/// Most operations in one PATCH request.
pub const MAX_OPERATIONS: usize = 1000;

/// An operation kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// add
    Add,
    /// remove
    Remove,
    /// replace
    Replace,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// What to do.
    pub kind: OpKind,
    /// Where (`None`: the resource itself).
    pub path: Option<PatchPath>,
    /// The raw path text, for messages.
    pub path_text: Option<String>,
    /// The value.
    pub value: Option<Value>,
}

fn get<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// Reads a `PatchOp` body.
pub fn parse(body: &Map<String, Value>) -> ScimResult<Vec<Operation>> {
    let Some(Value::Array(operations)) = get(body, "Operations") else {
        return Err(ScimRefusal::bad_request(
            ScimType::InvalidSyntax,
            "a PATCH body needs an Operations array",
        ));
    };
    if operations.len() > MAX_OPERATIONS {
        return Err(ScimRefusal::bad_request(
            ScimType::TooMany,
            format!("at most {MAX_OPERATIONS} operations per request"),
        ));
    }
    operations
        .iter()
        .map(|operation| {
            let Value::Object(operation) = operation else {
                return Err(ScimRefusal::bad_request(
                    ScimType::InvalidSyntax,
                    "each operation must be an object",
                ));
            };
            let kind = match get(operation, "op").and_then(Value::as_str) {
                Some(op) if op.eq_ignore_ascii_case("add") => OpKind::Add,
                Some(op) if op.eq_ignore_ascii_case("remove") => OpKind::Remove,
                Some(op) if op.eq_ignore_ascii_case("replace") => OpKind::Replace,
                _ => {
                    return Err(ScimRefusal::bad_request(
                        ScimType::InvalidSyntax,
                        "op must be add, remove or replace",
                    ));
                }
            };
            let path_text = match get(operation, "path") {
                None | Some(Value::Null) => None,
                Some(Value::String(p)) if p.trim().is_empty() => None,
                Some(Value::String(p)) => Some(p.clone()),
                Some(_) => {
                    return Err(ScimRefusal::bad_request(
                        ScimType::InvalidPath,
                        "path must be a string",
                    ));
                }
            };
            let path = path_text
                .as_deref()
                .map(filter::parse_patch_path)
                .transpose()
                .map_err(|e| ScimRefusal::bad_request(ScimType::InvalidPath, e.0))?;
            let value = get(operation, "value").cloned();
            if kind != OpKind::Remove && value.is_none() {
                return Err(ScimRefusal::bad_request(
                    ScimType::InvalidValue,
                    "add and replace need a value",
                ));
            }
            if kind == OpKind::Remove && path.is_none() {
                return Err(ScimRefusal::bad_request(
                    ScimType::NoTarget,
                    "remove needs a path",
                ));
            }
            Ok(Operation {
                kind,
                path,
                path_text,
                value,
            })
        })
        .collect()
}

/// Splits a path-less operation into one operation per key of its value object (keys may
/// be dotted, `name.givenName`, or URN-qualified); other operations stay as they are.
pub fn expand(operations: Vec<Operation>, definition: &Definition) -> ScimResult<Vec<Operation>> {
    let mut out = Vec::new();
    for operation in operations {
        if operation.path.is_some() {
            out.push(operation);
            continue;
        }
        let Some(Value::Object(value)) = &operation.value else {
            return Err(ScimRefusal::bad_request(
                ScimType::InvalidValue,
                "an operation without a path needs an object value",
            ));
        };
        for (key, item) in value {
            // The extension object: each of its attributes is an operation of its own.
            if let Some((ext, _)) = definition.extension
                && key.eq_ignore_ascii_case(ext)
                && let Value::Object(inner) = item
            {
                for (inner_key, inner_value) in inner {
                    let text = format!("{ext}:{inner_key}");
                    if let Ok(path) = filter::parse_patch_path(&text) {
                        out.push(Operation {
                            kind: operation.kind,
                            path: Some(path),
                            path_text: Some(text),
                            value: Some(inner_value.clone()),
                        });
                    }
                }
                continue;
            }
            if key.eq_ignore_ascii_case("schemas") {
                continue;
            }
            // Keys that are no path at all are unknown attributes: ignored.
            if let Ok(path) = filter::parse_patch_path(key) {
                out.push(Operation {
                    kind: operation.kind,
                    path: Some(path),
                    path_text: Some(key.clone()),
                    value: Some(item.clone()),
                });
            }
        }
    }
    Ok(out)
}

fn invalid(err: schema::InvalidValue) -> ScimRefusal {
    ScimRefusal::bad_request(ScimType::InvalidValue, err.0)
}

/// The `attr eq "v"` pairs a filter is made of when it is just that (joined by `and`), so a
/// replace through a filter that matches nothing can create the value it describes.
fn equalities(filter: &Filter, out: &mut Vec<(String, Value)>) -> bool {
    match filter {
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value,
        } if path.sub.is_none() && path.urn.is_none() => {
            out.push((path.attr.clone(), value.clone()));
            true
        }
        Filter::And(a, b) => equalities(a, out) && equalities(b, out),
        _ => false,
    }
}

/// Applies `operation` to `doc`, the resource's stored attributes (externalId and active
/// included), in schema spelling.
pub fn apply(
    doc: &mut Map<String, Value>,
    definition: &Definition,
    operation: &Operation,
) -> ScimResult<()> {
    let Some(path) = &operation.path else {
        return Err(ScimRefusal::bad_request(
            ScimType::NoTarget,
            "expand path-less operations first",
        ));
    };
    // The path may name the extension object as a whole.
    if let (Some((ext, ext_attrs)), Some(text)) = (definition.extension, &operation.path_text)
        && text.trim().eq_ignore_ascii_case(ext)
    {
        return apply_to_extension(
            doc,
            ext,
            ext_attrs,
            operation.kind,
            operation.value.as_ref(),
        );
    }
    let Some((holder_urn, attr)) = definition.find(path.path.urn.as_deref(), &path.path.attr)
    else {
        // Unknown attributes are ignored (RFC 7644 §3.5.2 lets the server ignore what it
        // does not store); a directory sending one more attribute should not fail the rest.
        return Ok(());
    };
    if attr.mutability == schema::Mutability::ReadOnly {
        return Ok(());
    }
    let holder: &mut Map<String, Value> = match holder_urn {
        None => doc,
        Some(urn) => {
            let entry = doc
                .entry(urn.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            match entry.as_object_mut() {
                Some(holder) => holder,
                None => return Ok(()),
            }
        }
    };
    let value = operation.value.as_ref();
    match (&path.filter, &path.path.sub) {
        (Some(value_filter), _) => apply_filtered(
            holder,
            definition,
            attr,
            path,
            value_filter,
            operation.kind,
            value,
        ),
        (None, Some(sub)) => {
            if attr.kind != Type::Complex || attr.multi {
                return Err(ScimRefusal::bad_request(
                    ScimType::InvalidPath,
                    format!("{} has no single sub-attribute {sub}", attr.name),
                ));
            }
            let Some(sub_attr) = schema::find(attr.sub, sub) else {
                return Ok(());
            };
            let entry = holder
                .entry(attr.name.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            let Some(object) = entry.as_object_mut() else {
                return Ok(());
            };
            set_or_remove(object, sub_attr, operation.kind, value)?;
            if object.is_empty() {
                holder.remove(attr.name);
            }
            Ok(())
        }
        (None, None) => {
            match operation.kind {
                OpKind::Remove => match (attr.multi, value) {
                    // `remove emails` with a value: remove just those values.
                    (true, Some(value)) => {
                        let Some(Value::Array(remove)) =
                            schema::read_value(attr, value).map_err(invalid)?
                        else {
                            return Ok(());
                        };
                        if let Some(Value::Array(items)) = holder.get_mut(attr.name) {
                            items.retain(|item| !remove.iter().any(|r| same_value(r, item)));
                            if items.is_empty() {
                                holder.remove(attr.name);
                            }
                        }
                    }
                    _ => {
                        holder.remove(attr.name);
                    }
                },
                OpKind::Add if attr.multi => {
                    let Some(value) = value else { return Ok(()) };
                    let Some(Value::Array(new)) =
                        schema::read_value(attr, value).map_err(invalid)?
                    else {
                        return Ok(());
                    };
                    let entry = holder
                        .entry(attr.name.to_owned())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(items) = entry {
                        for item in new {
                            if !items.iter().any(|i| i == &item) {
                                items.push(item);
                            }
                        }
                    }
                }
                OpKind::Add if attr.kind == Type::Complex => {
                    let Some(value) = value else { return Ok(()) };
                    let Some(Value::Object(new)) =
                        schema::read_value(attr, value).map_err(invalid)?
                    else {
                        return Ok(());
                    };
                    let entry = holder
                        .entry(attr.name.to_owned())
                        .or_insert_with(|| Value::Object(Map::new()));
                    match entry {
                        Value::Object(existing) => existing.extend(new),
                        other => *other = Value::Object(new),
                    }
                }
                OpKind::Add | OpKind::Replace => {
                    set_or_remove(holder, attr, operation.kind, value)?
                }
            }
            Ok(())
        }
    }
}

fn apply_to_extension(
    doc: &mut Map<String, Value>,
    ext: &str,
    attrs: &[Attr],
    kind: OpKind,
    value: Option<&Value>,
) -> ScimResult<()> {
    let read = match value {
        Some(Value::Object(object)) => schema::read(attrs, object).map_err(invalid)?,
        Some(Value::Null) | None => Map::new(),
        Some(_) => {
            return Err(ScimRefusal::bad_request(
                ScimType::InvalidValue,
                format!("{ext} takes an object"),
            ));
        }
    };
    match kind {
        OpKind::Remove => {
            doc.remove(ext);
        }
        OpKind::Replace => {
            doc.remove(ext);
            if !read.is_empty() {
                doc.insert(ext.to_owned(), Value::Object(read));
            }
        }
        OpKind::Add => {
            let entry = doc
                .entry(ext.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            match entry {
                Value::Object(existing) => existing.extend(read),
                other => *other = Value::Object(read),
            }
            if doc
                .get(ext)
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty)
            {
                doc.remove(ext);
            }
        }
    }
    Ok(())
}

fn set_or_remove(
    holder: &mut Map<String, Value>,
    attr: &Attr,
    kind: OpKind,
    value: Option<&Value>,
) -> ScimResult<()> {
    match (kind, value) {
        (OpKind::Remove, _) | (_, None) => {
            holder.remove(attr.name);
        }
        (_, Some(value)) => match schema::read_value(attr, value).map_err(invalid)? {
            Some(read) => {
                holder.insert(attr.name.to_owned(), read);
            }
            None => {
                holder.remove(attr.name);
            }
        },
    }
    Ok(())
}

/// Whether two values of a multi-valued attribute are the same value: equal `value`
/// sub-attributes when both have one, else equal as a whole.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a.get("value"), b.get("value")) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn apply_filtered(
    holder: &mut Map<String, Value>,
    definition: &Definition,
    attr: &Attr,
    path: &PatchPath,
    value_filter: &Filter,
    kind: OpKind,
    value: Option<&Value>,
) -> ScimResult<()> {
    if !attr.multi {
        return Err(ScimRefusal::bad_request(
            ScimType::InvalidPath,
            format!("{} is not multi-valued", attr.name),
        ));
    }
    let case_exact = |p: &filter::AttrPath| {
        definition.case_exact(&filter::AttrPath {
            urn: None,
            attr: attr.name.to_owned(),
            sub: Some(p.attr.clone()),
        })
    };
    let sub_attr = match &path.sub_after_filter {
        Some(sub) => match schema::find(attr.sub, sub) {
            Some(sub_attr) => Some(sub_attr),
            None => return Ok(()),
        },
        None => None,
    };
    let mut items = match holder.remove(attr.name) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    let matched: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, item)| filter::matches(value_filter, item, &case_exact))
        .map(|(i, _)| i)
        .collect();
    match (kind, sub_attr) {
        (OpKind::Remove, None) => {
            let mut index = 0;
            items.retain(|_| {
                let keep = !matched.contains(&index);
                index += 1;
                keep
            });
        }
        (OpKind::Remove, Some(sub_attr)) => {
            for &i in &matched {
                if let Some(item) = items[i].as_object_mut() {
                    item.remove(sub_attr.name);
                }
            }
        }
        (_, sub_attr) => {
            let Some(value) = value else {
                return Err(ScimRefusal::bad_request(
                    ScimType::InvalidValue,
                    "add and replace need a value",
                ));
            };
            if matched.is_empty() {
                // Entra ID replaces `emails[type eq "work"].value` on a user without a work
                // email: create the value the filter describes.
                let mut described = Vec::new();
                if !equalities(value_filter, &mut described) {
                    holder.insert(attr.name.to_owned(), Value::Array(items));
                    return Err(ScimRefusal::bad_request(
                        ScimType::NoTarget,
                        format!("no value of {} matches the filter", attr.name),
                    ));
                }
                let mut item = Map::new();
                for (name, v) in described {
                    item.insert(name, v);
                }
                match (sub_attr, value) {
                    (Some(sub_attr), v) => {
                        item.insert(sub_attr.name.to_owned(), v.clone());
                    }
                    (None, Value::Object(object)) => item.extend(object.clone()),
                    (None, _) => {
                        return Err(ScimRefusal::bad_request(
                            ScimType::InvalidValue,
                            "the value must be an object",
                        ));
                    }
                }
                items.push(Value::Object(item));
            } else {
                for &i in &matched {
                    let Some(item) = items[i].as_object_mut() else {
                        continue;
                    };
                    match (sub_attr, value) {
                        (Some(sub_attr), v) => {
                            item.insert(sub_attr.name.to_owned(), v.clone());
                        }
                        (None, Value::Object(object)) => {
                            if kind == OpKind::Replace {
                                item.clear();
                            }
                            item.extend(object.clone());
                        }
                        (None, _) => {
                            return Err(ScimRefusal::bad_request(
                                ScimType::InvalidValue,
                                "the value must be an object",
                            ));
                        }
                    }
                }
            }
        }
    }
    // Re-read so sub-attribute names and types come out in schema form.
    if let Some(read) = schema::read_value(attr, &Value::Array(items)).map_err(invalid)? {
        holder.insert(attr.name.to_owned(), read);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use gatehouse_storage::scim::schema::{ENTERPRISE, USERS};
    use serde_json::json;

    fn run(doc: Value, body: Value) -> ScimResult<Value> {
        let Value::Object(mut doc) = doc else {
            panic!()
        };
        let Value::Object(body) = body else { panic!() };
        for operation in expand(parse(&body)?, &USERS)? {
            apply(&mut doc, &USERS, &operation)?;
        }
        Ok(Value::Object(USERS.read(&doc).unwrap()))
    }

    #[test]
    fn entra_dialect() {
        let doc = json!({"userName": "a", "active": true, "emails": [{"value": "a@x", "type": "work", "primary": true}]});
        let out = run(
            doc,
            json!({"Operations": [
                {"op": "Replace", "path": "active", "value": "False"},
                {"op": "Add", "path": "emails[type eq \"home\"].value", "value": "h@x"},
                {"op": "replace", "path": "emails[type eq \"work\"].value", "value": "w@x"},
                {"op": "Add", "value": {"name.givenName": "Ann", "unknownThing": 1,
                    ENTERPRISE: {"manager": {"value": "user_2"}}}},
                {"op": "Replace", "path": format!("{ENTERPRISE}:department"), "value": "R&D"},
            ]}),
        )
        .unwrap();
        assert_eq!(out["active"], json!(false));
        assert_eq!(
            out["emails"],
            json!([{"value": "w@x", "type": "work", "primary": true}, {"type": "home", "value": "h@x"}])
        );
        assert_eq!(out["name"], json!({"givenName": "Ann"}));
        assert_eq!(
            out[ENTERPRISE],
            json!({"manager": {"value": "user_2"}, "department": "R&D"})
        );
        assert!(out.get("unknownThing").is_none());
    }

    #[test]
    fn the_extension_object_is_a_path_of_its_own() {
        let doc = json!({"userName": "a", ENTERPRISE: {"costCenter": "1"}});
        let added = run(
            doc.clone(),
            json!({"Operations": [{"op": "add", "path": ENTERPRISE, "value": {"department": "D"}}]}),
        )
        .unwrap();
        assert_eq!(
            added[ENTERPRISE],
            json!({"costCenter": "1", "department": "D"})
        );
        let replaced = run(
            doc.clone(),
            json!({"Operations": [{"op": "replace", "path": ENTERPRISE, "value": {"department": "D"}}]}),
        )
        .unwrap();
        assert_eq!(replaced[ENTERPRISE], json!({"department": "D"}));
        let removed = run(
            doc,
            json!({"Operations": [{"op": "remove", "path": ENTERPRISE}]}),
        )
        .unwrap();
        assert!(removed.get(ENTERPRISE).is_none());
    }

    #[test]
    fn removal_by_filter_removes_exactly_the_match() {
        let doc = json!({"userName": "a", "emails": [{"value": "a@x", "type": "work"}, {"value": "b@x", "type": "home"}]});
        let out = run(
            doc,
            json!({"Operations": [{"op": "remove", "path": "emails[value eq \"B@X\"]"}]}),
        )
        .unwrap();
        assert_eq!(out["emails"], json!([{"value": "a@x", "type": "work"}]));
    }

    #[test]
    fn malformed_operations_are_refused() {
        let doc = json!({"userName": "a"});
        for body in [
            json!({}),
            json!({"Operations": [{"op": "move", "path": "userName"}]}),
            json!({"Operations": [{"op": "remove"}]}),
            json!({"Operations": [{"op": "add", "path": "userName"}]}),
            json!({"Operations": [{"op": "add", "path": "emails[type eq", "value": "x"}]}),
            json!({"Operations": [{"op": "replace", "path": "active", "value": "maybe"}]}),
            json!({"Operations": [{"op": "replace", "value": "not an object"}]}),
        ] {
            assert!(run(doc.clone(), body.clone()).is_err(), "{body}");
        }
    }
}
