//! Single-core token verification, measured per call (ops/s and p99):
//!
//! - the core's `verify_access_token` against `jsonwebtoken` called directly with the same
//!   key-by-`kid` lookup and checks, on the shared vectors' EdDSA and ES256 tokens (the same
//!   tokens the Python, Node and Go benchmarks verify);
//! - the core's fetching `Verifier` on a real server's token: a cached-JWKS hit (a token seen
//!   before, answered by the verified-token cache), the same with that cache off, an
//!   unknown-`kid` token that triggers a refetch (interval set to zero so every call
//!   fetches), and the same token within the default refetch interval (refused without I/O).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_core::{CacheOptions, Jwks, Verifier, VerifyOptions, verify_access_token};
use serde_json::{Value, json};

use crate::Fixture;

/// `verify` command line.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The shared test vectors.
    #[arg(long, default_value = "testdata/vectors.json")]
    vectors: PathBuf,
    /// Measuring time per case, after a warm-up of a tenth of it.
    #[arg(long, default_value_t = 2.0)]
    seconds: f64,
    /// A `provision` fixture of a running server, for the cached-JWKS cases.
    #[arg(long)]
    fixture: Option<PathBuf>,
}

/// Calls `op` for `seconds` (after a warm-up), timing each call.
fn measure(seconds: f64, mut op: impl FnMut() -> bool) -> anyhow::Result<Value> {
    let warm = Instant::now();
    while warm.elapsed().as_secs_f64() < seconds / 10.0 {
        anyhow::ensure!(op(), "the operation failed during warm-up");
    }
    let mut nanos = Vec::with_capacity(1 << 20);
    let started = Instant::now();
    while started.elapsed().as_secs_f64() < seconds {
        let t = Instant::now();
        let ok = op();
        nanos.push(u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX));
        anyhow::ensure!(ok, "the operation failed while measured");
    }
    let elapsed = started.elapsed().as_secs_f64();
    Ok(summary(nanos, elapsed))
}

fn summary(mut nanos: Vec<u64>, elapsed: f64) -> Value {
    nanos.sort_unstable();
    let at = |p: f64| {
        let rank = ((p / 100.0) * (nanos.len().saturating_sub(1)) as f64).round() as usize;
        nanos.get(rank).copied().unwrap_or_default() as f64 / 1000.0
    };
    json!({
        "ops_per_second": nanos.len() as f64 / elapsed,
        "p50_us": at(50.0),
        "p99_us": at(99.0),
        "calls": nanos.len(),
    })
}

fn jsonwebtoken_verifier(case: &Value) -> anyhow::Result<impl Fn(&str) -> bool> {
    let mut keys = HashMap::new();
    for jwk in case["jwks"]["keys"].as_array().context("jwks.keys")? {
        let (Some(kid), Some(alg)) = (jwk["kid"].as_str(), jwk["alg"].as_str()) else {
            continue;
        };
        let algorithm = match alg {
            "EdDSA" => jsonwebtoken::Algorithm::EdDSA,
            "ES256" => jsonwebtoken::Algorithm::ES256,
            _ => continue,
        };
        let parsed: jsonwebtoken::jwk::Jwk = serde_json::from_value(jwk.clone())?;
        keys.insert(
            kid.to_owned(),
            (jsonwebtoken::DecodingKey::from_jwk(&parsed)?, algorithm),
        );
    }
    let options = &case["options"];
    let issuer = options["issuer"].as_str().context("issuer")?.to_owned();
    let audience = options["audience"].as_str().context("audience")?.to_owned();
    let now = options["now"].as_i64().context("now")?;
    let leeway = options["leeway"].as_u64().context("leeway")?;
    // jsonwebtoken reads the system clock: widen its leeway by how far the vectors' "now" is
    // in the past, so that it still checks `exp`, at the same instant the core does.
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let behind = wall.saturating_sub(u64::try_from(now).unwrap_or_default());
    Ok(move |token: &str| {
        let Ok(header) = jsonwebtoken::decode_header(token) else {
            return false;
        };
        if !matches!(header.typ.as_deref(), Some("at+jwt" | "application/at+jwt")) {
            return false;
        }
        let Some((key, algorithm)) = header.kid.as_deref().and_then(|kid| keys.get(kid)) else {
            return false;
        };
        let mut validation = jsonwebtoken::Validation::new(*algorithm);
        validation.set_issuer(&[&issuer]);
        validation.set_audience(&[&audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub", "iat"]);
        validation.leeway = leeway + behind;
        let Ok(data) = jsonwebtoken::decode::<Value>(token, key, &validation) else {
            return false;
        };
        // The contract's claim types, as the core checks them.
        data.claims["org"]["id"].is_string() && data.claims["sub"].is_string()
    })
}

fn offline(args: &VerifyArgs) -> anyhow::Result<Vec<Value>> {
    let vectors: Value = serde_json::from_slice(
        &std::fs::read(&args.vectors)
            .with_context(|| format!("reading {}", args.vectors.display()))?,
    )?;
    let cases = vectors["cases"].as_array().context("cases")?;
    let mut rows = Vec::new();
    for (algorithm, name) in [
        ("EdDSA", "valid_eddsa_full_claims"),
        ("ES256", "valid_es256_full_claims"),
    ] {
        let case = cases
            .iter()
            .find(|c| c["name"] == name)
            .with_context(|| format!("vector {name}"))?;
        let token = case["token"].as_str().context("token")?;
        let jwks =
            Jwks::from_json(&case["jwks"].to_string()).map_err(|e| anyhow::anyhow!("{e}"))?;
        let options = &case["options"];
        let verify_options = VerifyOptions::new(
            options["issuer"].as_str().context("issuer")?,
            options["audience"].as_str().context("audience")?,
        )
        .with_leeway(Duration::from_secs(
            options["leeway"].as_u64().context("leeway")?,
        ))
        .at(options["now"].as_i64().context("now")?);
        let direct = jsonwebtoken_verifier(case)?;
        anyhow::ensure!(
            verify_access_token(token, &jwks, &verify_options).is_ok() && direct(token),
            "both sides must accept {name} before they are timed"
        );
        // Alternate the two sides twice and keep each side's better round, so a burst of
        // load from the other agents on the machine does not decide the ratio alone.
        let mut core = Vec::new();
        let mut other = Vec::new();
        for _ in 0..2 {
            core.push(measure(args.seconds / 2.0, || {
                verify_access_token(std::hint::black_box(token), &jwks, &verify_options).is_ok()
            })?);
            other.push(measure(args.seconds / 2.0, || {
                direct(std::hint::black_box(token))
            })?);
        }
        let best = |rounds: Vec<Value>| {
            rounds
                .into_iter()
                .max_by(|a, b| {
                    a["ops_per_second"]
                        .as_f64()
                        .unwrap_or_default()
                        .total_cmp(&b["ops_per_second"].as_f64().unwrap_or_default())
                })
                .unwrap_or_default()
        };
        for (implementation, result) in [
            ("gatehouse-core", best(core)),
            ("jsonwebtoken", best(other)),
        ] {
            let mut row = json!({
                "language": "rust",
                "algorithm": algorithm,
                "implementation": implementation,
            });
            if let (Some(row), Some(result)) = (row.as_object_mut(), result.as_object()) {
                row.extend(result.clone());
            }
            rows.push(row);
        }
    }
    Ok(rows)
}

/// The payload of a JWT, decoded without verification (to read `iss` and `aud`).
fn payload(token: &str) -> anyhow::Result<Value> {
    let part = token.split('.').nth(1).context("not a JWT")?;
    Ok(serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part)?)?)
}

/// The same token with another `kid` in its header (its signature no longer matters: the
/// unknown key is noticed first).
fn with_unknown_kid(token: &str) -> anyhow::Result<String> {
    let mut parts = token.splitn(2, '.');
    let header = parts.next().context("not a JWT")?;
    let rest = parts.next().context("not a JWT")?;
    let mut header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header)?)?;
    header["kid"] = json!("jwk_unknown_to_the_server");
    Ok(format!(
        "{}.{rest}",
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&header)?)
    ))
}

async fn measure_async<F: Future<Output = bool>>(
    seconds: f64,
    mut op: impl FnMut() -> F,
) -> anyhow::Result<Value> {
    let warm = Instant::now();
    while warm.elapsed().as_secs_f64() < seconds / 10.0 {
        anyhow::ensure!(op().await, "the operation failed during warm-up");
    }
    let mut nanos = Vec::new();
    let started = Instant::now();
    while started.elapsed().as_secs_f64() < seconds {
        let t = Instant::now();
        let ok = op().await;
        nanos.push(u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX));
        anyhow::ensure!(ok, "the operation failed while measured");
    }
    Ok(summary(nanos, started.elapsed().as_secs_f64()))
}

async fn cached(args: &VerifyArgs, fixture: &PathBuf) -> anyhow::Result<Vec<Value>> {
    let fixture: Fixture = serde_json::from_slice(&std::fs::read(fixture)?)?;
    let token = fixture.access_token.clone();
    let claims = payload(&token)?;
    let audience = match &claims["aud"] {
        Value::String(aud) => aud.clone(),
        Value::Array(auds) => auds
            .first()
            .and_then(Value::as_str)
            .context("empty aud")?
            .to_owned(),
        _ => anyhow::bail!("token without aud"),
    };
    let options = VerifyOptions::new(claims["iss"].as_str().context("iss")?, audience);
    let jwks_url = format!("{}/.well-known/jwks.json", fixture.issuer);
    let unknown = with_unknown_kid(&token)?;
    let is_unknown_kid =
        |r: Result<_, gatehouse_core::AuthError>| matches!(r, Err(e) if e.code() == "unknown_key");

    let mut rows = Vec::new();
    let hit = Verifier::new(&jwks_url, options.clone()).map_err(|e| anyhow::anyhow!("{e}"))?;
    let result = measure_async(args.seconds, || async { hit.verify(&token).await.is_ok() }).await?;
    rows.push(("cached_jwks_hit", result));

    // The same token with the verified-token cache off: a signature check on every call
    // (sdk-core/src/token_cache.rs), what every call cost before it.
    let mut uncached = CacheOptions::default();
    uncached.verified_tokens = 0;
    let full = Verifier::with_cache_options(&jwks_url, options.clone(), uncached)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let result =
        measure_async(args.seconds, || async { full.verify(&token).await.is_ok() }).await?;
    rows.push(("cached_jwks_full_verify", result));

    let mut eager = CacheOptions::default();
    eager.unknown_key_refetch_interval = Duration::ZERO;
    let refetching = Verifier::with_cache_options(&jwks_url, options.clone(), eager)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    anyhow::ensure!(refetching.verify(&token).await.is_ok(), "warm the cache");
    let result = measure_async(args.seconds, || async {
        is_unknown_kid(refetching.verify(&unknown).await)
    })
    .await?;
    rows.push(("unknown_kid_refetch", result));

    // Default interval: the first unknown kid fetched (in the warm-up); the rest are refused
    // from the cache.
    let result = measure_async(args.seconds, || async {
        is_unknown_kid(hit.verify(&unknown).await)
    })
    .await?;
    rows.push(("unknown_kid_within_refetch_interval", result));

    Ok(rows
        .into_iter()
        .map(|(case, result)| {
            let mut row = json!({"language": "rust", "algorithm": "EdDSA", "implementation": "gatehouse-core Verifier", "case": case});
            if let (Some(row), Some(result)) = (row.as_object_mut(), result.as_object()) {
                row.extend(result.clone());
            }
            row
        })
        .collect())
}

/// Runs `verify` and prints `{"verification": [...], "jwks_cache": [...]}`.
pub async fn run(args: &VerifyArgs) -> anyhow::Result<()> {
    // jsonwebtoken 11 verifies through a process-wide provider; use the backend the core uses.
    let _ = jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER.install_default();
    let verification = offline(args)?;
    let jwks_cache = match &args.fixture {
        Some(fixture) => cached(args, fixture).await?,
        None => Vec::new(),
    };
    for row in verification.iter().chain(&jwks_cache) {
        eprintln!("{row}");
    }
    println!(
        "{}",
        json!({"verification": verification, "jwks_cache": jwks_cache})
    );
    Ok(())
}
