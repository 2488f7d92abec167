//! Authorization-code flow with PKCE, as a browser and a backend would run it: authorize,
//! the hosted login page, its form POST, the redirect with the code, and the token exchange.
//! One completion is that whole sequence; cookies are kept per flow like a fresh browser.
//!
//! Each product's login page is its own; `--flavor` picks how to fill it (Gatehouse,
//! oidc-provider, Keycloak).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use clap::ValueEnum;
use reqwest::header::{COOKIE, LOCATION, ORIGIN, SET_COOKIE};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{Load, drive, http_client, string_field};

/// Whose login page the flow fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Flavor {
    /// Gatehouse's hosted login: `{issuer}/login?flow=...` (email, with the CSRF token and the
    /// flow id from the page's hidden fields), then `{issuer}/login/password`.
    Gatehouse,
    /// `bench/peers/oidc-provider/server.mjs`: `/interaction/{uid}` with `email`, `password`.
    OidcProvider,
    /// Keycloak: the authorization endpoint answers with its login page, whose form action
    /// (session code, execution and tab ids) takes `username` and `password`.
    Keycloak,
}

/// `authcode` command line.
#[derive(Debug, clap::Args)]
pub struct AuthcodeArgs {
    /// Whose login page to fill in.
    #[arg(long, value_enum)]
    flavor: Flavor,
    /// Issuer; endpoints come from its discovery document.
    #[arg(long)]
    issuer: String,
    #[arg(long)]
    client_id: String,
    #[arg(long)]
    redirect_uri: String,
    #[arg(long, default_value = "openid offline_access")]
    scope: String,
    #[arg(long)]
    email: String,
    #[arg(long)]
    password: String,
    /// Instead of measuring, run this many flows and write their refresh tokens (one a line).
    #[arg(long)]
    mint: Option<usize>,
    /// Output file for `--mint`.
    #[arg(long)]
    out: Option<PathBuf>,
    #[command(flatten)]
    load: Load,
}

struct Flow {
    client: reqwest::Client,
    flavor: Flavor,
    authorization_endpoint: String,
    token_endpoint: String,
    client_id: String,
    redirect_uri: String,
    scope: String,
    email: String,
    password: String,
    counter: AtomicU64,
}

/// A browser's cookie jar for one flow, by name (paths and expiry do not matter on loopback
/// within one flow; cleared cookies are dropped).
#[derive(Default)]
struct Jar(BTreeMap<String, String>);

impl Jar {
    fn take(&mut self, response: &reqwest::Response) {
        for header in response.headers().get_all(SET_COOKIE) {
            let Ok(header) = header.to_str() else {
                continue;
            };
            let pair = header.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || header.to_ascii_lowercase().contains("max-age=0") {
                    self.0.remove(name.trim());
                } else {
                    self.0.insert(name.trim().to_owned(), value.to_owned());
                }
            }
        }
    }

    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The `value` of the hidden input `name` in a page (our pages render `name` before `value`).
fn hidden_field(page: &str, name: &str) -> anyhow::Result<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .with_context(|| format!("no hidden field {name} on the page"))?
        + marker.len();
    let end = page[start..].find('"').context("unterminated attribute")?;
    Ok(page[start..start + end].to_owned())
}

/// The `action` of the page's first form, unescaped.
fn form_action(page: &str) -> anyhow::Result<String> {
    let start = page
        .find("<form")
        .and_then(|form| page[form..].find("action=\"").map(|a| form + a + 8))
        .context("no form on the page")?;
    let end = page[start..].find('"').context("unterminated action")?;
    Ok(page[start..start + end].replace("&amp;", "&"))
}

fn location(response: &reqwest::Response) -> anyhow::Result<reqwest::Url> {
    let value = response
        .headers()
        .get(LOCATION)
        .with_context(|| format!("{} without Location", response.status()))?
        .to_str()?;
    Ok(response.url().join(value)?)
}

impl Flow {
    async fn get(&self, jar: &mut Jar, url: reqwest::Url) -> anyhow::Result<reqwest::Response> {
        let response = self
            .client
            .get(url)
            .header(COOKIE, jar.header())
            .send()
            .await?;
        jar.take(&response);
        Ok(response)
    }

    /// A form POST as a browser sends it from the product's own page (with its Origin).
    async fn post(
        &self,
        jar: &mut Jar,
        url: reqwest::Url,
        fields: &[(&str, &String)],
    ) -> anyhow::Result<reqwest::Response> {
        let origin = url.origin().ascii_serialization();
        let response = self
            .client
            .post(url)
            .header(COOKIE, jar.header())
            .header(ORIGIN, origin)
            .form(fields)
            .send()
            .await?;
        jar.take(&response);
        Ok(response)
    }

    /// One complete flow; returns the token response.
    async fn complete(&self) -> anyhow::Result<Value> {
        // A fresh verifier and state per flow. They only need to be unique here, not secret.
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_nanos();
        let verifier = URL_SAFE_NO_PAD.encode(Sha256::digest(format!(
            "{}-{n}-{nanos}",
            std::process::id()
        )));
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let state = format!("s{n}");
        let mut jar = Jar::default();
        let mut authorize = reqwest::Url::parse(&self.authorization_endpoint)?;
        authorize
            .query_pairs_mut()
            .append_pair("client_id", &self.client_id)
            .append_pair("redirect_uri", &self.redirect_uri)
            .append_pair("response_type", "code")
            .append_pair("scope", &self.scope)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256")
            // oidc-provider issues refresh tokens only after an explicit consent prompt; the
            // others are asked for a fresh sign-in (the cookie jar is fresh anyway).
            .append_pair(
                "prompt",
                if self.flavor == Flavor::OidcProvider {
                    "consent"
                } else {
                    "login"
                },
            );
        let response = self.get(&mut jar, authorize).await?;
        // Keycloak renders its login page at the authorization endpoint; the others redirect.
        let (login_page, response) = if self.flavor == Flavor::Keycloak {
            anyhow::ensure!(
                response.status().is_success(),
                "authorize answered {}",
                response.status()
            );
            (response.url().clone(), response)
        } else {
            anyhow::ensure!(
                response.status().is_redirection(),
                "authorize answered {}",
                response.status()
            );
            let login_page = location(&response)?;
            let response = self.get(&mut jar, login_page.clone()).await?;
            anyhow::ensure!(
                response.status().is_success(),
                "login page answered {}",
                response.status()
            );
            (login_page, response)
        };
        let page = response.text().await?;
        let response = match self.flavor {
            Flavor::OidcProvider => {
                self.post(
                    &mut jar,
                    login_page,
                    &[("email", &self.email), ("password", &self.password)],
                )
                .await?
            }
            Flavor::Keycloak => {
                let action = login_page.join(&form_action(&page)?)?;
                self.post(
                    &mut jar,
                    action,
                    &[
                        ("username", &self.email),
                        ("password", &self.password),
                        ("credentialId", &String::new()),
                    ],
                )
                .await?
            }
            Flavor::Gatehouse => {
                let csrf = hidden_field(&page, "csrf_token")?;
                let flow = hidden_field(&page, "flow")?;
                let mut email_step = login_page.clone();
                email_step.set_query(None);
                let response = self
                    .post(
                        &mut jar,
                        email_step.clone(),
                        &[
                            ("csrf_token", &csrf),
                            ("flow", &flow),
                            ("email", &self.email),
                        ],
                    )
                    .await?;
                anyhow::ensure!(
                    response.status().is_success(),
                    "email step answered {}",
                    response.status()
                );
                let page = response.text().await?;
                let csrf = hidden_field(&page, "csrf_token")?;
                self.post(
                    &mut jar,
                    email_step.join("login/password")?,
                    &[
                        ("csrf_token", &csrf),
                        ("flow", &flow),
                        ("email", &self.email),
                        ("password", &self.password),
                    ],
                )
                .await?
            }
        };
        anyhow::ensure!(
            response.status().is_redirection(),
            "login form answered {}",
            response.status()
        );
        let mut next = location(&response)?;
        // Follow the product's own redirects until the one to the client.
        let code = loop {
            if next.as_str().starts_with(&self.redirect_uri) {
                let pairs: BTreeMap<_, _> = next.query_pairs().into_owned().collect();
                anyhow::ensure!(pairs.get("state") == Some(&state), "state mismatch");
                break pairs
                    .get("code")
                    .context("no code in the redirect")?
                    .clone();
            }
            let response = self.get(&mut jar, next).await?;
            anyhow::ensure!(
                response.status().is_redirection(),
                "redirect step answered {}",
                response.status()
            );
            next = location(&response)?;
        };
        let response = self
            .client
            .post(&self.token_endpoint)
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", self.redirect_uri.as_str()),
                ("client_id", self.client_id.as_str()),
                ("code_verifier", verifier.as_str()),
            ])
            .send()
            .await?;
        let status = response.status();
        let body: Value = response.json().await?;
        anyhow::ensure!(
            status.is_success(),
            "code exchange answered {status}: {body}"
        );
        Ok(body)
    }
}

/// Runs `authcode`.
pub async fn run(args: AuthcodeArgs) -> anyhow::Result<()> {
    let client = http_client(args.load.concurrency)?;
    let discovery: Value = client
        .get(format!(
            "{}/.well-known/openid-configuration",
            args.issuer.trim_end_matches('/')
        ))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let flow = Arc::new(Flow {
        client,
        flavor: args.flavor,
        authorization_endpoint: string_field(&discovery, "authorization_endpoint")?,
        token_endpoint: string_field(&discovery, "token_endpoint")?,
        client_id: args.client_id,
        redirect_uri: args.redirect_uri,
        scope: args.scope,
        email: args.email,
        password: args.password,
        counter: AtomicU64::new(0),
    });
    if let Some(count) = args.mint {
        let out = args.out.context("--mint needs --out")?;
        let mut tokens = Vec::new();
        for _ in 0..count {
            tokens.push(string_field(&flow.complete().await?, "refresh_token")?);
        }
        std::fs::write(&out, tokens.join("\n") + "\n")?;
        return Ok(());
    }
    // Fail loudly before measuring if the flow does not work at all.
    flow.complete().await?;
    drive(
        &args.load,
        "authorization_code_flow",
        |_| async { Ok(()) },
        move |()| {
            let flow = flow.clone();
            async move { ((), flow.complete().await.is_ok()) }
        },
    )
    .await
}
