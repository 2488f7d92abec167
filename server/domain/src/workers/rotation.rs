//! Scheduled signing-key rotation: once a minute, every project whose active key is older
//! than the configured age rotates (`signing.rs` re-checks under the project's lock, so each
//! due project rotates exactly once whichever replica runs it).

use std::time::Duration;

use crate::signing;
use crate::state::AppState;

/// Starts the rotation loop, unless rotation is disabled (`days <= 0`).
pub fn spawn(state: &AppState, days: i64) {
    if days <= 0 {
        tracing::info!("automatic signing-key rotation is disabled");
        return;
    }
    let state = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            match signing::rotate_due_keys(&state, days * 86_400).await {
                Ok(0) => {}
                Ok(rotated) => tracing::info!(rotated, "scheduled automatic key rotations"),
                Err(err) => {
                    tracing::warn!(error = %format!("{err:#}"), "automatic key rotation failed");
                }
            }
        }
    });
}
