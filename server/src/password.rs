//! Password hashing with argon2id (RFC 9106). Parameters are the `argon2` crate's defaults
//! (19 MiB, 2 iterations, 1 lane), which match OWASP's minimum recommendation for argon2id.
//!
//! Hashing runs on its own threads, one per CPU, so it never stalls the async workers and
//! at most one hash per CPU runs at a time; further requests wait their turn (and stop
//! waiting if their request goes away). The threads live as long as the process: each
//! reuses the memory of its previous hash. On the general blocking pool every hash could land
//! on a different thread, and glibc keeps freed memory per thread, so a login flood left the
//! server holding hundreds of MiB; with the fixed threads memory stays at a few hashes'
//! worth, and throughput is unchanged, since the CPUs were the limit anyway.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::Context;
use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use tokio::sync::Semaphore;

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads: a queue they share, and one slot per thread.
struct Workers {
    queue: Sender<Job>,
    slots: Arc<Semaphore>,
}

fn workers() -> &'static Workers {
    static WORKERS: OnceLock<Workers> = OnceLock::new();
    WORKERS.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let (queue, jobs) = mpsc::channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for index in 0..threads {
            let jobs = Arc::clone(&jobs);
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{index}"))
                .spawn(move || work(&jobs));
            if let Err(err) = spawned {
                tracing::error!(error = %err, "could not start a password hashing thread");
            }
        }
        Workers {
            queue,
            slots: Arc::new(Semaphore::new(threads)),
        }
    })
}

/// A hashing thread: runs jobs until the queue closes.
fn work(jobs: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while taking a job, never while running one.
        let next = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        let Ok(job) = next else { return };
        // A panicking job fails its own request (its answer channel is dropped), not the thread.
        let _ = std::panic::catch_unwind(AssertUnwindSafe(job));
    }
}

/// Runs one argon2 computation on a hashing thread, within the concurrency bound.
async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let workers = workers();
    let slot = Arc::clone(&workers.slots)
        .acquire_owned()
        .await
        .context("password hashing is shutting down")?;
    let (answer, answered) = tokio::sync::oneshot::channel();
    workers
        .queue
        .send(Box::new(move || {
            let _ = answer.send(work());
            drop(slot);
        }))
        .map_err(|_| anyhow::anyhow!("password hashing threads are not running"))?;
    answered.await.context("password hashing failed")?
}

/// Hashes `password` into a PHC string.
pub async fn hash(password: String) -> anyhow::Result<String> {
    bounded(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
    })
    .await
}

/// Whether `password` matches the PHC string `hash`.
pub async fn verify(password: String, hash: String) -> anyhow::Result<bool> {
    bounded(move || {
        let parsed = PasswordHash::new(&hash)
            .map_err(|err| anyhow::anyhow!("stored password hash is malformed: {err}"))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

/// Spends the same work as [`verify`] against a hash no password matches, so that a sign-in
/// for an account that does not exist costs as much as one with a wrong password.
pub async fn verify_nothing(password: String) -> anyhow::Result<()> {
    static DECOY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    let decoy = DECOY
        .get_or_try_init(|| hash(crate::secrets::random_token(32)))
        .await?
        .clone();
    verify(password, decoy).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use argon2::{Argon2, PasswordHash, PasswordVerifier};

    #[tokio::test]
    async fn verify_matches_only_the_right_password() -> anyhow::Result<()> {
        let hash = super::hash("correct horse battery".to_owned()).await?;
        assert!(super::verify("correct horse battery".to_owned(), hash.clone()).await?);
        assert!(!super::verify("wrong".to_owned(), hash).await?);
        super::verify_nothing("anything".to_owned()).await?;
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_hashes_all_finish_and_a_panic_costs_only_its_request() -> anyhow::Result<()>
    {
        let hash = super::hash("correct horse battery".to_owned()).await?;
        let checks: Vec<_> = (0..8)
            .map(|i| {
                let hash = hash.clone();
                let password = if i % 2 == 0 {
                    "correct horse battery"
                } else {
                    "wrong"
                };
                tokio::spawn(super::verify(password.to_owned(), hash))
            })
            .collect();
        for (i, check) in checks.into_iter().enumerate() {
            assert_eq!(check.await??, i % 2 == 0, "check {i}");
        }
        let failed = super::bounded(|| -> anyhow::Result<()> { panic!("a job that panics") }).await;
        assert!(failed.is_err());
        // Every hashing thread still serves.
        for _ in 0..4 {
            assert!(super::verify("correct horse battery".to_owned(), hash.clone()).await?);
        }
        Ok(())
    }

    #[tokio::test]
    async fn hashes_verify_and_never_contain_the_password() -> anyhow::Result<()> {
        let hash = super::hash("correct horse battery".to_owned()).await?;
        assert!(hash.starts_with("$argon2id$"));
        assert!(!hash.contains("correct horse"));
        let parsed = PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("{e}"))?;
        let argon = Argon2::default();
        assert!(
            argon
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
        assert!(argon.verify_password(b"wrong", &parsed).is_err());
        Ok(())
    }
}
