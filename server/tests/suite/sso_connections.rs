//! SSO connections over HTTP: the SAML and OIDC connection resources (validation, pinned
//! certificates, write-only secrets, audit, tenancy), the SP metadata endpoint, routing in the
//! hosted login's email step (by verified domain, by `organization` slug, by `login_hint`;
//! unknown domains and domains without SSO look the same), and the ACS refusing what nobody
//! asked for, with a stable code and no session. Round trips with real identity providers run
//! in Chromium (`scripts/test-sso`).

use crate::common::browser::{Browser, field, query_param};
use crate::common::{TestServer, assert_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const IDP_CERT: &str = include_str!("../../../testdata/saml/keys/idp.crt.pem");
const IDP_ENTITY: &str = "https://idp.corp.example/saml";
const IDP_SSO: &str = "https://idp.corp.example/saml/sso";

fn idp_metadata() -> String {
    let der: String = IDP_CERT
        .lines()
        .filter(|line| !line.starts_with("-----"))
        .collect();
    format!(
        r#"<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{IDP_ENTITY}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{der}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="{IDP_SSO}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"#
    )
}

async fn org_with_domain(server: &TestServer, slug: &str, domain: &str) -> String {
    let (status, org) = server
        .post(
            "/v1/organizations",
            json!({"name": slug, "slug": slug, "domains": [domain]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    org["id"].as_str().expect("id").to_owned()
}

async fn saml_connection(server: &TestServer, org: &str) -> Value {
    let (status, connection) = server
        .post(
            &format!("/v1/organizations/{org}/saml_connections"),
            json!({
                "name": "Corp IdP",
                "idp_entity_id": IDP_ENTITY,
                "idp_sso_url": IDP_SSO,
                "idp_certificates": [IDP_CERT],
            }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{connection}");
    connection
}

async fn saml_connections_are_validated_pinned_and_audited(server: &TestServer) {
    let org = server.create_org("Corp", "corp").await;
    let base = format!("/v1/organizations/{org}/saml_connections");
    // From metadata XML: entity id, SSO URL and the signing certificate come from it.
    let (status, from_xml) = server
        .post(
            &base,
            json!({"name": "From XML", "idp_metadata_xml": idp_metadata(), "attribute_preset": "entra"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{from_xml}");
    let id = from_xml["id"].as_str().expect("id");
    assert!(id.starts_with("samlc_"));
    assert_eq!(from_xml["idp_entity_id"], IDP_ENTITY);
    assert_eq!(from_xml["idp_sso_url"], IDP_SSO);
    assert_eq!(
        from_xml["idp_certificates"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(from_xml["allow_idp_initiated"], false);
    assert_eq!(from_xml["allow_sha1"], false);
    let issuer = &server.project.issuer;
    assert_eq!(from_xml["acs_url"], format!("{issuer}/sso/{id}/acs"));
    assert_eq!(
        from_xml["sp_entity_id"],
        format!("{issuer}/sso/{id}/metadata")
    );
    assert!(
        from_xml["mapping"]["email"][0]
            .as_str()
            .is_some_and(|name| name.contains("emailaddress")),
        "{from_xml}"
    );
    let created = server.audit_event(&org, "sso_connection.created").await;
    assert_eq!(created["target"], id);

    // No certificate, a broken one, or two ways to describe the IdP: refused.
    let unsigned = idp_metadata().replace(
        &idp_metadata()[idp_metadata().find("<md:KeyDescriptor").expect("kd")
            ..idp_metadata().find("</md:KeyDescriptor>").expect("kd end") + 19],
        "",
    );
    let (status, body) = server
        .post(&base, json!({"name": "x", "idp_metadata_xml": unsigned}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["code"]
            .as_str()
            .is_some_and(|c| c.starts_with("saml_")),
        "{body}"
    );
    assert_error(
        server
            .post(
                &base,
                json!({"name": "x", "idp_entity_id": IDP_ENTITY, "idp_sso_url": IDP_SSO, "idp_certificates": []}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "saml_no_certificate",
    );
    let (status, body) = server
        .post(
            &base,
            json!({"name": "x", "idp_entity_id": IDP_ENTITY, "idp_sso_url": IDP_SSO, "idp_certificates": ["not a certificate"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "saml_invalid_certificate", "{body}");
    assert_error(
        server
            .post(
                &base,
                json!({"name": "x", "idp_metadata_xml": idp_metadata(), "idp_entity_id": IDP_ENTITY}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "ambiguous_idp",
    );
    assert_error(
        server
            .post(
                &base,
                json!({"name": "x", "idp_metadata_xml": idp_metadata(), "group_roles": {"eng": ["no-such-role"]}}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_role",
    );
    // A metadata URL on a loopback address is refused by the guarded fetcher.
    let (status, body) = server
        .post(
            &base,
            json!({"name": "x", "idp_metadata_url": "https://127.0.0.1:9/metadata"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "fetch_refused_address", "{body}");

    // Update, list, SP metadata, delete.
    let one = format!("{base}/{id}");
    let (status, changed) = server
        .patch(&one, json!({"enabled": false, "allow_idp_initiated": true, "group_roles": {"eng": ["member"]}}))
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["enabled"], false);
    assert_eq!(changed["allow_idp_initiated"], true);
    assert_eq!(changed["group_roles"], json!({"eng": ["member"]}));
    server.audit_event(&org, "sso_connection.updated").await;
    let (_, list) = server.get(&base).await;
    assert_eq!(list["data"].as_array().map(Vec::len), Some(1));
    let metadata = server
        .client()
        .get(from_xml["sp_metadata_url"].as_str().expect("url"))
        .send()
        .await
        .expect("metadata");
    assert_eq!(metadata.status(), StatusCode::OK);
    let xml = metadata.text().await.expect("xml");
    assert!(
        xml.contains(from_xml["acs_url"].as_str().expect("acs")),
        "{xml}"
    );
    assert!(
        xml.contains(from_xml["sp_entity_id"].as_str().expect("entity")),
        "{xml}"
    );
    let (status, _) = server.delete(&one).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    server.audit_event(&org, "sso_connection.deleted").await;
    assert_error(server.get(&one).await, StatusCode::NOT_FOUND, "not_found");
}

async fn connections_stay_in_their_organization_and_project(server: &TestServer) {
    let org_a = server.create_org("A", "org-a").await;
    let org_b = server.create_org("B", "org-b").await;
    let connection = saml_connection(server, &org_a).await;
    let id = connection["id"].as_str().expect("id");
    // Through org B's path: not found, for every method.
    let wrong = format!("/v1/organizations/{org_b}/saml_connections/{id}");
    assert_error(server.get(&wrong).await, StatusCode::NOT_FOUND, "not_found");
    assert_error(
        server.patch(&wrong, json!({"enabled": false})).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_error(
        server.delete(&wrong).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    // As an OIDC connection: not found either.
    let as_oidc = format!("/v1/organizations/{org_a}/oidc_connections/{id}");
    assert_error(
        server.get(&as_oidc).await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    // Another project's key: not found.
    let stranger = server.other_project().await;
    assert_error(
        server
            .call(
                Method::GET,
                &format!("/v1/organizations/{org_a}/saml_connections/{id}"),
                Some(&stranger.secret_key),
                None,
            )
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let (_, still) = server
        .get(&format!("/v1/organizations/{org_a}/saml_connections/{id}"))
        .await;
    assert_eq!(still["enabled"], true);
}

async fn oidc_connections_refuse_private_issuers_by_default(server: &TestServer) {
    let org = server.create_org("Corp", "corp").await;
    let base = format!("/v1/organizations/{org}/oidc_connections");
    let (status, body) = server
        .post(
            &base,
            json!({"name": "x", "issuer": "https://10.0.0.1", "client_id": "c", "client_secret": "s"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["code"]
            .as_str()
            .is_some_and(|c| c.starts_with("fetch_") || c.starts_with("oidc_")),
        "{body}"
    );
    assert_error(
        server
            .post(
                &base,
                json!({"name": "x", "issuer": "https://idp.example", "client_id": "", "client_secret": "s"}),
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_client",
    );
}

/// The email step of a fresh browser; answers the page after submitting `email`.
async fn email_step(
    server: &TestServer,
    browser: &mut Browser,
    email: &str,
) -> (StatusCode, String) {
    let issuer = &server.project.issuer;
    let login = browser.get(&format!("{issuer}/login")).await;
    let csrf = field(&login.body, "csrf_token");
    let answer = browser
        .post(
            &format!("{issuer}/login"),
            &[("csrf_token", &csrf), ("email", email)],
        )
        .await;
    (answer.status, answer.location.unwrap_or(answer.body))
}

async fn the_email_step_routes_verified_domains_to_their_connection(server: &TestServer) {
    let corp = org_with_domain(server, "corp", "corp.example").await;
    saml_connection(server, &corp).await;
    // Another organization with the domain verified but no connection: no routing there.
    org_with_domain(server, "plain", "plain.example").await;

    let mut browser = Browser::new();
    let (status, location) = email_step(server, &mut browser, "alice@corp.example").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    assert!(location.starts_with(IDP_SSO), "{location}");
    assert!(
        query_param(&location, "SAMLRequest").is_some(),
        "{location}"
    );
    let relay = query_param(&location, "RelayState").expect("relay state");
    assert!(relay.len() >= 40, "{relay}");

    // A domain without SSO and an unknown domain: the same methods page.
    let (plain_status, plain) = email_step(server, &mut Browser::new(), "bob@plain.example").await;
    let (unknown_status, unknown) =
        email_step(server, &mut Browser::new(), "bob@unknown.example").await;
    assert_eq!(plain_status, StatusCode::OK);
    assert_eq!(unknown_status, StatusCode::OK);
    // The same page but for the address, the CSRF token and the CSP nonce.
    let strip = |page: &str, email: &str| {
        let mut out = String::new();
        let page = page.replace(email, "EMAIL");
        let mut rest = page.as_str();
        while let Some(at) = rest.find("nonce=\"").or_else(|| rest.find("value=\"")) {
            let (head, tail) = rest.split_at(at);
            out.push_str(head);
            let value_start = tail.find('"').map_or(tail.len(), |i| i + 1);
            let value_end = tail[value_start..]
                .find('"')
                .map_or(tail.len(), |i| value_start + i + 1);
            out.push_str(&tail[..value_start]);
            rest = &tail[value_end..];
        }
        out.push_str(rest);
        out
    };
    assert_eq!(
        strip(&plain, "bob@plain.example"),
        strip(&unknown, "bob@unknown.example")
    );

    // By slug and by login_hint on the first page.
    let issuer = &server.project.issuer;
    let by_slug = Browser::new()
        .get(&format!("{issuer}/login?organization=corp"))
        .await;
    assert_eq!(by_slug.status, StatusCode::SEE_OTHER, "{}", by_slug.body);
    assert!(
        by_slug
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with(IDP_SSO))
    );
    let by_hint = Browser::new()
        .get(&format!("{issuer}/login?login_hint=carol%40corp.example"))
        .await;
    assert_eq!(by_hint.status, StatusCode::SEE_OTHER, "{}", by_hint.body);
    let unknown_slug = Browser::new()
        .get(&format!("{issuer}/login?organization=nobody"))
        .await;
    assert_eq!(unknown_slug.status, StatusCode::OK);
    let plain_slug = Browser::new()
        .get(&format!("{issuer}/login?organization=plain"))
        .await;
    assert_eq!(plain_slug.status, StatusCode::OK);

    // By the login subdomain (the test server's login domain is login.test): corp's host
    // routes to its connection; a host naming nobody, or an organization without SSO, shows
    // the email step; the `organization` parameter wins over the host.
    let by_host = |host: &'static str, query: &'static str| async move {
        let mut browser = Browser::new();
        let request = browser
            .http
            .get(format!("{issuer}/login{query}"))
            .header("host", host);
        browser.send(request).await
    };
    let corp_host = by_host("corp.login.test", "").await;
    assert_eq!(
        corp_host.status,
        StatusCode::SEE_OTHER,
        "{}",
        corp_host.body
    );
    assert!(
        corp_host
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with(IDP_SSO)),
        "{:?}",
        corp_host.location
    );
    assert_eq!(
        by_host("nobody.login.test", "").await.status,
        StatusCode::OK
    );
    assert_eq!(by_host("plain.login.test", "").await.status, StatusCode::OK);
    let parameter_wins = by_host("corp.login.test", "?organization=plain").await;
    assert_eq!(parameter_wins.status, StatusCode::OK);
}

async fn the_acs_refuses_what_nobody_asked_for(server: &TestServer) {
    let corp = org_with_domain(server, "corp", "corp.example").await;
    let connection = saml_connection(server, &corp).await;
    let acs = connection["acs_url"].as_str().expect("acs");
    let mut browser = Browser::new();
    // No RelayState and IdP-initiated sign-in off.
    let unsolicited = browser
        .post(acs, &[("SAMLResponse", "PHNhbWxwOlJlc3BvbnNlLz4=")])
        .await;
    assert_eq!(
        unsolicited.status,
        StatusCode::BAD_REQUEST,
        "{}",
        unsolicited.body
    );
    assert!(
        unsolicited.body.contains("saml_unsolicited"),
        "{}",
        unsolicited.body
    );
    // An unknown RelayState.
    let unknown = browser
        .post(
            acs,
            &[
                ("SAMLResponse", "PHNhbWxwOlJlc3BvbnNlLz4="),
                ("RelayState", "forged"),
            ],
        )
        .await;
    assert!(
        unknown.body.contains("sso_request_expired"),
        "{}",
        unknown.body
    );
    // A real pending request, answered with garbage: a saml_ code, no session.
    let (_, location) = email_step(server, &mut browser, "alice@corp.example").await;
    let relay = query_param(&location, "RelayState").expect("relay");
    let garbage = browser
        .post(
            acs,
            &[("SAMLResponse", "bm90IHhtbA=="), ("RelayState", &relay)],
        )
        .await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST, "{}", garbage.body);
    assert!(garbage.body.contains("saml_"), "{}", garbage.body);
    assert!(
        !browser.cookies.keys().any(|k| k.contains("session")),
        "{:?}",
        browser.cookies
    );
    let failure = server.audit_event(&corp, "user.login_failed").await;
    assert_eq!(failure["details"]["method"], "sso");
    assert_eq!(failure["target"], connection["id"]);
    // The finishing step with a made-up handle.
    let issuer = &server.project.issuer;
    let complete = browser
        .get(&format!("{issuer}/sso/complete?handle=made-up"))
        .await;
    assert!(
        complete.body.contains("sso_request_expired"),
        "{}",
        complete.body
    );
}

on_both_databases!(
    saml_connections_are_validated_pinned_and_audited,
    connections_stay_in_their_organization_and_project,
    oidc_connections_refuse_private_issuers_by_default,
    the_email_step_routes_verified_domains_to_their_connection,
    the_acs_refuses_what_nobody_asked_for,
);
