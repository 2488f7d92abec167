//! Load generator for the Gatehouse server benchmarks.
//!
//! Given a running server and a project secret key, it provisions an organization and a user
//! through the backend API, then runs each scenario for a bounded time with a fixed number of
//! concurrent clients on keep-alive connections, and prints one JSON object with throughput
//! and latency percentiles per scenario. `bench/run` starts the servers and calls it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Parser;
use serde_json::{Value, json};

/// Command line.
#[derive(Debug, Parser)]
struct Args {
    /// Base URL of the server (`http://127.0.0.1:8080`).
    #[arg(long)]
    url: String,
    /// A secret key of the project to benchmark.
    #[arg(long)]
    secret_key: String,
    /// Seconds per scenario.
    #[arg(long, default_value_t = 5)]
    seconds: u64,
    /// Concurrent clients.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Label of this run (database name) in the output.
    #[arg(long)]
    label: String,
}

/// What one scenario does per operation.
#[derive(Debug, Clone, Copy)]
enum Scenario {
    Jwks,
    PasswordLogin,
    RefreshGrant,
    Authenticate,
    /// `POST /v1/authenticate` with an API key: what an SDK pays on a cache miss.
    ApiKeyServer,
    /// The core's `Authenticator` answering a hot API key from its cache.
    ApiKeySdkCached,
}

impl Scenario {
    fn name(self) -> &'static str {
        match self {
            Self::Jwks => "jwks_get",
            Self::PasswordLogin => "password_login",
            Self::RefreshGrant => "refresh_grant",
            Self::Authenticate => "authenticate",
            Self::ApiKeyServer => "api_key_authenticate_server",
            Self::ApiKeySdkCached => "api_key_authenticate_sdk_cached",
        }
    }
}

struct Fixture {
    client: reqwest::Client,
    url: String,
    secret_key: String,
    issuer: String,
    email: String,
    password: String,
    api_key: String,
    authenticator: gatehouse_core::Authenticator,
}

impl Fixture {
    async fn login(&self) -> anyhow::Result<Value> {
        let response = self
            .client
            .post(format!("{}/v1/login/password", self.issuer))
            .json(&json!({"organization": "bench", "email": self.email, "password": self.password}))
            .send()
            .await?;
        anyhow::ensure!(
            response.status().is_success(),
            "login answered {}",
            response.status()
        );
        Ok(response.json().await?)
    }
}

async fn provision(args: &Args) -> anyhow::Result<Fixture> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency * 2)
        .build()?;
    let auth = format!("Bearer {}", args.secret_key);
    let project: Value = client
        .get(format!("{}/v1/project", args.url))
        .header("authorization", &auth)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let issuer = project["issuer"]
        .as_str()
        .context("project has no issuer")?
        .to_owned();
    let org: Value = client
        .post(format!("{}/v1/organizations", args.url))
        .header("authorization", &auth)
        .json(&json!({"name": "Bench Inc.", "slug": "bench"}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let api_key: Value = client
        .post(format!("{}/v1/api_keys", args.url))
        .header("authorization", &auth)
        .json(&json!({"organization_id": org["id"], "name": "bench", "actions": ["bench.read"]}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let api_key = api_key["secret"]
        .as_str()
        .context("no API key secret")?
        .to_owned();
    let authenticator = gatehouse_core::Authenticator::new(
        &args.url,
        &args.secret_key,
        gatehouse_core::AuthenticatorOptions::default(),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let password = "benchmark password 1".to_owned();
    let email = "bench@bench.example".to_owned();
    client
        .post(format!("{}/v1/users", args.url))
        .header("authorization", &auth)
        .json(&json!({"organization_id": org["id"], "email": email, "password": password}))
        .send()
        .await?
        .error_for_status()?;
    Ok(Fixture {
        client,
        url: args.url.clone(),
        secret_key: args.secret_key.clone(),
        issuer,
        email,
        password,
        api_key,
        authenticator,
    })
}

/// One client's loop: runs operations until the deadline, recording each latency.
async fn worker(
    fixture: Arc<Fixture>,
    scenario: Scenario,
    deadline: Instant,
) -> anyhow::Result<(Vec<u64>, u64)> {
    let mut latencies = Vec::new();
    let mut errors = 0;
    // Per-client state: a refresh token chain, and an access token to authenticate.
    let mut refresh_token = String::new();
    let mut access_token = String::new();
    match scenario {
        Scenario::RefreshGrant => {
            refresh_token = fixture.login().await?["refresh_token"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
        }
        Scenario::Authenticate => {
            access_token = fixture.login().await?["access_token"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
        }
        Scenario::Jwks | Scenario::PasswordLogin | Scenario::ApiKeyServer => {}
        Scenario::ApiKeySdkCached => {
            fixture
                .authenticator
                .authenticate(&fixture.api_key)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
    }
    while Instant::now() < deadline {
        let started = Instant::now();
        let ok = match scenario {
            Scenario::Jwks => fixture
                .client
                .get(format!("{}/.well-known/jwks.json", fixture.issuer))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success()),
            Scenario::PasswordLogin => fixture.login().await.is_ok(),
            Scenario::RefreshGrant => {
                let response = fixture
                    .client
                    .post(format!("{}/oauth/token", fixture.issuer))
                    .form(&[
                        ("grant_type", "refresh_token"),
                        ("refresh_token", refresh_token.as_str()),
                    ])
                    .send()
                    .await;
                match response {
                    Ok(r) if r.status().is_success() => {
                        let body: Value = r.json().await?;
                        refresh_token = body["refresh_token"]
                            .as_str()
                            .unwrap_or_default()
                            .to_owned();
                        true
                    }
                    _ => false,
                }
            }
            Scenario::ApiKeyServer => fixture
                .client
                .post(format!("{}/v1/authenticate", fixture.url))
                .bearer_auth(&fixture.secret_key)
                .json(&json!({"credential": fixture.api_key}))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success()),
            Scenario::ApiKeySdkCached => fixture
                .authenticator
                .authenticate(&fixture.api_key)
                .await
                .is_ok(),
            Scenario::Authenticate => fixture
                .client
                .post(format!("{}/v1/authenticate", fixture.url))
                .bearer_auth(&fixture.secret_key)
                .json(&json!({"credential": access_token}))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success()),
        };
        if ok {
            latencies.push(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX));
        } else {
            errors += 1;
        }
    }
    Ok((latencies, errors))
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)] as f64 / 1000.0
}

async fn run(fixture: Arc<Fixture>, scenario: Scenario, args: &Args) -> anyhow::Result<Value> {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.seconds);
    let mut handles = Vec::new();
    for _ in 0..args.concurrency {
        handles.push(tokio::spawn(worker(fixture.clone(), scenario, deadline)));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for handle in handles {
        let (mut l, e) = handle.await??;
        latencies.append(&mut l);
        errors += e;
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    Ok(json!({
        "scenario": scenario.name(),
        "database": args.label,
        "concurrency": args.concurrency,
        "seconds": elapsed,
        "ok": latencies.len(),
        "errors": errors,
        "ops_per_second": latencies.len() as f64 / elapsed,
        "p50_ms": percentile(&latencies, 50.0),
        "p99_ms": percentile(&latencies, 99.0),
    }))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let fixture = Arc::new(provision(&args).await?);
    let mut results = Vec::new();
    for scenario in [
        Scenario::Jwks,
        Scenario::Authenticate,
        Scenario::ApiKeyServer,
        Scenario::ApiKeySdkCached,
        Scenario::RefreshGrant,
        Scenario::PasswordLogin,
    ] {
        let result = run(fixture.clone(), scenario, &args).await?;
        eprintln!("{result}");
        results.push(result);
    }
    println!("{}", serde_json::to_string_pretty(&results)?);
    Ok(())
}
