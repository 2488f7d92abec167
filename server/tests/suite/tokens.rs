//! Sessions and tokens over HTTP, on SQLite and PostgreSQL: password login, the access-token
//! contract, JWKS and discovery, key rotation and revocation, refresh rotation with reuse
//! detection, logout, sessions, `authenticate`, throttling, and keys at rest.
//!
//! Time-dependent behaviour is driven by moving the server's clock forward, never by
//! sleeping.

use std::collections::HashMap;

use crate::common::{TestServer, assert_error};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

on_both_databases!(
    password_login_issues_contract_tokens,
    login_failures_look_alike_and_lock_out,
    users_cannot_sign_in_through_another_organization,
    disabled_password_login_is_refused,
    jwks_and_discovery_are_cacheable,
    rotation_publishes_before_signing_and_unpublishes_late,
    revoking_the_signing_key_switches_at_once,
    es256_projects_sign_with_p256,
    refresh_rotates_and_detects_reuse,
    refresh_refusals,
    logout_and_session_revocation,
    an_admin_password_change_ends_the_users_sessions,
    authenticate_checks_tokens,
    sessions_and_keys_are_scoped_to_their_project,
    private_keys_are_sealed_at_rest,
    custom_issuer_changes_iss_and_publishable_key,
);

struct Demo {
    org: String,
    user: String,
    email: String,
    password: String,
}

async fn demo(s: &TestServer) -> Demo {
    let org = s.create_org("Acme Inc.", "acme").await;
    let (status, user) = s
        .post(
            "/v1/users",
            json!({"organization_id": org, "email": "ada@acme.com", "name": "Ada", "password": "correct horse battery", "email_verified": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{user}");
    Demo {
        org,
        user: user["id"].as_str().unwrap().to_owned(),
        email: "ada@acme.com".to_owned(),
        password: "correct horse battery".to_owned(),
    }
}

fn issuer(s: &TestServer) -> String {
    s.project.issuer.clone()
}

async fn login_ok(s: &TestServer, d: &Demo) -> Value {
    s.signed_in("acme", &d.email, &d.password).await
}

fn decode_part(token: &str, index: usize) -> Value {
    let part = token.split('.').nth(index).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

async fn jwks(s: &TestServer) -> Value {
    let (status, jwks) = s
        .call(
            Method::GET,
            &format!("/p/{}/.well-known/jwks.json", s.project.project_id),
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    jwks
}

async fn openid_configuration(s: &TestServer) -> Value {
    let (status, config) = s
        .call(
            Method::GET,
            &format!(
                "/p/{}/.well-known/openid-configuration",
                s.project.project_id
            ),
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    config
}

fn kids(jwks: &Value) -> Vec<String> {
    jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap().to_owned())
        .collect()
}

/// Verifies `token` with the shared core against the server's current JWKS, at the server's
/// current time.
async fn verify(s: &TestServer, token: &str) -> Result<gatehouse_core::Claims, &'static str> {
    let jwks = gatehouse_core::Jwks::from_json(&jwks(s).await.to_string()).unwrap();
    let options =
        gatehouse_core::VerifyOptions::new(issuer(s), &s.project.project_id).at(s.clock.now());
    gatehouse_core::verify_access_token(token, &jwks, &options).map_err(|e| e.code())
}

async fn authenticate(s: &TestServer, credential: &str) -> (StatusCode, Value) {
    s.post("/v1/authenticate", json!({"credential": credential}))
        .await
}

async fn password_login_issues_contract_tokens(s: &TestServer) {
    let d = demo(s).await;
    let (status, tokens) = s
        .password_login(" ACME ", "Ada@Acme.com", &d.password)
        .await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 300);
    assert!(
        tokens["refresh_token"]
            .as_str()
            .unwrap()
            .starts_with("ghr_")
    );
    let access = tokens["access_token"].as_str().unwrap();

    let header = decode_part(access, 0);
    assert_eq!(header["typ"], "at+jwt");
    assert_eq!(header["alg"], "EdDSA");
    assert!(kids(&jwks(s).await).contains(&header["kid"].as_str().unwrap().to_owned()));

    let claims = decode_part(access, 1);
    assert_eq!(claims["iss"], issuer(s));
    assert_eq!(claims["sub"], d.user.as_str());
    assert_eq!(claims["aud"], s.project.project_id.as_str());
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        300
    );
    assert_eq!(claims["nbf"], claims["iat"]);
    assert!(claims["jti"].as_str().unwrap().len() >= 16);
    assert!(claims["sid"].as_str().unwrap().starts_with("sess_"));
    assert_eq!(claims["client_id"], s.project.publishable_key.as_str());
    assert_eq!(
        claims["org"],
        json!({"id": d.org, "slug": "acme", "name": "Acme Inc."})
    );
    assert_eq!(
        claims["user"],
        json!({"id": d.user, "email": "ada@acme.com", "email_verified": true, "name": "Ada"})
    );
    assert_eq!(
        claims["roles"],
        json!(["member"]),
        "new users get the default role"
    );
    assert_eq!(claims["actions"], json!([]));
    assert_eq!(claims["amr"], json!(["pwd"]));

    let verified = verify(s, access).await.unwrap();
    assert_eq!(verified.organization_id(), d.org);
    assert_eq!(verified.user_id(), d.user);

    // Signing in by organization id works too, and each login is its own session.
    let (status, by_id) = s.password_login(&d.org, &d.email, &d.password).await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(
        decode_part(by_id["access_token"].as_str().unwrap(), 1)["sid"],
        claims["sid"]
    );

    // The sign-in is in the audit log.
    let logins: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE project_id = $1 AND action = 'user.login' AND actor = $2",
    )
    .bind(&s.project.project_id)
    .bind(&d.user)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    assert_eq!(logins, 2);
}

async fn login_failures_look_alike_and_lock_out(s: &TestServer) {
    let d = demo(s).await;
    let attempts = [
        ("acme", d.email.as_str(), "wrong password"),
        ("acme", "nobody@acme.com", "whatever pw"),
        ("no-such-org", d.email.as_str(), d.password.as_str()),
        (
            "org_01arz3ndektsv4rrffq69g5fav",
            d.email.as_str(),
            d.password.as_str(),
        ),
    ];
    let mut bodies = Vec::new();
    for (org, email, password) in attempts {
        let (status, body) = s.password_login(org, email, password).await;
        assert_error(
            (status, body.clone()),
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
        );
        bodies.push(body);
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "failures must be indistinguishable: {bodies:?}"
    );

    // The account has one counter whatever the organization reference: its three failures
    // above count, and two more wrong passwords lock it (five failures in the window)...
    for _ in 0..2 {
        assert_eq!(
            s.password_login("acme", &d.email, "wrong password").await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let response = s
        .client()
        .post(format!(
            "{}/p/{}/v1/login/password",
            s.url, s.project.project_id
        ))
        .json(&json!({"organization": "acme", "email": d.email, "password": d.password}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password is refused while locked"
    );
    let retry_after: i64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0 && retry_after <= 900);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "too_many_attempts"
    );

    // ...and an account that does not exist locks the same way, so a lockout reveals nothing.
    for _ in 0..5 {
        s.password_login("acme", "ghost@acme.com", "wrong password")
            .await;
    }
    assert_error(
        s.password_login("acme", "ghost@acme.com", "wrong password")
            .await,
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_attempts",
    );

    // The lock lifts after its time.
    s.clock.advance(16 * 60);
    assert_eq!(
        s.password_login("acme", &d.email, &d.password).await.0,
        StatusCode::OK
    );

    let failed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE project_id = $1 AND action = 'user.login_failed'",
    )
    .bind(&s.project.project_id)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    assert!(failed >= 11, "every failure is audited, got {failed}");

    for body in [
        json!({"organization": "acme", "email": "not-an-email", "password": "x"}),
        json!({"organization": "acme", "email": "ada@acme.com"}),
        json!({"organization": "acme", "email": "ada@acme.com", "password": "x", "remember": true}),
    ] {
        let (status, answer) = s
            .call(
                Method::POST,
                &format!("/p/{}/v1/login/password", s.project.project_id),
                None,
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    }
    assert_error(
        s.call(
            Method::POST,
            "/p/proj_01arz3ndektsv4rrffq69g5fav/v1/login/password",
            None,
            Some(json!({"organization": "acme", "email": "ada@acme.com", "password": "x"})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn users_cannot_sign_in_through_another_organization(s: &TestServer) {
    let d = demo(s).await;
    s.create_org("Globex", "globex").await;
    assert_error(
        s.password_login("globex", &d.email, &d.password).await,
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
    );
    // Nor through another project, even with that project's organization of the same slug.
    let other = s.other_project().await;
    let (status, _) = s
        .call(
            Method::POST,
            "/v1/organizations",
            Some(&other.secret_key),
            Some(json!({"name": "Acme", "slug": "acme"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = s
        .call(
            Method::POST,
            &format!("/p/{}/v1/login/password", other.project_id),
            None,
            Some(json!({"organization": "acme", "email": d.email, "password": d.password})),
        )
        .await;
    assert_error(
        (status, body),
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
    );
}

async fn disabled_password_login_is_refused(s: &TestServer) {
    let d = demo(s).await;
    assert_eq!(
        s.patch("/v1/project", json!({"login_methods": ["magic_link"]}))
            .await
            .0,
        StatusCode::OK
    );
    assert_error(
        s.password_login("acme", &d.email, &d.password).await,
        StatusCode::FORBIDDEN,
        "login_method_disabled",
    );
}

async fn jwks_and_discovery_are_cacheable(s: &TestServer) {
    let base = format!("{}/p/{}", s.url, s.project.project_id);
    let response = s
        .client()
        .get(format!("{base}/.well-known/jwks.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "public, max-age=300");
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let jwks: Value = response.json().await.unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1);
    let key = &jwks["keys"][0];
    assert_eq!(
        (
            key["kty"].as_str(),
            key["crv"].as_str(),
            key["alg"].as_str(),
            key["use"].as_str()
        ),
        (Some("OKP"), Some("Ed25519"), Some("EdDSA"), Some("sig"))
    );
    assert!(key.get("d").is_none(), "no private part in a JWKS");

    let revalidated = s
        .client()
        .get(format!("{base}/.well-known/jwks.json"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);

    let config: Value = s
        .client()
        .get(format!("{base}/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(config["issuer"], issuer(s));
    assert_eq!(
        config["jwks_uri"],
        format!("{}/.well-known/jwks.json", issuer(s))
    );
    assert_eq!(
        config["token_endpoint"],
        format!("{}/oauth/token", issuer(s))
    );

    for bad in ["proj_01arz3ndektsv4rrffq69g5fav", "nonsense"] {
        let status = s
            .client()
            .get(format!("{}/p/{bad}/.well-known/jwks.json", s.url))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

async fn rotation_publishes_before_signing_and_unpublishes_late(s: &TestServer) {
    let d = demo(s).await;
    let before = login_ok(s, &d).await;
    let old_kid = decode_part(before["access_token"].as_str().unwrap(), 0)["kid"]
        .as_str()
        .unwrap()
        .to_owned();

    let (status, pending) = s.post("/v1/signing_keys/rotate", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{pending}");
    assert_eq!(pending["state"], "pending");
    let new_kid = pending["id"].as_str().unwrap().to_owned();
    assert_error(
        s.post("/v1/signing_keys/rotate", json!({})).await,
        StatusCode::CONFLICT,
        "rotation_pending",
    );

    // Published at once, but not signing yet.
    assert_eq!(kids(&jwks(s).await), [old_kid.clone(), new_kid.clone()]);
    let during = login_ok(s, &d).await;
    assert_eq!(
        decode_part(during["access_token"].as_str().unwrap(), 0)["kid"],
        old_kid.as_str()
    );

    // After the pre-publish window the new key signs; tokens of the old key still verify.
    s.clock.advance(s.config.key_prepublish_seconds);
    let after = login_ok(s, &d).await;
    assert_eq!(
        decode_part(after["access_token"].as_str().unwrap(), 0)["kid"],
        new_kid.as_str()
    );
    let refreshed = s
        .refresh_in(
            &s.project.project_id,
            during["refresh_token"].as_str().unwrap(),
        )
        .await
        .1;
    assert_eq!(
        decode_part(refreshed["access_token"].as_str().unwrap(), 0)["kid"],
        new_kid.as_str()
    );
    let (_, list) = s.get("/v1/signing_keys").await;
    let states: HashMap<String, String> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["id"].as_str().unwrap().to_owned(),
                k["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(states[&old_kid], "retired");
    assert_eq!(states[&new_kid], "active");
    assert_eq!(kids(&jwks(s).await).len(), 2);

    // The old key leaves the JWKS only once every token it signed has expired.
    s.clock.advance(3_600);
    assert_eq!(kids(&jwks(s).await).len(), 2);
    s.clock
        .advance(gatehouse_domain::signing::RETIRED_KEY_GRACE_SECONDS);
    assert_eq!(kids(&jwks(s).await), std::slice::from_ref(&new_kid));
    let (_, list) = s.get("/v1/signing_keys").await;
    assert!(
        list["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["id"] == old_kid.as_str() && k["state"] == "expired")
    );

    // The automatic schedule rotates keys that are old enough, once.
    // (Called per project: the all-projects sweep would reach other tests' projects in a
    // shared database.)
    let interval = 30 * 86_400;
    let project = gatehouse_storage::db::projects::get(&s.db, &s.project.project_id)
        .await
        .unwrap()
        .unwrap();
    let due = || gatehouse_domain::signing::rotate_if_due(&s.state, &project, interval);
    assert!(due().await.unwrap().is_none(), "not due yet");
    s.clock.advance(interval);
    let scheduled = due().await.unwrap().expect("due after the interval");
    assert!(
        due().await.unwrap().is_none(),
        "a pending rotation is not repeated"
    );
    let (_, list) = s.get("/v1/signing_keys").await;
    assert!(
        list["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["id"] == scheduled.id.as_str() && k["state"] == "pending")
    );
}

async fn revoking_the_signing_key_switches_at_once(s: &TestServer) {
    let d = demo(s).await;
    let tokens = login_ok(s, &d).await;
    let compromised = decode_part(tokens["access_token"].as_str().unwrap(), 0)["kid"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, revoked) = s
        .post(&format!("/v1/signing_keys/{compromised}/revoke"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{revoked}");
    assert_eq!(revoked["state"], "revoked");
    assert!(!kids(&jwks(s).await).contains(&compromised));
    assert_eq!(
        verify(s, tokens["access_token"].as_str().unwrap())
            .await
            .err(),
        Some("unknown_key")
    );
    let fresh = login_ok(s, &d).await;
    let kid = decode_part(fresh["access_token"].as_str().unwrap(), 0)["kid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(kid, compromised);
    assert!(
        verify(s, fresh["access_token"].as_str().unwrap())
            .await
            .is_ok()
    );

    // With a rotation pending, revoking the signing key promotes the pending key.
    let (_, pending) = s.post("/v1/signing_keys/rotate", json!({})).await;
    s.post(&format!("/v1/signing_keys/{kid}/revoke"), json!({}))
        .await;
    let promoted = login_ok(s, &d).await;
    assert_eq!(
        decode_part(promoted["access_token"].as_str().unwrap(), 0)["kid"],
        pending["id"]
    );

    assert_error(
        s.post(
            "/v1/signing_keys/jwk_01arz3ndektsv4rrffq69g5fav/revoke",
            json!({}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        s.post("/v1/signing_keys/nope/revoke", json!({})).await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
}

async fn es256_projects_sign_with_p256(s: &TestServer) {
    let d = demo(s).await;
    let first_algorithm = || async {
        openid_configuration(s).await["id_token_signing_alg_values_supported"][0].clone()
    };
    // Served from memory once rendered; the change below must show at once all the same.
    assert_eq!(first_algorithm().await, "EdDSA");
    let (status, project) = s
        .patch("/v1/project", json!({"signing_algorithm": "ES256"}))
        .await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["signing_algorithm"], "ES256");
    assert_eq!(first_algorithm().await, "ES256");
    s.post("/v1/signing_keys/rotate", json!({})).await;
    s.clock.advance(s.config.key_prepublish_seconds);
    let tokens = login_ok(s, &d).await;
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(decode_part(access, 0)["alg"], "ES256");
    let ec_key = jwks(s).await["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kty"] == "EC")
        .cloned()
        .unwrap();
    assert_eq!(ec_key["crv"], "P-256");
    assert_eq!(verify(s, access).await.unwrap().user_id(), d.user);
    assert_error(
        s.patch("/v1/project", json!({"signing_algorithm": "RS256"}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_body",
    );
    // The document says the field is not nullable; the parser agrees (absent: unchanged).
    assert_error(
        s.patch("/v1/project", json!({"signing_algorithm": null}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_body",
    );
    let (status, project) = s.patch("/v1/project", json!({"name": "renamed"})).await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["signing_algorithm"], "ES256");
}

async fn refresh_rotates_and_detects_reuse(s: &TestServer) {
    let d = demo(s).await;
    let first = login_ok(s, &d).await;
    let r1 = first["refresh_token"].as_str().unwrap();
    let (status, second) = s.refresh_in(&s.project.project_id, r1).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    let r2 = second["refresh_token"].as_str().unwrap();
    assert_ne!(r1, r2);
    let claims = decode_part(second["access_token"].as_str().unwrap(), 1);
    assert_eq!(
        claims["sid"],
        decode_part(first["access_token"].as_str().unwrap(), 1)["sid"]
    );
    assert_eq!(claims["sub"], d.user.as_str());

    // Changes to the user show up at the next refresh.
    s.patch(
        &format!("/v1/users/{}", d.user),
        json!({"name": "Ada Lovelace"}),
    )
    .await;
    let (_, third) = s.refresh_in(&s.project.project_id, r2).await;
    assert_eq!(
        decode_part(third["access_token"].as_str().unwrap(), 1)["user"]["name"],
        "Ada Lovelace"
    );
    let r3 = third["refresh_token"].as_str().unwrap();

    // Replaying a used token revokes the session: the current token dies with it.
    let (status, body) = s.refresh_in(&s.project.project_id, r1).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "invalid_grant");
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .contains("already used")
    );
    assert_eq!(
        s.refresh_in(&s.project.project_id, r3).await.1["error"],
        "invalid_grant"
    );
    let sid = claims["sid"].as_str().unwrap();
    let (_, sessions) = s.get(&format!("/v1/sessions?user_id={}", d.user)).await;
    let session = sessions["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == sid)
        .unwrap();
    assert_eq!(session["revoked_reason"], "refresh_token_reuse");
    assert_eq!(session["active"], false);
}

async fn refresh_refusals(s: &TestServer) {
    let d = demo(s).await;
    let project = s.project.project_id.clone();
    let forged = format!("ghr_{}", "A".repeat(43));
    for token in [forged.as_str(), "garbage"] {
        let (status, body) = s.refresh_in(&project, token).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_grant")),
            "{body}"
        );
    }
    let response = s
        .client()
        .post(format!("{}/p/{project}/oauth/token", s.url))
        .form(&[
            ("grant_type", "password"),
            ("username", "ada"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(
        response.json::<Value>().await.unwrap()["error"],
        "unsupported_grant_type"
    );
    let missing = s
        .client()
        .post(format!("{}/p/{project}/oauth/token", s.url))
        .form(&[("grant_type", "refresh_token")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        missing.json::<Value>().await.unwrap()["error"],
        "invalid_request"
    );
    let json_body = s
        .client()
        .post(format!("{}/p/{project}/oauth/token", s.url))
        .json(&json!({"grant_type": "refresh_token"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        json_body.json::<Value>().await.unwrap()["error"],
        "invalid_request"
    );

    // A refresh token is only good at its own project's endpoint.
    let tokens = login_ok(s, &d).await;
    let other = s.other_project().await;
    let (status, body) = s
        .refresh_in(&other.project_id, tokens["refresh_token"].as_str().unwrap())
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    assert_eq!(
        s.refresh_in(&project, tokens["refresh_token"].as_str().unwrap())
            .await
            .0,
        StatusCode::OK,
        "the failed cross-project attempt did not burn the token"
    );

    // Idle sessions end.
    let idle = login_ok(s, &d).await;
    s.clock.advance(s.config.session_idle_timeout_seconds + 1);
    let (status, body) = s
        .refresh_in(&project, idle["refresh_token"].as_str().unwrap())
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );

    // Sessions end at their absolute lifetime even when refreshed all along.
    let mut current = login_ok(s, &d).await["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let step = s.config.session_idle_timeout_seconds - 60;
    let mut elapsed = 0;
    while elapsed + step < s.config.session_lifetime_seconds {
        s.clock.advance(step);
        elapsed += step;
        let (status, body) = s.refresh_in(&project, &current).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        current = body["refresh_token"].as_str().unwrap().to_owned();
    }
    s.clock.advance(step);
    assert_eq!(
        s.refresh_in(&project, &current).await.1["error"],
        "invalid_grant"
    );
}

/// The status of an RFC 7009 revocation request with this form.
async fn revoke(s: &TestServer, project: &str, form: &[(&str, &str)]) -> StatusCode {
    s.client()
        .post(format!("{}/p/{project}/oauth/revoke", s.url))
        .form(form)
        .send()
        .await
        .unwrap()
        .status()
}

async fn logout_and_session_revocation(s: &TestServer) {
    let d = demo(s).await;
    let project = s.project.project_id.clone();
    let tokens = login_ok(s, &d).await;
    let access = tokens["access_token"].as_str().unwrap();
    let logout = |token: Option<String>| {
        let mut request = s.client().post(format!("{}/p/{project}/v1/logout", s.url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    assert_eq!(
        logout(None).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        logout(Some("nonsense".into()))
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap()["code"],
        "malformed_token"
    );
    assert_eq!(
        logout(Some(access.to_owned())).await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        s.refresh_in(&project, tokens["refresh_token"].as_str().unwrap())
            .await
            .1["error"],
        "invalid_grant"
    );
    assert_error(
        authenticate(s, access).await,
        StatusCode::UNAUTHORIZED,
        "session_revoked",
    );

    // The backend can list and revoke sessions.
    let a = login_ok(s, &d).await;
    let b = login_ok(s, &d).await;
    let (_, list) = s.get(&format!("/v1/sessions?user_id={}", d.user)).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 3);
    let sid = decode_part(a["access_token"].as_str().unwrap(), 1)["sid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        s.delete(&format!("/v1/sessions/{sid}")).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        s.refresh_in(&project, a["refresh_token"].as_str().unwrap())
            .await
            .1["error"],
        "invalid_grant"
    );
    assert_eq!(
        s.refresh_in(&project, b["refresh_token"].as_str().unwrap())
            .await
            .0,
        StatusCode::OK,
        "other sessions live on"
    );

    // RFC 7009 revocation by refresh token; unknown tokens are accepted silently.
    let c = login_ok(s, &d).await;
    for token in [
        c["refresh_token"].as_str().unwrap(),
        "ghr_unknown",
        "anything",
    ] {
        assert_eq!(
            revoke(s, &project, &[("token", token)]).await,
            StatusCode::OK
        );
    }
    assert_eq!(
        s.refresh_in(&project, c["refresh_token"].as_str().unwrap())
            .await
            .1["error"],
        "invalid_grant"
    );
    // An empty parameter counts as left out (RFC 6749 §3.1), as openapi/openapi.json says.
    let e = login_ok(s, &d).await;
    let form = [
        ("token", e["refresh_token"].as_str().unwrap()),
        ("client_id", ""),
    ];
    assert_eq!(revoke(s, &project, &form).await, StatusCode::OK);
    assert_eq!(
        s.refresh_in(&project, e["refresh_token"].as_str().unwrap())
            .await
            .1["error"],
        "invalid_grant"
    );

    assert_error(
        s.get("/v1/sessions").await,
        StatusCode::BAD_REQUEST,
        "invalid_query",
    );
    assert_error(
        s.get("/v1/sessions?user_id=org_01arz3ndektsv4rrffq69g5fav")
            .await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_error(
        s.delete("/v1/sessions/sess_01arz3ndektsv4rrffq69g5fav")
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn an_admin_password_change_ends_the_users_sessions(s: &TestServer) {
    use crate::common::browser::{Browser, field};
    let d = demo(s).await;
    let first = login_ok(s, &d).await;
    let second = login_ok(s, &d).await;
    // A hosted-login session of the same user, in a browser.
    let mut browser = Browser::new();
    let login_page = browser.get(&format!("{}/login", issuer(s))).await;
    let csrf = field(&login_page.body, "csrf_token");
    browser
        .post(
            &format!("{}/login", issuer(s)),
            &[("csrf_token", &csrf), ("email", &d.email)],
        )
        .await;
    let signed_in = browser
        .post(
            &format!("{}/login/password", issuer(s)),
            &[
                ("csrf_token", &csrf),
                ("email", &d.email),
                ("password", &d.password),
            ],
        )
        .await;
    assert!(
        browser.cookies.contains_key("gh_session"),
        "{}",
        signed_in.body
    );
    let account = format!("{}/account", issuer(s));
    assert!(browser.get(&account).await.body.contains(&d.email));

    // Honest path: other changes leave the sessions alone.
    let (status, body) = s
        .patch(&format!("/v1/users/{}", d.user), json!({"name": "Ada L."}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, renewed) = s
        .refresh_in(
            &s.project.project_id,
            first["refresh_token"].as_str().unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{renewed}");
    assert!(browser.get(&account).await.body.contains(&d.email));

    // The administrator sets a new password: every session ends.
    let (status, body) = s
        .patch(
            &format!("/v1/users/{}", d.user),
            json!({"password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for refresh_token in [&renewed["refresh_token"], &second["refresh_token"]] {
        let (status, refused) = s
            .refresh_in(&s.project.project_id, refresh_token.as_str().unwrap())
            .await;
        assert_eq!(
            (status, refused["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_grant"))
        );
    }
    for access_token in [&renewed["access_token"], &second["access_token"]] {
        assert_error(
            authenticate(s, access_token.as_str().unwrap()).await,
            StatusCode::UNAUTHORIZED,
            "session_revoked",
        );
    }
    assert!(
        !browser.get(&account).await.body.contains(&d.email),
        "the hosted session ended"
    );
    let (_, sessions) = s.get(&format!("/v1/sessions?user_id={}", d.user)).await;
    assert!(
        sessions["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["revoked_at"].is_string()),
        "{sessions}"
    );
    // The new password signs in; the old one does not.
    assert_eq!(
        s.password_login("acme", &d.email, &d.password).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, fresh) = s
        .password_login("acme", &d.email, "a brand new passphrase")
        .await;
    assert_eq!(status, StatusCode::OK, "{fresh}");
    assert_eq!(
        authenticate(s, fresh["access_token"].as_str().unwrap())
            .await
            .0,
        StatusCode::OK
    );
}

async fn authenticate_checks_tokens(s: &TestServer) {
    let d = demo(s).await;
    let tokens = login_ok(s, &d).await;
    let access = tokens["access_token"].as_str().unwrap();
    let (status, body) = authenticate(s, access).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["kind"], "access_token");
    assert_eq!(body["claims"]["sub"], d.user.as_str());
    assert_eq!(body["claims"]["org"]["id"], d.org.as_str());

    let mut parts: Vec<String> = access.split('.').map(str::to_owned).collect();
    let mut payload = decode_part(access, 1);
    payload["sub"] = json!("user_01arz3ndektsv4rrffq69g5fav");
    parts[1] = URL_SAFE_NO_PAD.encode(payload.to_string());
    assert_error(
        authenticate(s, &parts.join(".")).await,
        StatusCode::UNAUTHORIZED,
        "invalid_signature",
    );
    assert_error(
        authenticate(s, "not.a.jwt").await,
        StatusCode::UNAUTHORIZED,
        "malformed_token",
    );
    assert_error(
        authenticate(s, "").await,
        StatusCode::UNAUTHORIZED,
        "missing_token",
    );
    assert_error(
        authenticate(s, "gh_key_abcdef").await,
        StatusCode::UNAUTHORIZED,
        "invalid_api_key",
    );

    // Another project's secret key cannot use this project's tokens.
    let other = s.other_project().await;
    let (status, body) = s
        .call(
            Method::POST,
            "/v1/authenticate",
            Some(&other.secret_key),
            Some(json!({"credential": access})),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(
        matches!(
            body["code"].as_str(),
            Some("unknown_key" | "wrong_issuer" | "wrong_audience")
        ),
        "{body}"
    );

    s.clock.advance(300 + 31);
    assert_error(
        authenticate(s, access).await,
        StatusCode::UNAUTHORIZED,
        "token_expired",
    );
    assert_error(
        s.call(
            Method::POST,
            "/v1/authenticate",
            None,
            Some(json!({"credential": access})),
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "missing_secret_key",
    );
}

async fn sessions_and_keys_are_scoped_to_their_project(s: &TestServer) {
    let d = demo(s).await;
    let tokens = login_ok(s, &d).await;
    let sid = decode_part(tokens["access_token"].as_str().unwrap(), 1)["sid"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = s.other_project().await;
    let b = Some(other.secret_key.as_str());
    let (status, list) = s
        .call(
            Method::GET,
            &format!("/v1/sessions?user_id={}", d.user),
            b,
            None,
        )
        .await;
    assert_eq!((status, list["data"].clone()), (StatusCode::OK, json!([])));
    assert_error(
        s.call(Method::DELETE, &format!("/v1/sessions/{sid}"), b, None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_eq!(
        s.refresh_in(
            &s.project.project_id,
            tokens["refresh_token"].as_str().unwrap()
        )
        .await
        .0,
        StatusCode::OK
    );

    let kid = decode_part(tokens["access_token"].as_str().unwrap(), 0)["kid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        s.call(
            Method::POST,
            &format!("/v1/signing_keys/{kid}/revoke"),
            b,
            Some(json!({})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, b_keys) = s.call(Method::GET, "/v1/signing_keys", b, None).await;
    assert!(!b_keys.to_string().contains(&kid));
    let (_, b_jwks) = s
        .call(
            Method::GET,
            &format!("/p/{}/.well-known/jwks.json", other.project_id),
            None,
            None,
        )
        .await;
    assert!(!kids(&b_jwks).contains(&kid), "projects never share keys");
}

async fn private_keys_are_sealed_at_rest(s: &TestServer) {
    let d = demo(s).await;
    s.patch("/v1/project", json!({"signing_algorithm": "ES256"}))
        .await;
    s.post("/v1/signing_keys/rotate", json!({})).await;
    login_ok(s, &d).await;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT id, public_jwk, private_key_sealed FROM signing_keys WHERE project_id = $1",
    )
    .bind(&s.project.project_id)
    .fetch_all(s.db.pool())
    .await
    .unwrap();
    assert_eq!(rows.len(), 2);
    for (kid, jwk, sealed) in rows {
        let jwk: Value = serde_json::from_str(&jwk).unwrap();
        assert!(
            jwk.get("d").is_none(),
            "{kid}: the public JWK holds a private part"
        );
        let bytes = URL_SAFE_NO_PAD.decode(&sealed).unwrap();
        assert!(
            aws_lc_rs::signature::Ed25519KeyPair::from_pkcs8_maybe_unchecked(&bytes).is_err()
                && aws_lc_rs::signature::EcdsaKeyPair::from_pkcs8(
                    &aws_lc_rs::signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                    &bytes
                )
                .is_err(),
            "{kid}: the stored private key is readable without the master key"
        );
        assert!(!sealed.contains("PRIVATE"));
    }
}

async fn custom_issuer_changes_iss_and_publishable_key(s: &TestServer) {
    let d = demo(s).await;
    let (status, project) = s
        .patch(
            "/v1/project",
            json!({"issuer_url": "https://auth.acme-saas.com/"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["issuer"], "https://auth.acme-saas.com");
    assert_eq!(project["issuer_url"], "https://auth.acme-saas.com");
    let pk = project["publishable_key"].as_str().unwrap();
    let decoded = String::from_utf8(
        URL_SAFE_NO_PAD
            .decode(pk.strip_prefix("pk_test_").unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        decoded,
        format!("https://auth.acme-saas.com#{}", s.project.project_id)
    );
    let parsed = gatehouse_core::PublishableKey::parse(pk).unwrap();
    assert_eq!(
        parsed.jwks_url(),
        "https://auth.acme-saas.com/.well-known/jwks.json"
    );

    let tokens = login_ok(s, &d).await;
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(decode_part(access, 1)["iss"], "https://auth.acme-saas.com");
    assert_eq!(authenticate(s, access).await.0, StatusCode::OK);
    let (_, config) = s
        .call(
            Method::GET,
            &format!(
                "/p/{}/.well-known/openid-configuration",
                s.project.project_id
            ),
            None,
            None,
        )
        .await;
    assert_eq!(
        config["jwks_uri"],
        "https://auth.acme-saas.com/.well-known/jwks.json"
    );

    for bad in [
        "http://auth.acme-saas.com",
        "https://auth.acme-saas.com/?x=1",
        "not a url",
    ] {
        assert_error(
            s.patch("/v1/project", json!({"issuer_url": bad})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_issuer_url",
        );
    }
    // Clearing it restores the default issuer; tokens of the custom issuer stop verifying.
    let (_, project) = s.patch("/v1/project", json!({"issuer_url": null})).await;
    assert_eq!(project["issuer"], issuer(s));
    assert_eq!(project["issuer_url"], Value::Null);
    assert_error(
        authenticate(s, access).await,
        StatusCode::UNAUTHORIZED,
        "wrong_issuer",
    );
    let (_, unchanged) = s.patch("/v1/project", json!({"name": "Renamed"})).await;
    assert_eq!(
        unchanged["issuer_url"],
        Value::Null,
        "an absent field leaves the issuer alone"
    );
}
