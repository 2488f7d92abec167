//! Public documents served from memory: each project's OpenID configuration and JWKS are
//! rendered once, with their `ETag`, and served as they are until they may have changed
//! (`server/domain/src/signing.rs` for the JWKS), so a discovery or JWKS request reads no row.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::signing::KEY_SET_REVALIDATE_SECONDS;

/// A JSON document as served: its body and its strong entity tag.
#[derive(Debug)]
pub struct Rendered {
    body: String,
    etag: String,
}

impl Rendered {
    /// `body` with its entity tag: the first 128 bits of its SHA-256, quoted (RFC 9110 §8.8.3).
    pub fn new(body: String) -> Self {
        let etag = format!(
            "\"{}\"",
            hex::encode(&Sha256::digest(body.as_bytes())[..16])
        );
        Self { body, etag }
    }

    /// The document.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// Its `ETag` header value.
    pub fn etag(&self) -> &str {
        &self.etag
    }
}

/// How long a rendered document is served before it is rendered again from the rows: the same
/// bound as the key sets, so a change another replica made (a project's issuer or signing
/// algorithm) shows within it. Changes made in this process are dropped at once by the caller.
const FRESH_FOR: Duration = Duration::from_secs(KEY_SET_REVALIDATE_SECONDS);

/// Most documents kept; beyond it the cache starts over.
const KEPT: usize = 10_000;

/// Rendered documents by key (the kind of document and the project id), each with the time it
/// was rendered. Only documents of projects that exist are put here, so unknown ids cannot
/// grow it.
#[derive(Debug, Default)]
pub struct Documents(Mutex<HashMap<String, (Arc<Rendered>, Instant)>>);

impl Documents {
    /// The document under `key` when it was rendered less than the freshness bound ago.
    pub fn fresh(&self, key: &str) -> Option<Arc<Rendered>> {
        let entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(key)
            .filter(|(_, rendered_at)| rendered_at.elapsed() < FRESH_FOR)
            .map(|(document, _)| Arc::clone(document))
    }

    /// Keeps `document` under `key`, rendered now.
    pub fn keep(&self, key: String, document: Arc<Rendered>) {
        let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= KEPT && !entries.contains_key(&key) {
            entries.clear();
        }
        entries.insert(key, (document, Instant::now()));
    }

    /// Drops every document whose key ends with `project_id` (its project changed here).
    pub fn forget_project(&self, project_id: &str) {
        let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        entries.retain(|key, _| !key.ends_with(project_id));
    }
}

#[cfg(test)]
mod tests {
    use super::{Documents, Rendered};
    use std::sync::Arc;

    #[test]
    fn the_entity_tag_follows_the_body() {
        let a = Rendered::new("{\"a\":1}".into());
        let b = Rendered::new("{\"a\":2}".into());
        assert_ne!(a.etag(), b.etag());
        assert_eq!(a.etag(), Rendered::new("{\"a\":1}".into()).etag());
        assert!(a.etag().starts_with('"') && a.etag().ends_with('"') && a.etag().len() == 34);
    }

    #[test]
    fn documents_are_kept_per_key_and_forgotten_per_project() {
        let documents = Documents::default();
        documents.keep("openid/proj_a".into(), Arc::new(Rendered::new("a".into())));
        documents.keep("openid/proj_b".into(), Arc::new(Rendered::new("b".into())));
        assert_eq!(
            documents
                .fresh("openid/proj_a")
                .map(|d| d.body().to_owned())
                .as_deref(),
            Some("a")
        );
        documents.forget_project("proj_a");
        assert!(documents.fresh("openid/proj_a").is_none());
        assert!(documents.fresh("openid/proj_b").is_some());
    }
}
