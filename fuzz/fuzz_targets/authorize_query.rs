//! Query strings of the authorization endpoint (`GET {issuer}/oauth/authorize`,
//! server/http/src/api/oidc.rs), read as its handler reads them (axum's `Query` into
//! `AuthorizeQuery`), then put through the pure steps it applies before touching storage:
//! the PKCE value check and scope narrowing (server/domain/src/oidc/mod.rs), the organization
//! hint's id check (server/storage/src/ids.rs), the redirect-URI rules (server/domain/src/validate.rs) and
//! building the error redirect back to the client.
//!
//! Beyond "never panics": the granted scope only holds supported scopes and narrowing is
//! idempotent, and an error redirect built on a valid redirect URI keeps its scheme, host, port and path and
//! carries the issuer.
#![no_main]

use axum::extract::Query;
use axum::http::Uri;
use gatehouse_domain::oidc::authorize::AuthorizeParams as AuthorizeQuery;
use gatehouse_storage::ids::IdKind;
use gatehouse_domain::oidc::{SUPPORTED_SCOPES, error_redirect, granted_scope, is_pkce_value};
use gatehouse_domain::validate;
use libfuzzer_sys::fuzz_target;

const ISSUER: &str = "https://auth.example.com/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2";

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(uri) =
        format!("/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2/oauth/authorize?{query}").parse::<Uri>()
    else {
        return;
    };
    let Ok(Query(request)) = Query::<AuthorizeQuery>::try_from_uri(&uri) else {
        return;
    };
    if let Some(challenge) = request.code_challenge.as_deref()
        && is_pkce_value(challenge, 43)
    {
        assert!((43..=128).contains(&challenge.len()));
    }
    let scope = granted_scope(request.scope.as_deref().unwrap_or("openid"));
    assert!(
        scope
            .split(' ')
            .all(|s| s.is_empty() || SUPPORTED_SCOPES.contains(&s))
    );
    assert_eq!(granted_scope(&scope), scope);
    if let Some(organization) = request.organization.as_deref() {
        let _ = IdKind::Organization.matches(organization.trim());
    }
    if let Some(hint) = request.login_hint.as_deref() {
        let _ = validate::email("login_hint", hint);
    }
    if let Some(redirect) = request.redirect_uri.as_deref()
        && let Ok(redirect) = validate::redirect_uri(redirect)
    {
        let back = error_redirect(
            &redirect,
            "invalid_request",
            "fuzzed",
            request.state.as_deref(),
            ISSUER,
        );
        let (Ok(before), Ok(after)) = (url::Url::parse(&redirect), url::Url::parse(&back)) else {
            panic!("error redirect of {redirect:?} is not a URL: {back:?}");
        };
        assert_eq!(before.scheme(), after.scheme());
        assert_eq!(before.host_str(), after.host_str());
        assert_eq!(before.port(), after.port());
        assert_eq!(before.path(), after.path());
        assert!(after.query_pairs().any(|(k, v)| k == "iss" && v == ISSUER));
    }
});
