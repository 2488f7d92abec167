//! Password hashing with argon2id (RFC 9106). Parameters are the `argon2` crate's defaults
//! (19 MiB, 2 iterations, 1 lane), which match OWASP's minimum recommendation for argon2id.
//!
//! Hashing runs on its own threads, one per CPU, so it never stalls the async workers and
//! at most one hash per CPU runs at a time; further requests wait their turn (and stop
//! waiting if their request goes away), up to a bounded number of them
//! ([`set_queue_depth`], [`DEFAULT_QUEUE_DEPTH`]): beyond that a request fails at once with
//! [`Busy`] (answered 503 `busy` with `Retry-After`), so a login flood costs a bounded amount
//! of memory and waiting rather than a queue that grows until clients time out.
//!
//! Hashes run in 19 MiB work areas kept in a small pool: a thread takes one for a hash (or
//! allocates one when the pool is empty) and puts it back after, so hashing memory is at most
//! 19 MiB per CPU while logins keep coming, and no hash faults in fresh pages. (Letting the
//! crate allocate per hash on the general blocking pool left 420-590 MiB behind after a login
//! flood: glibc keeps freed blocks per thread.) An area unused for [`IDLE_RELEASE`] is freed,
//! so a server between logins holds none (`bench/README.md`, "Memory").
//!
//! The work area is handed to the crate's `hash_password_into_with_memory`; everything else
//! (PHC strings, parameters, salts, the constant-time comparison of outputs) is the
//! `argon2`/`password-hash` crates' own, composed as their `PasswordHasher` does, and the
//! tests check that hashes move both ways between this module and the crate's own API.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context;
use argon2::password_hash::{Output, ParamsString, Salt, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Block, Params, PasswordHash, Version};
use tokio::sync::Semaphore;

/// A hashing thread's reusable work area.
type Memory = Vec<Block>;
type Job = Box<dyn FnOnce(&mut Memory) + Send>;

/// How many password checks and hashes may wait for a hashing thread by default, on top of
/// the one per CPU being computed: on two CPUs the last of a full queue waits 32 hash times
/// (a login is one hash, `bench/README.md`), short of a client's patience, while a flood
/// beyond it is refused at once instead of piling up.
pub const DEFAULT_QUEUE_DEPTH: usize = 64;

static QUEUE_DEPTH: AtomicUsize = AtomicUsize::new(DEFAULT_QUEUE_DEPTH);

/// Sets how many requests may wait for a hashing thread (0: none wait; a request is refused
/// whenever every thread is busy). The server calls it once at startup from its
/// configuration; it applies to the whole process, as the hashing threads do.
pub fn set_queue_depth(depth: usize) {
    QUEUE_DEPTH.store(depth, Ordering::Relaxed);
}

/// How many hashes and checks are running or waiting for a hashing thread now.
pub fn in_flight() -> usize {
    workers().admitted.load(Ordering::Acquire)
}

/// Every hashing thread is busy and the queue in front of them is full: the request should
/// be retried shortly.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("password hashing is at capacity; try again shortly")]
pub struct Busy;

/// Seconds a refused client is told to wait (`Retry-After`).
pub const BUSY_RETRY_AFTER_SECONDS: i64 = 1;

/// The hashing threads: a queue they share, one slot per thread, and the number of
/// requests holding or waiting for a slot.
struct Workers {
    queue: Sender<Job>,
    slots: Arc<Semaphore>,
    threads: usize,
    admitted: AtomicUsize,
}

/// A request's place among the admitted ones; leaving (answered, failed or abandoned) frees it.
struct Place(&'static AtomicUsize);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Admits one more request into `admitted` when fewer than `limit` are in.
fn admit(admitted: &'static AtomicUsize, limit: usize) -> Result<Place, Busy> {
    admitted
        .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < limit).then_some(n + 1)
        })
        .map(|_| Place(admitted))
        .map_err(|_| Busy)
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
            threads,
            admitted: AtomicUsize::new(0),
        }
    })
}

/// How long a work area may sit unused before it is freed. Long enough that a steady trickle
/// of logins reuses areas, short enough that memory is back soon after a burst.
pub const IDLE_RELEASE: Duration = Duration::from_secs(10);

/// Work areas not in use, each with the time it was put back.
static IDLE_AREAS: Mutex<Vec<(Memory, Instant)>> = Mutex::new(Vec::new());

fn idle_areas() -> std::sync::MutexGuard<'static, Vec<(Memory, Instant)>> {
    IDLE_AREAS.lock().unwrap_or_else(PoisonError::into_inner)
}

/// An idle work area, or an empty one that the hash sizes on first use.
fn take_area() -> Memory {
    idle_areas().pop().map(|(area, _)| area).unwrap_or_default()
}

fn put_back(area: Memory) {
    if area.capacity() > 0 {
        idle_areas().push((area, Instant::now()));
    }
}

/// Frees the areas unused for at least `idle` at `now`; returns how many.
fn release_idle(now: Instant, idle: Duration) -> usize {
    drop_unused_since(&mut idle_areas(), now, idle)
}

fn drop_unused_since(areas: &mut Vec<(Memory, Instant)>, now: Instant, idle: Duration) -> usize {
    let before = areas.len();
    areas.retain(|(_, since)| now.saturating_duration_since(*since) < idle);
    before - areas.len()
}

/// A hashing thread: runs jobs until the queue closes. The thread waiting for the next job
/// (one at a time, under the receiver's lock) also frees the areas that have gone idle.
fn work(jobs: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while taking a job, never while running one.
        let next = jobs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv_timeout(IDLE_RELEASE);
        match next {
            Ok(job) => {
                let mut area = take_area();
                // A panicking job fails its own request (its answer channel is dropped), not
                // the thread; its area is dropped with it.
                if std::panic::catch_unwind(AssertUnwindSafe(|| job(&mut area))).is_ok() {
                    put_back(area);
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                let freed = release_idle(Instant::now(), IDLE_RELEASE);
                if freed > 0 {
                    tracing::debug!(freed, "freed idle password hashing work areas");
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Runs one argon2 computation on a hashing thread, within the concurrency bound; fails
/// with [`Busy`] at once when the queue is full.
async fn bounded<T: Send + 'static>(
    work: impl FnOnce(&mut Memory) -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let workers = workers();
    // The place is held until the computation ends, even when the request goes away while
    // its hash runs, so the bound counts every hash in flight.
    let limit = workers
        .threads
        .saturating_add(QUEUE_DEPTH.load(Ordering::Relaxed));
    let place = admit(&workers.admitted, limit)?;
    let slot = Arc::clone(&workers.slots)
        .acquire_owned()
        .await
        .context("password hashing is shutting down")?;
    let (answer, answered) = tokio::sync::oneshot::channel();
    workers
        .queue
        .send(Box::new(move |memory: &mut Memory| {
            let _ = answer.send(work(memory));
            drop(slot);
            drop(place);
        }))
        .map_err(|_| anyhow::anyhow!("password hashing threads are not running"))?;
    answered.await.context("password hashing failed")?
}

/// The argon2 output for `password` under these settings, computed in `memory` when the
/// parameters fit the reusable size (ours always do) and in a one-off area otherwise (a hash
/// imported with a larger memory cost).
fn compute(
    memory: &mut Memory,
    password: &[u8],
    algorithm: Algorithm,
    version: Version,
    params: Params,
    salt: Salt<'_>,
) -> Result<Output, argon2::password_hash::Error> {
    let mut salt_buffer = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_buffer)?;
    let output_len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let blocks = params.block_count();
    let argon = Argon2::new(algorithm, version, params);
    let mut one_off = Memory::new();
    let area = if blocks <= Params::default().block_count() {
        if memory.len() < blocks {
            memory.resize(blocks, Block::default());
        }
        &mut memory[..blocks]
    } else {
        one_off.resize(blocks, Block::default());
        &mut one_off[..]
    };
    Output::init_with(output_len, |out| {
        Ok(argon.hash_password_into_with_memory(password, salt, out, &mut *area)?)
    })
}

/// Hashes `password` into a PHC string.
pub async fn hash(password: String) -> anyhow::Result<String> {
    bounded(move |memory| {
        new_hash(memory, password.as_bytes())
            .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
    })
    .await
}

fn new_hash(memory: &mut Memory, password: &[u8]) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let (algorithm, version, params) = (Algorithm::Argon2id, Version::V0x13, Params::default());
    let output = compute(
        memory,
        password,
        algorithm,
        version,
        params.clone(),
        salt.as_salt(),
    )?;
    let hash = PasswordHash {
        algorithm: algorithm.ident(),
        version: Some(version.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `hash` (any argon2 variant and parameters).
pub async fn verify(password: String, hash: String) -> anyhow::Result<bool> {
    bounded(move |memory| {
        let parsed = PasswordHash::new(&hash)
            .map_err(|err| anyhow::anyhow!("stored password hash is malformed: {err}"))?;
        // As the crate's own verifier: anything it cannot check is no match.
        Ok(matches(memory, password.as_bytes(), &parsed).unwrap_or(false))
    })
    .await
}

fn matches(
    memory: &mut Memory,
    password: &[u8],
    hash: &PasswordHash<'_>,
) -> Result<bool, argon2::password_hash::Error> {
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return Ok(false);
    };
    let algorithm = Algorithm::try_from(hash.algorithm)?;
    let version = hash
        .version
        .map(Version::try_from)
        .transpose()?
        .unwrap_or_default();
    let params = Params::try_from(hash)?;
    let computed = compute(memory, password, algorithm, version, params, salt)?;
    // `Output`'s equality is constant-time.
    Ok(computed == expected)
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
    use std::time::{Duration, Instant};

    use argon2::{Argon2, Block, PasswordHash, PasswordVerifier};

    #[test]
    fn work_areas_unused_for_the_idle_time_are_freed_and_recent_ones_kept() {
        let start = Instant::now();
        let idle = super::IDLE_RELEASE;
        let mut areas = vec![
            (vec![Block::default(); 4], start),
            (vec![Block::default(); 4], start + Duration::from_secs(5)),
        ];
        assert_eq!(
            super::drop_unused_since(&mut areas, start + idle - Duration::from_millis(1), idle),
            0
        );
        assert_eq!(super::drop_unused_since(&mut areas, start + idle, idle), 1);
        assert_eq!(areas.len(), 1);
        assert_eq!(areas[0].1, start + Duration::from_secs(5));
        assert_eq!(
            super::drop_unused_since(&mut areas, start + idle * 2, idle),
            1
        );
        assert!(areas.is_empty());
    }

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
        let failed =
            super::bounded(|_| -> anyhow::Result<()> { panic!("a job that panics") }).await;
        assert!(failed.is_err());
        // Every hashing thread still serves.
        for _ in 0..4 {
            assert!(super::verify("correct horse battery".to_owned(), hash.clone()).await?);
        }
        Ok(())
    }

    /// Hashes made by the crate's own API, with other variants and parameters, smaller and
    /// larger than ours, verify here (and only with their password).
    #[tokio::test]
    async fn hashes_from_the_crate_api_verify() -> anyhow::Result<()> {
        use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
        use argon2::{Algorithm, Params, Version};
        for (algorithm, m_cost, t_cost, lanes) in [
            (Algorithm::Argon2id, 19_456, 2, 1),
            (Algorithm::Argon2id, 7_168, 5, 1),
            (Algorithm::Argon2i, 8_192, 3, 2),
            (Algorithm::Argon2d, 4_096, 1, 1),
            (Algorithm::Argon2id, 47_104, 1, 1),
        ] {
            let params =
                Params::new(m_cost, t_cost, lanes, None).map_err(|e| anyhow::anyhow!("{e}"))?;
            let salt = SaltString::generate(&mut OsRng);
            let phc = Argon2::new(algorithm, Version::V0x13, params)
                .hash_password(b"imported password", &salt)
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .to_string();
            assert!(
                super::verify("imported password".to_owned(), phc.clone()).await?,
                "{phc}"
            );
            assert!(
                !super::verify("imported passwore".to_owned(), phc.clone()).await?,
                "{phc}"
            );
        }
        // Unreadable or unsupported hashes: an error, or no match; never a match.
        assert!(
            super::verify("x".to_owned(), "not a hash".to_owned())
                .await
                .is_err()
        );
        let scrypt = "$scrypt$ln=15,r=8,p=1$c2FsdHNhbHQ$dGhpcyBpcyBub3QgYSByZWFsIGhhc2g";
        assert!(
            !super::verify("x".to_owned(), scrypt.to_owned())
                .await
                .unwrap_or(false)
        );
        Ok(())
    }

    #[test]
    fn admission_stops_at_the_limit_and_a_freed_place_admits_again() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static ADMITTED: AtomicUsize = AtomicUsize::new(0);
        let first = super::admit(&ADMITTED, 2);
        let second = super::admit(&ADMITTED, 2);
        assert!(first.is_ok() && second.is_ok());
        assert!(super::admit(&ADMITTED, 2).is_err());
        drop(first);
        let third = super::admit(&ADMITTED, 2);
        assert!(third.is_ok());
        assert!(super::admit(&ADMITTED, 2).is_err());
        drop((second, third));
        assert_eq!(ADMITTED.load(Ordering::Acquire), 0);
        assert!(super::admit(&ADMITTED, 0).is_err());
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
