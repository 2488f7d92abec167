//! Drivers for the Gatehouse benchmark suite (`bench/run` calls them).
//!
//! Plain request floods (JWKS, discovery, `authenticate`, password logins) are run by a real
//! load tool (`oha`); this binary does what such a tool cannot express:
//!
//! - `provision`: creates an organization, a user and an API key in a Gatehouse project and
//!   writes a fixture file (an access token, request bodies) that the load tool and the other
//!   subcommands read;
//! - `gatehouse`: scenarios that need per-client state or run in-process: refresh-token
//!   rotation (each request needs the token the previous one returned), logins spread over
//!   many seeded users, and the SDK's cached API-key path;
//! - `refresh`: refresh-token rotation against any OAuth 2.0 token endpoint (Gatehouse,
//!   oidc-provider, Keycloak), from refresh tokens minted beforehand;
//! - `mint-password`: mints refresh tokens with the password grant (Keycloak);
//! - `authcode`: authorization-code flow completions (authorize, hosted login form, code,
//!   token exchange with PKCE), or minting refresh tokens that way;
//! - `verify`: single-core token verification, the core against `jsonwebtoken` called
//!   directly, and the cost of the core's cached-JWKS path (hit, unknown-`kid` refetch).
//!
//! Every load subcommand prints one JSON object per scenario on stdout: throughput, p50/p99
//! latency and errors, in the same shape `bench/summarize.py` reads from `oha`.

mod argon2_rate;
mod authcode;
mod verify;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// Command line.
#[derive(Debug, Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create an organization, a user and an API key; write a fixture file.
    Provision(ProvisionArgs),
    /// Gatehouse scenarios a load tool cannot express.
    Gatehouse(GatehouseArgs),
    /// Refresh-token rotation against any token endpoint.
    Refresh(RefreshArgs),
    /// Mint refresh tokens with the password grant.
    MintPassword(MintPasswordArgs),
    /// Authorization-code flow completions, or minting refresh tokens through the flow.
    Authcode(authcode::AuthcodeArgs),
    /// Single-core token verification: the core, `jsonwebtoken`, the cached-JWKS path.
    Verify(verify::VerifyArgs),
    /// Posts prepared form bodies, each once (SAML responses to an ACS: one-time assertions).
    PostForms(PostFormsArgs),
    /// The raw argon2id rate with the server's parameters, one hashing thread per `--concurrency`.
    Argon2(Load),
}

#[derive(Debug, clap::Args)]
struct PostFormsArgs {
    /// Where to post.
    #[arg(long)]
    url: String,
    /// File with one `application/x-www-form-urlencoded` body per line.
    #[arg(long)]
    bodies: PathBuf,
    /// The status a success answers with.
    #[arg(long, default_value_t = 303)]
    expect_status: u16,
    /// Scenario name copied into the output.
    #[arg(long)]
    scenario: String,
    #[command(flatten)]
    load: Load,
}

/// Bounded-time load settings shared by the load subcommands.
#[derive(Debug, Clone, clap::Args)]
struct Load {
    /// Seconds per scenario.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Concurrent clients, each on its own keep-alive connection.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Operations per second across all clients (0: as fast as they go); the soak of
    /// bench/run drives a steady, moderate load with it.
    #[arg(long, default_value_t = 0.0)]
    rate: f64,
    /// Product under test, copied into the output (`gatehouse`, `oidc-provider`, `keycloak`).
    #[arg(long, default_value = "gatehouse")]
    product: String,
    /// Database label copied into the output.
    #[arg(long, default_value = "")]
    database: String,
}

#[derive(Debug, clap::Args)]
struct ProvisionArgs {
    /// Base URL of the server (`http://127.0.0.1:8080`).
    #[arg(long)]
    url: String,
    /// A secret key of the project.
    #[arg(long)]
    secret_key: String,
    /// Where to write the fixture (JSON).
    #[arg(long)]
    out: PathBuf,
}

/// What `provision` writes: everything the other steps need to load one project.
#[derive(Debug, Serialize, Deserialize)]
struct Fixture {
    url: String,
    secret_key: String,
    project_id: String,
    issuer: String,
    organization_id: String,
    organization_slug: String,
    email: String,
    password: String,
    api_key: String,
    access_token: String,
    /// `POST {issuer}/v1/login/password` body.
    login_body: Value,
    /// `POST {url}/v1/authenticate` body with the access token.
    authenticate_body: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Scenario {
    /// `POST {issuer}/oauth/token` refresh grant, one rotating chain per client.
    RefreshGrant,
    /// `POST {issuer}/v1/login/password` as a random one of `--seeded-users` users.
    PasswordLoginSeeded,
    /// The core's `Authenticator` answering a hot API key from its cache (in-process).
    ApiKeyAuthenticateSdkCached,
}

impl Scenario {
    fn name(self) -> &'static str {
        match self {
            Self::RefreshGrant => "refresh_grant",
            Self::PasswordLoginSeeded => "password_login",
            Self::ApiKeyAuthenticateSdkCached => "api_key_authenticate_sdk_cached",
        }
    }
}

#[derive(Debug, clap::Args)]
struct GatehouseArgs {
    /// Fixture written by `provision`.
    #[arg(long)]
    fixture: PathBuf,
    /// Scenarios to run, in order.
    #[arg(long, value_delimiter = ',', required = true)]
    scenarios: Vec<Scenario>,
    /// Seeded users `user{i}@scale.example` (i < N) sharing the fixture user's password.
    #[arg(long, default_value_t = 0)]
    seeded_users: u64,
    #[command(flatten)]
    load: Load,
}

#[derive(Debug, clap::Args)]
struct RefreshArgs {
    /// Token endpoint.
    #[arg(long)]
    token_url: String,
    /// `client_id` form field, for products that require it.
    #[arg(long)]
    client_id: Option<String>,
    /// File with one refresh token per line: one rotating chain per client.
    #[arg(long)]
    tokens: PathBuf,
    #[command(flatten)]
    load: Load,
}

#[derive(Debug, clap::Args)]
struct MintPasswordArgs {
    /// Token endpoint.
    #[arg(long)]
    token_url: String,
    /// The form body of the password grant (`grant_type=password&client_id=...`).
    #[arg(long)]
    form: String,
    /// How many refresh tokens.
    #[arg(long)]
    count: usize,
    /// Output file, one token per line.
    #[arg(long)]
    out: PathBuf,
}

/// What one scenario measured; the JSON every load subcommand prints.
#[derive(Debug, Serialize)]
struct Measurement {
    product: String,
    database: String,
    scenario: String,
    tool: &'static str,
    concurrency: usize,
    seconds: f64,
    ok: usize,
    errors: u64,
    ops_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// Latencies in microseconds, sorted, to the `p`th percentile in milliseconds.
fn percentile_ms(sorted_micros: &[u64], p: f64) -> f64 {
    if sorted_micros.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted_micros.len() - 1) as f64).round() as usize;
    sorted_micros[rank.min(sorted_micros.len() - 1)] as f64 / 1000.0
}

/// Runs `op` from `load.concurrency` clients until the deadline. Each client gets its own
/// state from `init(i)`; `op` returns whether the operation succeeded.
async fn drive<S, I, IF, O, OF>(load: &Load, scenario: &str, init: I, op: O) -> anyhow::Result<()>
where
    S: Send + 'static,
    I: Fn(usize) -> IF,
    IF: Future<Output = anyhow::Result<S>> + Send + 'static,
    O: Fn(S) -> OF + Send + Sync + Clone + 'static,
    OF: Future<Output = (S, bool)> + Send,
{
    let mut states = Vec::new();
    for i in 0..load.concurrency {
        states.push(init(i).await?);
    }
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(load.seconds);
    // With a rate, each client starts an operation every `interval`, staggered, and skips
    // the starts it missed rather than catching up in a burst.
    let clients = load.concurrency as f64;
    let interval = (load.rate > 0.0).then(|| Duration::from_secs_f64(clients / load.rate));
    let mut handles = Vec::new();
    for (i, mut state) in states.into_iter().enumerate() {
        let op = op.clone();
        handles.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0u64;
            let mut next = started
                + interval.map_or(Duration::ZERO, |every| every.mul_f64(i as f64 / clients));
            while Instant::now() < deadline {
                if let Some(every) = interval {
                    tokio::time::sleep_until(next.into()).await;
                    next += every;
                    while next < Instant::now() {
                        next += every;
                    }
                    if Instant::now() >= deadline {
                        break;
                    }
                }
                let begun = Instant::now();
                let (next, ok) = op(state).await;
                state = next;
                if ok {
                    latencies.push(u64::try_from(begun.elapsed().as_micros()).unwrap_or(u64::MAX));
                } else {
                    errors += 1;
                }
            }
            (latencies, errors)
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for handle in handles {
        let (mut l, e) = handle.await?;
        latencies.append(&mut l);
        errors += e;
    }
    report(
        load,
        scenario,
        latencies,
        errors,
        started.elapsed().as_secs_f64(),
    )
}

/// Prints one scenario's measurement: a line for people on stderr, JSON on stdout.
fn report(
    load: &Load,
    scenario: &str,
    mut latencies: Vec<u64>,
    errors: u64,
    elapsed: f64,
) -> anyhow::Result<()> {
    latencies.sort_unstable();
    let measurement = Measurement {
        product: load.product.clone(),
        database: load.database.clone(),
        scenario: scenario.to_owned(),
        tool: "gatehouse-bench",
        concurrency: load.concurrency,
        seconds: elapsed,
        ok: latencies.len(),
        errors,
        ops_per_second: latencies.len() as f64 / elapsed,
        p50_ms: percentile_ms(&latencies, 50.0),
        p99_ms: percentile_ms(&latencies, 99.0),
    };
    eprintln!(
        "{} {} {}: {:.0}/s p50 {:.2} ms p99 {:.2} ms, {} errors",
        measurement.product,
        measurement.database,
        scenario,
        measurement.ops_per_second,
        measurement.p50_ms,
        measurement.p99_ms,
        errors
    );
    println!("{}", serde_json::to_string(&measurement)?);
    Ok(())
}

fn http_client(connections: usize) -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .pool_max_idle_per_host(connections * 2)
        .redirect(reqwest::redirect::Policy::none())
        .build()?)
}

/// A password login; returns the token response.
async fn login(client: &reqwest::Client, issuer: &str, body: &Value) -> anyhow::Result<Value> {
    let response = client
        .post(format!("{issuer}/v1/login/password"))
        .json(body)
        .send()
        .await?;
    anyhow::ensure!(
        response.status().is_success(),
        "login answered {}",
        response.status()
    );
    Ok(response.json().await?)
}

fn string_field(value: &Value, name: &str) -> anyhow::Result<String> {
    value[name]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("no `{name}` in {value}"))
}

async fn provision(args: ProvisionArgs) -> anyhow::Result<()> {
    let client = http_client(4)?;
    let auth = format!("Bearer {}", args.secret_key);
    let project: Value = client
        .get(format!("{}/v1/project", args.url))
        .header("authorization", &auth)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let issuer = string_field(&project, "issuer")?;
    let project_id = string_field(&project, "id")?;
    let slug = "bench";
    let org: Value = client
        .post(format!("{}/v1/organizations", args.url))
        .header("authorization", &auth)
        .json(&json!({"name": "Bench Inc.", "slug": slug}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let organization_id = string_field(&org, "id")?;
    let api_key: Value = client
        .post(format!("{}/v1/api_keys", args.url))
        .header("authorization", &auth)
        .json(&json!({"organization_id": organization_id, "name": "bench", "actions": ["bench.read"]}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let password = "benchmark password 1".to_owned();
    let email = "bench@bench.example".to_owned();
    client
        .post(format!("{}/v1/users", args.url))
        .header("authorization", &auth)
        .json(&json!({"organization_id": organization_id, "email": email, "password": password, "email_verified": true}))
        .send()
        .await?
        .error_for_status()?;
    let login_body = json!({"organization": slug, "email": email, "password": password});
    let first = login(&client, &issuer, &login_body).await?;
    let access_token = string_field(&first, "access_token")?;
    let fixture = Fixture {
        url: args.url.clone(),
        secret_key: args.secret_key.clone(),
        project_id,
        issuer,
        organization_id,
        organization_slug: slug.to_owned(),
        email,
        password,
        api_key: string_field(&api_key, "secret")?,
        authenticate_body: json!({"credential": access_token}),
        access_token,
        login_body,
    };
    std::fs::write(&args.out, serde_json::to_string_pretty(&fixture)?)
        .with_context(|| format!("writing {}", args.out.display()))?;
    Ok(())
}

/// One refresh grant; returns the next refresh token of the chain when it succeeded.
async fn refresh_once(
    client: &reqwest::Client,
    token_url: &str,
    client_id: Option<&str>,
    refresh_token: &str,
) -> Option<String> {
    let mut form = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token),
    ];
    if let Some(id) = client_id {
        form.push(("client_id", id));
    }
    let response = client.post(token_url).form(&form).send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    let body: Value = response.json().await.ok()?;
    body["refresh_token"].as_str().map(str::to_owned)
}

/// The refresh-rotation loop shared by `gatehouse` and `refresh`.
async fn rotate(
    load: &Load,
    token_url: String,
    client_id: Option<String>,
    tokens: Vec<String>,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        tokens.len() >= load.concurrency,
        "{} refresh tokens for {} clients",
        tokens.len(),
        load.concurrency
    );
    let client = http_client(load.concurrency)?;
    let shared = Arc::new((client, token_url, client_id));
    drive(
        load,
        "refresh_grant",
        |i| {
            let token = tokens[i].clone();
            async move { Ok(token) }
        },
        move |token: String| {
            let shared = shared.clone();
            async move {
                let (client, url, id) = &*shared;
                match refresh_once(client, url, id.as_deref(), &token).await {
                    Some(next) => (next, true),
                    // A failed rotation leaves the chain where it was (and is counted).
                    None => (token, false),
                }
            }
        },
    )
    .await
}

async fn gatehouse(args: GatehouseArgs) -> anyhow::Result<()> {
    let fixture: Fixture = serde_json::from_slice(
        &std::fs::read(&args.fixture)
            .with_context(|| format!("reading {}", args.fixture.display()))?,
    )?;
    let fixture = Arc::new(fixture);
    for scenario in &args.scenarios {
        match scenario {
            Scenario::RefreshGrant => {
                // A fresh session per client and run: a refresh token works once.
                let client = http_client(1)?;
                let mut tokens = Vec::new();
                for _ in 0..args.load.concurrency {
                    let answer = login(&client, &fixture.issuer, &fixture.login_body).await?;
                    tokens.push(string_field(&answer, "refresh_token")?);
                }
                rotate(
                    &args.load,
                    format!("{}/oauth/token", fixture.issuer),
                    None,
                    tokens,
                )
                .await?;
            }
            Scenario::PasswordLoginSeeded => {
                anyhow::ensure!(args.seeded_users > 0, "--seeded-users is required");
                let client = Arc::new(http_client(args.load.concurrency)?);
                let users = args.seeded_users;
                let fixture = fixture.clone();
                drive(
                    &args.load,
                    scenario.name(),
                    // A small xorshift per client picks users; no need for a crypto RNG.
                    |i| async move { Ok(0x9E37_79B9_7F4A_7C15_u64 ^ ((i as u64 + 1) << 17)) },
                    move |mut seed: u64| {
                        let client = client.clone();
                        let fixture = fixture.clone();
                        async move {
                            seed ^= seed << 13;
                            seed ^= seed >> 7;
                            seed ^= seed << 17;
                            let body = json!({
                                "organization": fixture.organization_slug,
                                "email": format!("user{}@scale.example", seed % users),
                                "password": fixture.password,
                            });
                            let ok = login(&client, &fixture.issuer, &body).await.is_ok();
                            (seed, ok)
                        }
                    },
                )
                .await?;
            }
            Scenario::ApiKeyAuthenticateSdkCached => {
                let authenticator = Arc::new(
                    gatehouse_core::Authenticator::new(
                        &fixture.url,
                        &fixture.secret_key,
                        gatehouse_core::AuthenticatorOptions::default(),
                    )
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                );
                authenticator
                    .check_api_key(&fixture.api_key)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                let key = Arc::new(fixture.api_key.clone());
                drive(
                    &args.load,
                    scenario.name(),
                    |_| async { Ok(()) },
                    move |()| {
                        let authenticator = authenticator.clone();
                        let key = key.clone();
                        async move { ((), authenticator.check_api_key(&key).await.is_ok()) }
                    },
                )
                .await?;
            }
        }
    }
    Ok(())
}

fn read_tokens(path: &PathBuf) -> anyhow::Result<Vec<String>> {
    Ok(std::fs::read_to_string(path)
        .with_context(|| format!("reading {}", path.display()))?
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

async fn mint_password(args: MintPasswordArgs) -> anyhow::Result<()> {
    let client = http_client(1)?;
    let mut tokens = Vec::new();
    for _ in 0..args.count {
        let response = client
            .post(&args.token_url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(args.form.clone())
            .send()
            .await?;
        let status = response.status();
        let body: Value = response.json().await?;
        anyhow::ensure!(
            status.is_success(),
            "password grant answered {status}: {body}"
        );
        tokens.push(string_field(&body, "refresh_token")?);
    }
    std::fs::write(&args.out, tokens.join("\n") + "\n")?;
    Ok(())
}

/// Posts each body once from `load.concurrency` clients, until the deadline or the last body.
/// The bodies are one-time (a SAML assertion is refused when replayed), so `drive`'s loop
/// over one repeated operation does not fit; the measurement has the same shape.
async fn post_forms(args: PostFormsArgs) -> anyhow::Result<()> {
    let bodies = Arc::new(read_tokens(&args.bodies)?);
    anyhow::ensure!(
        !bodies.is_empty(),
        "{} has no bodies",
        args.bodies.display()
    );
    let client = http_client(args.load.concurrency)?;
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let url = Arc::new(args.url);
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(args.load.seconds);
    let mut handles = Vec::new();
    for _ in 0..args.load.concurrency {
        let (client, bodies, next, url) =
            (client.clone(), bodies.clone(), next.clone(), url.clone());
        let expect = args.expect_status;
        handles.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0u64;
            let mut first_error = None;
            while Instant::now() < deadline {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(body) = bodies.get(i) else { break };
                let begun = Instant::now();
                let answer = client
                    .post(url.as_str())
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body.clone())
                    .send()
                    .await;
                match answer {
                    Ok(answer) if answer.status().as_u16() == expect => {
                        let _ = answer.bytes().await;
                        latencies
                            .push(u64::try_from(begun.elapsed().as_micros()).unwrap_or(u64::MAX));
                    }
                    Ok(answer) => {
                        errors += 1;
                        let status = answer.status();
                        let text = answer.text().await.unwrap_or_default();
                        first_error.get_or_insert_with(|| format!("{status}: {text:.300}"));
                    }
                    Err(err) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| err.to_string());
                    }
                }
            }
            (latencies, errors, first_error, Instant::now())
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut ended = started;
    for handle in handles {
        let (mut l, e, first, end) = handle.await?;
        latencies.append(&mut l);
        errors += e;
        ended = ended.max(end);
        if let Some(first) = first {
            eprintln!("{}: a failed post answered {first}", args.scenario);
        }
    }
    if next.load(std::sync::atomic::Ordering::Relaxed) >= bodies.len() {
        eprintln!(
            "{}: all {} bodies posted before the deadline (prepare more for a full run)",
            args.scenario,
            bodies.len()
        );
    }
    report(
        &args.load,
        &args.scenario,
        latencies,
        errors,
        (ended - started).as_secs_f64(),
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Provision(args) => provision(args).await,
        Command::Gatehouse(args) => gatehouse(args).await,
        Command::Refresh(args) => {
            let tokens = read_tokens(&args.tokens)?;
            rotate(&args.load, args.token_url, args.client_id, tokens).await
        }
        Command::MintPassword(args) => mint_password(args).await,
        Command::Authcode(args) => authcode::run(args).await,
        Command::Verify(args) => verify::run(&args).await,
        Command::PostForms(args) => post_forms(args).await,
        Command::Argon2(load) => {
            tokio::task::spawn_blocking(move || argon2_rate::run(&load)).await?
        }
    }
}
