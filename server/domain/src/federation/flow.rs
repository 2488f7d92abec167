//! The authorization code flow against a customer's provider: [`begin`] builds the authorize
//! URL (PKCE S256, random `state` and `nonce`) and the [`Pending`] record the caller keeps
//! server-side; [`finish`] exchanges the code, verifies the ID token ([`super::id_token`]) and
//! maps its claims to a [`Verified`] identity. The user info endpoint is not called: the ID
//! token carries what sign-in needs.
//!
//! Link accounts by (`issuer`, `subject`), never by `email`: a multi-tenant provider lets any
//! tenant assert any address (Entra ID's `tid`/`oid` are kept in `claims` for the same reason).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use url::Url;

use super::discovery::ProviderMetadata;
use super::error::FederationError;
use super::fetch::Fetcher;
use super::id_token;
use super::jwks::JwksCache;

/// What a started sign-in must remember until the callback. Secret: keep it server-side.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// Sent as `state`; the callback's `state` must equal it ([`check_state`]).
    pub state: String,
    /// Sent as `nonce`; the ID token's `nonce` must equal it.
    pub nonce: String,
    /// The PKCE code verifier; its S256 challenge went in the authorize URL.
    pub pkce_verifier: String,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

/// The client's credentials at the provider.
#[derive(Clone, Copy)]
pub struct ClientCredentials<'a> {
    /// The client id, the ID token's audience.
    pub client_id: &'a str,
    /// The client secret.
    pub client_secret: &'a str,
}

impl std::fmt::Debug for ClientCredentials<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// The identity a verified ID token asserts.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    /// `iss`, equal to the provider's issuer.
    pub issuer: String,
    /// `sub`: with `issuer`, the stable key of the upstream account.
    pub subject: String,
    /// `email`, as the provider gives it.
    pub email: Option<String>,
    /// `email_verified` (`true`, or the string `"true"` some providers send).
    pub email_verified: bool,
    /// `name`.
    pub name: Option<String>,
    /// `groups`, the strings of the array (empty without one).
    pub groups: Vec<String>,
    /// Whether `amr` contains `mfa`.
    pub mfa: bool,
    /// Every claim of the ID token (Entra ID's `tid` and `oid` among them).
    pub claims: serde_json::Value,
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The authorize URL for a code flow sign-in, and what to keep until the callback. `openid`
/// is added to `scopes` when missing; `login_hint` is passed through (an address the user
/// typed, so the provider can skip its own prompt).
pub fn begin(
    m: &ProviderMetadata,
    client_id: &str,
    redirect_uri: &str,
    scopes: &[&str],
    login_hint: Option<&str>,
) -> (String, Pending) {
    let pending = Pending {
        state: random_token(),
        nonce: random_token(),
        pkce_verifier: random_token(),
    };
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(pending.pkce_verifier.as_bytes()));
    let mut scope: Vec<&str> = Vec::with_capacity(scopes.len() + 1);
    if !scopes.contains(&"openid") {
        scope.push("openid");
    }
    scope.extend(scopes.iter().copied().filter(|s| !s.is_empty()));
    let scope = scope.join(" ");
    let mut params = vec![
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect_uri),
        ("scope", scope.as_str()),
        ("state", pending.state.as_str()),
        ("nonce", pending.nonce.as_str()),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];
    if let Some(hint) = login_hint.filter(|h| !h.is_empty()) {
        params.push(("login_hint", hint));
    }
    // The endpoint was checked to be a URL by discovery; a hand-built metadata with a broken
    // one gets the parameters appended as a query all the same.
    let url = match Url::parse(&m.authorization_endpoint) {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(params);
            url.to_string()
        }
        Err(_) => {
            let query: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(params)
                .finish();
            format!("{}?{query}", m.authorization_endpoint)
        }
    };
    (url, pending)
}

/// Whether the `state` the callback received is this sign-in's (constant time).
pub fn check_state(pending: &Pending, returned_state: &str) -> Result<(), FederationError> {
    if bool::from(pending.state.as_bytes().ct_eq(returned_state.as_bytes())) {
        Ok(())
    } else {
        Err(FederationError::StateMismatch)
    }
}

/// Exchanges `code` at the token endpoint (client_secret_basic, or client_secret_post when
/// that is all the provider advertises), verifies the ID token and maps its claims.
#[allow(clippy::too_many_arguments)]
pub async fn finish(
    f: &Fetcher,
    jwks: &JwksCache,
    m: &ProviderMetadata,
    c: ClientCredentials<'_>,
    redirect_uri: &str,
    code: &str,
    pending: &Pending,
    now: i64,
) -> Result<Verified, FederationError> {
    let methods = &m.token_endpoint_auth_methods_supported;
    let basic = methods.is_empty() || methods.iter().any(|m| m == "client_secret_basic");
    let post = methods.iter().any(|m| m == "client_secret_post");
    let mut form = vec![
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", redirect_uri),
        ("code_verifier", pending.pkce_verifier.as_str()),
    ];
    let credentials = if basic {
        Some((c.client_id, c.client_secret))
    } else if post {
        form.push(("client_id", c.client_id));
        form.push(("client_secret", c.client_secret));
        None
    } else {
        return Err(FederationError::TokenExchangeFailed(
            "the provider supports neither client_secret_basic nor client_secret_post".to_owned(),
        ));
    };
    let response = f
        .post_form(&m.token_endpoint, &form, credentials)
        .await
        .map_err(|err| match err {
            FederationError::FetchFailed { reason, .. } => {
                FederationError::TokenExchangeFailed(reason)
            }
            other => other,
        })?;
    let token = response
        .get("id_token")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| {
            FederationError::TokenExchangeFailed("the answer has no id_token".to_owned())
        })?;
    let claims = id_token::verify(f, jwks, m, c.client_id, token, &pending.nonce, now).await?;
    Ok(map_claims(claims))
}

/// The identity in verified claims.
pub fn map_claims(claims: serde_json::Value) -> Verified {
    let string = |name: &str| {
        claims
            .get(name)
            .and_then(serde_json::Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let strings = |name: &str| -> Vec<String> {
        claims
            .get(name)
            .and_then(serde_json::Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(serde_json::Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let email_verified = match claims.get("email_verified") {
        Some(serde_json::Value::Bool(verified)) => *verified,
        Some(serde_json::Value::String(verified)) => verified == "true",
        _ => false,
    };
    Verified {
        issuer: string("iss").unwrap_or_default(),
        subject: string("sub").unwrap_or_default(),
        email: string("email"),
        email_verified,
        name: string("name"),
        groups: strings("groups"),
        mfa: strings("amr").iter().any(|method| method == "mfa"),
        claims,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;

    fn metadata() -> ProviderMetadata {
        ProviderMetadata {
            issuer: "https://idp.example".to_owned(),
            authorization_endpoint: "https://idp.example/auth?tenant=t1".to_owned(),
            token_endpoint: "https://idp.example/token".to_owned(),
            jwks_uri: "https://idp.example/jwks".to_owned(),
            userinfo_endpoint: None,
            id_token_signing_alg_values_supported: vec!["RS256".to_owned()],
            token_endpoint_auth_methods_supported: vec![],
            code_challenge_methods_supported: vec![],
        }
    }

    #[test]
    fn begin_sends_pkce_state_nonce_and_the_hint() {
        let (url, pending) = begin(
            &metadata(),
            "client",
            "https://app.example/cb",
            &["email"],
            Some("a@corp.example"),
        );
        let url = Url::parse(&url).expect("a URL");
        let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(query["tenant"], "t1");
        assert_eq!(query["response_type"], "code");
        assert_eq!(query["scope"], "openid email");
        assert_eq!(query["state"], pending.state);
        assert_eq!(query["nonce"], pending.nonce);
        assert_eq!(query["login_hint"], "a@corp.example");
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(
            query["code_challenge"],
            URL_SAFE_NO_PAD.encode(Sha256::digest(pending.pkce_verifier.as_bytes()))
        );
        let (_, other) = begin(
            &metadata(),
            "client",
            "https://app.example/cb",
            &["openid"],
            None,
        );
        assert_ne!(other.state, pending.state);
        assert_ne!(other.nonce, pending.nonce);
        assert_eq!(pending.state.len(), 43);
        assert!(check_state(&pending, &pending.state).is_ok());
        assert_eq!(
            check_state(&pending, &other.state).map_err(|e| e.code()),
            Err("oidc_state_mismatch")
        );
    }

    #[test]
    fn claims_map_to_the_identity() {
        let verified = map_claims(serde_json::json!({
            "iss": "https://idp.example", "sub": "u1", "email": "a@corp.example",
            "email_verified": "true", "name": "A", "groups": ["g1", 2, "g2"], "amr": ["pwd", "mfa"],
            "tid": "tenant", "oid": "object",
        }));
        assert_eq!(verified.subject, "u1");
        assert!(verified.email_verified);
        assert_eq!(verified.groups, ["g1", "g2"]);
        assert!(verified.mfa);
        assert_eq!(verified.claims["tid"], "tenant");
        let plain =
            map_claims(serde_json::json!({"sub": "u2", "email_verified": "yes", "amr": "mfa"}));
        assert!(!plain.email_verified);
        assert!(!plain.mfa);
        assert!(plain.groups.is_empty());
    }
}
