//! Password hashing with argon2id (RFC 9106), on the blocking thread pool so hashing never
//! stalls the async workers. Parameters are the `argon2` crate's defaults (19 MiB, 2
//! iterations, 1 lane), which match OWASP's minimum recommendation for argon2id.

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};

/// Hashes `password` into a PHC string.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
    })
    .await
    .context("password hashing task")?
}

#[cfg(test)]
mod tests {
    use argon2::{Argon2, PasswordHash, PasswordVerifier};

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
