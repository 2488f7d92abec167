//! Mail delivery from the outbox. A pass takes due messages (leased for
//! [`LEASE_SECONDS`]), sends each through the configured mailer, and marks it delivered; a
//! failed send is retried with exponential backoff ([`backoff_seconds`]) and given up after
//! [`MAX_ATTEMPTS`] (the message is kept, without its payload, with the last error).
//! The worker wakes when a request queues mail, and at least every [`POLL`].

use std::time::Duration;

use crate::outbox;
use crate::state::AppState;
use gatehouse_storage::db::{self, outbox::Kind};

/// How long a taken message is reserved for its worker.
pub const LEASE_SECONDS: i64 = 120;
/// Attempts before a message is given up.
pub const MAX_ATTEMPTS: i64 = 12;
/// Messages taken per pass.
const BATCH: i64 = 20;
/// Longest sleep between passes.
const POLL: Duration = Duration::from_secs(1);

/// Seconds to wait after failed attempt number `attempts`: 2, 4, 8, ... up to 30 minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20)).unwrap_or(20);
    2_i64.saturating_pow(exponent).min(30 * 60)
}

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    /// Messages sent.
    pub delivered: usize,
    /// Messages that failed and wait for another attempt.
    pub retried: usize,
    /// Messages given up.
    pub given_up: usize,
}

/// Delivers the due messages once.
pub async fn deliver_due(state: &AppState) -> anyhow::Result<Pass> {
    let mut pass = Pass::default();
    loop {
        let now = state.clock.now();
        let batch = db::outbox::claim(&state.db, Kind::Mail, now, LEASE_SECONDS, BATCH).await?;
        if batch.is_empty() {
            return Ok(pass);
        }
        for message in batch {
            let sent = match outbox::open_mail(&state.master_key, &message.id, &message.payload) {
                Ok(mail) => state.mailer.send(&mail.to, &mail.email()).await,
                Err(err) => Err(err),
            };
            let now = state.clock.now();
            match sent {
                Ok(()) => {
                    db::outbox::delivered(&state.db, &message.id, now).await?;
                    pass.delivered += 1;
                }
                Err(err) => {
                    let error = format!("{err:#}");
                    if message.attempts >= MAX_ATTEMPTS {
                        tracing::error!(message = %message.id, attempts = message.attempts, error, "giving up on an email");
                        db::outbox::give_up(&state.db, &message.id, now, &error).await?;
                        pass.given_up += 1;
                    } else {
                        let wait = backoff_seconds(message.attempts);
                        tracing::warn!(message = %message.id, attempts = message.attempts, retry_in_seconds = wait, error, "sending an email failed; will retry");
                        db::outbox::retry_at(&state.db, &message.id, now + wait, &error).await?;
                        pass.retried += 1;
                    }
                }
            }
        }
    }
}

/// The worker loop.
pub async fn run(state: AppState) {
    loop {
        match deliver_due(&state).await {
            Ok(pass) if pass != Pass::default() => {
                state
                    .metrics
                    .outbox_pass(pass.delivered, pass.retried, pass.given_up);
                tracing::info!(
                    delivered = pass.delivered,
                    retried = pass.retried,
                    given_up = pass.given_up,
                    "outbox mail pass"
                );
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %format!("{err:#}"), "outbox mail pass failed"),
        }
        tokio::select! {
            () = state.outbox_wakeup.notified() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff_seconds;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff_seconds(1), 2);
        assert_eq!(backoff_seconds(2), 4);
        assert_eq!(backoff_seconds(5), 32);
        assert_eq!(backoff_seconds(11), 1800);
        assert_eq!(backoff_seconds(i64::MAX), 1800);
        assert_eq!(backoff_seconds(-3), 2);
    }
}
