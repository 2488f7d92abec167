//! The framework-neutral client every binding wraps: its settings (what a publishable key and
//! the options imply), and how a credential becomes a [`Principal`] — an access token verified
//! locally, an API key checked offline (checksum) and then by the server (`kind` included).
//!
//! [`authenticate_with_answer`] is that decision without I/O, with the server's answer given
//! as data: it is what the shared vectors of `testdata/authenticate.json` run in every
//! language. [`Client`] (feature `fetch`) takes the same steps with the JWKS cache and the
//! server's authenticate endpoint over HTTP.

use std::time::Duration;

use crate::{
    AuthError, Credential, DEFAULT_LEEWAY, Jwks, Principal, PublishableKey, PublishableKeyError,
    ServerAnswer, VerifyOptions, is_well_formed_api_key, verify_access_token,
};

/// How long the server's answers about API keys are reused unless configured.
pub const DEFAULT_API_KEY_CACHE_TTL: Duration = Duration::from_secs(30);

/// The options of a client besides its publishable key. `Default` gives the contract's values
/// (`docs/sdk-contract.md`, "Client settings").
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClientOptions {
    /// A project secret key (`sk_...`), needed only to accept organization API keys.
    pub secret_key: Option<String>,
    /// The server's backend API URL (without `/v1`); derived from the publishable key when
    /// its issuer is the server's own `{public_url}/p/{project_id}`.
    pub api_url: Option<String>,
    /// The audience tokens must carry; the project id when absent.
    pub audience: Option<String>,
    /// Clock skew tolerated on `exp` and `nbf`; [`DEFAULT_LEEWAY`] when absent.
    pub leeway: Option<Duration>,
    /// How long the server's answers about API keys are reused; 30 s when absent, zero
    /// disables the cache.
    pub api_key_cache_ttl: Option<Duration>,
}

impl std::fmt::Debug for ClientOptions {
    // Written by hand so the secret key never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field(
                "secret_key",
                &self.secret_key.as_ref().map(|_| "<redacted>"),
            )
            .field("api_url", &self.api_url)
            .field("audience", &self.audience)
            .field("leeway", &self.leeway)
            .field("api_key_cache_ttl", &self.api_key_cache_ttl)
            .finish()
    }
}

impl ClientOptions {
    /// Sets the secret key.
    pub fn with_secret_key(mut self, secret_key: impl Into<String>) -> ClientOptions {
        self.secret_key = Some(secret_key.into());
        self
    }

    /// Sets the backend API URL.
    pub fn with_api_url(mut self, api_url: impl Into<String>) -> ClientOptions {
        self.api_url = Some(api_url.into());
        self
    }

    /// Sets the audience.
    pub fn with_audience(mut self, audience: impl Into<String>) -> ClientOptions {
        self.audience = Some(audience.into());
        self
    }

    /// Sets the leeway.
    pub fn with_leeway(mut self, leeway: Duration) -> ClientOptions {
        self.leeway = Some(leeway);
        self
    }

    /// Sets the API-key cache lifetime.
    pub fn with_api_key_cache_ttl(mut self, ttl: Duration) -> ClientOptions {
        self.api_key_cache_ttl = Some(ttl);
        self
    }
}

/// Why a client cannot be configured: a mistake found at startup, never a verdict on a
/// request, so it carries none of the wire codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The publishable key is not valid.
    #[error("invalid publishable key: {0}")]
    PublishableKey(#[from] PublishableKeyError),
    /// A secret key was given, but where to send API keys cannot be derived from the
    /// publishable key (a custom issuer URL) and no API URL was given.
    #[error("api_url is required with a secret key when the project has a custom issuer URL")]
    ApiUrlRequired,
}

/// A client's settings: everything the publishable key and the options imply, derived once
/// here so every binding configures alike.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientSettings {
    key: PublishableKey,
    verify: VerifyOptions,
    api_url: Option<String>,
    secret_key: Option<String>,
    api_key_cache_ttl: Duration,
}

impl std::fmt::Debug for ClientSettings {
    // Written by hand so the secret key never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSettings")
            .field("issuer", &self.key.issuer())
            .field("project_id", &self.key.project_id())
            .field("verify", &self.verify)
            .field("api_url", &self.api_url)
            .field("has_secret_key", &self.secret_key.is_some())
            .field("api_key_cache_ttl", &self.api_key_cache_ttl)
            .finish()
    }
}

impl ClientSettings {
    /// Parses the publishable key and applies the defaults: the audience is the project id,
    /// the leeway 30 s, the API URL the server that issued the key (when its issuer says so),
    /// the API-key cache 30 s.
    pub fn new(
        publishable_key: &str,
        options: ClientOptions,
    ) -> Result<ClientSettings, ConfigError> {
        let key = PublishableKey::parse(publishable_key)?;
        let api_url = options.api_url.or_else(|| api_url_for(&key));
        if options.secret_key.is_some() && api_url.is_none() {
            return Err(ConfigError::ApiUrlRequired);
        }
        let audience = options
            .audience
            .unwrap_or_else(|| key.project_id().to_owned());
        let verify = VerifyOptions::new(key.issuer(), audience)
            .with_leeway(options.leeway.unwrap_or(DEFAULT_LEEWAY));
        Ok(ClientSettings {
            key,
            verify,
            api_url,
            secret_key: options.secret_key,
            api_key_cache_ttl: options
                .api_key_cache_ttl
                .unwrap_or(DEFAULT_API_KEY_CACHE_TTL),
        })
    }

    /// The parsed publishable key.
    pub fn publishable_key(&self) -> &PublishableKey {
        &self.key
    }

    /// The issuer tokens must come from.
    pub fn issuer(&self) -> &str {
        self.key.issuer()
    }

    /// The project the publishable key names.
    pub fn project_id(&self) -> &str {
        self.key.project_id()
    }

    /// The audience tokens must carry.
    pub fn audience(&self) -> &str {
        &self.verify.audience
    }

    /// Where the signing keys are fetched from.
    pub fn jwks_url(&self) -> String {
        self.key.jwks_url()
    }

    /// The checks applied to every token.
    pub fn verify_options(&self) -> &VerifyOptions {
        &self.verify
    }

    /// The backend API URL API keys are checked with, if known.
    pub fn api_url(&self) -> Option<&str> {
        self.api_url.as_deref()
    }

    /// Whether API keys can be checked (a secret key was configured).
    pub fn accepts_api_keys(&self) -> bool {
        self.secret_key.is_some()
    }

    /// How long the server's answers about API keys are reused.
    pub fn api_key_cache_ttl(&self) -> Duration {
        self.api_key_cache_ttl
    }

    #[cfg(feature = "fetch")]
    fn secret_key(&self) -> Option<&str> {
        self.secret_key.as_deref()
    }
}

/// The backend API URL of the server that issued a publishable key, when its issuer is the
/// server's own `{public_url}/p/{project_id}`. A custom issuer URL says nothing about where the
/// backend API is, so it gives `None` and the URL must be configured.
pub fn api_url_for(key: &PublishableKey) -> Option<String> {
    let issuer = key.issuer().trim_end_matches('/');
    let suffix = format!("/p/{}", key.project_id());
    issuer
        .strip_suffix(&suffix)
        .filter(|origin| !origin.is_empty())
        .map(str::to_owned)
}

/// The outcome of [`authenticate_with_answer`].
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The principal, or why the credential is refused.
    pub result: Result<Principal, AuthError>,
    /// Whether the decision needed the server's answer. `false` for access tokens and for API
    /// keys refused offline (bad checksum, no secret key): no request is made for those.
    pub asked_server: bool,
}

/// Authenticates a credential without I/O: an access token against `jwks`, an API key with
/// `answer` standing for what the server said (consulted only when a real client would send a
/// request). `accepts_api_keys` says whether a secret key is configured; without one nobody
/// can vouch for an API key, so it is refused with `invalid_api_key` and no request.
///
/// This is exactly the sequence [`Client::authenticate`] follows, which is why the shared
/// vectors run through it.
pub fn authenticate_with_answer(
    credential: &str,
    jwks: &Jwks,
    options: &VerifyOptions,
    accepts_api_keys: bool,
    answer: &ServerAnswer,
) -> Decision {
    let refused = |error| Decision {
        result: Err(error),
        asked_server: false,
    };
    match Credential::classify(credential) {
        Err(error) => refused(error),
        Ok(Credential::AccessToken(token)) => Decision {
            result: verify_access_token(&token, jwks, options)
                .map(|claims| Principal::from_access_token(token, claims)),
            asked_server: false,
        },
        Ok(Credential::ApiKey(key)) => match check_api_key_offline(&key, accepts_api_keys) {
            Err(error) => refused(error),
            Ok(()) => Decision {
                result: answer
                    .api_key_verdict()
                    .result
                    .map(|grant| Principal::from_api_key(key, grant)),
                asked_server: true,
            },
        },
    }
}

/// The checks an API key passes before any request: its checksum (so typos and truncations
/// cost nothing and cannot be used to make us call the server), and a secret key to ask with.
fn check_api_key_offline(key: &str, accepts_api_keys: bool) -> Result<(), AuthError> {
    if is_well_formed_api_key(key) && accepts_api_keys {
        Ok(())
    } else {
        Err(AuthError::InvalidApiKey)
    }
}

#[cfg(feature = "fetch")]
pub use online::Client;

#[cfg(feature = "fetch")]
mod online {
    use super::{ClientSettings, check_api_key_offline};
    use crate::{
        AuthError, Authenticator, AuthenticatorOptions, Claims, Credential, Principal, Verifier,
    };

    /// Authenticates requests for one project: access tokens against its cached JWKS, API keys
    /// with the server (given a secret key). Cheap to clone; clones share the caches.
    #[derive(Debug, Clone)]
    pub struct Client {
        verifier: Verifier,
        authenticator: Option<Authenticator>,
    }

    impl Client {
        /// A client for `settings`; nothing is fetched until the first request.
        pub fn new(settings: &ClientSettings) -> Result<Client, AuthError> {
            let verifier = Verifier::new(settings.jwks_url(), settings.verify_options().clone())?;
            let authenticator = match (settings.api_url(), settings.secret_key()) {
                (Some(api_url), Some(secret_key)) => Some(Authenticator::new(
                    api_url,
                    secret_key,
                    AuthenticatorOptions::default().with_cache_ttl(settings.api_key_cache_ttl()),
                )?),
                _ => None,
            };
            Ok(Client::from_parts(verifier, authenticator))
        }

        /// A client from an existing verifier and, to accept API keys, an authenticator.
        pub fn from_parts(verifier: Verifier, authenticator: Option<Authenticator>) -> Client {
            Client {
                verifier,
                authenticator,
            }
        }

        /// Verifies access tokens.
        pub fn verifier(&self) -> &Verifier {
            &self.verifier
        }

        /// Checks API keys, if configured.
        pub fn authenticator(&self) -> Option<&Authenticator> {
            self.authenticator.as_ref()
        }

        /// Verifies an access token with the project's cached signing keys.
        pub async fn verify(&self, token: &str) -> Result<Claims, AuthError> {
            self.verifier.verify(token).await
        }

        /// [`Verifier::verify_seen`]: the verdict on a token verified before with the current
        /// keys, without waiting; `None` when it needs [`Client::verify`].
        pub fn verify_seen(&self, token: &str) -> Option<Result<Claims, AuthError>> {
            self.verifier.verify_seen(token)
        }

        /// [`Verifier::verify_seen_with`]: [`Client::verify_seen`] that converts the claims
        /// in place.
        pub fn verify_seen_with<R>(
            &self,
            token: &str,
            convert: impl FnOnce(&Claims) -> R,
        ) -> Option<Result<R, AuthError>> {
            self.verifier.verify_seen_with(token, convert)
        }

        /// Authenticates a credential: an access token with the verifier, an API key (after
        /// the offline checksum, so typos cost no request) with the server, whose answer must
        /// be for an API key.
        pub async fn authenticate(&self, credential: Credential) -> Result<Principal, AuthError> {
            match credential {
                Credential::AccessToken(token) => {
                    let claims = self.verifier.verify(&token).await?;
                    Ok(Principal::from_access_token(token, claims))
                }
                Credential::ApiKey(key) => {
                    check_api_key_offline(&key, self.authenticator.is_some())?;
                    let authenticator = self
                        .authenticator
                        .as_ref()
                        .ok_or(AuthError::InvalidApiKey)?;
                    let grant = authenticator.check_api_key(&key).await?;
                    Ok(Principal::from_api_key(key, grant))
                }
            }
        }

        /// The decision on an access token verified before with the current keys, without
        /// waiting ([`Client::verify_seen`]); `None` for anything else, API keys included,
        /// which then need [`Client::authenticate`].
        pub fn authenticate_seen(
            &self,
            credential: &Credential,
        ) -> Option<Result<Principal, AuthError>> {
            let Credential::AccessToken(token) = credential else {
                return None;
            };
            let verdict = self.verifier.verify_seen(token)?;
            Some(verdict.map(|claims| Principal::from_access_token(token.clone(), claims)))
        }

        /// Authenticates a bare credential string (classified with [`Credential::classify`]).
        pub async fn authenticate_str(&self, credential: &str) -> Result<Principal, AuthError> {
            self.authenticate(Credential::classify(credential)?).await
        }
    }
}
