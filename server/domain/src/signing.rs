//! Signing keys: which key signs now, rotation, emergency revocation, the published JWKS,
//! and JWT signing.
//!
//! Rotation follows the schedule of `docs/token-contract.md` ("Keys"): a new key is published at once but
//! only starts signing after the pre-publish window (at least the JWKS `max-age`), so every
//! SDK cache has seen it before the first token it signs arrives. At that moment the previous
//! key stops signing, and it stays published until every token it could have signed has
//! expired. All of this is expressed as timestamps on the key rows, so replicas agree on the
//! state of every key without coordination. Writes (rotation, revocation, creating a first
//! key) run under the project's row lock, so concurrent replicas cannot double-rotate.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context;
use jsonwebtoken::{EncodingKey, Header};
use serde::Serialize;
use serde_json::{Value, json};

use crate::crypto::{self, MasterKey, SigningAlgorithm};
use crate::documents::Rendered;
use crate::state::AppState;
use gatehouse_storage::db::projects::Project;
use gatehouse_storage::db::signing_keys::{self, KeyState, SigningKey};
use gatehouse_storage::ids::IdKind;

/// How long a retired key stays published after it stopped signing: the longest access-token
/// lifetime a project may configure plus a margin for verifier clock leeway. Using the
/// maximum (not the project's current lifetime) keeps this safe when the lifetime changes.
pub const RETIRED_KEY_GRACE_SECONDS: i64 = 86_400 + 300;

/// How long a server serves and verifies with the key set it read before it reads the key rows
/// again: the bound within which a rotation or revocation made by another replica reaches
/// this one (`docs/operations.md`, "Signing keys across replicas"). A change made by this
/// process, and every time already written in the key rows, takes effect at once. One read a
/// second per project, whatever the request rate.
pub const KEY_SET_REVALIDATE_SECONDS: u64 = 1;

/// The signing-key caches of one server process.
#[derive(Default)]
pub struct KeyCache {
    /// Decrypted private keys by `kid`. Keys never change once written, so entries never go
    /// stale; a revoked key is simply never asked for again.
    encoding: Mutex<HashMap<String, Arc<EncodingKey>>>,
    /// Each project's published key set as last read.
    published: Mutex<PublishedByProject>,
}

#[derive(Default)]
struct PublishedByProject {
    /// Bumped by every local change to a project's keys, so that a read which raced the
    /// change is not cached over it.
    generation: u64,
    sets: HashMap<String, Arc<PublishedKeys>>,
}

/// Most projects whose key sets are kept; beyond it the cache starts over (one read each).
const PUBLISHED_SETS_KEPT: usize = 10_000;

/// A project's published keys as of one read of its key rows: the JWKS document as served
/// and the same keys parsed by the core, so neither is rendered or parsed per request.
pub struct PublishedKeys {
    document: Arc<Rendered>,
    jwks: gatehouse_core::Jwks,
    /// The key that signs, as of the read (the schedule cannot change it before
    /// `changes_at`).
    signer: Option<SigningKey>,
    /// The first time (Unix seconds) at which a key's schedule changes what is published or
    /// which key signs; the set is read again from then on.
    changes_at: i64,
    read_at: Instant,
}

impl PublishedKeys {
    /// The JWKS document, `{"keys": [...]}`, as served.
    pub fn document(&self) -> &Arc<Rendered> {
        &self.document
    }

    /// The published keys, parsed by the core as an SDK parses the served document.
    pub fn jwks(&self) -> &gatehouse_core::Jwks {
        &self.jwks
    }

    fn is_fresh(&self, now: i64) -> bool {
        now < self.changes_at
            && self.read_at.elapsed() < Duration::from_secs(KEY_SET_REVALIDATE_SECONDS)
    }
}

impl KeyCache {
    fn published_sets(&self) -> std::sync::MutexGuard<'_, PublishedByProject> {
        self.published
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The project's cached key set when it is still fresh at `now`.
    pub fn fresh_published(&self, project_id: &str, now: i64) -> Option<Arc<PublishedKeys>> {
        self.published_sets()
            .sets
            .get(project_id)
            .filter(|set| set.is_fresh(now))
            .cloned()
    }

    /// Drops the project's cached key set (its keys just changed here).
    fn forget_published(&self, project_id: &str) {
        let mut sets = self.published_sets();
        sets.generation = sets.generation.wrapping_add(1);
        sets.sets.remove(project_id);
    }
}

impl std::fmt::Debug for KeyCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyCache(..)")
    }
}

/// Outcome of a manual rotation request.
#[derive(Debug)]
pub enum Rotation {
    /// A new key was scheduled.
    Scheduled(SigningKey),
    /// A previously scheduled key has not started signing yet.
    AlreadyPending(SigningKey),
}

fn seal_context(project_id: &str, kid: &str) -> String {
    format!("signing_key/{project_id}/{kid}")
}

fn new_key(
    master: &MasterKey,
    project: &Project,
    now: i64,
    activates_at: i64,
) -> anyhow::Result<SigningKey> {
    let algorithm = project.signing_algorithm;
    let kid = IdKind::SigningKey.generate();
    let generated = crypto::generate_signing_key(algorithm, &kid)?;
    Ok(SigningKey {
        private_key_sealed: master
            .seal(&seal_context(&project.id, &kid), &generated.private_pkcs8)?,
        public_jwk: generated.public_jwk.to_string(),
        id: kid,
        project_id: project.id.clone(),
        algorithm,
        created_at: now,
        activates_at,
        retires_at: None,
        unpublish_at: None,
        revoked_at: None,
    })
}

/// The key that signs at `now`: the most recently activated active key.
fn signing_key_at(keys: &[SigningKey], now: i64) -> Option<&SigningKey> {
    keys.iter()
        .filter(|k| k.state(now) == KeyState::Active)
        .max_by_key(|k| (k.activates_at, k.id.clone()))
}

/// The key that signs now, creating the project's first key (active at once) when it has
/// none that can sign. Read from the cached key set while it is fresh, like verification
/// (so a key revoked on another replica stops signing there within
/// [`KEY_SET_REVALIDATE_SECONDS`], and at once on the replica that revoked it).
pub async fn current_key(state: &AppState, project: &Project) -> anyhow::Result<SigningKey> {
    published(state, project)
        .await?
        .signer
        .clone()
        .context("a freshly read key set has no signing key")
}

/// Creates the project's first key (active at once) unless, under the project lock, another
/// request or replica already did.
async fn create_first_key(state: &AppState, project: &Project) -> anyhow::Result<()> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let keys = signing_keys::list_for_update(&mut tx, &state.db, &project.id).await?;
    if signing_key_at(&keys, now).is_some() {
        return Ok(());
    }
    let key = new_key(&state.master_key, project, now, now)?;
    signing_keys::insert(&mut *tx, &key).await?;
    tx.commit().await?;
    state.key_cache.forget_published(&project.id);
    tracing::info!(project = %project.id, kid = %key.id, "created a signing key");
    Ok(())
}

/// Schedules a new key: published now, signing after the pre-publish window, at which point
/// the current key retires. Refused while another scheduled key is still pending.
pub async fn rotate(state: &AppState, project: &Project) -> anyhow::Result<Rotation> {
    current_key(state, project).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let keys = signing_keys::list_for_update(&mut tx, &state.db, &project.id).await?;
    if let Some(pending) = keys.iter().find(|k| k.state(now) == KeyState::Pending) {
        return Ok(Rotation::AlreadyPending(pending.clone()));
    }
    let activates_at = now + state.config.key_prepublish_seconds;
    let key = new_key(&state.master_key, project, now, activates_at)?;
    for old in keys.iter().filter(|k| k.state(now) == KeyState::Active) {
        let mut old = old.clone();
        old.retires_at = Some(activates_at);
        old.unpublish_at = Some(activates_at + RETIRED_KEY_GRACE_SECONDS);
        signing_keys::update_schedule(&mut *tx, &old).await?;
    }
    signing_keys::insert(&mut *tx, &key).await?;
    tx.commit().await?;
    state.key_cache.forget_published(&project.id);
    tracing::info!(project = %project.id, kid = %key.id, activates_at, "scheduled a signing key rotation");
    Ok(Rotation::Scheduled(key))
}

/// Withdraws a key at once (a suspected compromise). If it was the signing key, the pending
/// successor starts signing now, or a new key is created active at once; SDKs find the new
/// `kid` through their unknown-key refetch. Returns None when the key is not the project's.
pub async fn revoke(
    state: &AppState,
    project: &Project,
    kid: &str,
) -> anyhow::Result<Option<SigningKey>> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let keys = signing_keys::list_for_update(&mut tx, &state.db, &project.id).await?;
    let Some(target) = keys.iter().find(|k| k.id == kid) else {
        return Ok(None);
    };
    let mut revoked = target.clone();
    if revoked.revoked_at.is_some() {
        return Ok(Some(revoked));
    }
    revoked.revoked_at = Some(now);
    signing_keys::update_schedule(&mut *tx, &revoked).await?;
    let remaining: Vec<&SigningKey> = keys.iter().filter(|k| k.id != kid).collect();
    let still_signing = remaining.iter().any(|k| k.state(now) == KeyState::Active);
    if !still_signing {
        match remaining.iter().find(|k| k.state(now) == KeyState::Pending) {
            Some(pending) => {
                let mut promoted = (*pending).clone();
                promoted.activates_at = now;
                signing_keys::update_schedule(&mut *tx, &promoted).await?;
            }
            None => {
                let replacement = new_key(&state.master_key, project, now, now)?;
                signing_keys::insert(&mut *tx, &replacement).await?;
            }
        }
    }
    tx.commit().await?;
    state.key_cache.forget_published(&project.id);
    tracing::warn!(project = %project.id, kid, "revoked a signing key");
    Ok(Some(revoked))
}

/// The project's published keys (every pending, active and retired key): from this
/// process's cache while it is fresh, else read from the key rows (creating the project's
/// first key when none can sign).
pub async fn published(state: &AppState, project: &Project) -> anyhow::Result<Arc<PublishedKeys>> {
    let now = state.clock.now();
    if let Some(set) = state.key_cache.fresh_published(&project.id, now) {
        return Ok(set);
    }
    let generation = state.key_cache.published_sets().generation;
    let read_at = Instant::now();
    let mut keys = signing_keys::list(&state.db, &project.id).await?;
    // Only a project with no key that can sign needs one created (and the list re-read);
    // every other call reads the keys once.
    if signing_key_at(&keys, now).is_none() {
        create_first_key(state, project).await?;
        keys = signing_keys::list(&state.db, &project.id).await?;
    }
    let set = Arc::new(published_set(&keys, now, read_at)?);
    let mut sets = state.key_cache.published_sets();
    if sets.generation == generation {
        if sets.sets.len() >= PUBLISHED_SETS_KEPT {
            sets.sets.clear();
        }
        sets.sets.insert(project.id.to_string(), Arc::clone(&set));
    }
    Ok(set)
}

/// The project's published keys read from its key rows now, whatever the cache holds: for a
/// token signed by a key the cached set lacks (a key another replica created within the
/// revalidation bound).
pub async fn reread_published(
    state: &AppState,
    project: &Project,
) -> anyhow::Result<Arc<PublishedKeys>> {
    state.key_cache.forget_published(&project.id);
    published(state, project).await
}

/// The published view of `keys` at `now`.
fn published_set(keys: &[SigningKey], now: i64, read_at: Instant) -> anyhow::Result<PublishedKeys> {
    let published = keys
        .iter()
        .filter(|k| k.is_published(now))
        .map(|k| serde_json::from_str::<Value>(&k.public_jwk))
        .collect::<Result<Vec<_>, _>>()
        .context("decoding a stored JWK")?;
    let document = json!({ "keys": published }).to_string();
    let jwks = gatehouse_core::Jwks::from_json(&document)
        .map_err(|err| anyhow::anyhow!("own JWKS does not parse: {err}"))?;
    let changes_at = keys
        .iter()
        .flat_map(|k| [Some(k.activates_at), k.retires_at, k.unpublish_at])
        .flatten()
        .filter(|&at| at > now)
        .min()
        .unwrap_or(i64::MAX);
    Ok(PublishedKeys {
        document: Arc::new(Rendered::new(document)),
        jwks,
        signer: signing_key_at(keys, now).cloned(),
        changes_at,
        read_at,
    })
}

fn encoding_key(state: &AppState, key: &SigningKey) -> anyhow::Result<Arc<EncodingKey>> {
    let mut cache = state
        .key_cache
        .encoding
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = cache.get(&key.id) {
        return Ok(found.clone());
    }
    let der = state.master_key.open(
        &seal_context(&key.project_id, &key.id),
        &key.private_key_sealed,
    )?;
    let encoding = Arc::new(match key.algorithm {
        SigningAlgorithm::EdDsa => EncodingKey::from_ed_der(&der),
        SigningAlgorithm::Es256 => EncodingKey::from_ec_der(&der),
    });
    cache.insert(key.id.clone(), encoding.clone());
    Ok(encoding)
}

/// Signs `claims` as a JWT of type `typ` with the project's current key.
pub async fn sign<T: Serialize>(
    state: &AppState,
    project: &Project,
    typ: &str,
    claims: &T,
) -> anyhow::Result<String> {
    let key = current_key(state, project).await?;
    let algorithm = match key.algorithm {
        SigningAlgorithm::EdDsa => jsonwebtoken::Algorithm::EdDSA,
        SigningAlgorithm::Es256 => jsonwebtoken::Algorithm::ES256,
    };
    let mut header = Header::new(algorithm);
    header.typ = Some(typ.to_owned());
    header.kid = Some(key.id.clone());
    let encoding = encoding_key(state, &key)?;
    jsonwebtoken::encode(&header, claims, &encoding).context("signing a token")
}

/// Rotates the project's key if it has signed for at least `interval_seconds` and no
/// successor is scheduled yet; returns the new key when it rotated. Safe to run on every
/// replica at once: rotation re-checks for a pending key under the project lock.
pub async fn rotate_if_due(
    state: &AppState,
    project: &Project,
    interval_seconds: i64,
) -> anyhow::Result<Option<SigningKey>> {
    let now = state.clock.now();
    let keys = signing_keys::list(&state.db, &project.id).await?;
    let due = signing_key_at(&keys, now).is_some_and(|k| now - k.activates_at >= interval_seconds)
        && !keys.iter().any(|k| k.state(now) == KeyState::Pending);
    if !due {
        return Ok(None);
    }
    match rotate(state, project).await? {
        Rotation::Scheduled(key) => Ok(Some(key)),
        Rotation::AlreadyPending(_) => Ok(None),
    }
}

/// Runs [`rotate_if_due`] for every project; returns how many rotated.
pub async fn rotate_due_keys(state: &AppState, interval_seconds: i64) -> anyhow::Result<usize> {
    let mut rotated = 0;
    for project in gatehouse_storage::db::projects::list_all(&state.db).await? {
        if let Some(key) = rotate_if_due(state, &project, interval_seconds).await? {
            tracing::info!(project = %project.id, kid = %key.id, "automatic key rotation");
            rotated += 1;
        }
    }
    Ok(rotated)
}
