//! Regression tests for the security review of the first wave (issue 19): each attack as it
//! was tried against the server, next to the honest path it must not break. Every test runs
//! on SQLite and PostgreSQL.

use crate::common::browser::{Answer, Browser, field, pkce, query_param};
use crate::common::{TestServer, assert_error};
use gatehouse_domain::state::ServerConfig;
use reqwest::StatusCode;
use serde_json::{Value, json};

on_both_databases!(
    password_api_applies_the_hosted_login_policy,
    one_account_has_one_lockout_whatever_the_door,
    a_flow_cannot_be_continued_in_another_browser,
    parallel_guesses_are_counted_before_they_are_checked,
    pending_sign_ins_are_bounded_and_small,
    a_new_mfa_requirement_reaches_existing_sessions,
    an_enrolment_secret_belongs_to_its_sign_in,
    confirming_a_sign_up_asks_for_its_password,
    mail_is_queued_not_sent_in_the_request,
    an_untrusted_peer_cannot_name_another_address,
);
on_both_databases_with!(
    behind_local_proxy;
    one_address_cannot_lock_out_everybody,
    sign_up_is_throttled_before_hashing,
    mail_caps_are_per_requester,
    a_trusted_proxy_names_the_client,
);

/// The test servers' proxy: requests from loopback name their client in `X-Forwarded-For`.
fn behind_local_proxy(config: &mut ServerConfig) {
    config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
}

const PASSWORD: &str = "correct horse battery staple";

async fn api_login(s: &TestServer, organization: &str, email: &str) -> (StatusCode, Value) {
    s.password_login(organization, email, PASSWORD).await
}

/// `POST /v1/login/password` for the organization `acme` with extra request headers (a
/// proxy's `X-Forwarded-For`); answers the status.
async fn login_with_headers(
    s: &TestServer,
    headers: &[(&str, &str)],
    email: &str,
    password: &str,
) -> StatusCode {
    let mut request = s
        .client()
        .post(format!("{}/v1/login/password", s.project.issuer))
        .json(&json!({"organization": "acme", "email": email, "password": password}));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().status()
}

/// Asks for a password reset for `email` from `browser`; answers the page.
async fn ask_reset(s: &TestServer, mut browser: Browser, email: &str) -> Answer {
    let page = browser.get(&format!("{}/forgot", s.project.issuer)).await;
    let csrf = field(&page.body, "csrf_token");
    browser
        .post(
            &format!("{}/forgot", s.project.issuer),
            &[("csrf_token", csrf.as_str()), ("email", email)],
        )
        .await
}

/// Creates a user with [`PASSWORD`] and returns its id.
async fn user(s: &TestServer, org: &str, email: &str, verified: bool) -> String {
    let person = s.person(org, email).password(PASSWORD);
    let person = if verified {
        person
    } else {
        person.unverified()
    };
    person.create_id().await
}

/// Item 1: `POST /v1/login/password` issued tokens with `amr: ["pwd"]` to users whose
/// organization requires MFA, to users enrolled in TOTP, and to unverified addresses.
async fn password_api_applies_the_hosted_login_policy(s: &TestServer) {
    // The honest path: a verified user of an organization without MFA gets tokens.
    let open = s.create_org("Open", "open").await;
    user(s, &open, "ada@open.test", true).await;
    let (status, tokens) = api_login(s, "open", "ada@open.test").await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert!(tokens["access_token"].is_string());

    // An organization that requires a second factor.
    let (status, vault) = s
        .post(
            "/v1/organizations",
            json!({"name": "Vault", "slug": "vault", "require_mfa": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{vault}");
    let vault = vault["id"].as_str().unwrap().to_owned();
    user(s, &vault, "bob@vault.test", true).await;
    assert_error(
        api_login(s, "vault", "bob@vault.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );
    assert_error(
        api_login(s, &vault, "bob@vault.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );

    // A user who enrolled TOTP, in an organization that does not require it.
    let carol = user(s, &open, "carol@open.test", true).await;
    let now = s.clock.now();
    assert!(
        gatehouse_storage::db::credentials::enroll_totp(
            &s.db,
            &s.project.project_id,
            &carol,
            "sealed",
            now / 30,
            now
        )
        .await
        .unwrap()
    );
    assert_error(
        api_login(s, "open", "carol@open.test").await,
        StatusCode::FORBIDDEN,
        "mfa_required",
    );

    // An unverified address.
    user(s, &open, "dan@open.test", false).await;
    assert_error(
        api_login(s, "open", "dan@open.test").await,
        StatusCode::FORBIDDEN,
        "email_not_verified",
    );

    // An organization that allows only emailed links.
    let (status, links) = s
        .post(
            "/v1/organizations",
            json!({"name": "Links", "slug": "links", "login_methods": ["magic_link"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{links}");
    user(s, links["id"].as_str().unwrap(), "eve@links.test", true).await;
    assert_error(
        api_login(s, "links", "eve@links.test").await,
        StatusCode::FORBIDDEN,
        "login_method_disabled",
    );

    // None of the refusals is an oracle: a wrong password is still just wrong.
    assert_error(
        s.password_login("vault", "bob@vault.test", "wrong password!")
            .await,
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
    );
}

fn authorize_url(s: &TestServer, challenge: &str, extra: &[(&str, &str)]) -> String {
    let mut url = url::Url::parse(&format!("{}/oauth/authorize", s.project.issuer)).unwrap();
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &s.project.publishable_key)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("scope", "openid email")
        .append_pair("code_challenge", challenge)
        .append_pair("code_challenge_method", "S256");
    for (k, v) in extra {
        url.query_pairs_mut().append_pair(k, v);
    }
    url.to_string()
}

const REDIRECT: &str = "http://localhost:5173/callback";

/// Opens the hosted login from `/oauth/authorize`; returns the login page (csrf, flow).
async fn open_login(s: &TestServer, browser: &mut Browser, extra: &[(&str, &str)]) -> Answer {
    let start = browser
        .get(&authorize_url(s, &pkce().challenge, extra))
        .await;
    assert_eq!(start.status, StatusCode::SEE_OTHER, "{}", start.body);
    let page = browser.get(start.location.as_deref().unwrap()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page
}

/// Posts a password on the hosted form (after the email step) from `browser`.
async fn hosted_password(
    s: &TestServer,
    browser: &mut Browser,
    page: &Answer,
    email: &str,
    password: &str,
) -> Answer {
    let csrf = field(&page.body, "csrf_token");
    let flow = field(&page.body, "flow");
    let issuer = &s.project.issuer;
    browser
        .post(
            &format!("{issuer}/login/password"),
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("email", email),
                ("password", password),
            ],
        )
        .await
}

/// The stable code an error page shows.
fn page_code(answer: &Answer) -> String {
    let marker = "<code";
    let start = answer
        .body
        .rfind(marker)
        .unwrap_or_else(|| panic!("no code on {}", answer.body));
    let rest = &answer.body[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</code>").unwrap();
    rest[open..close].to_owned()
}

/// Issue 20: one account attacked through the API with the organization's id, its slug,
/// and the hosted form has one counter: the sixth wrong password is refused everywhere.
async fn one_account_has_one_lockout_whatever_the_door(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    let wrong = "not the password";
    for reference in [org.as_str(), "acme"] {
        assert_error(
            s.password_login(reference, "ada@acme.test", wrong).await,
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
        );
    }
    for _ in 0..3 {
        let mut browser = Browser::new();
        let page = open_login(s, &mut browser, &[]).await;
        let answer = hosted_password(s, &mut browser, &page, "ada@acme.test", wrong).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    // The sixth, and even the right password, is refused by every door alike.
    for reference in [org.as_str(), "acme"] {
        assert_error(
            api_login(s, reference, "ada@acme.test").await,
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
        );
    }
    let mut browser = Browser::new();
    let page = open_login(s, &mut browser, &[]).await;
    let locked = hosted_password(s, &mut browser, &page, "ada@acme.test", PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(page_code(&locked), "too_many_attempts");
    // The honest path after the window: the right password works.
    s.clock.advance(16 * 60);
    assert_eq!(
        api_login(s, "acme", "ada@acme.test").await.0,
        StatusCode::OK
    );
}

/// Item 2: the attacker starts a flow in its own browser and sends the link to the victim;
/// the flow cannot be used from the victim's browser, so the attacker's pick gets nothing.
async fn a_flow_cannot_be_continued_in_another_browser(s: &TestServer) {
    let org_a = s.create_org("Alpha", "alpha").await;
    let org_b = s.create_org("Beta", "beta").await;
    let victim_a = user(s, &org_a, "vic@corp.test", true).await;
    user(s, &org_b, "vic@corp.test", true).await;

    let mut attacker = Browser::new();
    let attacker_page = open_login(s, &mut attacker, &[]).await;
    let flow = field(&attacker_page.body, "flow");

    // The victim opens the genuine link: the flow belongs to another browser.
    let mut victim = Browser::new();
    let opened = victim
        .get(&format!("{}/login?flow={flow}", s.project.issuer))
        .await;
    assert_eq!(opened.status, StatusCode::FORBIDDEN, "{}", opened.body);
    assert_eq!(page_code(&opened), "flow_other_browser");
    // Even a form the victim submits with that flow id is refused.
    let own = open_login(s, &mut victim, &[]).await;
    let csrf = field(&own.body, "csrf_token");
    let posted = victim
        .post(
            &format!("{}/login/password", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("flow", flow.as_str()),
                ("email", "vic@corp.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    assert_eq!(page_code(&posted), "flow_other_browser");
    // The attacker's pick finds no proven candidates.
    let csrf = field(&attacker_page.body, "csrf_token");
    let pick = attacker
        .post(
            &format!("{}/login/pick", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("flow", flow.as_str()),
                ("user_id", victim_a.as_str()),
            ],
        )
        .await;
    assert_ne!(pick.status, StatusCode::SEE_OTHER, "{}", pick.body);
    assert!(pick.location.is_none());

    // The honest path: the victim's own flow, picker included, ends with a code.
    let picker = hosted_password(s, &mut victim, &own, "vic@corp.test", PASSWORD).await;
    assert!(
        picker.body.contains("Choose an organization"),
        "{}",
        picker.body
    );
    let csrf = field(&picker.body, "csrf_token");
    let own_flow = field(&picker.body, "flow");
    let done = victim
        .post(
            &format!("{}/login/pick", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("flow", own_flow.as_str()),
                ("user_id", victim_a.as_str()),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(query_param(done.location.as_deref().unwrap(), "code").is_some());
}

/// Item 3: twenty parallel wrong passwords on the API and twelve on the hosted form: at
/// most five of each are evaluated (401); the rest are refused before any hash (429).
async fn parallel_guesses_are_counted_before_they_are_checked(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    user(s, &org, "bob@acme.test", true).await;
    let guesses = (0..20).map(|i| {
        let password = format!("wrong guess {i}");
        async move { s.password_login("acme", "ada@acme.test", &password).await.0 }
    });
    let statuses = join_all(guesses.collect()).await;
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(checked <= 5, "{checked} guesses were checked: {statuses:?}");
    assert_eq!(checked + refused, 20, "{statuses:?}");

    let mut pages = Vec::new();
    for _ in 0..12 {
        let mut browser = Browser::new();
        let page = open_login(s, &mut browser, &[]).await;
        pages.push((browser, page));
    }
    let guesses = pages
        .into_iter()
        .enumerate()
        .map(|(i, (mut browser, page))| async move {
            let password = format!("wrong guess {i}");
            hosted_password(s, &mut browser, &page, "bob@acme.test", &password)
                .await
                .status
        });
    let statuses = join_all(guesses.collect()).await;
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert!(
        checked <= 5,
        "{checked} hosted guesses were checked: {statuses:?}"
    );
    // Honest path: once the lock has passed the right password works, at both doors.
    s.clock.advance(16 * 60);
    assert_eq!(
        api_login(s, "acme", "ada@acme.test").await.0,
        StatusCode::OK
    );
    assert_eq!(
        api_login(s, "acme", "bob@acme.test").await.0,
        StatusCode::OK
    );
}

/// A minimal join-all (no extra dependency): polls every future until all are done.
async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => *output = Some(value),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().map(|o| o.unwrap()).collect()
}

/// Item 4: thirty wrong logins with random emails from one address used to lock password
/// sign-in for every user behind it; now they only slow that address down.
async fn one_address_cannot_lock_out_everybody(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    let proxy = [("x-forwarded-for", "198.51.100.7")];
    for i in 0..31 {
        let status = login_with_headers(s, &proxy, &format!("random{i}@acme.test"), "guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // A colleague behind the same address still signs in (after a short delay).
    assert_eq!(
        login_with_headers(s, &proxy, "ada@acme.test", PASSWORD).await,
        StatusCode::OK
    );
}

/// Item 5: pending sign-ins are capped per browser, their stored parameters are small, and
/// the sweeper deletes expired ones while keeping live ones.
async fn pending_sign_ins_are_bounded_and_small(s: &TestServer) {
    let mut browser = Browser::new();
    let first = open_login(s, &mut browser, &[]).await;
    let first_flow = field(&first.body, "flow");
    for _ in 0..10 {
        s.clock.advance(1);
        open_login(s, &mut browser, &[]).await;
    }
    let live: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_flows WHERE project_id = $1")
        .bind(&s.project.project_id)
        .fetch_one(s.db.pool())
        .await
        .unwrap();
    assert_eq!(live, 10, "one browser keeps at most ten pending sign-ins");
    let gone = browser
        .get(&format!("{}/login?flow={first_flow}", s.project.issuer))
        .await;
    assert_eq!(page_code(&gone), "flow_expired", "the oldest was dropped");

    // Oversized parameters are refused before anything is stored.
    let big_state = "s".repeat(1025);
    let answer = browser
        .get(&authorize_url(
            s,
            &pkce().challenge,
            &[("state", big_state.as_str())],
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    let hint = format!("{}@acme.test", "a".repeat(320));
    let answer = browser
        .get(&authorize_url(
            s,
            &pkce().challenge,
            &[("login_hint", hint.as_str())],
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    // A normal state still works.
    open_login(s, &mut browser, &[("state", "s".repeat(200).as_str())]).await;

    // The sweeper removes expired flows and keeps live ones.
    s.clock.advance(31 * 60);
    let mut fresh = Browser::new();
    let live_page = open_login(s, &mut fresh, &[]).await;
    let report = gatehouse_domain::workers::sweep::sweep_once(&s.state)
        .await
        .unwrap();
    let swept = report
        .iter()
        .find(|(table, _)| *table == "login_flows")
        .map(|(_, n)| *n)
        .unwrap();
    assert!(swept >= 10, "swept {swept} flows");
    let again = fresh
        .get(&format!(
            "{}/login?flow={}",
            s.project.issuer,
            field(&live_page.body, "flow")
        ))
        .await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "the live flow stays: {}",
        again.body
    );
}

/// Item 6: after an organization turns on `require_mfa`, a session from before can neither
/// get codes silently nor refresh; the person is asked for the missing step.
async fn a_new_mfa_requirement_reaches_existing_sessions(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    let mut browser = Browser::new();
    let page = open_login(s, &mut browser, &[]).await;
    let done = hosted_password(s, &mut browser, &page, "ada@acme.test", PASSWORD).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, tokens) = api_login(s, "acme", "ada@acme.test").await;
    let refresh = tokens["refresh_token"].as_str().unwrap().to_owned();

    // Honest path first: without the requirement, silent sign-in gives a code at once.
    let silent = browser.get(&authorize_url(s, &pkce().challenge, &[])).await;
    let location = silent.location.clone().unwrap();
    assert!(query_param(&location, "code").is_some(), "{location}");

    let (status, _) = s
        .patch(
            &format!("/v1/organizations/{org}"),
            json!({"require_mfa": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let silent = browser.get(&authorize_url(s, &pkce().challenge, &[])).await;
    let location = silent.location.clone().unwrap();
    assert!(
        query_param(&location, "code").is_none(),
        "no code: {location}"
    );
    let step = browser.get(&location).await;
    assert!(
        step.body.contains("Set up two-step verification"),
        "{}",
        step.body
    );
    // prompt=none cannot skip it either.
    let none = browser
        .get(&authorize_url(s, &pkce().challenge, &[("prompt", "none")]))
        .await;
    let location = none.location.unwrap();
    assert_eq!(
        query_param(&location, "error").as_deref(),
        Some("interaction_required")
    );
    // The refresh token from before is refused.
    let response = s
        .client()
        .post(format!("{}/oauth/token", s.project.issuer))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", &refresh)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid_grant");
}

fn secret_on(page: &Answer) -> String {
    let marker = "data-secret=\"";
    let start = page.body.find(marker).expect("secret shown") + marker.len();
    let end = page.body[start..].find('"').unwrap();
    page.body[start..start + end].to_owned()
}

fn code_at(secret_base32: &str, unix: i64) -> String {
    let secret = totp_rs::Secret::try_from_base32(secret_base32).unwrap();
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name("x")
        .build()
        .unwrap()
        .generate(u64::try_from(unix).unwrap())
        .to_string()
}

/// Item 8: whoever knows the password sees an enrolment secret, but only for their own
/// sign-in: the real user is offered another, and the attacker's never becomes the factor.
async fn an_enrolment_secret_belongs_to_its_sign_in(s: &TestServer) {
    let (_, org) = s
        .post(
            "/v1/organizations",
            json!({"name": "Vault", "slug": "vault", "require_mfa": true}),
        )
        .await;
    user(s, org["id"].as_str().unwrap(), "ada@vault.test", true).await;
    let mut attacker = Browser::new();
    let page = open_login(s, &mut attacker, &[]).await;
    let seen = hosted_password(s, &mut attacker, &page, "ada@vault.test", PASSWORD).await;
    let planted = secret_on(&seen);

    let mut owner = Browser::new();
    let page = open_login(s, &mut owner, &[]).await;
    let offered = hosted_password(s, &mut owner, &page, "ada@vault.test", PASSWORD).await;
    let own = secret_on(&offered);
    assert_ne!(own, planted, "a pending secret is never offered again");
    // Enrolment completes with the owner's secret.
    let csrf = field(&offered.body, "csrf_token");
    let flow = field(&offered.body, "flow");
    let code = code_at(&own, s.clock.now());
    let done = owner
        .post(
            &format!("{}/login/mfa", s.project.issuer),
            &[("csrf_token", &csrf), ("flow", &flow), ("code", &code)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    // At the next sign-in a code from the planted secret is refused.
    s.clock.advance(60);
    let mut again = Browser::new();
    let page = open_login(s, &mut again, &[]).await;
    let ask = hosted_password(s, &mut again, &page, "ada@vault.test", PASSWORD).await;
    assert!(
        ask.body.contains("Enter your verification code"),
        "{}",
        ask.body
    );
    let csrf = field(&ask.body, "csrf_token");
    let flow = field(&ask.body, "flow");
    let planted_code = code_at(&planted, s.clock.now());
    let refused = again
        .post(
            &format!("{}/login/mfa", s.project.issuer),
            &[
                ("csrf_token", &csrf),
                ("flow", &flow),
                ("code", &planted_code),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

/// Item 10: someone who signs up with another person's address cannot have that person's
/// click create the account: confirming asks for the password chosen at sign-up.
async fn confirming_a_sign_up_asks_for_its_password(s: &TestServer) {
    let (status, org) = s
        .post(
            "/v1/organizations",
            json!({"name": "Acme", "slug": "acme", "domains": ["acme.test"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    let org = org["id"].as_str().unwrap().to_owned();
    let (status, _) = s
        .patch(
            "/v1/project",
            json!({"hosted_login": {"signup": "verified_domain"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    // The impostor signs up with the victim's address and a password of its choosing.
    let mut impostor = Browser::new();
    let form = impostor.get(&format!("{}/signup", s.project.issuer)).await;
    let csrf = field(&form.body, "csrf_token");
    let sent = impostor
        .post(
            &format!("{}/signup", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Victim"),
                ("email", "victim@acme.test"),
                ("password", "impostor's password"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let mail = s.mail_to("victim@acme.test").await;
    let link = link_in(&mail.last().unwrap().text);
    // The victim opens the genuine mail and clicks without the impostor's password.
    let mut victim = Browser::new();
    let page = victim.get(&link).await;
    assert!(
        page.body.contains("Enter the password you chose"),
        "{}",
        page.body
    );
    let csrf = field(&page.body, "csrf_token");
    let token = field(&page.body, "token");
    let refused = victim
        .post(
            &format!("{}/signup/confirm", s.project.issuer),
            &[("csrf_token", csrf.as_str()), ("token", token.as_str())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = victim
        .post(
            &format!("{}/signup/confirm", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("token", token.as_str()),
                ("password", "a guess"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let (_, users) = s
        .get(&format!(
            "/v1/users?organization_id={org}&email=victim@acme.test"
        ))
        .await;
    assert_eq!(users["data"], json!([]), "no account was created");

    // The honest path: the person who signed up confirms with their password.
    let mut person = Browser::new();
    let form = person.get(&format!("{}/signup", s.project.issuer)).await;
    let csrf = field(&form.body, "csrf_token");
    person
        .post(
            &format!("{}/signup", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Grace"),
                ("email", "grace@acme.test"),
                ("password", "grace's own password"),
            ],
        )
        .await;
    let mail = s.mail_to("grace@acme.test").await;
    let page = person.get(&link_in(&mail.last().unwrap().text)).await;
    let csrf = field(&page.body, "csrf_token");
    let token = field(&page.body, "token");
    let created = person
        .post(
            &format!("{}/signup/confirm", s.project.issuer),
            &[
                ("csrf_token", csrf.as_str()),
                ("token", token.as_str()),
                ("password", "grace's own password"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let (_, users) = s
        .get(&format!(
            "/v1/users?organization_id={org}&email=grace@acme.test"
        ))
        .await;
    assert_eq!(users["data"].as_array().unwrap().len(), 1);
}

/// The link of a message's text part.
fn link_in(text: &str) -> String {
    let start = text.find("http").expect("a link");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

/// Item 12: a known address used to wait for the mail server inside the request; mail now
/// waits in the outbox and the request does the same work for every address.
async fn mail_is_queued_not_sent_in_the_request(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "known@acme.test", true).await;
    let known = ask_reset(s, Browser::new(), "known@acme.test").await;
    let unknown = ask_reset(s, Browser::new(), "unknown@acme.test").await;
    assert_eq!(known.status, unknown.status);
    let main = |body: &str, email: &str| {
        let start = body.find("<main>").unwrap();
        body[start..].replace(email, "x")
    };
    assert_eq!(
        main(&known.body, "known@acme.test"),
        main(&unknown.body, "unknown@acme.test")
    );
    // The test server runs no delivery worker: the message is still queued, sealed.
    let mail = s.mail_to("known@acme.test").await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].text.contains("/reset?token="));
    assert!(s.mail_to("unknown@acme.test").await.is_empty());
    let (sealed,): (String,) =
        sqlx::query_as("SELECT payload FROM outbox WHERE project_id = $1 AND kind = 'mail'")
            .bind(&s.project.project_id)
            .fetch_one(s.db.pool())
            .await
            .unwrap();
    assert!(
        !sealed.contains("token="),
        "the queued link is sealed at rest"
    );
}

/// Item 16: sign-up hashes a password only within a per-address rate.
async fn sign_up_is_throttled_before_hashing(s: &TestServer) {
    let (status, _) = s
        .patch(
            "/v1/project",
            json!({"hosted_login": {"signup": "create_organization"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let sign_up = |ip: &'static str, i: usize| async move {
        let mut browser = Browser::from_address(ip);
        let page = browser.get(&format!("{}/signup", s.project.issuer)).await;
        let csrf = field(&page.body, "csrf_token");
        let email = format!("person{i}@new{i}.test");
        browser
            .post(
                &format!("{}/signup", s.project.issuer),
                &[
                    ("csrf_token", csrf.as_str()),
                    ("name", "Person"),
                    ("email", email.as_str()),
                    ("password", "a long enough password"),
                    ("organization_name", "New Co"),
                ],
            )
            .await
    };
    for i in 0..20 {
        assert_eq!(sign_up("198.51.100.20", i).await.status, StatusCode::OK);
    }
    let refused = sign_up("198.51.100.20", 20).await;
    assert_eq!(
        refused.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        refused.body
    );
    assert_eq!(page_code(&refused), "too_many_requests");
    // Another address is not affected.
    assert_eq!(sign_up("198.51.100.21", 21).await.status, StatusCode::OK);
}

/// Item 16: the mail cap is per requester, so nobody can use up a victim's reset mails.
async fn mail_caps_are_per_requester(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "victim@acme.test", true).await;
    let forgot = |ip: &'static str| ask_reset(s, Browser::from_address(ip), "victim@acme.test");
    for _ in 0..8 {
        assert_eq!(forgot("203.0.113.66").await.status, StatusCode::OK);
    }
    assert_eq!(
        s.mail_to("victim@acme.test").await.len(),
        5,
        "the attacker's cap"
    );
    // The victim, from their own address, still gets their reset mail.
    assert_eq!(forgot("198.51.100.2").await.status, StatusCode::OK);
    assert_eq!(s.mail_to("victim@acme.test").await.len(), 6);
}

/// Item 4: behind a trusted proxy the audit log records the client the proxy names.
async fn a_trusted_proxy_names_the_client(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    let status = login_with_headers(
        s,
        &[("x-forwarded-for", "192.0.2.1, 203.0.113.9")],
        "ada@acme.test",
        PASSWORD,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let event = s.audit_event(&org, "user.login").await;
    assert_eq!(
        event["ip"], "203.0.113.9",
        "the proxy's entry, not the client's own"
    );
}

/// Item 4: without the setting, a forwarded header from the peer is ignored.
async fn an_untrusted_peer_cannot_name_another_address(s: &TestServer) {
    let org = s.create_org("Acme", "acme").await;
    user(s, &org, "ada@acme.test", true).await;
    let spoofed = [
        ("x-forwarded-for", "203.0.113.9"),
        ("forwarded", "for=203.0.113.9"),
    ];
    let status = login_with_headers(s, &spoofed, "ada@acme.test", PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    let event = s.audit_event(&org, "user.login").await;
    assert_eq!(event["ip"], "127.0.0.1");
}
