//! What a SCIM client sends that is parsed before any storage call: `filter` query values
//! (server/storage/src/scim/filter.rs), translated to SQL for both databases and both
//! resources (server/storage/src/db/scim_filter.rs); PATCH paths; and `PatchOp` bodies read
//! (server/domain/src/scim/patch.rs), expanded and applied to a stored user and a stored group
//! over their schemas (server/storage/src/scim/schema.rs). The first byte picks which.
//!
//! Beyond "never panics": a translated filter numbers its placeholders from the first number
//! given, one per bound value, and every placeholder in the SQL text has a value; evaluating
//! a parsed filter against a resource is total.
#![no_main]

use gatehouse_domain::scim::patch;
use gatehouse_storage::db::Backend;
use gatehouse_storage::db::scim_filter::{Resource, translate};
use gatehouse_storage::scim::filter::{matches, parse, parse_patch_path};
use gatehouse_storage::scim::schema::{GROUPS, USERS};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};

const FIRST: usize = 3;

fn stored_user() -> Map<String, Value> {
    let user = json!({
        "userName": "alice@corp.example",
        "externalId": "ext-1",
        "active": true,
        "name": {"givenName": "Alice", "familyName": "Example"},
        "emails": [{"value": "alice@corp.example", "type": "work", "primary": true}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "department": "Engineering", "manager": {"value": "user_01"}
        }
    });
    user.as_object().cloned().unwrap_or_default()
}

fn stored_group() -> Map<String, Value> {
    let group = json!({"displayName": "Engineering", "externalId": "g-1"});
    group.as_object().cloned().unwrap_or_default()
}

/// The `$n` placeholders of `sql`, in order.
fn placeholders(sql: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = sql;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if let Ok(n) = rest[..digits].parse() {
            found.push(n);
        }
        rest = &rest[digits..];
    }
    found
}

fn filter(text: &str) {
    let Ok(filter) = parse(text) else {
        return;
    };
    for resource in [Resource::Users, Resource::Groups] {
        for backend in [Backend::Sqlite, Backend::Postgres] {
            if let Ok(sql) = translate(&filter, resource, backend, FIRST) {
                let expected: Vec<usize> = (FIRST..FIRST + sql.binds.len()).collect();
                assert_eq!(placeholders(&sql.text), expected, "{}", sql.text);
            }
        }
    }
    let _ = matches(&filter, &Value::Object(stored_user()), &|_| false);
    let _ = matches(&filter, &Value::Object(stored_group()), &|_| true);
}

fn patch_body(bytes: &[u8]) {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(bytes) else {
        return;
    };
    let Ok(operations) = patch::parse(&body) else {
        return;
    };
    for (definition, mut doc) in [(USERS, stored_user()), (GROUPS, stored_group())] {
        if let Ok(expanded) = patch::expand(operations.clone(), &definition) {
            for operation in &expanded {
                if patch::apply(&mut doc, &definition, operation).is_err() {
                    break;
                }
            }
            let _ = definition.read(&doc);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    match selector % 3 {
        0 => {
            if let Ok(text) = std::str::from_utf8(rest) {
                filter(text);
            }
        }
        1 => {
            if let Ok(text) = std::str::from_utf8(rest) {
                let _ = parse_patch_path(text);
            }
        }
        _ => patch_body(rest),
    }
});
