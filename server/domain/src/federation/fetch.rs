//! The guarded outbound HTTP client for every fetch the server makes on a customer's behalf
//! (OIDC discovery, JWKS, token endpoints, SAML metadata URLs). A customer controls these URLs,
//! so the client must not become a way into our own network:
//!
//! - host names are resolved here and the refused addresses ([`super::address`]) dropped
//!   before the connector sees them, so the address checked is the address connected to (no
//!   DNS rebinding between check and connect); IP literals, which the connector does not
//!   resolve, are checked before the request is sent;
//! - redirects are never followed (a redirect answer is a failure), proxies from the
//!   environment are ignored (a proxy would connect on our behalf, unchecked);
//! - only `https` (and `http` when private addresses are allowed, which tests use for
//!   loopback); connect and total timeouts; the body limit is enforced while streaming.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

use super::address;
use super::error::FederationError;

/// What an outbound fetch may do. An operator setting; the defaults suit production.
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Allow loopback, private and other non-public addresses, and plain `http`. Only for
    /// deployments whose identity providers live on an internal network, and for tests.
    pub allow_private_addresses: bool,
    /// The longest a fetch may take, connecting and reading the body included.
    pub timeout: Duration,
    /// The largest response body accepted, in bytes.
    pub max_bytes: usize,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allow_private_addresses: false,
            timeout: Duration::from_secs(10),
            max_bytes: 1024 * 1024,
        }
    }
}

/// A response that passed the policy: a 2xx status and a body within the limit.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The HTTP status.
    pub status: u16,
    /// The `Cache-Control` header, when there is one (the JWKS cache reads `max-age`).
    pub cache_control: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// The guarded client. Cheap to clone (the connection pool is shared).
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    policy: FetchPolicy,
}

/// The resolver's refusal, found again in reqwest's error chain to give it its own code.
#[derive(Debug, thiserror::Error)]
#[error("{host} resolves only to refused addresses ({reason})")]
struct AddressRefused {
    host: String,
    reason: String,
}

/// Resolves with the system resolver and keeps only public unicast addresses.
struct PublicOnlyResolver;

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let resolved: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let mut reasons = Vec::new();
            let allowed: Vec<SocketAddr> = resolved
                .into_iter()
                .filter(|addr| match address::refusal(addr.ip()) {
                    Some(reason) => {
                        reasons.push(format!("{} is {reason}", addr.ip()));
                        false
                    }
                    None => true,
                })
                .collect();
            if allowed.is_empty() {
                let reason = if reasons.is_empty() {
                    "no addresses".to_owned()
                } else {
                    reasons.join(", ")
                };
                return Err(Box::new(AddressRefused { host, reason }) as _);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

impl Fetcher {
    /// A client following `policy`.
    pub fn new(policy: FetchPolicy) -> Self {
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(policy.timeout)
            .timeout(policy.timeout)
            .user_agent(concat!("gatehouse/", env!("CARGO_PKG_VERSION")));
        if !policy.allow_private_addresses {
            builder = builder
                .dns_resolver(Arc::new(PublicOnlyResolver))
                .https_only(true);
        }
        // Building fails only when the TLS backend cannot initialise, which is a broken build.
        #[allow(clippy::expect_used)]
        let client = builder
            .build()
            .expect("the HTTP client's TLS backend initialises");
        Self { client, policy }
    }

    /// The policy this client follows.
    pub fn policy(&self) -> &FetchPolicy {
        &self.policy
    }

    /// Whether `url` may be fetched at all: a URL, `http(s)`, `https` unless private addresses
    /// are allowed, and an IP literal host only when it is public (host names are checked
    /// when they are resolved).
    pub fn check_url(&self, url: &str) -> Result<Url, FederationError> {
        let refused = |reason: &str| FederationError::RefusedAddress {
            url: url.to_owned(),
            reason: reason.to_owned(),
        };
        let parsed = Url::parse(url).map_err(|_| refused("not a URL"))?;
        match parsed.scheme() {
            "https" => {}
            "http" if self.policy.allow_private_addresses => {}
            "http" => return Err(refused("https is required")),
            _ => return Err(refused("only http and https URLs are fetched")),
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(refused("credentials in the URL are not accepted"));
        }
        let literal = match parsed.host() {
            None => return Err(refused("the URL has no host")),
            Some(Host::Ipv4(v4)) => Some(IpAddr::V4(v4)),
            Some(Host::Ipv6(v6)) => Some(IpAddr::V6(v6)),
            Some(Host::Domain(_)) => None,
        };
        if let Some(ip) = literal
            && !self.policy.allow_private_addresses
            && let Some(reason) = address::refusal(ip)
        {
            return Err(refused(&format!("{ip} is {reason}")));
        }
        Ok(parsed)
    }

    /// GETs `url` and returns the body as text.
    pub async fn get_text(&self, url: &str) -> Result<String, FederationError> {
        let fetched = self.get(url, "*/*").await?;
        String::from_utf8(fetched.body).map_err(|_| FederationError::FetchFailed {
            url: url.to_owned(),
            reason: "the body is not UTF-8".to_owned(),
        })
    }

    /// GETs `url` and parses the body as JSON.
    pub async fn get_json(&self, url: &str) -> Result<serde_json::Value, FederationError> {
        let fetched = self.get(url, "application/json").await?;
        parse_json(url, &fetched.body)
    }

    /// GETs `url`, keeping the `Cache-Control` header.
    pub async fn get(&self, url: &str, accept: &str) -> Result<Fetched, FederationError> {
        let parsed = self.check_url(url)?;
        let request = self
            .client
            .get(parsed)
            .header(reqwest::header::ACCEPT, accept);
        self.send(url, request).await
    }

    /// POSTs an `application/x-www-form-urlencoded` body and parses the JSON answer. With
    /// `basic`, the client id and secret go in an `Authorization: Basic` header, each
    /// form-encoded first as RFC 6749 section 2.3.1 requires (so a secret with `:` or `%`
    /// survives). A non-2xx answer is an error carrying the OAuth `error` code when there is one.
    pub async fn post_form(
        &self,
        url: &str,
        form: &[(&str, &str)],
        basic: Option<(&str, &str)>,
    ) -> Result<serde_json::Value, FederationError> {
        let parsed = self.check_url(url)?;
        let mut request = self
            .client
            .post(parsed)
            .header(reqwest::header::ACCEPT, "application/json")
            .form(form);
        if let Some((user, password)) = basic {
            let encode =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            request = request.basic_auth(encode(user), Some(encode(password)));
        }
        let fetched = self.send(url, request).await?;
        parse_json(url, &fetched.body)
    }

    async fn send(
        &self,
        url: &str,
        request: reqwest::RequestBuilder,
    ) -> Result<Fetched, FederationError> {
        // reqwest's own timeout covers the body too; this one also bounds the resolver.
        match tokio::time::timeout(self.policy.timeout, self.send_inner(url, request)).await {
            Ok(result) => result,
            Err(_) => Err(FederationError::Timeout {
                url: url.to_owned(),
            }),
        }
    }

    async fn send_inner(
        &self,
        url: &str,
        request: reqwest::RequestBuilder,
    ) -> Result<Fetched, FederationError> {
        let mut response = request
            .send()
            .await
            .map_err(|err| self.classify(url, &err))?;
        let status = response.status();
        if status.is_redirection() {
            return Err(FederationError::FetchFailed {
                url: url.to_owned(),
                reason: format!("answered {status}; redirects are not followed"),
            });
        }
        let limit = self.policy.max_bytes;
        let too_large = || FederationError::TooLarge {
            url: url.to_owned(),
            limit,
        };
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(too_large());
        }
        let cache_control = response
            .headers()
            .get(reqwest::header::CACHE_CONTROL)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|err| self.classify(url, &err))?
        {
            if body.len() + chunk.len() > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        if !status.is_success() {
            return Err(FederationError::FetchFailed {
                url: url.to_owned(),
                reason: failure_reason(status, &body),
            });
        }
        Ok(Fetched {
            status: status.as_u16(),
            cache_control,
            body,
        })
    }

    fn classify(&self, url: &str, err: &reqwest::Error) -> FederationError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
        while let Some(current) = source {
            if let Some(refused) = current.downcast_ref::<AddressRefused>() {
                return FederationError::RefusedAddress {
                    url: url.to_owned(),
                    reason: refused.to_string(),
                };
            }
            source = current.source();
        }
        if err.is_timeout() {
            return FederationError::Timeout {
                url: url.to_owned(),
            };
        }
        let kind = if err.is_connect() {
            "could not connect"
        } else if err.is_body() {
            "reading the body failed"
        } else {
            "the request failed"
        };
        let mut innermost: &(dyn std::error::Error + 'static) = err;
        while let Some(next) = innermost.source() {
            innermost = next;
        }
        let reason = format!("{kind}: {innermost}");
        FederationError::FetchFailed {
            url: url.to_owned(),
            reason,
        }
    }
}

/// A short reason for a non-2xx answer: the status, and the OAuth `error` code when the body
/// is an OAuth error document.
fn failure_reason(status: reqwest::StatusCode, body: &[u8]) -> String {
    let oauth_error = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|value| value.get("error")?.as_str().map(str::to_owned))
        .filter(|code| code.len() <= 64 && code.bytes().all(|b| b.is_ascii_graphic()));
    match oauth_error {
        Some(code) => format!("answered {status} ({code})"),
        None => format!("answered {status}"),
    }
}

fn parse_json(url: &str, body: &[u8]) -> Result<serde_json::Value, FederationError> {
    serde_json::from_slice(body).map_err(|_| FederationError::FetchFailed {
        url: url.to_owned(),
        reason: "the body is not JSON".to_owned(),
    })
}
