//! Background work, started once per process by `gatehouse serve` and `gatehouse dev`:
//!
//! - [`mail`]: delivers the outbox's mail with retries and backoff, woken as soon as a
//!   request queues a message;
//! - [`sweep`]: deletes expired flows, codes, email tokens, throttle rows, ended sessions and
//!   finished outbox messages;
//! - [`rotation`]: rotates signing keys when they are due.
//!
//! With several replicas on PostgreSQL each job runs once per due time: mail delivery takes
//! rows with `FOR UPDATE SKIP LOCKED` leases (`db/outbox.rs`), sweeps and rotation take a
//! per-job lease (`db/jobs.rs`). On SQLite there is one process.

pub mod mail;
pub mod rotation;
pub mod sweep;

use crate::state::AppState;

/// What the workers are told at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Rotate signing keys older than this many days (0: never).
    pub key_rotation_days: i64,
}

/// Starts every worker on the runtime; they run until the process ends.
pub fn spawn(state: &AppState, settings: &Settings) {
    let holder = crate::secrets::random_token(12);
    tokio::spawn(mail::run(state.clone()));
    tokio::spawn(sweep::run(state.clone(), holder.clone()));
    rotation::spawn(state, settings.key_rotation_days);
}
