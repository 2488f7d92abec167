//! The JWKS cache and the axum extractors against a real HTTP server on 127.0.0.1 that serves a
//! key set the test controls (status, body, `Cache-Control`, delay) and counts its requests.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(dead_code)]
mod support;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU16, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use gatehouse_core::axum::{Auth, AuthState, Permission, RequirePermission};
use gatehouse_core::{
    AuthError, Authenticator, AuthenticatorOptions, CacheOptions, Client, ClientOptions,
    ClientSettings, PublishableKey, Verifier, VerifyOptions, format_api_key,
};
use serde_json::{Value, json};
use support::{AUDIENCE, ED_KID, ES_KID, ISSUER, Keys, Signer, header as jwt_header, sign};
use tower::ServiceExt;

#[derive(Default)]
struct Served {
    body: Mutex<String>,
    cache_control: Mutex<String>,
    status: AtomicU16,
    delay_ms: AtomicU64,
    hits: AtomicUsize,
}

struct JwksServer {
    addr: SocketAddr,
    served: Arc<Served>,
    task: tokio::task::JoinHandle<()>,
}

impl JwksServer {
    async fn start(jwks: &Value, cache_control: &str) -> JwksServer {
        let served = Arc::new(Served::default());
        served.status.store(200, Ordering::SeqCst);
        let server = JwksServer {
            addr: "127.0.0.1:0".parse().unwrap(),
            served,
            task: tokio::spawn(async {}),
        };
        server.serve(jwks, cache_control);
        let app = Router::new()
            .route("/.well-known/jwks.json", get(jwks_handler))
            .with_state(server.served.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        JwksServer {
            addr,
            task,
            ..server
        }
    }

    fn serve(&self, jwks: &Value, cache_control: &str) {
        *self.served.body.lock().unwrap() = jwks.to_string();
        *self.served.cache_control.lock().unwrap() = cache_control.to_owned();
    }

    fn url(&self) -> String {
        format!("http://{}/.well-known/jwks.json", self.addr)
    }

    fn hits(&self) -> usize {
        self.served.hits.load(Ordering::SeqCst)
    }

    fn verifier(&self, cache: CacheOptions) -> Verifier {
        Verifier::with_cache_options(self.url(), VerifyOptions::new(ISSUER, AUDIENCE), cache)
            .unwrap()
    }
}

async fn jwks_handler(State(served): State<Arc<Served>>) -> impl IntoResponse {
    served.hits.fetch_add(1, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(
        served.delay_ms.load(Ordering::SeqCst),
    ))
    .await;
    let status = StatusCode::from_u16(served.status.load(Ordering::SeqCst)).unwrap();
    let cache_control = served.cache_control.lock().unwrap().clone();
    let body = served.body.lock().unwrap().clone();
    (
        status,
        [
            (header::CACHE_CONTROL, cache_control),
            (header::CONTENT_TYPE, "application/json".into()),
        ],
        body,
    )
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Claims valid right now (the verifier reads the real clock).
fn live_claims(actions: &[&str]) -> Value {
    let mut claims = support::full_claims();
    claims["iat"] = json!(now() - 10);
    claims["nbf"] = json!(now() - 10);
    claims["exp"] = json!(now() + 300);
    claims["actions"] = json!(actions);
    claims
}

fn ed_token(keys: &Keys, kid: &str) -> String {
    sign(
        &jwt_header("EdDSA", kid),
        &live_claims(&["invoices:read"]),
        Signer::Ed25519(&keys.ed25519),
    )
}

fn only(jwk: Value) -> Value {
    json!({"keys": [jwk]})
}

/// Cache options that let a test see expiry within milliseconds.
fn instant_expiry() -> CacheOptions {
    let mut cache = CacheOptions::default();
    cache.min_ttl = Duration::ZERO;
    cache.retry_after_failure = Duration::ZERO;
    cache
}

#[tokio::test]
async fn keys_are_fetched_once_and_cached_for_max_age() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "public, max-age=3600").await;
    let verifier = server.verifier(CacheOptions::default());
    let token = ed_token(&keys, ED_KID);
    for _ in 0..3 {
        let claims = verifier.verify(&token).await.unwrap();
        assert_eq!(claims.organization_id(), "org_01j9zr1x2y3z4a5b6c7d8e9f0g");
    }
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn concurrent_cold_requests_share_one_fetch() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=600").await;
    server.served.delay_ms.store(200, Ordering::SeqCst);
    let verifier = server.verifier(CacheOptions::default());
    let token = ed_token(&keys, ED_KID);
    let verdicts = futures_join_all((0..20).map(|_| {
        let (verifier, token) = (verifier.clone(), token.clone());
        tokio::spawn(async move { verifier.verify(&token).await })
    }))
    .await;
    assert!(verdicts.iter().all(Result::is_ok));
    assert_eq!(server.hits(), 1);
}

async fn futures_join_all<T: Send + 'static>(
    tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut results = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        results.push(task.await.unwrap());
    }
    results
}

#[tokio::test]
async fn unknown_kid_refetches_at_most_once_per_interval() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&only(keys.p256_jwk()), "max-age=3600").await;
    let verifier = server.verifier(CacheOptions::default());
    let es_token = sign(
        &jwt_header("ES256", ES_KID),
        &live_claims(&[]),
        Signer::P256(&keys.p256),
    );
    verifier.verify(&es_token).await.unwrap();
    assert_eq!(server.hits(), 1);

    // A key published after our fetch is picked up by the unknown-kid refetch.
    server.serve(&keys.jwks(), "max-age=3600");
    verifier.verify(&ed_token(&keys, ED_KID)).await.unwrap();
    assert_eq!(server.hits(), 2);

    // Forged kids cannot make us hammer the server: that refetch spent the budget for 30 s.
    for kid in ["forged-1", "forged-2", "forged-3"] {
        assert_eq!(
            verifier.verify(&ed_token(&keys, kid)).await.unwrap_err(),
            AuthError::UnknownKey
        );
    }
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn unknown_kid_refetch_interval_is_configurable() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=3600").await;
    let mut cache = CacheOptions::default();
    cache.unknown_key_refetch_interval = Duration::ZERO;
    let verifier = server.verifier(cache);
    for (attempt, kid) in ["forged-1", "forged-2"].into_iter().enumerate() {
        assert_eq!(
            verifier.verify(&ed_token(&keys, kid)).await.unwrap_err(),
            AuthError::UnknownKey
        );
        assert_eq!(
            server.hits(),
            attempt + 2,
            "the initial fetch, then one refetch per token"
        );
    }
}

#[tokio::test]
async fn stale_keys_are_served_while_the_server_is_down() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=0").await;
    let verifier = server.verifier(instant_expiry());
    let token = ed_token(&keys, ED_KID);
    verifier.verify(&token).await.unwrap();

    server.served.status.store(500, Ordering::SeqCst);
    verifier.verify(&token).await.unwrap();
    assert_eq!(
        server.hits(),
        2,
        "the expired cache was refreshed and the failure tolerated"
    );

    server.served.status.store(200, Ordering::SeqCst);
    server.serve(&json!({"keys": "garbage"}), "max-age=0");
    verifier.verify(&token).await.unwrap();

    // The server goes away entirely: connections are refused, the cached keys still serve.
    let task = server.task;
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    verifier.verify(&token).await.unwrap();
}

#[tokio::test]
async fn nothing_cached_and_nothing_reachable_is_jwks_unavailable() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://{}/.well-known/jwks.json",
        listener.local_addr().unwrap()
    );
    drop(listener);
    let verifier = Verifier::new(url, VerifyOptions::new(ISSUER, AUDIENCE)).unwrap();
    let error = verifier
        .verify(&ed_token(&Keys::fixed(), ED_KID))
        .await
        .unwrap_err();
    assert_eq!(error.code(), "jwks_unavailable");
    assert_eq!(error.to_response().status, 503);
}

#[tokio::test]
async fn slow_servers_time_out() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=60").await;
    server.served.delay_ms.store(3_000, Ordering::SeqCst);
    let mut cache = CacheOptions::default();
    cache.request_timeout = Duration::from_millis(200);
    let verifier = server.verifier(cache);
    let started = std::time::Instant::now();
    let error = verifier.verify(&ed_token(&keys, ED_KID)).await.unwrap_err();
    assert_eq!(error.code(), "jwks_unavailable");
    assert!(started.elapsed() < Duration::from_secs(2));
}

struct WriteInvoices;
impl Permission for WriteInvoices {
    const ACTION: &'static str = "invoices:write";
}

async fn me(auth: Auth) -> String {
    let who = auth.user_id().unwrap_or("api key");
    format!("{who} {}", auth.organization_id())
}

async fn write_invoice(permitted: RequirePermission<WriteInvoices>) -> String {
    let who = permitted.auth.user_id().unwrap_or("api key");
    format!("written by {who}")
}

fn router(state: AuthState) -> Router {
    Router::new()
        .route("/me", get(me))
        .route("/invoices", axum::routing::post(write_invoice))
        .with_state(state)
}

async fn app() -> (Router, JwksServer, Keys) {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=600").await;
    let state = AuthState::new(server.verifier(CacheOptions::default()));
    (router(state), server, keys)
}

async fn call(router: &Router, request: Request<Body>) -> (StatusCode, Option<String>, Value) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let challenge = response
        .headers()
        .get(header::WWW_AUTHENTICATE)
        .map(|value| value.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let body =
        serde_json::from_slice(&bytes).unwrap_or_else(|_| json!(String::from_utf8_lossy(&bytes)));
    (status, challenge, body)
}

fn request(method: &str, path: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn auth_extractor_accepts_bearer_and_cookie_tokens() {
    let (router, _server, keys) = app().await;
    let token = ed_token(&keys, ED_KID);
    let bearer = format!("Bearer {token}");
    let (status, _, body) = call(
        &router,
        request("GET", "/me", &[("authorization", &bearer)]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        json!("user_01j9zr2b3c4d5e6f7g8h9j0k1m org_01j9zr1x2y3z4a5b6c7d8e9f0g")
    );

    let cookie = format!("theme=dark; gatehouse_access_token={token}");
    let (status, _, _) = call(&router, request("GET", "/me", &[("cookie", &cookie)])).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn auth_extractor_answers_401_like_every_binding() {
    let (router, _server, keys) = app().await;
    let (status, challenge, body) = call(&router, request("GET", "/me", &[])).await;
    assert_eq!(
        (status, challenge.as_deref()),
        (StatusCode::UNAUTHORIZED, Some("Bearer"))
    );
    assert_eq!(body["code"], "missing_token");

    let mut expired = live_claims(&[]);
    expired["exp"] = json!(now() - 120);
    let token = sign(
        &jwt_header("EdDSA", ED_KID),
        &expired,
        Signer::Ed25519(&keys.ed25519),
    );
    let bearer = format!("Bearer {token}");
    let (status, challenge, body) = call(
        &router,
        request("GET", "/me", &[("authorization", &bearer)]),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        challenge.as_deref(),
        Some("Bearer error=\"invalid_token\", error_description=\"the token has expired\"")
    );
    assert_eq!(
        body,
        json!({"error": "unauthorized", "code": "token_expired", "message": "the token has expired"})
    );

    let (status, _, body) = call(
        &router,
        request(
            "GET",
            "/me",
            &[("authorization", "Bearer gh_key_0123456789")],
        ),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_api_key"))
    );
}

#[tokio::test]
async fn require_permission_answers_403_without_the_action() {
    let (router, _server, keys) = app().await;
    let reader = format!("Bearer {}", ed_token(&keys, ED_KID));
    let (status, challenge, body) = call(
        &router,
        request("POST", "/invoices", &[("authorization", &reader)]),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        challenge.as_deref(),
        Some(
            "Bearer error=\"insufficient_scope\", error_description=\"missing permission invoices:write\""
        )
    );
    assert_eq!(body["error"], "forbidden");
    assert_eq!(body["code"], "forbidden");

    let writer = sign(
        &jwt_header("EdDSA", ED_KID),
        &live_claims(&["invoices:write"]),
        Signer::Ed25519(&keys.ed25519),
    );
    let writer = format!("Bearer {writer}");
    let (status, _, body) = call(
        &router,
        request("POST", "/invoices", &[("authorization", &writer)]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!("written by user_01j9zr2b3c4d5e6f7g8h9j0k1m"));
}

#[tokio::test]
async fn auth_gives_the_same_accessors_for_tokens() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=600").await;
    let state = AuthState::from(server.verifier(CacheOptions::default()));
    let token = ed_token(&keys, ED_KID);
    let auth = state
        .client()
        .authenticate(gatehouse_core::Credential::AccessToken(token.clone()))
        .await
        .unwrap();
    assert_eq!(auth.kind(), "access_token");
    assert_eq!(auth.credential(), token);
    assert_eq!(auth.organization_id(), "org_01j9zr1x2y3z4a5b6c7d8e9f0g");
    assert_eq!(auth.user_id(), Some("user_01j9zr2b3c4d5e6f7g8h9j0k1m"));
    assert!(auth.claims().is_some() && auth.api_key().is_none());
    assert!(auth.has_permission("invoices:read") && !auth.has_permission("invoices:write"));
    assert_eq!(
        auth.has_role("admin"),
        auth.claims().unwrap().has_role("admin")
    );
}

/// A stand-in for the server's `POST /v1/authenticate`: knows one API key, counts requests.
struct AuthenticateServer {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    _task: tokio::task::JoinHandle<()>,
}

const SECRET_KEY: &str = "sk_test_fixture";
const API_KEY_ORG: &str = "org_01j9zr1x2y3z4a5b6c7d8e9f0h";

fn api_key(secret: &str) -> String {
    format_api_key(secret).unwrap()
}

fn writer_key() -> String {
    api_key("WRITERwriterWRITERwriterWRITERwr")
}

fn reader_key() -> String {
    api_key("READERreaderREADERreaderREADERre")
}

impl AuthenticateServer {
    async fn start() -> AuthenticateServer {
        let hits = Arc::new(AtomicUsize::new(0));
        let counted = hits.clone();
        let app = Router::new().route(
            "/v1/authenticate",
            axum::routing::post(
                move |headers: axum::http::HeaderMap, body: axum::Json<Value>| async move {
                    counted.fetch_add(1, Ordering::SeqCst);
                    let authorized = headers.get(header::AUTHORIZATION).map(|v| v.as_bytes())
                        == Some(format!("Bearer {SECRET_KEY}").as_bytes());
                    if !authorized {
                        let refusal = json!({"error": "unauthorized", "code": "invalid_secret_key", "message": "no"});
                        return (StatusCode::UNAUTHORIZED, axum::Json(refusal));
                    }
                    let credential = body["credential"].as_str().unwrap_or_default();
                    let actions = if credential == writer_key() {
                        json!(["invoices:write"])
                    } else if credential == reader_key() {
                        json!([])
                    } else {
                        let refusal = json!({"error": "unauthorized", "code": "invalid_api_key", "message": "no"});
                        return (StatusCode::UNAUTHORIZED, axum::Json(refusal));
                    };
                    let answer = json!({
                        "kind": "api_key", "organization_id": API_KEY_ORG, "user_id": null,
                        "api_key_id": "akey_1", "roles": ["integration"], "actions": actions,
                    });
                    (StatusCode::OK, axum::Json(answer))
                },
            ),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        AuthenticateServer {
            addr,
            hits,
            _task: task,
        }
    }

    fn authenticator(&self, secret_key: &str, ttl: Duration) -> Authenticator {
        Authenticator::new(
            &format!("http://{}", self.addr),
            secret_key,
            AuthenticatorOptions::default().with_cache_ttl(ttl),
        )
        .unwrap()
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

async fn app_with_api_keys(secret_key: &str) -> (Router, JwksServer, AuthenticateServer, Keys) {
    let keys = Keys::fixed();
    let jwks = JwksServer::start(&keys.jwks(), "max-age=600").await;
    let authenticate = AuthenticateServer::start().await;
    let state = AuthState::new(jwks.verifier(CacheOptions::default()))
        .with_authenticator(authenticate.authenticator(secret_key, Duration::from_secs(30)));
    (router(state), jwks, authenticate, keys)
}

#[tokio::test]
async fn api_keys_are_checked_by_the_server_and_cached() {
    let (router, jwks, server, keys) = app_with_api_keys(SECRET_KEY).await;
    let writer = format!("Bearer {}", writer_key());
    for _ in 0..3 {
        let (status, _, body) = call(
            &router,
            request("GET", "/me", &[("authorization", &writer)]),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, json!(format!("api key {API_KEY_ORG}")));
    }
    assert_eq!(server.hits(), 1);

    // Access tokens still never reach the server.
    let token = format!("Bearer {}", ed_token(&keys, ED_KID));
    let (status, _, _) = call(&router, request("GET", "/me", &[("authorization", &token)])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(server.hits(), 1);

    let state = AuthState::new(jwks.verifier(CacheOptions::default()))
        .with_authenticator(server.authenticator(SECRET_KEY, Duration::from_secs(30)));
    let auth = state
        .client()
        .authenticate(gatehouse_core::Credential::ApiKey(writer_key()))
        .await
        .unwrap();
    assert_eq!(auth.kind(), "api_key");
    assert_eq!(auth.credential(), writer_key());
    assert_eq!(auth.user_id(), None);
    assert!(auth.claims().is_none() && auth.impersonator().is_none());
    assert_eq!(auth.api_key_id(), Some("akey_1"));
    assert!(auth.has_role("integration") && !auth.has_role("admin"));
    assert!(auth.has_permission("invoices:write") && !auth.has_permission("invoices:read"));
}

#[tokio::test]
async fn api_key_permissions_decide_require_permission() {
    let (router, _jwks, _server, _keys) = app_with_api_keys(SECRET_KEY).await;
    let writer = format!("Bearer {}", writer_key());
    let (status, _, body) = call(
        &router,
        request("POST", "/invoices", &[("authorization", &writer)]),
    )
    .await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!("written by api key"))
    );

    let reader = format!("Bearer {}", reader_key());
    let (status, challenge, body) = call(
        &router,
        request("POST", "/invoices", &[("authorization", &reader)]),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        challenge.as_deref(),
        Some(
            "Bearer error=\"insufficient_scope\", error_description=\"missing permission invoices:write\""
        )
    );
    assert_eq!(body["code"], "forbidden");
}

#[tokio::test]
async fn mistyped_api_keys_are_refused_without_a_request() {
    let (router, _jwks, server, _keys) = app_with_api_keys(SECRET_KEY).await;
    let mut typo = writer_key();
    typo.replace_range(10..11, if &typo[10..11] == "a" { "b" } else { "a" });
    for credential in [typo, format!("{}x", writer_key()), "gh_key_".to_owned()] {
        let bearer = format!("Bearer {credential}");
        let (status, challenge, body) = call(
            &router,
            request("GET", "/me", &[("authorization", &bearer)]),
        )
        .await;
        let expected = AuthError::InvalidApiKey.to_response();
        assert_eq!(status.as_u16(), expected.status);
        assert_eq!(challenge, expected.www_authenticate);
        assert_eq!(body, serde_json::from_str::<Value>(&expected.body).unwrap());
    }
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn unknown_api_keys_are_refused_by_the_server() {
    let (router, _jwks, server, _keys) = app_with_api_keys(SECRET_KEY).await;
    let unknown = format!("Bearer {}", api_key("UNKNOWNunknownUNKNOWNunknownUNKN"));
    let (status, _, body) = call(
        &router,
        request("GET", "/me", &[("authorization", &unknown)]),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_api_key"))
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn api_keys_without_an_authenticator_or_with_a_bad_secret_key() {
    let (router, _server, _keys) = app().await;
    let writer = format!("Bearer {}", writer_key());
    let (status, _, body) = call(
        &router,
        request("GET", "/me", &[("authorization", &writer)]),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_api_key"))
    );

    // A refused secret key is the app's misconfiguration: 503, not the caller's 401.
    let (router, _jwks, _server, _keys) = app_with_api_keys("sk_test_wrong").await;
    let (status, challenge, body) = call(
        &router,
        request("GET", "/me", &[("authorization", &writer)]),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(challenge, None);
    assert_eq!(body["code"], "server_unavailable");
}

/// The contract's outage test: with nothing listening where the server should be, a key with a
/// bad checksum is refused offline and a well-formed one is `server_unavailable`.
#[tokio::test]
async fn with_the_server_stopped_keys_are_invalid_or_unavailable() {
    let (router, _jwks, server, _keys) = app_with_api_keys(SECRET_KEY).await;
    let stopped = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let settings = ClientSettings::new(
        PublishableKey::new(&format!("http://{stopped}/p/{AUDIENCE}"), AUDIENCE, false)
            .unwrap()
            .as_str(),
        ClientOptions::default().with_secret_key(SECRET_KEY),
    )
    .unwrap();
    let client = Client::new(&settings).unwrap();
    let mut typo = writer_key();
    typo.replace_range(10..11, if &typo[10..11] == "a" { "b" } else { "a" });
    let refused = client.authenticate_str(&typo).await.unwrap_err();
    assert_eq!(refused.code(), "invalid_api_key");
    let unavailable = client.authenticate_str(&writer_key()).await.unwrap_err();
    assert_eq!(unavailable.code(), "server_unavailable");
    assert_eq!(unavailable.http_status(), 503);
    // The stand-in server of this test was never asked either.
    drop(router);
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn the_cookie_counts_only_for_safe_methods_and_preflights_pass() {
    let (router, _server, keys) = app().await;
    let writer = sign(
        &jwt_header("EdDSA", ED_KID),
        &live_claims(&["invoices:write"]),
        Signer::Ed25519(&keys.ed25519),
    );
    let cookie = format!("gatehouse_access_token={writer}");
    let (status, _, body) = call(
        &router,
        request("POST", "/invoices", &[("cookie", &cookie)]),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("missing_token"))
    );
    let (status, _, _) = call(&router, request("GET", "/me", &[("cookie", &cookie)])).await;
    assert_eq!(status, StatusCode::OK);
    let bearer = format!("Bearer {writer}");
    let (status, _, _) = call(
        &router,
        request("POST", "/invoices", &[("authorization", &bearer)]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn verified_tokens_are_remembered_until_the_keys_change() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=3600").await;
    let verifier = server.verifier(CacheOptions::default());
    let token = ed_token(&keys, ED_KID);
    assert_eq!(
        verifier.verify_seen(&token),
        None,
        "nothing fetched, nothing seen"
    );
    let first = verifier.verify(&token).await.unwrap();
    assert_eq!(verifier.verify(&token).await.unwrap(), first);
    // Seen with fresh keys: answered without waiting, and without a request.
    assert_eq!(verifier.verify_seen(&token), Some(Ok(first.clone())));
    assert_eq!(verifier.verify_seen(&ed_token(&keys, "forged")), None);
    assert_eq!(server.hits(), 1);

    // The Ed25519 key is revoked: the JWKS no longer has it. A token naming an unknown kid
    // makes the verifier refetch, and the remembered verdict on the old token goes with the
    // old keys: it is checked again, and refused.
    server.serve(&only(keys.p256_jwk()), "max-age=3600");
    assert_eq!(
        verifier
            .verify(&ed_token(&keys, "forged"))
            .await
            .unwrap_err(),
        AuthError::UnknownKey
    );
    assert_eq!(server.hits(), 2);
    assert_eq!(
        verifier.verify_seen(&token),
        None,
        "seen with keys no longer current"
    );
    assert_eq!(
        verifier.verify(&token).await.unwrap_err(),
        AuthError::UnknownKey
    );
}

#[tokio::test]
async fn a_verifier_that_remembers_no_tokens_has_seen_none() {
    let keys = Keys::fixed();
    let server = JwksServer::start(&keys.jwks(), "max-age=3600").await;
    let mut options = CacheOptions::default();
    options.verified_tokens = 0;
    let verifier = server.verifier(options);
    let token = ed_token(&keys, ED_KID);
    verifier.verify(&token).await.unwrap();
    assert_eq!(verifier.verify_seen(&token), None);
}

#[test]
fn remembered_tokens_still_expire() {
    use gatehouse_core::{Jwks, VerifiedTokens, verify_access_token};

    let keys = Keys::fixed();
    let jwks = Jwks::from_slice(keys.jwks().to_string().as_bytes()).unwrap();
    let options = VerifyOptions::new(ISSUER, AUDIENCE);
    let token = ed_token(&keys, ED_KID);
    let claims = verify_access_token(&token, &jwks, &options).unwrap();
    let mut cache = VerifiedTokens::new(2);
    cache.insert(&token, 1, &claims, &options);
    assert_eq!(cache.get(&token, 1, &options), Some(Ok(claims.clone())));
    assert_eq!(cache.get(&token, 2, &options), None, "another key set");
    // Entries are found by the signature segment, but only the whole token is a hit.
    let signature = token.rsplit_once('.').unwrap().1;
    let borrowed = format!("eyJhbGciOiJFZERTQSJ9.e30.{signature}");
    assert_eq!(
        cache.get(&borrowed, 1, &options),
        None,
        "another token, same signature"
    );
    assert_eq!(
        cache.get(signature, 1, &options),
        None,
        "the signature alone"
    );
    assert_eq!(cache.get("other", 1, &options), None);
    let after_expiry = options.clone().at(claims.expires_at + 31);
    assert_eq!(
        cache.get(&token, 1, &after_expiry),
        Some(Err(AuthError::TokenExpired))
    );
    let before_nbf = options.clone().at(claims.not_before.unwrap() - 31);
    assert_eq!(
        cache.get(&token, 1, &before_nbf),
        Some(Err(AuthError::TokenNotYetValid))
    );

    // Bounded: a full cache drops its expired entries, or everything when none has expired.
    for n in 0..5 {
        cache.insert(&format!("token-{n}"), 1, &claims, &options);
        assert!(cache.len() <= 2);
    }
    // A newer generation replaces every entry; an older one is not remembered.
    cache.insert(&token, 3, &claims, &options);
    assert_eq!(cache.len(), 1);
    cache.insert("late", 2, &claims, &options);
    assert_eq!(cache.get("late", 2, &options), None);
    assert!(VerifiedTokens::new(0).is_empty());
}
