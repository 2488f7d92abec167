//! Expiry sweeps: rows that can no longer be used are deleted in batches of [`BATCH`], so a
//! sweep never holds a long lock, with progress logged per table and counted in the
//! `gatehouse_swept_rows` metric. Rows that still answer a question are kept a while past
//! their expiry: a used or expired email link says so for a day instead of "not valid", an
//! authorization code replayed within a day still revokes what it was exchanged for, and an
//! ended session stays listed for 30 days. Outbox events no subscriber took are kept a week.
//!
//! Every replica runs the loop; one run per [`EVERY_SECONDS`] happens, under a job lease.

use std::time::Duration;

use crate::state::AppState;
use gatehouse_storage::db::{self, Db};

/// Rows deleted per statement.
pub const BATCH: i64 = 1000;
/// How often the sweep runs (across all replicas).
pub const EVERY_SECONDS: i64 = 5 * 60;
const LEASE_SECONDS: i64 = 10 * 60;
const JOB: &str = "sweep";

/// One table's rule: which rows are expired at `now`, as a condition on `$1` (= now).
struct Rule {
    table: &'static str,
    key: &'static str,
    expired: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        table: "login_flows",
        key: "id",
        expired: "expires_at <= $1",
    },
    Rule {
        table: "authorization_codes",
        key: "code_hash",
        expired: "expires_at <= $1 - 86400",
    },
    Rule {
        table: "email_tokens",
        key: "token_hash",
        expired: "expires_at <= $1 - 86400",
    },
    Rule {
        table: "login_throttle",
        key: "throttle_key",
        expired: "window_started_at <= $1 - 86400 AND (locked_until IS NULL OR locked_until <= $1)",
    },
    Rule {
        table: "login_sessions",
        key: "id",
        expired: "expires_at <= $1 - 86400 OR revoked_at <= $1 - 86400",
    },
    Rule {
        table: "sessions",
        key: "id",
        expired: "expires_at <= $1 - 2592000 OR revoked_at <= $1 - 2592000",
    },
    Rule {
        table: "sso_requests",
        key: "handle_hash",
        expired: "expires_at <= $1",
    },
    Rule {
        table: "saml_assertion_ids",
        // The primary key is (connection, assertion id): an IdP choosing another IdP's
        // assertion ids must not get that IdP's replay records swept with its own.
        key: "connection_id || ' ' || assertion_id",
        expired: "expires_at <= $1",
    },
    Rule {
        table: "outbox",
        key: "id",
        // Events wait a week for a subscriber (webhook delivery is yet to come).
        expired: "delivered_at <= $1 - 604800 OR failed_at <= $1 - 2592000 \
                  OR (kind = 'event' AND created_at <= $1 - 604800)",
    },
];

/// Rows deleted per table by one sweep.
pub type Report = Vec<(&'static str, u64)>;

/// Sweeps every table once, now (no lease: callers that share a database use [`run`]).
pub async fn sweep_once(state: &AppState) -> anyhow::Result<Report> {
    let now = state.clock.now();
    let mut report = Vec::new();
    for rule in RULES {
        let deleted = sweep_table(&state.db, rule, now).await?;
        if deleted > 0 {
            state.metrics.swept(rule.table, deleted);
        }
        report.push((rule.table, deleted));
    }
    Ok(report)
}

async fn sweep_table(db: &Db, rule: &Rule, now: i64) -> anyhow::Result<u64> {
    let sql = format!(
        "DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {table} WHERE {expired} LIMIT {BATCH})",
        table = rule.table,
        key = rule.key,
        expired = rule.expired,
    );
    let mut total = 0;
    loop {
        let deleted = sqlx::query(&sql)
            .bind(now)
            .execute(&mut *db.write().await?)
            .await?
            .rows_affected();
        total += deleted;
        if deleted < u64::try_from(BATCH).unwrap_or(u64::MAX) {
            break;
        }
        tracing::info!(table = rule.table, deleted = total, "sweep in progress");
    }
    Ok(total)
}

/// The sweep loop: every minute, tries to take the due run.
pub async fn run(state: AppState, holder: String) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        let now = state.clock.now();
        match db::jobs::claim_run(&state.db, JOB, &holder, now, EVERY_SECONDS, LEASE_SECONDS).await
        {
            Ok(true) => {}
            Ok(false) => continue,
            Err(err) => {
                tracing::warn!(error = %format!("{err:#}"), "could not take the sweep lease");
                continue;
            }
        }
        match sweep_once(&state).await {
            // Logged even when nothing expired: one record per run, so an operator (and
            // `reliability/replicas.py`) can see that a due run happened once across replicas.
            Ok(report) => {
                let total: u64 = report.iter().map(|(_, n)| n).sum();
                tracing::info!(?report, total, "sweep finished");
            }
            Err(err) => tracing::warn!(error = %format!("{err:#}"), "sweep failed"),
        }
        if let Err(err) = db::jobs::release(&state.db, JOB, &holder, state.clock.now()).await {
            tracing::warn!(error = %format!("{err:#}"), "could not release the sweep lease");
        }
    }
}
