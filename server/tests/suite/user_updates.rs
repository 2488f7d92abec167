//! A user deleted while their update waits for its password hash: the update answers 404.
//! It used to write the new password (and roles) for a user no longer there, a foreign-key
//! failure answered 500, which Schemathesis met now and then (its phases send a PATCH and a
//! DELETE of the same user from two workers). The test makes the interleaving certain: every
//! hashing thread is kept busy with slow checks, so the PATCH, having read the user, waits
//! for a thread (`password::in_flight` shows it waiting) while the DELETE goes through.

use std::time::Duration;

use crate::common::{TestServer, assert_error};
use gatehouse_domain::password;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(an_update_of_a_user_deleted_meanwhile_is_a_404);

/// A stored hash that costs twenty of ours to check (argon2id, 19 MiB, 40 passes) and that
/// no password matches: enough to hold a hashing thread while the DELETE is served.
const SLOW_HASH: &str = "$argon2id$v=19$m=19456,t=40,p=1$c2FsdHNhbHRzYWx0c2FsdA$\
                         AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

async fn wait_for_in_flight(at_least: usize) {
    for _ in 0..2_000 {
        if password::in_flight() >= at_least {
            return;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("fewer than {at_least} password hashes ever in flight");
}

async fn an_update_of_a_user_deleted_meanwhile_is_a_404(server: &TestServer) {
    let org = server.create_org("Acme", "acme").await;
    let user = server.create_user(&org, "ada@acme.example").await;

    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let blockers: Vec<_> = (0..threads)
        .map(|_| tokio::spawn(password::verify("x".to_owned(), SLOW_HASH.to_owned())))
        .collect();
    wait_for_in_flight(threads).await;

    let update = {
        let (url, key, user) = (server.url.clone(), server.key().to_owned(), user.clone());
        tokio::spawn(async move {
            let response = reqwest::Client::new()
                .patch(format!("{url}/v1/users/{user}"))
                .bearer_auth(key)
                .json(&json!({"password": "a new password 1", "roles": ["admin"]}))
                .send()
                .await
                .expect("PATCH");
            let status = response.status();
            (
                status,
                response.json::<serde_json::Value>().await.expect("JSON"),
            )
        })
    };
    // The PATCH has read the user and waits for a hashing thread.
    wait_for_in_flight(threads + 1).await;
    let (status, body) = server.delete(&format!("/v1/users/{user}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");

    assert_error(
        update.await.expect("PATCH task"),
        StatusCode::NOT_FOUND,
        "not_found",
    );
    for blocker in blockers {
        assert!(!blocker.await.expect("blocker").expect("slow check"));
    }
    assert_error(
        server.get(&format!("/v1/users/{user}")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let credentials: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM user_credentials WHERE user_id = $1")
            .bind(&user)
            .fetch_one(server.db.pool())
            .await
            .expect("count credentials");
    assert_eq!(credentials, 0, "a password was stored for the deleted user");
}
