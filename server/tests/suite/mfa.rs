//! Two-step verification (TOTP) at the hosted login: enrolment forced by an organization's
//! `require_mfa`, the code asked at every later sign-in, codes that work once, wrong codes,
//! `amr` in the tokens, and the administrator's reset.

use crate::common::TestServer;
use crate::common::browser::{Answer, Browser, field, pkce, query_param};
use reqwest::StatusCode;
use serde_json::{Value, json};

const PASSWORD: &str = "correct horse battery staple";
const REDIRECT: &str = "http://localhost:5173/callback";

fn authorize(server: &TestServer) -> String {
    let mut url =
        url::Url::parse(&format!("{}/oauth/authorize", server.project.issuer)).expect("url");
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &server.project.publishable_key)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("scope", "openid email")
        .append_pair("code_challenge", &pkce().challenge)
        .append_pair("code_challenge_method", "S256")
        .append_pair("prompt", "login");
    url.to_string()
}

/// Email and password through the hosted pages; returns the page after the password.
async fn password_step(server: &TestServer, browser: &mut Browser, email: &str) -> Answer {
    let start = browser.get(&authorize(server)).await;
    let login = browser.get(start.location.as_deref().expect("login")).await;
    let csrf = field(&login.body, "csrf_token");
    let flow = field(&login.body, "flow");
    let issuer = &server.project.issuer;
    browser
        .post(
            &format!("{issuer}/login"),
            &[("csrf_token", &csrf), ("flow", &flow), ("email", email)],
        )
        .await;
    browser
        .post(
            &format!("{issuer}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await
}

fn code_at(secret_base32: &str, unix: i64) -> String {
    let secret = totp_rs::Secret::try_from_base32(secret_base32).expect("base32");
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name("x")
        .build()
        .expect("totp")
        .generate(u64::try_from(unix).expect("time"))
        .to_string()
}

async fn submit_code(
    server: &TestServer,
    browser: &mut Browser,
    page: &Answer,
    code: &str,
) -> Answer {
    let csrf = field(&page.body, "csrf_token");
    let flow = field(&page.body, "flow");
    browser
        .post(
            &format!("{}/login/mfa", server.project.issuer),
            &[("csrf_token", &csrf), ("flow", &flow), ("code", code)],
        )
        .await
}

fn secret_on(page: &Answer) -> String {
    let marker = "data-secret=\"";
    let start = page.body.find(marker).expect("secret shown") + marker.len();
    let end = page.body[start..].find('"').expect("end");
    page.body[start..start + end].to_owned()
}

async fn required_mfa_enrols_then_asks_every_time(server: &TestServer) {
    let (status, org) = server
        .post(
            "/v1/organizations",
            json!({"name": "Vault", "slug": "vault", "require_mfa": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    assert_eq!(org["require_mfa"], true);
    let (_, user) = server
        .post("/v1/users", json!({"organization_id": org["id"], "email": "ada@vault.test", "password": PASSWORD, "email_verified": true}))
        .await;
    let mut browser = Browser::new();

    // The password alone leads to enrolment, not to the application.
    let enrol = password_step(server, &mut browser, "ada@vault.test").await;
    assert_eq!(enrol.status, StatusCode::OK, "{}", enrol.body);
    assert!(enrol.body.contains("Set up two-step verification"));
    assert!(enrol.body.contains("<svg"), "QR code shown");
    let secret = secret_on(&enrol);
    let now = server.clock.now();
    let wrong = submit_code(server, &mut browser, &enrol, "000000").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(secret_on(&wrong), secret, "the same secret while enrolling");
    let done = submit_code(server, &mut browser, &wrong, &code_at(&secret, now)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let code = query_param(done.location.as_deref().expect("redirect"), "code").expect("code");
    assert!(!code.is_empty());
    // The enrolment and the sign-in are in the organization's audit log, by the user.
    let org_id = org["id"].as_str().expect("org id");
    let user_id = user["id"].as_str().expect("user id");
    for (action, method) in [("user.mfa_enrolled", "totp"), ("user.login", "password")] {
        let event = server.audit_event(org_id, action).await;
        assert_eq!(event["actor"], user_id, "{event}");
        assert_eq!(event["target"], user_id, "{event}");
        assert_eq!(event["ip"], "127.0.0.1", "{event}");
        assert_eq!(event["details"]["method"], method, "{event}");
    }

    // Next sign-in: the code is asked, and the code already used does not work again.
    server.clock.advance(1);
    let mut other = Browser::new();
    let ask = password_step(server, &mut other, "ada@vault.test").await;
    assert!(
        ask.body.contains("Enter your verification code"),
        "{}",
        ask.body
    );
    assert!(
        !ask.body.contains("data-secret"),
        "the secret is never shown again"
    );
    let replay = submit_code(server, &mut other, &ask, &code_at(&secret, now)).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    server.clock.advance(30);
    let ok = submit_code(
        server,
        &mut other,
        &replay,
        &code_at(&secret, server.clock.now()),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

    // The administrator resets a lost device: enrolment again.
    let (status, _) = server.delete(&format!("/v1/users/{user_id}/mfa")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let again = password_step(server, &mut Browser::new(), "ada@vault.test").await;
    assert!(again.body.contains("Set up two-step verification"));
    assert_ne!(secret_on(&again), secret);
}

async fn tokens_say_mfa_and_wrong_codes_are_throttled(server: &TestServer) {
    let (_, org) = server
        .post(
            "/v1/organizations",
            json!({"name": "Vault", "slug": "vault", "require_mfa": true}),
        )
        .await;
    server
        .post("/v1/users", json!({"organization_id": org["id"], "email": "ada@vault.test", "password": PASSWORD, "email_verified": true}))
        .await;
    let mut browser = Browser::new();
    let enrol = password_step(server, &mut browser, "ada@vault.test").await;
    let first_secret = secret_on(&enrol);
    let p = pkce();
    // Complete enrolment on a flow whose PKCE verifier we know.
    let mut url =
        url::Url::parse(&format!("{}/oauth/authorize", server.project.issuer)).expect("url");
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &server.project.publishable_key)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("scope", "openid")
        .append_pair("code_challenge", &p.challenge)
        .append_pair("code_challenge_method", "S256");
    let start = browser.get(url.as_str()).await;
    let login = browser.get(start.location.as_deref().expect("login")).await;
    let csrf = field(&login.body, "csrf_token");
    let flow = field(&login.body, "flow");
    let issuer = server.project.issuer.clone();
    let page = browser
        .post(
            &format!("{issuer}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("email", "ada@vault.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    // Every enrolment attempt gets its own secret (a pending one is never offered again).
    let secret = secret_on(&page);
    assert_ne!(secret, first_secret);
    for _ in 0..5 {
        let refused = submit_code(server, &mut browser, &page, "123456").await;
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    }
    let locked = submit_code(
        server,
        &mut browser,
        &page,
        &code_at(&secret, server.clock.now()),
    )
    .await;
    assert_eq!(
        locked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right code waits"
    );
    server.clock.advance(16 * 60);
    let done = submit_code(
        server,
        &mut browser,
        &page,
        &code_at(&secret, server.clock.now()),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let code = query_param(done.location.as_deref().expect("loc"), "code").expect("code");
    let response = server
        .client()
        .post(format!("{issuer}/oauth/token"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("client_id", server.project.publishable_key.as_str()),
            ("code_verifier", p.verifier.as_str()),
        ])
        .send()
        .await
        .expect("token");
    assert_eq!(response.status(), StatusCode::OK);
    let tokens: Value = response.json().await.expect("json");
    let payload = tokens["access_token"]
        .as_str()
        .expect("at")
        .split('.')
        .nth(1)
        .expect("payload")
        .to_owned();
    use base64::Engine;
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .expect("b64"),
    )
    .expect("json");
    assert_eq!(claims["amr"], json!(["pwd", "otp", "mfa"]));
}

async fn organizations_without_the_requirement_skip_mfa(server: &TestServer) {
    let org = server.create_org("Plain", "plain").await;
    server
        .post("/v1/users", json!({"organization_id": org, "email": "bob@plain.test", "password": PASSWORD, "email_verified": true}))
        .await;
    let done = password_step(server, &mut Browser::new(), "bob@plain.test").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    // Turning the requirement on applies at the next sign-in.
    let (status, updated) = server
        .patch(
            &format!("/v1/organizations/{org}"),
            json!({"require_mfa": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    let asked = password_step(server, &mut Browser::new(), "bob@plain.test").await;
    assert!(asked.body.contains("Set up two-step verification"));
}

on_both_databases!(
    required_mfa_enrols_then_asks_every_time,
    tokens_say_mfa_and_wrong_codes_are_throttled,
    organizations_without_the_requirement_skip_mfa,
);
