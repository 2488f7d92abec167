//! Leases for background jobs that must run once per due time across replicas (sweeps, key
//! rotation): a replica runs a job only after winning its row for the next interval.

use super::Db;

/// Takes the run of `job` due every `every_seconds` for `holder`, unless another holder runs
/// it now (its lease of `lease_seconds` is live) or it ran less than `every_seconds` ago.
/// True when this holder should run it.
pub async fn claim_run(
    db: &Db,
    job: &str,
    holder: &str,
    now: i64,
    every_seconds: i64,
    lease_seconds: i64,
) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO job_leases (job, holder, leased_until, last_run_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (job) DO UPDATE SET holder = $2, leased_until = $3, last_run_at = $4 \
         WHERE job_leases.leased_until <= $4 AND job_leases.last_run_at <= $5",
    )
    .bind(job)
    .bind(holder)
    .bind(now + lease_seconds)
    .bind(now)
    .bind(now - every_seconds)
    .execute(&mut *db.write().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends the lease of a finished run early (the next run still waits for its interval).
pub async fn release(db: &Db, job: &str, holder: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE job_leases SET leased_until = $1 WHERE job = $2 AND holder = $3")
        .bind(now)
        .bind(job)
        .bind(holder)
        .execute(&mut *db.write().await?)
        .await?;
    Ok(())
}
