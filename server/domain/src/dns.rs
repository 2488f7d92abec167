//! DNS TXT lookups for domain verification, behind a trait so the check is pluggable (a
//! deployment can route it through its own resolver; tests use a stub). The default asks the
//! system's resolvers through `hickory-resolver`.

use std::future::Future;
use std::pin::Pin;

/// A boxed lookup future.
pub type Lookup<'a> = Pin<Box<dyn Future<Output = anyhow::Result<Vec<String>>> + Send + 'a>>;

/// Looks up TXT records.
pub trait TxtLookup: Send + Sync + std::fmt::Debug {
    /// Every TXT string of `name` (each record's strings joined); empty when there are none.
    fn txt<'a>(&'a self, name: &'a str) -> Lookup<'a>;
}

/// The system resolver (`/etc/resolv.conf`).
#[derive(Debug)]
pub struct SystemResolver(hickory_resolver::TokioResolver);

impl SystemResolver {
    /// A resolver configured from the system.
    pub fn new() -> anyhow::Result<Self> {
        let resolver = hickory_resolver::TokioResolver::builder_tokio()?.build()?;
        Ok(Self(resolver))
    }
}

impl TxtLookup for SystemResolver {
    fn txt<'a>(&'a self, name: &'a str) -> Lookup<'a> {
        Box::pin(async move {
            match self.0.txt_lookup(name).await {
                Ok(answer) => Ok(answer
                    .answers()
                    .iter()
                    .filter_map(|record| match &record.data {
                        hickory_resolver::proto::rr::RData::TXT(txt) => Some(
                            txt.txt_data
                                .iter()
                                .map(|part| String::from_utf8_lossy(part).into_owned())
                                .collect::<String>(),
                        ),
                        _ => None,
                    })
                    .collect()),
                Err(err) if err.is_no_records_found() || err.is_nx_domain() => Ok(Vec::new()),
                Err(err) => Err(anyhow::anyhow!("DNS lookup of {name} failed: {err}")),
            }
        })
    }
}

/// A resolver that knows nothing, for when the system has no resolver configuration.
#[derive(Debug)]
pub struct NoResolver;

impl TxtLookup for NoResolver {
    fn txt<'a>(&'a self, name: &'a str) -> Lookup<'a> {
        Box::pin(async move {
            Err(anyhow::anyhow!(
                "no DNS resolver is configured (looking up {name})"
            ))
        })
    }
}
