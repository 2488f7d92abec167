//! OpenID Connect Discovery: the provider's `/.well-known/openid-configuration`, fetched
//! through the guarded [`Fetcher`], held to the configured issuer exactly (OpenID Connect
//! Discovery 1.0, section 4.3) and to the fields the code flow needs.

use serde::{Deserialize, Serialize};
use url::Url;

use super::error::FederationError;
use super::fetch::Fetcher;

/// What the code flow needs to know about a provider. Serializable, so a caller may keep a
/// discovered copy with the connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderMetadata {
    /// The issuer, equal to the configured one.
    pub issuer: String,
    /// Where the browser is sent to sign in.
    pub authorization_endpoint: String,
    /// Where the code is exchanged.
    pub token_endpoint: String,
    /// The provider's signing keys.
    pub jwks_uri: String,
    /// The user info endpoint, when there is one (not used by [`super::finish`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userinfo_endpoint: Option<String>,
    /// The ID token algorithms the provider uses; an ID token in any other is refused.
    pub id_token_signing_alg_values_supported: Vec<String>,
    /// The client authentication methods of the token endpoint; absent means
    /// `client_secret_basic` (OpenID Connect Discovery 1.0, section 3).
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Vec<String>,
    /// The PKCE methods, when the provider says (S256 is sent either way).
    #[serde(default)]
    pub code_challenge_methods_supported: Vec<String>,
}

/// Fetches and checks the discovery document of `issuer`.
pub async fn discover(f: &Fetcher, issuer: &str) -> Result<ProviderMetadata, FederationError> {
    let allow_http = f.policy().allow_private_addresses;
    check_endpoint("issuer", issuer, allow_http)?;
    let url = format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    );
    let document = f.get_json(&url).await?;
    parse_metadata(&document, issuer, allow_http)
}

/// Checks a discovery document against the configured `issuer`; `allow_http` admits plain
/// `http` endpoints (with the fetch policy that allows private addresses).
pub fn parse_metadata(
    document: &serde_json::Value,
    issuer: &str,
    allow_http: bool,
) -> Result<ProviderMetadata, FederationError> {
    let invalid = |what: &str| FederationError::DiscoveryInvalid(what.to_owned());
    if !document.is_object() {
        return Err(invalid("the document is not a JSON object"));
    }
    let metadata: ProviderMetadata = serde_json::from_value(document.clone()).map_err(|err| {
        FederationError::DiscoveryInvalid(format!("the document does not parse: {err}"))
    })?;
    if metadata.issuer != issuer {
        return Err(FederationError::IssuerMismatch {
            expected: issuer.to_owned(),
            found: metadata.issuer,
        });
    }
    check_endpoint(
        "authorization_endpoint",
        &metadata.authorization_endpoint,
        allow_http,
    )?;
    check_endpoint("token_endpoint", &metadata.token_endpoint, allow_http)?;
    check_endpoint("jwks_uri", &metadata.jwks_uri, allow_http)?;
    if let Some(userinfo) = &metadata.userinfo_endpoint {
        check_endpoint("userinfo_endpoint", userinfo, allow_http)?;
    }
    let response_types = document
        .get("response_types_supported")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| invalid("response_types_supported is missing"))?;
    if !response_types.iter().any(|t| t.as_str() == Some("code")) {
        return Err(invalid("the provider does not support the code flow"));
    }
    if metadata.id_token_signing_alg_values_supported.is_empty() {
        return Err(invalid("id_token_signing_alg_values_supported is empty"));
    }
    Ok(metadata)
}

fn check_endpoint(field: &str, value: &str, allow_http: bool) -> Result<(), FederationError> {
    let invalid = |why: &str| FederationError::DiscoveryInvalid(format!("{field} {why}"));
    let url = Url::parse(value).map_err(|_| invalid("is not a URL"))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_http => {}
        _ => return Err(invalid("must be an https URL")),
    }
    if url.fragment().is_some() {
        return Err(invalid("must not have a fragment"));
    }
    if field == "issuer" && url.query().is_some() {
        return Err(invalid("must not have a query"));
    }
    if url.host().is_none() {
        return Err(invalid("has no host"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;
    use serde_json::json;

    fn document() -> serde_json::Value {
        json!({
            "issuer": "https://idp.example",
            "authorization_endpoint": "https://idp.example/auth",
            "token_endpoint": "https://idp.example/token",
            "jwks_uri": "https://idp.example/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        })
    }

    fn refusal(document: &serde_json::Value, allow_http: bool) -> &'static str {
        match parse_metadata(document, "https://idp.example", allow_http) {
            Ok(_) => "accepted",
            Err(err) => err.code(),
        }
    }

    #[test]
    fn a_complete_document_is_accepted() {
        let metadata = parse_metadata(&document(), "https://idp.example", false).expect("valid");
        assert_eq!(metadata.token_endpoint, "https://idp.example/token");
        assert!(metadata.token_endpoint_auth_methods_supported.is_empty());
    }

    #[test]
    fn the_issuer_must_match_exactly() {
        for issuer in [
            "https://idp.example/",
            "https://IDP.example",
            "https://other.example",
        ] {
            let mut doc = document();
            doc["issuer"] = json!(issuer);
            assert_eq!(refusal(&doc, false), "oidc_issuer_mismatch", "{issuer}");
        }
    }

    #[test]
    fn required_fields_and_https_endpoints() {
        for field in [
            "authorization_endpoint",
            "token_endpoint",
            "jwks_uri",
            "response_types_supported",
            "id_token_signing_alg_values_supported",
            "issuer",
        ] {
            let mut doc = document();
            doc.as_object_mut().expect("object").remove(field);
            assert_eq!(refusal(&doc, false), "oidc_discovery_invalid", "{field}");
        }
        let mut doc = document();
        doc["token_endpoint"] = json!("http://idp.example/token");
        assert_eq!(refusal(&doc, false), "oidc_discovery_invalid");
        assert_eq!(refusal(&doc, true), "accepted");
        doc["token_endpoint"] = json!("javascript:alert(1)");
        assert_eq!(refusal(&doc, true), "oidc_discovery_invalid");
        let mut doc = document();
        doc["response_types_supported"] = json!(["id_token"]);
        assert_eq!(refusal(&doc, false), "oidc_discovery_invalid");
        let mut doc = document();
        doc["id_token_signing_alg_values_supported"] = json!([]);
        assert_eq!(refusal(&doc, false), "oidc_discovery_invalid");
        assert_eq!(refusal(&json!([1, 2]), false), "oidc_discovery_invalid");
    }
}
