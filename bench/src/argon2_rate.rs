//! The raw argon2id rate: what the machine's cores can hash with the server's parameters, the
//! ceiling of password logins (one hash each), measured in the same run so the ratio
//! `password_login ÷ password_hash` says how much of it the login path keeps.
//!
//! Each thread hashes in one work area it reuses, as the server's hashing threads do
//! (server/domain/src/password.rs), with the `argon2` crate the server uses, at its defaults
//! (m = 19,456 KiB, t = 2, p = 1).

use std::time::Instant;

use argon2::{Algorithm, Argon2, Block, Params, Version};

use crate::{Load, report};

/// Hashes on `load.concurrency` threads for `load.seconds`; reports hashes/s and latencies.
pub fn run(load: &Load) -> anyhow::Result<()> {
    let seconds = load.seconds;
    let started = Instant::now();
    let threads: Vec<_> = (0..load.concurrency.max(1))
        .map(|index| {
            std::thread::spawn(move || -> anyhow::Result<Vec<u64>> {
                let params = Params::default();
                let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
                let mut memory = vec![Block::default(); params.block_count()];
                let salt = [u8::try_from(index % 256).unwrap_or(0); 16];
                let mut out = [0u8; 32];
                let mut latencies = Vec::new();
                while started.elapsed().as_secs_f64() < seconds {
                    let t = Instant::now();
                    argon
                        .hash_password_into_with_memory(
                            b"benchmark password 1",
                            &salt,
                            &mut out,
                            &mut memory,
                        )
                        .map_err(|err| anyhow::anyhow!("argon2: {err}"))?;
                    latencies.push(u64::try_from(t.elapsed().as_micros()).unwrap_or(u64::MAX));
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for thread in threads {
        let done = thread
            .join()
            .map_err(|_| anyhow::anyhow!("a hashing thread panicked"))??;
        latencies.extend(done);
    }
    report(
        load,
        "password_hash",
        latencies,
        0,
        started.elapsed().as_secs_f64(),
    )
}
