//! The committed `openapi/openapi.json` must be exactly what the code generates.
//! Regenerate with `scripts/generate-openapi` after changing the API.

#[test]
fn committed_openapi_document_matches_the_code() {
    let generated = gatehouse_http::api::openapi().to_pretty_json().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json is out of date: run scripts/generate-openapi and commit the result"
    );
}

#[test]
fn every_operation_is_documented_for_generators() {
    let doc: serde_json::Value =
        serde_json::from_str(&gatehouse_http::api::openapi().to_pretty_json().unwrap()).unwrap();
    assert_eq!(
        doc["openapi"].as_str().map(|v| v.starts_with("3.1")),
        Some(true)
    );
    let mut ids = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{id} is not snake_case"
            );
            assert!(
                op["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{id} has no tag"
            );
            assert!(op["summary"].is_string(), "{id} has no summary");
            if path.starts_with("/v1/") {
                assert!(
                    op["security"].is_array(),
                    "{id} has no security requirement"
                );
                assert!(
                    op["responses"]["401"].is_object(),
                    "{id} does not document 401"
                );
            }
            ids.push(id.to_owned());
        }
    }
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "operation ids must be unique");
}

/// The document's redirect-URI pattern and `validate::redirect_uri` agree on every sample: a
/// generator that trusts the document neither meets refusals of what it allows nor finds
/// accepted what it forbids (Schemathesis found `iy.8y0://5z&3:qoq-W` allowed by one only).
#[test]
fn redirect_uri_pattern_matches_the_validator() {
    let doc: serde_json::Value =
        serde_json::from_str(&gatehouse_http::api::openapi().to_pretty_json().unwrap()).unwrap();
    let pattern = doc["components"]["schemas"]["CreateOAuthClient"]["properties"]["redirect_uris"]
        ["items"]["pattern"]
        .as_str()
        .expect("redirect_uris items have a pattern");
    let pattern = regex::Regex::new(pattern).unwrap();
    for sample in [
        "https://app.example.com/callback",
        "https://app.example.com:8443/cb?x=1",
        "http://localhost:3000/cb",
        "http://127.0.0.1:8080/cb",
        "http://[::1]:8080/cb",
        "com.example.app:/oauth2redirect",
        "com.example.app:",
        "com.example.app:/cb?x=1",
        "com.example.app://callback",
        "com.example.app:callback",
        "iy.8y0://5z&3:qoq-W",
        "iy.8y0:/5z&3:qoq-W",
        "http://example.com/cb",
        "https://app.example.com/cb#frag",
        "https://user:pw@app.example.com/cb",
        "javascript:alert(1)",
        "/relative",
        "ftp://example.com/",
    ] {
        assert_eq!(
            pattern.is_match(sample),
            gatehouse_domain::validate::redirect_uri(sample).is_ok(),
            "{sample}: the document and the validator disagree"
        );
    }
}
