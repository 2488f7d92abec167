//! Runs the invoices API on `INVOICES_LISTEN` (default `127.0.0.1:3000`), configured from the
//! `GATEHOUSE_*` environment variables described in the README.

use anyhow::Context;
use gatehouse_example_axum::{AppState, Config, router};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let state = AppState::new(config.auth_state()?);
    let listen = std::env::var("INVOICES_LISTEN").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    println!("invoices API on http://{}", listener.local_addr()?);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            // Without a signal handler there is nothing to wait for; serve until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await?;
    Ok(())
}
