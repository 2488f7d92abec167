//! The OpenID Connect relying party (`server/domain/src/federation/`) against a real provider,
//! `oidc-provider` run by `scripts/lib/oidc-idp.mjs`, driven with plain HTTP; plus the guarded
//! fetcher against loopback servers.
//!
//! Tokens that `oidc-provider` cannot be made to issue (`alg: none`, a wrong audience, a bad
//! signature, several audiences without `azp`) are forged here and served by a small stand-in
//! provider ([`StandIn`]); every other case uses the real one. Expiry is tested with the real
//! provider's token and the caller's clock moved forward, which is what `finish` takes `now` for.
//!
//! The provider needs `npm ci` in `scripts/lib/oidc-idp` (done by `scripts/test-federation`).
//! Without it these tests say so and pass, unless `GATEHOUSE_REQUIRE_OIDC_IDP=1` (set by that
//! script) makes them fail.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_domain::federation::{
    self, ClientCredentials, FederationError, FetchPolicy, Fetcher, JwksCache, ProviderMetadata,
};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const CLIENT_ID: &str = "gatehouse-test";
const CLIENT_SECRET: &str = "a-client-secret-with:colon%percent";
const REDIRECT_URI: &str = "http://127.0.0.1:9/sso/oidc/callback";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn loopback_fetcher() -> Fetcher {
    Fetcher::new(FetchPolicy {
        allow_private_addresses: true,
        timeout: Duration::from_secs(10),
        max_bytes: 256 * 1024,
    })
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn code_of<T: std::fmt::Debug>(result: Result<T, FederationError>) -> &'static str {
    match result {
        Ok(value) => panic!("expected a refusal, got {value:?}"),
        Err(err) => err.code(),
    }
}

/// A running `scripts/lib/oidc-idp.mjs`, stopped when dropped.
struct Idp {
    issuer: String,
    child: std::process::Child,
    _dir: tempfile::TempDir,
    http: reqwest::Client,
}

impl Drop for Idp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Idp {
    /// Starts the provider, or `None` when its packages are not installed (and not required).
    async fn start() -> Option<Self> {
        let root = repo_root();
        if !root
            .join("scripts/lib/oidc-idp/node_modules/oidc-provider")
            .is_dir()
        {
            assert!(
                std::env::var("GATEHOUSE_REQUIRE_OIDC_IDP").as_deref() != Ok("1"),
                "GATEHOUSE_REQUIRE_OIDC_IDP=1 but scripts/lib/oidc-idp has no node_modules"
            );
            eprintln!(
                "skipped: run `npm ci` in scripts/lib/oidc-idp (scripts/test-federation does)"
            );
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let ready = dir.path().join("ready.json");
        let child = std::process::Command::new("node")
            .arg(root.join("scripts/lib/oidc-idp.mjs"))
            .arg("--ready-file")
            .arg(&ready)
            .args(["--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET])
            .args(["--redirect-uri", REDIRECT_URI])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("node starts");
        let mut idp = Idp {
            issuer: String::new(),
            child,
            _dir: dir,
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
        };
        for _ in 0..300 {
            if let Ok(text) = std::fs::read_to_string(&ready) {
                let ready: Value = serde_json::from_str(&text).expect("ready file is JSON");
                idp.issuer = ready["issuer"].as_str().expect("issuer").to_owned();
                return Some(idp);
            }
            if let Some(status) = idp.child.try_wait().expect("child status") {
                panic!("oidc-idp.mjs exited with {status}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("oidc-idp.mjs did not become ready");
    }

    /// Follows the provider's redirects from `authorize_url` (it signs the fixed user in
    /// without a form), keeping its cookies, up to the redirect to our callback; returns the
    /// callback's query.
    async fn authorize(&self, authorize_url: &str) -> HashMap<String, String> {
        let mut cookies: HashMap<String, String> = HashMap::new();
        let mut url = reqwest::Url::parse(authorize_url).expect("authorize URL");
        for _ in 0..10 {
            let cookie_header = cookies
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect::<Vec<_>>()
                .join("; ");
            let response = self
                .http
                .get(url.clone())
                .header("cookie", cookie_header)
                .send()
                .await
                .expect("provider answers");
            for set_cookie in response.headers().get_all("set-cookie") {
                let pair = set_cookie
                    .to_str()
                    .expect("ascii cookie")
                    .split(';')
                    .next()
                    .unwrap_or("");
                if let Some((name, value)) = pair.split_once('=') {
                    cookies.insert(name.trim().to_owned(), value.to_owned());
                }
            }
            let status = response.status();
            let location = response
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .map(str::to_owned);
            let Some(location) = location else {
                panic!(
                    "the provider answered {status}: {}",
                    response.text().await.unwrap_or_default()
                );
            };
            url = url.join(&location).expect("redirect URL");
            if url.as_str().starts_with(REDIRECT_URI) {
                return url.query_pairs().into_owned().collect();
            }
        }
        panic!("too many redirects");
    }

    /// Runs discovery, `begin` and the provider's side; returns what `finish` needs.
    async fn sign_in(
        &self,
        f: &Fetcher,
        client_id: &str,
        hint: Option<&str>,
    ) -> (ProviderMetadata, federation::Pending, String) {
        let metadata = federation::discover(f, &self.issuer)
            .await
            .expect("discovery");
        let (url, pending) = federation::begin(
            &metadata,
            client_id,
            REDIRECT_URI,
            &["email", "profile", "groups"],
            hint,
        );
        let callback = self.authorize(&url).await;
        federation::check_state(&pending, &callback["state"]).expect("state round-trips");
        (metadata, pending, callback["code"].clone())
    }

    async fn admin(&self, method: reqwest::Method, path: &str) -> Value {
        self.http
            .request(method, format!("{}{path}", self.issuer))
            .send()
            .await
            .expect("admin endpoint")
            .json()
            .await
            .expect("admin JSON")
    }
}

fn credentials() -> ClientCredentials<'static> {
    ClientCredentials {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
    }
}

#[tokio::test]
async fn happy_path_against_oidc_provider() {
    let Some(idp) = Idp::start().await else {
        return;
    };
    let f = loopback_fetcher();
    let jwks = JwksCache::new();
    let (metadata, pending, code) = idp
        .sign_in(&f, CLIENT_ID, Some("ada@customer.example"))
        .await;
    assert_eq!(metadata.issuer, idp.issuer);
    let verified = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await
    .expect("the sign-in verifies");
    assert_eq!(verified.issuer, idp.issuer);
    assert_eq!(verified.subject, "user-1");
    assert_eq!(verified.email.as_deref(), Some("ada@customer.example"));
    assert!(verified.email_verified);
    assert_eq!(verified.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(verified.groups, ["engineering", "admins"]);
    assert!(verified.mfa, "amr carries mfa: {}", verified.claims);
    assert_eq!(verified.claims["aud"], CLIENT_ID);
    let stats = idp.admin(reqwest::Method::GET, "/admin/stats").await;
    assert_eq!(stats["last_login_hint"], "ada@customer.example");
    assert_eq!(stats["jwks_requests"], 1);

    // The code is single-use at the provider.
    let replay = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(replay), "oidc_token_exchange_failed");
}

#[tokio::test]
async fn refusals_with_tokens_of_the_real_provider() {
    let Some(idp) = Idp::start().await else {
        return;
    };
    let f = loopback_fetcher();
    let jwks = JwksCache::new();

    // Discovery holds the issuer to exact equality (a trailing slash is another issuer).
    assert_eq!(
        code_of(federation::discover(&f, &format!("{}/", idp.issuer)).await),
        "oidc_issuer_mismatch"
    );

    // An ID token whose iss is not the configured issuer.
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    let mut other_issuer = metadata.clone();
    other_issuer.issuer = "http://127.0.0.1:9/another-tenant".to_owned();
    let result = federation::finish(
        &f,
        &jwks,
        &other_issuer,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_issuer_mismatch");

    // A nonce other than this sign-in's.
    let (metadata, mut pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    pending.nonce = "another-sign-ins-nonce".to_owned();
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_nonce_mismatch");

    // Expired: the provider's token one hour and two minutes later (its ID tokens live an hour).
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    let later = now() + 3600 + 120;
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        later,
    )
    .await;
    assert_eq!(code_of(result), "oidc_expired");

    // Issued in the future: our clock far behind the provider's.
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    let earlier = now() - 600;
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        earlier,
    )
    .await;
    assert_eq!(code_of(result), "oidc_invalid_id_token");

    // HS256 signed with the client secret, by a provider that advertises HS256.
    let hs_client = format!("{CLIENT_ID}-hs256");
    let (metadata, pending, code) = idp.sign_in(&f, &hs_client, None).await;
    assert!(
        metadata
            .id_token_signing_alg_values_supported
            .iter()
            .any(|a| a == "HS256")
    );
    let hs_credentials = ClientCredentials {
        client_id: &hs_client,
        client_secret: CLIENT_SECRET,
    };
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        hs_credentials,
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_alg_refused");

    // The wrong PKCE verifier, the wrong secret, the wrong redirect URI: the provider refuses.
    let (metadata, mut pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    pending.pkce_verifier = "x".repeat(43);
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_token_exchange_failed");
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    let wrong_secret = ClientCredentials {
        client_id: CLIENT_ID,
        client_secret: "not-the-secret",
    };
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        wrong_secret,
        REDIRECT_URI,
        &code,
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_token_exchange_failed");
}

#[tokio::test]
async fn upstream_key_rotation_refetches_once_per_cooldown() {
    let Some(idp) = Idp::start().await else {
        return;
    };
    let f = loopback_fetcher();
    let jwks = JwksCache::new();
    let start = now();
    let jwks_requests = |stats: Value| stats["jwks_requests"].as_i64().expect("count");

    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        start,
    )
    .await
    .expect("first sign-in");
    assert_eq!(
        jwks_requests(idp.admin(reqwest::Method::GET, "/admin/stats").await),
        1
    );

    // The provider rotates; 31 s later (past the cooldown) the unknown kid causes one refetch.
    idp.admin(reqwest::Method::POST, "/admin/rotate").await;
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        start + 31,
    )
    .await
    .expect("the rotated key is fetched");
    assert_eq!(
        jwks_requests(idp.admin(reqwest::Method::GET, "/admin/stats").await),
        2
    );

    // A second rotation within 30 s of that refetch: refused, and the provider is not asked.
    idp.admin(reqwest::Method::POST, "/admin/rotate").await;
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    let result = federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        start + 50,
    )
    .await;
    assert_eq!(code_of(result), "oidc_unknown_key");
    assert_eq!(
        jwks_requests(idp.admin(reqwest::Method::GET, "/admin/stats").await),
        2
    );

    // Once the cooldown has passed, the next sign-in refetches and succeeds.
    let (metadata, pending, code) = idp.sign_in(&f, CLIENT_ID, None).await;
    federation::finish(
        &f,
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        &code,
        &pending,
        start + 62,
    )
    .await
    .expect("refetched after the cooldown");
    assert_eq!(
        jwks_requests(idp.admin(reqwest::Method::GET, "/admin/stats").await),
        3
    );
}

/// A loopback HTTP/1.1 server answering each path with a fixed response, recording the
/// paths asked for. Used as the stand-in provider and for the fetcher's rules.
#[derive(Clone)]
struct StandIn {
    base: String,
    routes: Arc<Mutex<HashMap<String, Route>>>,
    requests: Arc<Mutex<Vec<String>>>,
    /// The last request to each path, head and body.
    last_request: Arc<Mutex<HashMap<String, String>>>,
}

#[derive(Clone)]
enum Route {
    /// Status, extra header lines, body.
    Fixed(u16, Vec<String>, Vec<u8>),
    /// Headers claiming a chunked body, then chunks beyond any limit.
    EndlessChunks,
    /// Reads the request and never answers.
    Silent,
}

impl StandIn {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let server = StandIn {
            base,
            routes: Arc::default(),
            requests: Arc::default(),
            last_request: Arc::default(),
        };
        let handle = server.clone();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let handle = handle.clone();
                tokio::spawn(async move {
                    let mut buffer = Vec::new();
                    let mut chunk = [0u8; 4096];
                    while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let head_end = buffer
                        .windows(4)
                        .position(|w| w == b"\r\n\r\n")
                        .map_or(buffer.len(), |at| at + 4);
                    let head = String::from_utf8_lossy(&buffer[..head_end]).to_lowercase();
                    let length = head
                        .lines()
                        .find_map(|line| line.strip_prefix("content-length:"))
                        .and_then(|value| value.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    while buffer.len() < head_end + length {
                        match socket.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let text = String::from_utf8_lossy(&buffer).to_string();
                    let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
                    let path = path.split('?').next().unwrap_or("/").to_owned();
                    handle.requests.lock().expect("lock").push(path.clone());
                    handle
                        .last_request
                        .lock()
                        .expect("lock")
                        .insert(path.clone(), text);
                    let route = handle.routes.lock().expect("lock").get(&path).cloned();
                    match route {
                        Some(Route::Fixed(status, headers, body)) => {
                            let mut response = format!(
                                "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                                body.len()
                            );
                            for header in headers {
                                response.push_str(&header);
                                response.push_str("\r\n");
                            }
                            response.push_str("\r\n");
                            let _ = socket.write_all(response.as_bytes()).await;
                            let _ = socket.write_all(&body).await;
                        }
                        Some(Route::EndlessChunks) => {
                            let _ = socket
                                .write_all(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
                                .await;
                            let piece = format!("1000\r\n{}\r\n", "a".repeat(0x1000));
                            for _ in 0..1024 {
                                if socket.write_all(piece.as_bytes()).await.is_err() {
                                    return;
                                }
                            }
                        }
                        Some(Route::Silent) => {
                            tokio::time::sleep(Duration::from_secs(60)).await;
                        }
                        None => {
                            let _ = socket
                                .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
                                .await;
                        }
                    }
                    let _ = socket.shutdown().await;
                });
            }
        });
        server
    }

    fn route(&self, path: &str, route: Route) {
        self.routes
            .lock()
            .expect("lock")
            .insert(path.to_owned(), route);
    }

    fn json(&self, path: &str, body: &Value) {
        self.route(
            path,
            Route::Fixed(
                200,
                vec!["content-type: application/json".to_owned()],
                body.to_string().into_bytes(),
            ),
        );
    }

    fn requested(&self, path: &str) -> usize {
        self.requests
            .lock()
            .expect("lock")
            .iter()
            .filter(|p| *p == path)
            .count()
    }
}

/// An ES256 key of the stand-in provider: its JWK and a signer.
struct StandInKey {
    jwk: Value,
    encoding: jsonwebtoken::EncodingKey,
    kid: String,
}

impl StandInKey {
    fn generate(kid: &str) -> Self {
        use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
        let pair = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING).expect("key");
        let pkcs8 = pair.to_pkcs8v1().expect("pkcs8");
        let point = pair.public_key().as_ref().to_vec();
        StandInKey {
            jwk: json!({
                "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": kid,
                "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
                "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
            }),
            encoding: jsonwebtoken::EncodingKey::from_ec_der(pkcs8.as_ref()),
            kid: kid.to_owned(),
        }
    }

    fn sign(&self, claims: &Value) -> String {
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding).expect("sign")
    }
}

/// The stand-in provider: discovery, a JWKS with one ES256 key, and a token endpoint that
/// answers whatever ID token the test sets.
async fn stand_in_provider(key: &StandInKey) -> (StandIn, ProviderMetadata) {
    let server = StandIn::start().await;
    let issuer = server.base.clone();
    server.json(
        "/.well-known/openid-configuration",
        &json!({
            "issuer": issuer,
            "authorization_endpoint": format!("{issuer}/authorize"),
            "token_endpoint": format!("{issuer}/token"),
            "jwks_uri": format!("{issuer}/jwks"),
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["ES256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
        }),
    );
    server.json("/jwks", &json!({"keys": [key.jwk]}));
    let metadata = federation::discover(&loopback_fetcher(), &issuer)
        .await
        .expect("stand-in discovery");
    (server, metadata)
}

fn stand_in_claims(metadata: &ProviderMetadata, nonce: &str) -> Value {
    let now = now();
    json!({"iss": metadata.issuer, "sub": "u-1", "aud": CLIENT_ID, "iat": now, "exp": now + 300, "nonce": nonce})
}

async fn finish_with(
    server: &StandIn,
    metadata: &ProviderMetadata,
    jwks: &JwksCache,
    id_token: &str,
    pending: &federation::Pending,
) -> Result<federation::Verified, FederationError> {
    finish_at(server, metadata, jwks, id_token, pending, now()).await
}

async fn finish_at(
    server: &StandIn,
    metadata: &ProviderMetadata,
    jwks: &JwksCache,
    id_token: &str,
    pending: &federation::Pending,
    at: i64,
) -> Result<federation::Verified, FederationError> {
    server.json(
        "/token",
        &json!({"access_token": "at", "token_type": "Bearer", "id_token": id_token}),
    );
    federation::finish(
        &loopback_fetcher(),
        jwks,
        metadata,
        credentials(),
        REDIRECT_URI,
        "code",
        pending,
        at,
    )
    .await
}

#[tokio::test]
async fn forged_tokens_from_a_stand_in_provider() {
    let key = StandInKey::generate("k1");
    let (server, metadata) = stand_in_provider(&key).await;
    let jwks = JwksCache::new();
    let (_, pending) = federation::begin(&metadata, CLIENT_ID, REDIRECT_URI, &[], None);
    let claims = stand_in_claims(&metadata, &pending.nonce);

    // The control: a well-formed token verifies (and client_secret_post was used).
    let verified = finish_with(&server, &metadata, &jwks, &key.sign(&claims), &pending)
        .await
        .expect("valid");
    assert_eq!(verified.subject, "u-1");
    let exchange = server.last_request.lock().expect("lock")["/token"].clone();
    assert!(exchange.contains("client_id=gatehouse-test"), "{exchange}");
    assert!(
        exchange.contains("client_secret=a-client-secret-with%3Acolon%25percent"),
        "{exchange}"
    );
    assert!(exchange.contains("code_verifier="), "{exchange}");
    assert!(
        !exchange.to_lowercase().contains("authorization:"),
        "{exchange}"
    );

    // alg none, with and without a signature part.
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    for header in [json!({"alg": "none"}), json!({"alg": "none", "kid": "k1"})] {
        let unsigned = format!("{}.{body}.", URL_SAFE_NO_PAD.encode(header.to_string()));
        assert_eq!(
            code_of(finish_with(&server, &metadata, &jwks, &unsigned, &pending).await),
            "oidc_alg_refused"
        );
    }
    // HS256 keyed with the client secret.
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    header.kid = Some("k1".to_owned());
    let hs = jsonwebtoken::encode(
        &header,
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(CLIENT_SECRET.as_bytes()),
    )
    .expect("sign");
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &hs, &pending).await),
        "oidc_alg_refused"
    );
    // An algorithm the provider does not advertise.
    let rs_header = URL_SAFE_NO_PAD.encode(json!({"alg": "RS256", "kid": "k1"}).to_string());
    let rs = format!("{rs_header}.{body}.c2ln");
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &rs, &pending).await),
        "oidc_alg_refused"
    );

    // Another client's token, and several audiences without azp naming us.
    let mut other = claims.clone();
    other["aud"] = json!("another-client");
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &key.sign(&other), &pending).await),
        "oidc_wrong_audience"
    );
    other["aud"] = json!([CLIENT_ID, "another-client"]);
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &key.sign(&other), &pending).await),
        "oidc_wrong_audience"
    );
    other["azp"] = json!("another-client");
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &key.sign(&other), &pending).await),
        "oidc_wrong_audience"
    );
    other["azp"] = json!(CLIENT_ID);
    finish_with(&server, &metadata, &jwks, &key.sign(&other), &pending)
        .await
        .expect("azp names us");

    // A signature by a key with the provider's kid but not its key; a tampered payload.
    let impostor = StandInKey::generate("k1");
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &impostor.sign(&claims), &pending).await),
        "oidc_invalid_signature"
    );
    let genuine = key.sign(&claims);
    let mut parts: Vec<&str> = genuine.split('.').collect();
    let mut tampered_claims = claims.clone();
    tampered_claims["sub"] = json!("admin");
    let tampered_body = URL_SAFE_NO_PAD.encode(tampered_claims.to_string());
    parts[1] = &tampered_body;
    assert_eq!(
        code_of(finish_with(&server, &metadata, &jwks, &parts.join("."), &pending).await),
        "oidc_invalid_signature"
    );

    // A token endpoint answer without an ID token, and an OAuth error.
    server.json("/token", &json!({"access_token": "at"}));
    let result = federation::finish(
        &loopback_fetcher(),
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        "code",
        &pending,
        now(),
    )
    .await;
    assert_eq!(code_of(result), "oidc_token_exchange_failed");
    server.route(
        "/token",
        Route::Fixed(400, vec![], br#"{"error":"invalid_grant"}"#.to_vec()),
    );
    let result = federation::finish(
        &loopback_fetcher(),
        &jwks,
        &metadata,
        credentials(),
        REDIRECT_URI,
        "code",
        &pending,
        now(),
    )
    .await;
    match result {
        Err(FederationError::TokenExchangeFailed(reason)) => {
            assert!(reason.contains("invalid_grant"), "{reason}")
        }
        other => panic!("expected a token exchange failure, got {other:?}"),
    }
}

#[tokio::test]
async fn stale_keys_are_kept_when_a_refetch_fails() {
    let key = StandInKey::generate("k1");
    let (server, metadata) = stand_in_provider(&key).await;
    let jwks = JwksCache::new();
    let (_, pending) = federation::begin(&metadata, CLIENT_ID, REDIRECT_URI, &[], None);
    let claims = stand_in_claims(&metadata, &pending.nonce);
    finish_with(&server, &metadata, &jwks, &key.sign(&claims), &pending)
        .await
        .expect("first");
    assert_eq!(server.requested("/jwks"), 1);
    // The JWKS endpoint breaks; past the cooldown, a token with an unknown kid causes one
    // refetch, which fails, and the known key still verifies the next token.
    server.route("/jwks", Route::Fixed(500, vec![], Vec::new()));
    let stranger = StandInKey::generate("k2");
    let later = now() + 31;
    let forged = stranger.sign(&claims);
    let result = finish_at(&server, &metadata, &jwks, &forged, &pending, later).await;
    assert_eq!(code_of(result), "oidc_unknown_key");
    assert_eq!(server.requested("/jwks"), 2);
    finish_at(
        &server,
        &metadata,
        &jwks,
        &key.sign(&claims),
        &pending,
        later,
    )
    .await
    .expect("the held key still verifies");
    assert_eq!(server.requested("/jwks"), 2);
    // After its time to live the set is stale; the refetch fails again and the held keys stay.
    let stale = now() + federation::jwks::DEFAULT_TTL_SECONDS + 1;
    let mut fresh_claims = claims.clone();
    fresh_claims["iat"] = json!(stale);
    fresh_claims["exp"] = json!(stale + 300);
    finish_at(
        &server,
        &metadata,
        &jwks,
        &key.sign(&fresh_claims),
        &pending,
        stale,
    )
    .await
    .expect("stale keys are kept");
    assert_eq!(server.requested("/jwks"), 3);
}

#[tokio::test]
async fn a_failing_jwks_endpoint_is_asked_once_per_cooldown() {
    let key = StandInKey::generate("k1");
    let (server, metadata) = stand_in_provider(&key).await;
    server.route("/jwks", Route::Fixed(503, vec![], Vec::new()));
    let jwks = JwksCache::new();
    let (_, pending) = federation::begin(&metadata, CLIENT_ID, REDIRECT_URI, &[], None);
    let token = key.sign(&stand_in_claims(&metadata, &pending.nonce));
    let start = now();
    for at in [start, start + 10] {
        let result = finish_at(&server, &metadata, &jwks, &token, &pending, at).await;
        assert_eq!(code_of(result), "fetch_failed");
    }
    assert_eq!(server.requested("/jwks"), 1);
    server.json("/jwks", &json!({"keys": [key.jwk]}));
    finish_at(&server, &metadata, &jwks, &token, &pending, start + 31)
        .await
        .expect("the provider recovered");
    assert_eq!(server.requested("/jwks"), 2);
}

#[tokio::test]
async fn concurrent_verifications_share_one_jwks_fetch() {
    let key = StandInKey::generate("k1");
    let (server, metadata) = stand_in_provider(&key).await;
    let jwks = Arc::new(JwksCache::new());
    let (_, pending) = federation::begin(&metadata, CLIENT_ID, REDIRECT_URI, &[], None);
    server.json(
        "/token",
        &json!({"id_token": key.sign(&stand_in_claims(&metadata, &pending.nonce))}),
    );
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (jwks, metadata, pending) = (jwks.clone(), metadata.clone(), pending.clone());
        tasks.push(tokio::spawn(async move {
            federation::finish(
                &loopback_fetcher(),
                &jwks,
                &metadata,
                credentials(),
                REDIRECT_URI,
                "code",
                &pending,
                now(),
            )
            .await
        }));
    }
    for task in tasks {
        task.await.expect("task").expect("verifies");
    }
    assert_eq!(server.requested("/jwks"), 1);
}

#[tokio::test]
async fn fetcher_refuses_non_public_addresses_unless_allowed() {
    let server = StandIn::start().await;
    server.json("/doc", &json!({"ok": true}));
    let port = server.base.rsplit(':').next().expect("port").to_owned();
    let strict = Fetcher::new(FetchPolicy::default());
    for url in [
        format!("http://127.0.0.1:{port}/doc"),
        format!("https://127.0.0.1:{port}/doc"),
        format!("https://localhost:{port}/doc"),
        format!("https://[::1]:{port}/doc"),
        format!("https://[::ffff:127.0.0.1]:{port}/doc"),
        format!("https://2130706433:{port}/doc"),
        "https://169.254.169.254/latest/meta-data/".to_owned(),
        "https://10.0.0.1/".to_owned(),
        "https://[fd00::1]/".to_owned(),
        "file:///etc/passwd".to_owned(),
        "gopher://example.com/".to_owned(),
        "https://user:pass@example.com/".to_owned(),
        "not a url".to_owned(),
    ] {
        assert_eq!(
            code_of(strict.get_json(&url).await),
            "fetch_refused_address",
            "{url}"
        );
    }
    assert_eq!(
        server.requested("/doc"),
        0,
        "nothing reached the loopback server"
    );
    // The operator setting lifts the rule (and admits http).
    let allowed = loopback_fetcher();
    assert_eq!(
        allowed
            .get_json(&format!("{}/doc", server.base))
            .await
            .expect("fetched"),
        json!({"ok": true})
    );
    assert_eq!(
        allowed
            .get_text(&format!("http://localhost:{port}/doc"))
            .await
            .expect("fetched"),
        r#"{"ok":true}"#
    );
}

#[tokio::test]
async fn fetcher_limits_size_and_time_and_follows_no_redirect() {
    let server = StandIn::start().await;
    let target = StandIn::start().await;
    target.json("/secret", &json!({"internal": true}));
    server.route("/big", Route::Fixed(200, vec![], vec![b'a'; 2048]));
    server.route("/endless", Route::EndlessChunks);
    server.route("/silent", Route::Silent);
    server.route(
        "/redirect",
        Route::Fixed(
            302,
            vec![format!("location: {}/secret", target.base)],
            Vec::new(),
        ),
    );
    server.route("/exact", Route::Fixed(200, vec![], vec![b'a'; 1024]));
    let f = Fetcher::new(FetchPolicy {
        allow_private_addresses: true,
        timeout: Duration::from_millis(500),
        max_bytes: 1024,
    });
    assert_eq!(
        f.get_text(&format!("{}/exact", server.base))
            .await
            .expect("at the limit")
            .len(),
        1024
    );
    assert_eq!(
        code_of(f.get_text(&format!("{}/big", server.base)).await),
        "fetch_too_large"
    );
    assert_eq!(
        code_of(f.get_text(&format!("{}/endless", server.base)).await),
        "fetch_too_large"
    );
    assert_eq!(
        code_of(f.get_text(&format!("{}/silent", server.base)).await),
        "fetch_timeout"
    );
    assert_eq!(
        code_of(f.get_json(&format!("{}/redirect", server.base)).await),
        "fetch_failed"
    );
    assert_eq!(
        target.requested("/secret"),
        0,
        "the redirect was not followed"
    );
    assert_eq!(
        code_of(f.get_json(&format!("{}/missing", server.base)).await),
        "fetch_failed"
    );
    assert_eq!(
        code_of(
            f.post_form(&format!("{}/missing", server.base), &[("a", "b")], None)
                .await
        ),
        "fetch_failed"
    );
}
