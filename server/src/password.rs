//! Password hashing with argon2id (RFC 9106), on the blocking thread pool so hashing never
//! stalls the async workers. Parameters are the `argon2` crate's defaults (19 MiB, 2
//! iterations, 1 lane), which match OWASP's minimum recommendation for argon2id.
//!
//! At most one hash per CPU runs at a time; further requests wait their turn. Without that
//! bound a burst of sign-ins would start a blocking thread per request, each holding 19 MiB
//! (and glibc keeps freed memory per thread), so a login flood could exhaust memory; with it
//! memory stays at a few hashes' worth and throughput is unchanged, since the CPUs were the
//! limit anyway.

use std::sync::OnceLock;

use anyhow::Context;
use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use tokio::sync::Semaphore;

fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
    })
}

/// Runs one argon2 computation on the blocking pool, within the concurrency bound.
async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let _slot = hashing_slots()
        .acquire()
        .await
        .context("password hashing is shutting down")?;
    tokio::task::spawn_blocking(work)
        .await
        .context("password hashing task")?
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
