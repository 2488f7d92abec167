//! The OpenID Provider's core: OAuth clients, authorization codes bound to PKCE, and ID
//! tokens. The HTTP endpoints are in `api::oidc` and `api::oauth`; the hosted pages that
//! authenticate the person are in `hosted`.

pub mod authorize;
pub mod clients;

use serde::Serialize;

use crate::state::AppState;
use crate::{secrets, signing};
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::{self, login::Authorization, login::LoginSession, users::User};
use gatehouse_storage::db::{organizations::Organization, projects::Project, sessions::Session};

/// An authorization code is exchanged within this many seconds or not at all.
pub const CODE_LIFETIME_SECONDS: i64 = 60;
/// Lifetime of ID tokens.
pub const ID_TOKEN_LIFETIME_SECONDS: i64 = 3600;

/// Scopes the provider knows; others are dropped from the granted scope.
pub const SUPPORTED_SCOPES: [&str; 4] = ["openid", "profile", "email", "offline_access"];

/// Appends query parameters to `uri`, keeping those it has.
pub fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
    match url::Url::parse(uri) {
        Ok(mut url) => {
            {
                let mut pairs = url.query_pairs_mut();
                for (key, value) in params {
                    pairs.append_pair(key, value);
                }
            }
            url.to_string()
        }
        Err(_) => uri.to_owned(),
    }
}

/// The redirect URI with an RFC 6749 §4.1.2.1 error (and the RFC 9207 `iss`).
pub fn error_redirect(
    flow_redirect: &str,
    error: &str,
    description: &str,
    state: Option<&str>,
    issuer: &str,
) -> String {
    let mut params = vec![("error", error), ("error_description", description)];
    if let Some(state) = state {
        params.push(("state", state));
    }
    params.push(("iss", issuer));
    with_query(flow_redirect, &params)
}

/// Issues a single-use code for `user` answering `request`, and returns the redirect URI
/// carrying the code, the client's `state` and the issuer (RFC 9207).
pub async fn issue_code(
    state: &AppState,
    project: &Project,
    request: &Authorization,
    user: &User,
    login: &LoginSession,
) -> anyhow::Result<String> {
    let now = state.clock.now();
    let code = secrets::random_token(32);
    db::login::insert_code(
        &state.db,
        &db::login::Code {
            code_hash: secrets::hash_secret(&code),
            project_id: project.id.clone(),
            client_id: request.client_id.clone(),
            redirect_uri: request.redirect_uri.clone(),
            scope: request.scope.clone(),
            nonce: request.nonce.clone(),
            code_challenge: request.code_challenge.clone(),
            user_id: user.id.clone(),
            login_session_id: login.id.clone(),
            amr: login.amr.clone(),
            auth_time: login.auth_time,
            session_id: None,
            created_at: now,
            expires_at: now + CODE_LIFETIME_SECONDS,
            used_at: None,
        },
    )
    .await?;
    let issuer = state.config.issuer_of(project);
    let mut params = vec![("code", code.as_str())];
    if let Some(client_state) = request.state.as_deref() {
        params.push(("state", client_state));
    }
    params.push(("iss", issuer.as_str()));
    Ok(with_query(&request.redirect_uri, &params))
}

/// RFC 7636 S256: `BASE64URL(SHA256(verifier)) == challenge`, in constant time.
pub fn pkce_matches(verifier: &str, challenge: &str) -> bool {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    use subtle::ConstantTimeEq;
    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(Sha256::digest(verifier.as_bytes()));
    computed.as_bytes().ct_eq(challenge.as_bytes()).into()
}

/// Whether `value` is a well-formed PKCE verifier (RFC 7636 §4.1) or S256 challenge.
pub fn is_pkce_value(value: &str, min: usize) -> bool {
    (min..=128).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

#[derive(Serialize)]
struct IdTokenClaims<'a> {
    iss: String,
    sub: &'a str,
    aud: &'a str,
    azp: &'a str,
    exp: i64,
    iat: i64,
    auth_time: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    nonce: Option<&'a str>,
    sid: &'a str,
    amr: &'a Amr,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email_verified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    org_id: &'a str,
    org_slug: &'a str,
    org_name: &'a str,
    /// The SSO connection that signed the person in (`docs/token-contract.md`).
    #[serde(skip_serializing_if = "Option::is_none")]
    sso_connection_id: Option<&'a str>,
}

/// What an ID token states about one sign-in.
#[derive(Debug)]
pub struct IdTokenInput<'a> {
    /// The client it is for (`aud`).
    pub client_id: &'a str,
    /// Granted scope.
    pub scope: &'a str,
    /// The client's nonce.
    pub nonce: Option<&'a str>,
    /// When the person authenticated.
    pub auth_time: i64,
}

/// Signs an OpenID Connect ID token (OIDC Core §2) for `user` in `org`.
pub async fn id_token(
    state: &AppState,
    project: &Project,
    org: &Organization,
    user: &User,
    session: &Session,
    input: &IdTokenInput<'_>,
) -> anyhow::Result<String> {
    let now = state.clock.now();
    let scopes: Vec<&str> = input.scope.split(' ').collect();
    let email = scopes.contains(&"email");
    let profile = scopes.contains(&"profile");
    let claims = IdTokenClaims {
        iss: state.config.issuer_of(project),
        sub: &user.id,
        aud: input.client_id,
        azp: input.client_id,
        exp: now + ID_TOKEN_LIFETIME_SECONDS,
        iat: now,
        auth_time: input.auth_time,
        nonce: input.nonce,
        sid: &session.id,
        amr: &session.amr,
        email: email.then_some(user.email.as_str()),
        email_verified: email.then_some(user.email_verified),
        name: if profile { user.name.as_deref() } else { None },
        org_id: &org.id,
        org_slug: &org.slug,
        org_name: &org.name,
        sso_connection_id: session.sso_connection_id.as_deref(),
    };
    signing::sign(state, project, "JWT", &claims).await
}

/// Keeps the known scopes of a requested scope string, in a canonical order.
pub fn granted_scope(requested: &str) -> String {
    let requested: Vec<&str> = requested.split_whitespace().collect();
    SUPPORTED_SCOPES
        .iter()
        .filter(|scope| requested.contains(scope))
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_rfc7636_example() {
        // RFC 7636 Appendix B.
        assert!(pkce_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        ));
        assert!(!pkce_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        ));
    }

    #[test]
    fn query_parameters_are_appended_and_encoded() {
        assert_eq!(
            with_query(
                "https://app.example/cb?x=1",
                &[("code", "a b"), ("state", "&")]
            ),
            "https://app.example/cb?x=1&code=a+b&state=%26"
        );
    }

    #[test]
    fn unknown_scopes_are_dropped() {
        assert_eq!(granted_scope("email openid admin"), "openid email");
        assert_eq!(granted_scope(""), "");
    }
}
