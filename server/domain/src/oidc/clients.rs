//! OAuth clients of a project as the authorization server sees them: the built-in public
//! client (its id is the project's publishable key, its redirect URIs the project's
//! allow-list) and registered clients. Redirect URIs match exactly; test projects also accept
//! any loopback `http` URI (RFC 8252 §7.3), so local development needs no configuration.

use crate::secrets;
use crate::state::AppState;
use gatehouse_storage::db::{
    self,
    projects::{Environment, Project},
};

/// A client resolved for a request.
#[derive(Debug, Clone)]
pub struct Client {
    /// The `client_id` as presented (publishable key or `client_...`).
    pub id: String,
    /// Name to show on the hosted login.
    pub name: String,
    /// Whether the client has no secret (PKCE is then mandatory).
    pub public: bool,
    /// SHA-256 of the secret of a confidential client.
    pub secret_hash: Option<String>,
    /// Allowed redirect URIs.
    pub redirect_uris: Vec<String>,
    /// Allowed post-logout redirect URIs.
    pub post_logout_redirect_uris: Vec<String>,
    /// Whether loopback `http` URIs are accepted on any port (test projects).
    pub allow_loopback: bool,
}

impl Client {
    /// Whether `uri` may receive codes.
    pub fn accepts_redirect(&self, uri: &str) -> bool {
        self.redirect_uris.iter().any(|allowed| allowed == uri)
            || (self.allow_loopback && is_loopback_http(uri))
    }

    /// Whether `uri` may receive the browser after sign-out.
    pub fn accepts_post_logout(&self, uri: &str) -> bool {
        self.post_logout_redirect_uris
            .iter()
            .any(|allowed| allowed == uri)
            || (self.allow_loopback && is_loopback_http(uri))
    }

    /// Whether `presented` is this confidential client's secret (constant time).
    pub fn secret_matches(&self, presented: &str) -> bool {
        use subtle::ConstantTimeEq;
        match &self.secret_hash {
            Some(hash) => {
                let presented = secrets::hash_secret(presented);
                presented.as_bytes().ct_eq(hash.as_bytes()).into()
            }
            None => false,
        }
    }

    /// Origins a browser may call the token endpoint from (CORS).
    pub fn origins(&self) -> impl Iterator<Item = String> + '_ {
        self.redirect_uris.iter().filter_map(|uri| origin_of(uri))
    }
}

/// `http` on `localhost`, `127.0.0.1` or `[::1]`, without credentials or fragment.
pub fn is_loopback_http(uri: &str) -> bool {
    let Ok(url) = url::Url::parse(uri) else {
        return false;
    };
    url.scheme() == "http"
        && url.username().is_empty()
        && url.password().is_none()
        && url.fragment().is_none()
        && matches!(
            url.host_str(),
            Some("localhost") | Some("127.0.0.1") | Some("[::1]")
        )
}

/// `scheme://host[:port]` of an absolute http(s) URL.
pub fn origin_of(uri: &str) -> Option<String> {
    let url = url::Url::parse(uri).ok()?;
    matches!(url.scheme(), "http" | "https")
        .then(|| url.origin().ascii_serialization())
        .filter(|origin| origin != "null")
}

/// The built-in client of `project`.
pub fn built_in(state: &AppState, project: &Project) -> Client {
    let issuer = state.config.issuer_of(project);
    Client {
        id: secrets::publishable_key(project.environment, &issuer, &project.id),
        name: project
            .hosted_login
            .display_name
            .clone()
            .unwrap_or_else(|| project.name.clone()),
        public: true,
        secret_hash: None,
        redirect_uris: project.redirect_uris.clone(),
        post_logout_redirect_uris: project.hosted_login.post_logout_redirect_uris.clone(),
        allow_loopback: project.environment == Environment::Test,
    }
}

/// The client `client_id` names in `project`, if any.
pub async fn resolve(
    state: &AppState,
    project: &Project,
    client_id: &str,
) -> anyhow::Result<Option<Client>> {
    let built_in = built_in(state, project);
    if client_id == built_in.id {
        return Ok(Some(built_in));
    }
    if !gatehouse_storage::ids::IdKind::Client.matches(client_id) {
        return Ok(None);
    }
    let Some(stored) = db::oauth_clients::get(&state.db, &project.id, client_id).await? else {
        return Ok(None);
    };
    Ok(Some(Client {
        public: stored.client_type == "public",
        id: stored.id,
        name: stored.name,
        secret_hash: stored.secret_hash,
        redirect_uris: stored.redirect_uris,
        post_logout_redirect_uris: stored.post_logout_redirect_uris,
        allow_loopback: project.environment == Environment::Test,
    }))
}

/// Whether a browser at `origin` may call the project's token, revocation and userinfo
/// endpoints: the origin of one of its public clients' redirect URIs, or loopback for test
/// projects.
pub async fn cors_allows(
    state: &AppState,
    project: &Project,
    origin: &str,
) -> anyhow::Result<bool> {
    let built_in = built_in(state, project);
    if built_in.allow_loopback && is_loopback_http(origin) {
        return Ok(true);
    }
    if built_in.origins().any(|o| o == origin) {
        return Ok(true);
    }
    let mut cursor: Option<String> = None;
    loop {
        let page = db::oauth_clients::list(&state.db, &project.id, cursor.as_deref(), 100).await?;
        let Some(last) = page.last() else {
            return Ok(false);
        };
        if page.iter().filter(|c| c.client_type == "public").any(|c| {
            c.redirect_uris
                .iter()
                .filter_map(|uri| origin_of(uri))
                .any(|o| o == origin)
        }) {
            return Ok(true);
        }
        cursor = Some(last.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_detection() {
        assert!(is_loopback_http("http://localhost:5173/callback"));
        assert!(is_loopback_http("http://127.0.0.1:1/"));
        assert!(is_loopback_http("http://[::1]:8080/cb"));
        assert!(!is_loopback_http("https://localhost/cb"));
        assert!(!is_loopback_http("http://localhost.evil.com/cb"));
        assert!(!is_loopback_http("http://user@localhost/cb"));
        assert!(!is_loopback_http("http://localhost/cb#x"));
        assert!(!is_loopback_http("http://127.0.0.2/cb"));
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("https://app.example.com/cb?x=1").as_deref(),
            Some("https://app.example.com")
        );
        assert_eq!(
            origin_of("http://localhost:5173/").as_deref(),
            Some("http://localhost:5173")
        );
        assert_eq!(origin_of("com.example.app:/cb"), None);
    }
}
