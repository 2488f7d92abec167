//! The authorization request (OAuth 2.1 / OIDC Core §3.1.2.1), validated without I/O.
//!
//! [`identify_client`] runs first and refuses what must be shown as a page (oversized
//! parameters, no `client_id`); the caller then resolves the client (a lookup) and
//! [`validate`] checks the rest against it. A refusal about the client or the redirect URI is a
//! page ([`Refused::Page`]), never a redirect to an unverified address; once the redirect URI
//! is known to belong to the client, refusals go back to it ([`Refused::Back`]) with the
//! client's `state`. The HTTP handler (`server/http/src/api/oidc.rs`) only renders the outcome
//! and looks up the organization hint and the browser's session.

use serde::Deserialize;

use super::clients::Client;
use super::{granted_scope, is_pkce_value};
use gatehouse_storage::db::login::Authorization;

/// Longest value of any parameter.
pub const MAX_PARAM_BYTES: usize = 2048;
/// Limits of the parameters a pending sign-in stores (`login_flows`), so that an
/// unauthenticated request cannot park kilobytes in the database.
pub const MAX_STATE_BYTES: usize = 1024;
/// See [`MAX_STATE_BYTES`].
pub const MAX_NONCE_BYTES: usize = 512;
/// See [`MAX_STATE_BYTES`].
pub const MAX_LOGIN_HINT_BYTES: usize = 320;

/// The query of the authorization endpoint, as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AuthorizeParams {
    /// Must be `code`.
    pub response_type: Option<String>,
    /// The publishable key (built-in client) or `client_...`.
    pub client_id: Option<String>,
    /// Exactly one of the client's registered redirect URIs.
    pub redirect_uri: Option<String>,
    /// Space-separated: `openid`, `profile`, `email`, `offline_access`.
    pub scope: Option<String>,
    /// Opaque value returned unchanged.
    pub state: Option<String>,
    /// Copied into the ID token.
    pub nonce: Option<String>,
    /// PKCE challenge: BASE64URL(SHA256(verifier)). Required for public clients.
    pub code_challenge: Option<String>,
    /// Must be `S256`.
    pub code_challenge_method: Option<String>,
    /// `login` (always ask), `none` (never show a page), `select_account`, `consent`.
    pub prompt: Option<String>,
    /// Email to prefill.
    pub login_hint: Option<String>,
    /// Organization slug or `org_...` id: sign in to that organization only.
    pub organization: Option<String>,
    /// Seconds since the last authentication after which the person must sign in again.
    pub max_age: Option<i64>,
}

/// Why a request is refused, and where the answer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Shown to the person as an error page: the client or its redirect URI is not
    /// established, so redirecting would be an open redirect.
    Page {
        /// Stable code (`invalid_request`, `invalid_client`, `invalid_redirect_uri`).
        code: &'static str,
        /// Human text for the page.
        message: &'static str,
    },
    /// Sent back to the client's verified redirect URI as `error` / `error_description`.
    Back {
        /// The verified redirect URI.
        redirect_uri: String,
        /// The client's `state`, returned unchanged.
        state: Option<String>,
        /// OAuth error code.
        error: &'static str,
        /// Human text.
        description: &'static str,
    },
}

/// The `prompt` values that change what the endpoint does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prompts {
    /// `none`: never show a page.
    pub none: bool,
    /// `login`: ask even when a session exists.
    pub login: bool,
    /// `select_account`: let the person choose, even when a session exists.
    pub select_account: bool,
}

impl Prompts {
    /// Whether an existing session may be reused silently.
    pub fn allows_reuse(self) -> bool {
        !self.login && !self.select_account
    }
}

/// A request that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    /// What the sign-in, once complete, answers with a code.
    pub authorization: Authorization,
    /// The prompt values.
    pub prompts: Prompts,
    /// The organization named by the request (slug or id, trimmed), if any.
    pub organization: Option<String>,
    /// Email to prefill.
    pub login_hint: Option<String>,
    /// Longest acceptable time since the session's authentication, in seconds (negative
    /// values count as 0).
    pub max_age: Option<i64>,
}

fn longer_than(value: &Option<String>, limit: usize) -> bool {
    value.as_ref().is_some_and(|v| v.len() > limit)
}

/// The checks before the client is known: every parameter within its limit and a
/// `client_id` present. Answers the client id to resolve.
pub fn identify_client(params: &AuthorizeParams) -> Result<&str, Refused> {
    let any_too_long = [
        &params.response_type,
        &params.client_id,
        &params.redirect_uri,
        &params.scope,
        &params.code_challenge,
        &params.code_challenge_method,
        &params.organization,
        &params.prompt,
    ]
    .into_iter()
    .any(|v| longer_than(v, MAX_PARAM_BYTES));
    if any_too_long
        || longer_than(&params.state, MAX_STATE_BYTES)
        || longer_than(&params.nonce, MAX_NONCE_BYTES)
        || longer_than(&params.login_hint, MAX_LOGIN_HINT_BYTES)
    {
        return Err(Refused::Page {
            code: "invalid_request",
            message: "A parameter is too long.",
        });
    }
    params
        .client_id
        .as_deref()
        .filter(|c| !c.is_empty())
        .ok_or(Refused::Page {
            code: "invalid_client",
            message: "The application did not say who it is (client_id is missing).",
        })
}

/// The checks once `client` is resolved (`None`: no such client in the project).
pub fn validate(params: &AuthorizeParams, client: Option<&Client>) -> Result<Valid, Refused> {
    identify_client(params)?;
    let client = client.ok_or(Refused::Page {
        code: "invalid_client",
        message: "The application is not registered with this project.",
    })?;
    let redirect_uri = params
        .redirect_uri
        .clone()
        .filter(|r| client.accepts_redirect(r))
        .ok_or(Refused::Page {
            code: "invalid_redirect_uri",
            message: "The address to return to (redirect_uri) is missing or not registered for this application.",
        })?;
    let back = |error: &'static str, description: &'static str| Refused::Back {
        redirect_uri: redirect_uri.clone(),
        state: params.state.clone(),
        error,
        description,
    };
    if params.response_type.as_deref() != Some("code") {
        return Err(back(
            "unsupported_response_type",
            "response_type must be code",
        ));
    }
    match (
        params.code_challenge.as_deref(),
        params.code_challenge_method.as_deref(),
    ) {
        (Some(challenge), Some("S256")) if is_pkce_value(challenge, 43) => {}
        (Some(_), Some("S256")) => {
            return Err(back("invalid_request", "code_challenge is malformed"));
        }
        (Some(_), _) => {
            return Err(back(
                "invalid_request",
                "code_challenge_method must be S256 (plain is not supported)",
            ));
        }
        (None, _) if client.public => {
            return Err(back(
                "invalid_request",
                "PKCE is required: send code_challenge with code_challenge_method=S256",
            ));
        }
        (None, _) => {}
    }
    let values: Vec<&str> = params
        .prompt
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let prompts = Prompts {
        none: values.contains(&"none"),
        login: values.contains(&"login"),
        select_account: values.contains(&"select_account"),
    };
    if prompts.none && values.len() > 1 {
        return Err(back(
            "invalid_request",
            "prompt=none cannot be combined with other values",
        ));
    }
    Ok(Valid {
        authorization: Authorization {
            client_id: client.id.clone(),
            redirect_uri: redirect_uri.clone(),
            scope: granted_scope(params.scope.as_deref().unwrap_or("openid")),
            state: params.state.clone(),
            nonce: params.nonce.clone(),
            code_challenge: params.code_challenge.clone(),
        },
        prompts,
        organization: params
            .organization
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned),
        login_hint: params.login_hint.clone(),
        max_age: params.max_age.map(|m| m.max(0)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    fn client(public: bool) -> Client {
        Client {
            id: "client_app".to_owned(),
            name: "App".to_owned(),
            public,
            secret_hash: None,
            redirect_uris: vec!["https://app.example/callback".to_owned()],
            post_logout_redirect_uris: Vec::new(),
            allow_loopback: false,
        }
    }

    fn params() -> AuthorizeParams {
        AuthorizeParams {
            response_type: Some("code".to_owned()),
            client_id: Some("client_app".to_owned()),
            redirect_uri: Some("https://app.example/callback".to_owned()),
            state: Some("s1".to_owned()),
            code_challenge: Some(CHALLENGE.to_owned()),
            code_challenge_method: Some("S256".to_owned()),
            ..AuthorizeParams::default()
        }
    }

    fn accepted(result: Result<Valid, Refused>) -> Valid {
        match result {
            Ok(valid) => valid,
            Err(refused) => panic!("expected a valid request, refused with {refused:?}"),
        }
    }

    fn back_error(result: Result<Valid, Refused>) -> &'static str {
        match result {
            Err(Refused::Back {
                error,
                state,
                redirect_uri,
                ..
            }) => {
                assert_eq!(state.as_deref(), Some("s1"));
                assert_eq!(redirect_uri, "https://app.example/callback");
                error
            }
            other => panic!("expected a redirect back, got {other:?}"),
        }
    }

    fn page_code(result: Result<Valid, Refused>) -> &'static str {
        match result {
            Err(Refused::Page { code, .. }) => code,
            other => panic!("expected an error page, got {other:?}"),
        }
    }

    #[test]
    fn a_complete_request_is_valid() {
        let valid = accepted(validate(&params(), Some(&client(true))));
        assert_eq!(valid.authorization.client_id, "client_app");
        assert_eq!(valid.authorization.scope, granted_scope("openid"));
        assert!(valid.prompts.allows_reuse());
        assert_eq!(valid.organization, None);
    }

    #[test]
    fn client_and_redirect_problems_are_pages_never_redirects() {
        let mut p = params();
        p.client_id = None;
        assert_eq!(
            page_code(validate(&p, Some(&client(true)))),
            "invalid_client"
        );
        assert_eq!(page_code(validate(&params(), None)), "invalid_client");
        for uri in [None, Some("https://evil.example/callback"), Some("")] {
            let mut p = params();
            p.redirect_uri = uri.map(str::to_owned);
            assert_eq!(
                page_code(validate(&p, Some(&client(true)))),
                "invalid_redirect_uri"
            );
        }
    }

    #[test]
    fn oversized_parameters_are_refused_before_any_lookup() {
        for (field, limit) in [
            ("state", MAX_STATE_BYTES),
            ("nonce", MAX_NONCE_BYTES),
            ("login_hint", MAX_LOGIN_HINT_BYTES),
            ("scope", MAX_PARAM_BYTES),
        ] {
            let mut p = params();
            let value = Some("a".repeat(limit + 1));
            match field {
                "state" => p.state = value,
                "nonce" => p.nonce = value,
                "login_hint" => p.login_hint = value,
                _ => p.scope = value,
            }
            assert!(
                matches!(
                    identify_client(&p),
                    Err(Refused::Page {
                        code: "invalid_request",
                        ..
                    })
                ),
                "{field}"
            );
        }
        let mut at_limit = params();
        at_limit.state = Some("a".repeat(MAX_STATE_BYTES));
        assert!(validate(&at_limit, Some(&client(true))).is_ok());
    }

    #[test]
    fn pkce_rules() {
        let mut p = params();
        p.code_challenge_method = Some("plain".to_owned());
        assert_eq!(
            back_error(validate(&p, Some(&client(true)))),
            "invalid_request"
        );
        let mut p = params();
        p.code_challenge = Some("short".to_owned());
        assert_eq!(
            back_error(validate(&p, Some(&client(true)))),
            "invalid_request"
        );
        let mut p = params();
        p.code_challenge = None;
        p.code_challenge_method = None;
        assert_eq!(
            back_error(validate(&p, Some(&client(true)))),
            "invalid_request"
        );
        // A confidential client may omit PKCE.
        assert!(validate(&p, Some(&client(false))).is_ok());
    }

    #[test]
    fn response_type_and_prompt() {
        let mut p = params();
        p.response_type = Some("token".to_owned());
        assert_eq!(
            back_error(validate(&p, Some(&client(true)))),
            "unsupported_response_type"
        );
        let mut p = params();
        p.prompt = Some("none login".to_owned());
        assert_eq!(
            back_error(validate(&p, Some(&client(true)))),
            "invalid_request"
        );
        let mut p = params();
        p.prompt = Some("select_account consent".to_owned());
        let valid = accepted(validate(&p, Some(&client(true))));
        assert!(!valid.prompts.allows_reuse() && !valid.prompts.none);
    }

    #[test]
    fn organization_hint_is_trimmed_and_max_age_floored() {
        let mut p = params();
        p.organization = Some("  acme ".to_owned());
        p.max_age = Some(-5);
        let valid = accepted(validate(&p, Some(&client(true))));
        assert_eq!(valid.organization.as_deref(), Some("acme"));
        assert_eq!(valid.max_age, Some(0));
        p.organization = Some("   ".to_owned());
        assert_eq!(
            accepted(validate(&p, Some(&client(true)))).organization,
            None
        );
    }
}
