//! The OpenID Provider over HTTP: the authorization-code flow with PKCE through the hosted
//! login's HTML forms, the token endpoint's checks, ID tokens, userinfo, RP-initiated
//! logout, CSRF, and the attacks a provider must refuse (open redirects, code reuse, codes
//! from other clients or projects, missing PKCE).

use crate::common::TestServer;
use crate::common::browser::{Answer, Browser, Pkce, field, pkce, query_param};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{Value, json};

const PASSWORD: &str = "correct horse battery staple";
const REDIRECT: &str = "http://localhost:5173/callback";

fn issuer(server: &TestServer) -> String {
    server.project.issuer.clone()
}

fn authorize_url(
    server: &TestServer,
    client_id: &str,
    challenge: Option<&str>,
    extra: &[(&str, &str)],
) -> String {
    let mut url = url::Url::parse(&format!("{}/oauth/authorize", issuer(server))).expect("url");
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", client_id)
            .append_pair("redirect_uri", REDIRECT)
            .append_pair("scope", "openid email profile offline_access")
            .append_pair("state", "state-123")
            .append_pair("nonce", "nonce-456");
        if let Some(challenge) = challenge {
            q.append_pair("code_challenge", challenge)
                .append_pair("code_challenge_method", "S256");
        }
        for (k, v) in extra {
            q.append_pair(k, v);
        }
    }
    url.to_string()
}

/// An organization with a password user; returns (org id, user id).
async fn user_with_password(server: &TestServer, slug: &str, email: &str) -> (String, String) {
    let org = server.create_org(slug, slug).await;
    let user = server
        .person(&org, email)
        .password(PASSWORD)
        .create_id()
        .await;
    (org, user)
}

/// Signs in through the hosted pages from an authorize URL; returns the final redirect.
async fn sign_in(browser: &mut Browser, authorize: &str, email: &str, password: &str) -> Answer {
    let start = browser.get(authorize).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER, "{}", start.body);
    let login_url = start.location.expect("to the login page");
    let page = browser.get(&login_url).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let csrf = field(&page.body, "csrf_token");
    let flow = field(&page.body, "flow");
    let base = login_url.split("/login").next().expect("issuer").to_owned();
    let methods = browser
        .post(
            &format!("{base}/login"),
            &[("csrf_token", &csrf), ("flow", &flow), ("email", email)],
        )
        .await;
    assert_eq!(methods.status, StatusCode::OK, "{}", methods.body);
    browser
        .post(
            &format!("{base}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("email", email),
                ("password", password),
            ],
        )
        .await
}

async fn exchange(server: &TestServer, form: &[(&str, &str)]) -> (StatusCode, Value) {
    let response = server
        .client()
        .post(format!("{}/oauth/token", issuer(server)))
        .form(form)
        .send()
        .await
        .expect("token request");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn jwt_claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("payload");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("b64")).expect("json")
}

async fn code_for_demo(
    server: &TestServer,
    browser: &mut Browser,
    email: &str,
    p: &Pkce,
) -> String {
    let pk = server.project.publishable_key.clone();
    let done = sign_in(
        browser,
        &authorize_url(server, &pk, Some(&p.challenge), &[]),
        email,
        PASSWORD,
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let location = done.location.expect("back to the app");
    assert!(location.starts_with(REDIRECT), "{location}");
    assert_eq!(
        query_param(&location, "state").as_deref(),
        Some("state-123")
    );
    assert_eq!(
        query_param(&location, "iss").as_deref(),
        Some(issuer(server).as_str())
    );
    query_param(&location, "code").expect("code")
}

async fn code_flow_issues_tokens_id_token_and_userinfo(server: &TestServer) {
    let (org, user) = user_with_password(server, "acme", "ada@acme.test").await;
    let mut browser = Browser::new();
    let p = pkce();
    let code = code_for_demo(server, &mut browser, "ada@acme.test", &p).await;
    let pk = server.project.publishable_key.clone();
    let (status, tokens) = exchange(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p.verifier),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let id = jwt_claims(tokens["id_token"].as_str().expect("id token"));
    assert_eq!(id["aud"], pk.as_str());
    assert_eq!(id["nonce"], "nonce-456");
    assert_eq!(id["sub"], user.as_str());
    assert_eq!(id["org_id"], org.as_str());
    assert_eq!(id["email"], "ada@acme.test");
    assert_eq!(id["iss"], issuer(server).as_str());
    let access = jwt_claims(tokens["access_token"].as_str().expect("access token"));
    assert_eq!(access["org"]["id"], org.as_str());
    assert_eq!(access["amr"], json!(["pwd"]));
    assert_eq!(tokens["scope"], "openid profile email offline_access");

    let info = server
        .client()
        .get(format!("{}/oauth/userinfo", issuer(server)))
        .bearer_auth(tokens["access_token"].as_str().expect("at"))
        .send()
        .await
        .expect("userinfo");
    assert_eq!(info.status(), StatusCode::OK);
    let info: Value = info.json().await.expect("json");
    assert_eq!(info["sub"], user.as_str());
    assert_eq!(info["org_slug"], "acme");

    // Only the client the session belongs to may refresh it.
    let refresh = tokens["refresh_token"].as_str().expect("rt").to_owned();
    let (status, body) = exchange(
        server,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    let (status, body) = exchange(
        server,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &refresh),
            ("client_id", &pk),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The browser's hosted-login session answers the next authorize at once.
    let again = browser
        .get(&authorize_url(
            server,
            &pk,
            Some(&pkce().challenge),
            &[("prompt", "none")],
        ))
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(query_param(again.location.as_deref().expect("location"), "code").is_some());
}

async fn unregistered_redirect_uris_get_a_page_never_a_redirect(server: &TestServer) {
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    for redirect in [
        "https://evil.example/cb",
        "http://localhost.evil.example/cb",
        "javascript:alert(1)",
    ] {
        let url = authorize_url(server, &pk, Some(&pkce().challenge), &[]).replace(
            &url::form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>(),
            &url::form_urlencoded::byte_serialize(redirect.as_bytes()).collect::<String>(),
        );
        let answer = browser.get(&url).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{redirect}");
        assert!(answer.location.is_none(), "{redirect} redirected");
        assert!(
            answer.body.contains("invalid_redirect_uri"),
            "{}",
            answer.body
        );
    }
    let unknown = browser
        .get(&authorize_url(
            server,
            "client_01arz3ndektsv4rrffq69g5fav",
            Some("x"),
            &[],
        ))
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("invalid_client"));

    // A live project accepts only its allow-list: loopback is not implied.
    server
        .patch(
            "/v1/project",
            json!({"redirect_uris": ["https://app.example.com/cb"]}),
        )
        .await;
}

async fn public_clients_must_use_pkce_s256(server: &TestServer) {
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    let missing = browser.get(&authorize_url(server, &pk, None, &[])).await;
    let location = missing.location.expect("error redirect");
    assert_eq!(
        query_param(&location, "error").as_deref(),
        Some("invalid_request")
    );
    assert_eq!(
        query_param(&location, "state").as_deref(),
        Some("state-123")
    );
    let verifier = "a".repeat(50);
    let plain = browser
        .get(&format!(
            "{}&code_challenge={verifier}&code_challenge_method=plain",
            authorize_url(server, &pk, None, &[])
        ))
        .await;
    let location = plain.location.expect("error redirect");
    assert_eq!(
        query_param(&location, "error").as_deref(),
        Some("invalid_request")
    );
    let none = browser
        .get(&authorize_url(
            server,
            &pk,
            Some(&pkce().challenge),
            &[("prompt", "none")],
        ))
        .await;
    assert_eq!(
        query_param(none.location.as_deref().expect("location"), "error").as_deref(),
        Some("login_required")
    );
}

async fn codes_are_single_use_bound_to_client_redirect_and_verifier(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let (status, created) = server
        .post(
            "/v1/oauth_clients",
            json!({"name": "Billing", "client_type": "confidential", "redirect_uris": [REDIRECT]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let other_client = created["client"]["id"].as_str().expect("id").to_owned();
    let other_secret = created["client_secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    let p = pkce();
    let code = code_for_demo(server, &mut browser, "ada@acme.test", &p).await;
    let base = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
    ];

    // Another client, even authenticated, cannot redeem it.
    let (status, body) = exchange(
        server,
        &[
            &base[..],
            &[
                ("redirect_uri", REDIRECT),
                ("client_id", &other_client),
                ("client_secret", &other_secret),
                ("code_verifier", &p.verifier),
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant")),
        "{body}"
    );
    // Wrong redirect URI, missing or wrong verifier.
    let (_, body) = exchange(
        server,
        &[
            &base[..],
            &[
                ("redirect_uri", "http://localhost:5173/other"),
                ("client_id", &pk),
                ("code_verifier", &p.verifier),
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(body["error"], "invalid_grant");
    let (_, body) = exchange(
        server,
        &[&base[..], &[("redirect_uri", REDIRECT), ("client_id", &pk)]].concat(),
    )
    .await;
    assert_eq!(body["error"], "invalid_grant");
    let (_, body) = exchange(
        server,
        &[
            &base[..],
            &[
                ("redirect_uri", REDIRECT),
                ("client_id", &pk),
                (
                    "code_verifier",
                    &pkce().verifier.replace(|c: char| c.is_ascii_digit(), "x"),
                ),
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(body["error"], "invalid_grant");
    // Another project's token endpoint does not know it.
    let other = server.other_project().await;
    let response = server
        .client()
        .post(format!("{}/oauth/token", other.issuer))
        .form(
            &[
                &base[..],
                &[
                    ("redirect_uri", REDIRECT),
                    ("client_id", other.publishable_key.as_str()),
                    ("code_verifier", p.verifier.as_str()),
                ],
            ]
            .concat(),
        )
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    // The right request works once; a second use revokes what the first one got.
    let good = [
        &base[..],
        &[
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p.verifier),
        ],
    ]
    .concat();
    let (status, tokens) = exchange(server, &good).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let (status, body) = exchange(server, &good).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    let refresh = tokens["refresh_token"].as_str().expect("rt");
    let (status, _) = exchange(
        server,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("client_id", &pk),
        ],
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "tokens of a replayed code must be revoked"
    );

    // Codes expire.
    let p2 = pkce();
    let code = code_for_demo(server, &mut Browser::new(), "ada@acme.test", &p2).await;
    server.clock.advance(61);
    let (_, body) = exchange(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p2.verifier),
        ],
    )
    .await;
    assert_eq!(body["error"], "invalid_grant");
}

async fn confidential_clients_authenticate(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let (_, created) = server
        .post(
            "/v1/oauth_clients",
            json!({"name": "Billing", "client_type": "confidential", "redirect_uris": [REDIRECT]}),
        )
        .await;
    let id = created["client"]["id"].as_str().expect("id").to_owned();
    let secret = created["client_secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    let mut browser = Browser::new();
    // Confidential clients may skip PKCE.
    let done = sign_in(
        &mut browser,
        &authorize_url(server, &id, None, &[]),
        "ada@acme.test",
        PASSWORD,
    )
    .await;
    let code = query_param(done.location.as_deref().expect("redirect"), "code").expect("code");
    let token_url = format!("{}/oauth/token", issuer(server));
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", REDIRECT),
    ];
    let wrong = server
        .client()
        .post(&token_url)
        .basic_auth(&id, Some("ghcs_wrong"))
        .form(&form)
        .send()
        .await
        .expect("send");
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.headers().contains_key("www-authenticate"));
    let body: Value = wrong.json().await.expect("json");
    assert_eq!(body["error"], "invalid_client");
    let anonymous = server
        .client()
        .post(&token_url)
        .form(&[&form[..], &[("client_id", id.as_str())]].concat())
        .send()
        .await
        .expect("send");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let right = server
        .client()
        .post(&token_url)
        .basic_auth(&id, Some(&secret))
        .form(&form)
        .send()
        .await
        .expect("send");
    assert_eq!(right.status(), StatusCode::OK);
    let tokens: Value = right.json().await.expect("json");
    assert_eq!(
        jwt_claims(tokens["id_token"].as_str().expect("id"))["aud"],
        id.as_str()
    );
    // A rotated secret replaces the old one at once.
    let (status, rotated) = server
        .post(&format!("/v1/oauth_clients/{id}/rotate_secret"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(rotated["client_secret"], secret.as_str());
    let refresh = tokens["refresh_token"].as_str().expect("rt");
    let stale = server
        .client()
        .post(&token_url)
        .basic_auth(&id, Some(&secret))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
        .send()
        .await
        .expect("send");
    assert_eq!(stale.status(), StatusCode::UNAUTHORIZED);
}

/// A registered client (confidential, with a secret) and its id and secret.
async fn confidential_client(server: &TestServer, name: &str) -> (String, String) {
    let (status, created) = server
        .post(
            "/v1/oauth_clients",
            json!({"name": name, "client_type": "confidential", "redirect_uris": [REDIRECT]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    (
        created["client"]["id"].as_str().expect("id").to_owned(),
        created["client_secret"]
            .as_str()
            .expect("secret")
            .to_owned(),
    )
}

/// Tokens for `email` through the code flow of the confidential client `id`.
async fn confidential_tokens(server: &TestServer, id: &str, secret: &str, email: &str) -> Value {
    let mut browser = Browser::new();
    let done = sign_in(
        &mut browser,
        &authorize_url(server, id, None, &[]),
        email,
        PASSWORD,
    )
    .await;
    let code = query_param(done.location.as_deref().expect("redirect"), "code").expect("code");
    let response = server
        .client()
        .post(format!("{}/oauth/token", issuer(server)))
        .basic_auth(id, Some(secret))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
        ])
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("json")
}

async fn access_tokens_name_the_client_they_were_issued_to(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let (id, secret) = confidential_client(server, "Billing").await;
    let tokens = confidential_tokens(server, &id, &secret, "ada@acme.test").await;
    let claims = jwt_claims(tokens["access_token"].as_str().expect("at"));
    assert_eq!(claims["client_id"], id.as_str());
    assert_eq!(claims["aud"], server.project.project_id.as_str());
    // Refreshed tokens keep naming the client.
    let response = server
        .client()
        .post(format!("{}/oauth/token", issuer(server)))
        .basic_auth(&id, Some(&secret))
        .form(&[
            ("grant_type", "refresh_token"),
            (
                "refresh_token",
                tokens["refresh_token"].as_str().expect("rt"),
            ),
        ])
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::OK);
    let refreshed: Value = response.json().await.expect("json");
    let claims = jwt_claims(refreshed["access_token"].as_str().expect("at"));
    assert_eq!(claims["client_id"], id.as_str());
    assert_eq!(claims["aud"], server.project.project_id.as_str());
    // The built-in client's tokens carry the publishable key, as before.
    let mut browser = Browser::new();
    let p = pkce();
    let code = code_for_demo(server, &mut browser, "ada@acme.test", &p).await;
    let pk = server.project.publishable_key.clone();
    let (status, first_party) = exchange(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p.verifier),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{first_party}");
    let claims = jwt_claims(first_party["access_token"].as_str().expect("at"));
    assert_eq!(claims["client_id"], pk.as_str());
    assert_eq!(claims["aud"], server.project.project_id.as_str());
}

/// Posts `token` and `form` to the revocation endpoint, with HTTP Basic `auth` if given.
async fn revoke_with(
    server: &TestServer,
    token: &str,
    auth: Option<(&str, &str)>,
    form: Vec<(&str, String)>,
) -> (StatusCode, Value) {
    let mut request = server
        .client()
        .post(format!("{}/oauth/revoke", issuer(server)));
    if let Some((user, password)) = auth {
        request = request.basic_auth(user, Some(password));
    }
    let mut form = form;
    form.push(("token", token.to_owned()));
    let response = request.form(&form).send().await.expect("send");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn revocation_authenticates_confidential_clients(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let (id, secret) = confidential_client(server, "Billing").await;
    let (other_id, other_secret) = confidential_client(server, "Reports").await;
    let tokens = confidential_tokens(server, &id, &secret, "ada@acme.test").await;
    let refresh_token = tokens["refresh_token"].as_str().expect("rt").to_owned();
    let revoke_url = format!("{}/oauth/revoke", issuer(server));
    let still_refreshes = || async {
        let response = server
            .client()
            .post(format!("{}/oauth/token", issuer(server)))
            .basic_auth(&id, Some(&secret))
            .form(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token.as_str()),
            ])
            .send()
            .await
            .expect("send");
        response.status()
    };

    // Anyone merely holding a confidential client's token cannot revoke it.
    let (status, body) = revoke_with(server, &refresh_token, None, vec![]).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );
    let (status, body) = revoke_with(
        server,
        &refresh_token,
        None,
        vec![("client_id", id.clone())],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );
    let (status, body) =
        revoke_with(server, &refresh_token, Some((&id, "ghcs_wrong")), vec![]).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );
    let (status, body) = revoke_with(
        server,
        &refresh_token,
        Some((&other_id, &other_secret)),
        vec![],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("unauthorized_client"))
    );
    // Wrong credentials are refused even for a token nobody knows (RFC 7009 §2.1).
    let unknown = server
        .client()
        .post(&revoke_url)
        .basic_auth(&id, Some("ghcs_wrong"))
        .form(&[("token", "ghr_unknown")])
        .send()
        .await
        .expect("send");
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        still_refreshes().await,
        StatusCode::OK,
        "nothing was revoked"
    );

    // The client itself revokes, with client_secret_post or client_secret_basic.
    let tokens = confidential_tokens(server, &id, &secret, "ada@acme.test").await;
    let post_token = tokens["refresh_token"].as_str().expect("rt");
    let by_post = server
        .client()
        .post(&revoke_url)
        .form(&[
            ("token", post_token),
            ("client_id", &id),
            ("client_secret", &secret),
        ])
        .send()
        .await
        .expect("send");
    assert_eq!(by_post.status(), StatusCode::OK);
    let (status, _) = revoke_with(server, &refresh_token, Some((&id, &secret)), vec![]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(still_refreshes().await, StatusCode::BAD_REQUEST, "revoked");
    let (status, refused) = exchange(
        server,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", post_token),
            ("client_id", &id),
            ("client_secret", &secret),
        ],
    )
    .await;
    assert_eq!(
        (status, refused["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );

    // A public client's tokens need only the token (it has no secret), with or without its id.
    let pk = server.project.publishable_key.clone();
    for with_id in [false, true] {
        let mut browser = Browser::new();
        let p = pkce();
        let code = code_for_demo(server, &mut browser, "ada@acme.test", &p).await;
        let (status, public) = exchange(
            server,
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("client_id", &pk),
                ("code_verifier", &p.verifier),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{public}");
        let token = public["refresh_token"].as_str().expect("rt");
        let mut form = vec![("token", token)];
        if with_id {
            form.push(("client_id", pk.as_str()));
        }
        let response = server
            .client()
            .post(&revoke_url)
            .form(&form)
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), StatusCode::OK);
        let (status, _) = exchange(
            server,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", token),
                ("client_id", &pk),
            ],
        )
        .await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "revoked (with client_id: {with_id})"
        );
    }
}

async fn forms_require_csrf_and_same_origin(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let mut browser = Browser::new();
    let login = format!("{}/login", issuer(server));
    let page = browser.get(&login).await;
    assert_eq!(page.status, StatusCode::OK);
    for (name, value) in [
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("cache-control", "no-store"),
        ("referrer-policy", "same-origin"),
    ] {
        assert_eq!(
            page.headers.get(name).and_then(|v| v.to_str().ok()),
            Some(value),
            "{name}"
        );
    }
    let csp = page
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .expect("csp");
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    let csrf = field(&page.body, "csrf_token");
    let password = format!("{}/login/password", issuer(server));
    let missing = browser
        .post(
            &password,
            &[("email", "ada@acme.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    let wrong = browser
        .post(
            &password,
            &[
                ("csrf_token", "forged"),
                ("email", "ada@acme.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert!(wrong.body.contains("csrf_failed"));
    // A token from one browser is useless in another (bound to that browser's cookie).
    let mut other = Browser::new();
    other.get(&login).await;
    let stolen = other
        .post(
            &password,
            &[
                ("csrf_token", &csrf),
                ("email", "ada@acme.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(stolen.status, StatusCode::FORBIDDEN);
    // A cross-site POST (foreign Origin) is refused even with the right token.
    let request = browser
        .http
        .post(&password)
        .header("origin", "https://evil.example")
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "ada@acme.test"),
            ("password", PASSWORD),
        ]);
    let cross = browser.send(request).await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    // Every hosted form goes through the same gate: with every field it could want, a forged
    // token is refused and a missing one makes the form unreadable.
    let every_field = [
        ("flow", "flow"),
        ("email", "ada@acme.test"),
        ("password", PASSWORD),
        ("user_id", "usr_x"),
        ("token", "tok"),
        ("name", "Ada"),
        ("organization_name", "Acme"),
        ("code", "123456"),
        ("client_id", ""),
        ("post_logout_redirect_uri", ""),
        ("state", ""),
    ];
    for path in [
        "login",
        "login/password",
        "login/pick",
        "login/magic",
        "login/magic/send",
        "login/mfa",
        "verify-email",
        "forgot",
        "reset",
        // (`signup` itself answers signup_disabled first: sign-up is off by default.)
        "signup/confirm",
        "invitations/accept",
        "logout",
    ] {
        let url = format!("{}/{path}", issuer(server));
        let mut forged = vec![("csrf_token", "forged")];
        forged.extend(every_field);
        let answer = browser.post(&url, &forged).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path}");
        assert!(
            answer.body.contains("csrf_failed"),
            "{path}: {}",
            answer.body
        );
        let answer = browser.post(&url, &every_field).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            !answer.body.contains("csrf_failed"),
            "{path}: {}",
            answer.body
        );
    }
    // The genuine form works and the session cookie is HttpOnly and SameSite=Lax.
    let request = browser.http.post(&password).form(&[
        ("csrf_token", csrf.as_str()),
        ("email", "ada@acme.test"),
        ("password", PASSWORD),
    ]);
    let request = request.header(
        COOKIE,
        browser
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; "),
    );
    let response = request.send().await.expect("send");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("gh_session="))
        .expect("session cookie")
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

/// The `Set-Cookie` headers of a response, whole.
fn set_cookies(headers: &reqwest::header::HeaderMap) -> Vec<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

async fn forms_refuse_null_origins(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let login = format!("{}/login", issuer(server));
    let post_login = |cookie: String, csrf: String, origin: Option<String>| {
        let mut request = server
            .client()
            .post(&login)
            .header(COOKIE, cookie)
            .form(&[("csrf_token", csrf.as_str()), ("email", "ada@acme.test")]);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        async move { request.send().await.expect("send").status() }
    };

    // Honest path: the browser's own cookie and token, with no Origin or the issuer's own.
    let mut browser = Browser::new();
    let page = browser.get(&login).await;
    let csrf = field(&page.body, "csrf_token");
    let cookie = format!("gh_csrf={}", browser.cookies["gh_csrf"]);
    assert_eq!(
        post_login(cookie.clone(), csrf.clone(), None).await,
        StatusCode::OK
    );
    let own_origin = url::Url::parse(&issuer(server))
        .expect("issuer")
        .origin()
        .ascii_serialization();
    assert_eq!(
        post_login(cookie.clone(), csrf.clone(), Some(own_origin)).await,
        StatusCode::OK
    );
    // An opaque origin (a sandboxed frame, a data: page) is foreign.
    assert_eq!(
        post_login(cookie, csrf, Some("null".to_owned())).await,
        StatusCode::FORBIDDEN
    );
}

async fn forms_refuse_planted_csrf_cookies(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let login = format!("{}/login", issuer(server));
    let post_login = |cookie: String, csrf: String, origin: Option<String>| {
        let mut request = server
            .client()
            .post(&login)
            .header(COOKIE, cookie)
            .form(&[("csrf_token", csrf.as_str()), ("email", "ada@acme.test")]);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        async move { request.send().await.expect("send").status() }
    };

    // A cookie value chosen by someone else (planted in the victim's browser) does not pair
    // with the token the page offers along with it.
    let planted = "p".repeat(43);
    let answer = server
        .client()
        .get(&login)
        .header(COOKIE, format!("gh_csrf={planted}"))
        .send()
        .await
        .expect("send");
    let replaced = set_cookies(answer.headers());
    let offered = field(&answer.text().await.expect("body"), "csrf_token");
    assert_eq!(
        post_login(format!("gh_csrf={planted}"), offered.clone(), None).await,
        StatusCode::FORBIDDEN
    );
    // Honest path: the page replaced the planted cookie with one the server minted, and that
    // one pairs with the offered token.
    let fresh = replaced
        .iter()
        .find_map(|c| c.strip_prefix("gh_csrf="))
        .and_then(|rest| rest.split(';').next())
        .expect("a fresh CSRF cookie replaces the planted one");
    assert_ne!(fresh, planted);
    assert_eq!(
        post_login(format!("gh_csrf={fresh}"), offered, None).await,
        StatusCode::OK
    );
}

async fn https_issuers_get_host_prefixed_cookies(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    let project = server.project.project_id.clone();
    let (status, body) = server
        .patch(
            "/v1/project",
            json!({"issuer_url": "https://auth.acme.test"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // The proxy of the custom issuer forwards to the project's path on this server.
    let base = format!("{}/p/{project}", server.url);
    let mut browser = Browser::new();
    let page = browser.get(&format!("{base}/login")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let csrf_cookie = set_cookies(&page.headers)
        .into_iter()
        .find(|c| c.starts_with("__Host-gh_csrf="))
        .expect("a __Host- CSRF cookie");
    for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(
            csrf_cookie.split("; ").any(|a| a == attribute),
            "{attribute} in {csrf_cookie}"
        );
    }
    assert!(!csrf_cookie.contains("Domain"), "{csrf_cookie}");
    assert!(!browser.cookies.contains_key("gh_csrf"));
    // The sign-in works with those cookies and sets a __Host- session cookie of this project.
    let csrf = field(&page.body, "csrf_token");
    let methods = browser
        .post(
            &format!("{base}/login"),
            &[("csrf_token", &csrf), ("email", "ada@acme.test")],
        )
        .await;
    assert_eq!(methods.status, StatusCode::OK, "{}", methods.body);
    let signed_in = browser
        .post(
            &format!("{base}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("email", "ada@acme.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let session_name = format!("__Host-gh_session-{project}");
    let session_cookie = set_cookies(&signed_in.headers)
        .into_iter()
        .find(|c| c.starts_with(&format!("{session_name}=")))
        .unwrap_or_else(|| panic!("a {session_name} cookie: {}", signed_in.body));
    assert!(
        session_cookie.contains("Secure") && session_cookie.contains("Path=/"),
        "{session_cookie}"
    );
    let account = browser.get(&format!("{base}/account")).await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("ada@acme.test"), "{}", account.body);
    // A plain-named cookie (as a sibling host could set) is not the session.
    let mut impostor = Browser::new();
    impostor.cookies.insert(
        "gh_session".to_owned(),
        browser.cookies[&session_name].clone(),
    );
    let page = impostor.get(&format!("{base}/account")).await;
    assert!(!page.body.contains("ada@acme.test"), "{}", page.body);
}

async fn logout_redirects_only_to_registered_uris(server: &TestServer) {
    let (org, user) = user_with_password(server, "acme", "ada@acme.test").await;
    server
        .patch(
            "/v1/project",
            json!({"hosted_login": {"post_logout_redirect_uris": ["https://app.example.com/bye"]}}),
        )
        .await;
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    let p = pkce();
    let code = code_for_demo(server, &mut browser, "ada@acme.test", &p).await;
    let (_, tokens) = exchange(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p.verifier),
        ],
    )
    .await;
    let id_token = tokens["id_token"].as_str().expect("id").to_owned();
    let logout = |target: &str| {
        let mut url = url::Url::parse(&format!("{}/oauth/logout", issuer(server))).expect("url");
        url.query_pairs_mut()
            .append_pair("id_token_hint", &id_token)
            .append_pair("post_logout_redirect_uri", target)
            .append_pair("state", "bye-state");
        url.to_string()
    };
    for evil in [
        "https://evil.example/",
        "https://app.example.com/bye/../evil",
        "https://app.example.com.evil.example/bye",
    ] {
        let answer = browser.get(&logout(evil)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{evil}");
        assert!(answer.location.is_none());
    }
    let out = browser.get(&logout("https://app.example.com/bye")).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER, "{}", out.body);
    assert_eq!(
        out.location.as_deref(),
        Some("https://app.example.com/bye?state=bye-state")
    );
    let event = server.audit_event(&org, "user.logout").await;
    assert_eq!(event["actor"], user.as_str(), "{event}");
    assert_eq!(event["target"], user.as_str(), "{event}");
    // The sessions the hosted login started are over.
    let (status, _) = exchange(
        server,
        &[
            ("grant_type", "refresh_token"),
            (
                "refresh_token",
                tokens["refresh_token"].as_str().expect("rt"),
            ),
            ("client_id", &pk),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let none = browser
        .get(&authorize_url(
            server,
            &pk,
            Some(&pkce().challenge),
            &[("prompt", "none")],
        ))
        .await;
    assert_eq!(
        query_param(none.location.as_deref().expect("loc"), "error").as_deref(),
        Some("login_required")
    );
}

async fn organization_hint_and_projects_isolate_sign_in(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    server.create_org("Globex", "globex").await;
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    // Ada's password does not open another organization.
    let refused = sign_in(
        &mut browser,
        &authorize_url(
            server,
            &pk,
            Some(&pkce().challenge),
            &[("organization", "globex")],
        ),
        "ada@acme.test",
        PASSWORD,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(refused.body.contains("Incorrect email or password."));
    // An unknown organization looks exactly the same (no oracle).
    let unknown = sign_in(
        &mut browser,
        &authorize_url(
            server,
            &pk,
            Some(&pkce().challenge),
            &[("organization", "no-such-org")],
        ),
        "ada@acme.test",
        PASSWORD,
    )
    .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    // A flow of this project means nothing on another project's pages.
    let start = browser
        .get(&authorize_url(server, &pk, Some(&pkce().challenge), &[]))
        .await;
    let flow = query_param(start.location.as_deref().expect("loc"), "flow").expect("flow");
    let other = server.other_project().await;
    let foreign = browser
        .get(&format!("{}/login?flow={flow}", other.issuer))
        .await;
    assert_eq!(foreign.status, StatusCode::BAD_REQUEST);
    assert!(foreign.body.contains("flow_expired"));
    // Another project's publishable key is not a client here.
    let wrong_client = browser
        .get(&authorize_url(
            server,
            &other.publishable_key,
            Some(&pkce().challenge),
            &[],
        ))
        .await;
    assert_eq!(wrong_client.status, StatusCode::BAD_REQUEST);
    assert!(wrong_client.body.contains("invalid_client"));
}

async fn a_login_subdomain_names_the_organization(server: &TestServer) {
    user_with_password(server, "acme", "ada@acme.test").await;
    user_with_password(server, "globex", "ada@acme.test").await;
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    // Through `globex.login.test`, Ada's two accounts are not offered: only Globex's.
    let url = authorize_url(server, &pk, Some(&pkce().challenge), &[]);
    let request = browser.http.get(&url).header("host", "globex.login.test");
    let start = browser.send(request).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    let login = browser.get(start.location.as_deref().expect("login")).await;
    assert!(login.body.contains("Sign in to globex"), "{}", login.body);
    // The `organization` parameter wins over the host.
    let request = browser
        .http
        .get(format!("{url}&organization=acme"))
        .header("host", "globex.login.test");
    let start = browser.send(request).await;
    let login = browser.get(start.location.as_deref().expect("login")).await;
    assert!(login.body.contains("Sign in to acme"), "{}", login.body);
}

async fn several_organizations_lead_to_a_picker(server: &TestServer) {
    let (_, acme_user) = user_with_password(server, "acme", "ada@acme.test").await;
    let (_, globex_user) = user_with_password(server, "globex", "ada@acme.test").await;
    let pk = server.project.publishable_key.clone();
    let mut browser = Browser::new();
    let p = pkce();
    let picker = sign_in(
        &mut browser,
        &authorize_url(server, &pk, Some(&p.challenge), &[]),
        "ada@acme.test",
        PASSWORD,
    )
    .await;
    assert_eq!(picker.status, StatusCode::OK, "{}", picker.body);
    assert!(picker.body.contains(&acme_user) && picker.body.contains(&globex_user));
    let csrf = field(&picker.body, "csrf_token");
    let flow = field(&picker.body, "flow");
    let pick = format!("{}/login/pick", issuer(server));
    // A user id that was not offered is refused.
    let outsider = server
        .create_user(
            &server.create_org("Initech", "initech").await,
            "bob@initech.test",
        )
        .await;
    let refused = browser
        .post(
            &pick,
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("user_id", &outsider),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let chosen = browser
        .post(
            &pick,
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("user_id", &globex_user),
            ],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let code = query_param(chosen.location.as_deref().expect("loc"), "code").expect("code");
    let (_, tokens) = exchange(
        server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &pk),
            ("code_verifier", &p.verifier),
        ],
    )
    .await;
    assert_eq!(
        jwt_claims(tokens["access_token"].as_str().expect("at"))["sub"],
        globex_user.as_str()
    );
}

async fn discovery_describes_the_provider(server: &TestServer) {
    let response = server
        .client()
        .get(format!(
            "{}/.well-known/openid-configuration",
            issuer(server)
        ))
        .header("origin", "https://anything.example")
        .send()
        .await
        .expect("send");
    assert_eq!(
        response
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("https://anything.example")
    );
    let doc: Value = response.json().await.expect("json");
    let iss = issuer(server);
    assert_eq!(
        doc["authorization_endpoint"],
        format!("{iss}/oauth/authorize")
    );
    assert_eq!(doc["userinfo_endpoint"], format!("{iss}/oauth/userinfo"));
    assert_eq!(doc["end_session_endpoint"], format!("{iss}/oauth/logout"));
    assert_eq!(doc["code_challenge_methods_supported"], json!(["S256"]));
    // The token endpoint admits the loopback origin of a test project, not strangers.
    let token = format!("{iss}/oauth/token");
    let preflight = |origin: &'static str| {
        server
            .client()
            .request(reqwest::Method::OPTIONS, &token)
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .send()
    };
    let ok = preflight("http://localhost:5173").await.expect("send");
    assert_eq!(
        ok.headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("http://localhost:5173")
    );
    let evil = preflight("https://evil.example").await.expect("send");
    assert!(evil.headers().get("access-control-allow-origin").is_none());
}

on_both_databases!(
    code_flow_issues_tokens_id_token_and_userinfo,
    unregistered_redirect_uris_get_a_page_never_a_redirect,
    public_clients_must_use_pkce_s256,
    codes_are_single_use_bound_to_client_redirect_and_verifier,
    confidential_clients_authenticate,
    access_tokens_name_the_client_they_were_issued_to,
    revocation_authenticates_confidential_clients,
    forms_require_csrf_and_same_origin,
    forms_refuse_null_origins,
    forms_refuse_planted_csrf_cookies,
    https_issuers_get_host_prefixed_cookies,
    logout_redirects_only_to_registered_uris,
    organization_hint_and_projects_isolate_sign_in,
    several_organizations_lead_to_a_picker,
    a_login_subdomain_names_the_organization,
    discovery_describes_the_provider,
);
