//! The bound on waiting password checks (`server/domain/src/password.rs`): a `gatehouse dev`
//! started with `GATEHOUSE_PASSWORD_HASH_QUEUE=0` (no request may wait for a hashing thread)
//! gets a burst of concurrent password logins. Each answer is a sign-in or a 503 `busy` in
//! the one error shape with `Retry-After`; the refused attempts are not counted against the
//! account (which would lock it after five), and once the burst is over a login succeeds.
//! The bound is process-wide, like the hashing threads, so it is set on a server process of
//! its own rather than on the in-process test servers the other tests share.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gatehouse");

/// Accounts that keep the hashing threads busy (more than this machine's CPUs).
const LOADERS: usize = 6;

/// The victim's wrong-password attempts refused `busy` that the test waits for: counted,
/// they would lock the account (five failures) before they are all in.
const REFUSALS: usize = 6;

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `gatehouse dev` with no hashing queue and answers it with its `dev.json`.
async fn start_without_queue(data_dir: &Path) -> (Running, Value) {
    let ready = data_dir.with_extension("ready.json");
    let child = Command::new(BIN)
        .args(["dev", "--data-dir"])
        .arg(data_dir)
        .args(["--port", "0", "--ready-file"])
        .arg(&ready)
        .env("GATEHOUSE_PASSWORD_HASH_QUEUE", "0")
        .env_remove("GATEHOUSE_SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gatehouse dev");
    let running = Running(child);
    for _ in 0..600 {
        if ready.exists() {
            let dev: Value = serde_json::from_slice(
                &std::fs::read(data_dir.join("dev.json")).expect("dev.json"),
            )
            .expect("dev.json is JSON");
            return (running, dev);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("gatehouse dev did not write its ready file");
}

async fn login(client: &reqwest::Client, dev: &Value, email: &str, password: &str) -> Answer {
    let response = client
        .post(format!(
            "{}/v1/login/password",
            dev["issuer"].as_str().expect("issuer")
        ))
        .json(&json!({"organization": "acme", "email": email, "password": password}))
        .send()
        .await
        .expect("login request");
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().expect("ascii").to_owned());
    let body: Value = response.json().await.expect("JSON body");
    if status == 503 {
        assert_eq!(body["code"], "busy", "{body}");
        assert_eq!(body["error"], "unavailable", "{body}");
        assert!(body["message"].is_string(), "{body}");
        let seconds: u64 = retry_after
            .expect("a busy answer says when to retry")
            .parse()
            .expect("Retry-After in seconds");
        assert!(seconds >= 1);
    }
    Answer { status, body }
}

struct Answer {
    status: u16,
    body: Value,
}

async fn create_user(client: &reqwest::Client, dev: &Value, email: &str) {
    let response = client
        .post(format!(
            "{}/v1/users",
            dev["api_url"].as_str().expect("api_url")
        ))
        .bearer_auth(dev["secret_key"].as_str().expect("secret_key"))
        .json(&json!({
            "organization_id": dev["demo_organization_id"],
            "email": email,
            "password": PASSWORD,
            "email_verified": true,
        }))
        .send()
        .await
        .expect("create user");
    assert_eq!(
        response.status(),
        201,
        "{}",
        response.text().await.expect("body")
    );
}

const PASSWORD: &str = "correct horse battery";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_full_hashing_queue_answers_busy_and_does_not_count_against_the_account() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data_dir = dir.path().join("gatehouse");
    let (_server, dev) = start_without_queue(&data_dir).await;
    let client = reqwest::Client::new();
    // One at a time, so each creation's hash gets a thread.
    for i in 0..LOADERS {
        create_user(&client, &dev, &format!("loader{i}@acme.example")).await;
    }
    create_user(&client, &dev, "victim@acme.example").await;

    // Correct logins on the loaders' accounts, back to back, keep both threads busy.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let loaders: Vec<_> = (0..LOADERS)
        .map(|i| {
            let (client, dev, stop) = (client.clone(), dev.clone(), stop.clone());
            tokio::spawn(async move {
                let email = format!("loader{i}@acme.example");
                let (mut signed_in, mut busy) = (0, 0);
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let answer = login(&client, &dev, &email, PASSWORD).await;
                    match answer.status {
                        200 => {
                            assert!(answer.body["access_token"].is_string(), "{}", answer.body);
                            signed_in += 1;
                        }
                        503 => busy += 1,
                        other => panic!("loader answered {other}: {}", answer.body),
                    }
                }
                (signed_in, busy)
            })
        })
        .collect();

    // Wrong passwords for the victim meanwhile: evaluated ones count (401), refused ones
    // must not. Fewer than five are ever evaluated, so the account never locks unless the
    // refusals count too (then a 429 shows up).
    let (mut refused, mut evaluated, mut attempts) = (0, 0, 0);
    while refused < REFUSALS && evaluated < 4 && attempts < 2_000 {
        attempts += 1;
        let answer = login(&client, &dev, "victim@acme.example", "wrong password").await;
        match answer.status {
            503 => refused += 1,
            401 => evaluated += 1,
            other => panic!(
                "victim answered {other} after {refused} refusals and {evaluated} failures: {}",
                answer.body
            ),
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut signed_in, mut busy) = (0, 0);
    for loader in loaders {
        let (s, b) = loader.await.expect("loader task");
        signed_in += s;
        busy += b;
    }
    assert!(signed_in >= 1, "no loader login got a hashing thread");
    assert!(
        busy >= 1,
        "{LOADERS} loaders on two threads without a queue and none refused"
    );
    assert_eq!(
        refused, REFUSALS,
        "the victim's attempts got a thread {evaluated} times and were refused {refused} times"
    );

    // The load is over: the victim signs in (not locked), as does everyone else.
    let after = login(&client, &dev, "victim@acme.example", PASSWORD).await;
    assert_eq!(after.status, 200, "{}", after.body);
}
