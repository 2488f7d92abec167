//! Hosted sign-ins in progress ("flows"): created by `/oauth/authorize` or by the hosted pages
//! themselves, moved from step to step ([`Step`]), and bound to the browser that started
//! them. The browser holds a random secret in a cookie (set by `hosted/security.rs`); the flow
//! stores its SHA-256, and every step checks it, so a flow id sent to somebody else (a victim
//! who signs in on an attacker's flow) is useless in the other browser.
//!
//! Flows are bounded: at most [`MAX_FLOWS_PER_BROWSER`] live per browser (the oldest are
//! dropped; flows started within the same second count as equally old), at most [`FLOWS_PER_ADDRESS`] new ones per client address per window, and the
//! sweeper (`workers/sweep.rs`) deletes expired ones.

use crate::secrets;
use gatehouse_storage::db::login::{Authorization, Flow, OrganizationScope, Step};
use gatehouse_storage::db::{self, Db, throttle::Policy};
use gatehouse_storage::ids::ProjectId;

use super::Refusal;
use super::throttle::{self, Attempt};

/// A pending sign-in waits this long for the person.
pub const FLOW_LIFETIME_SECONDS: i64 = 30 * 60;
/// Live flows one browser may hold; starting another drops the oldest.
pub const MAX_FLOWS_PER_BROWSER: usize = 10;
/// New flows per client address per window.
pub const FLOWS_PER_ADDRESS: Policy = Policy {
    max_failures: 600,
    window_seconds: 15 * 60,
    lockout_seconds: 5 * 60,
};
/// Longest flow id accepted from a page (ours are 43 characters).
const MAX_FLOW_ID_LEN: usize = 64;

/// What a new flow is for.
#[derive(Debug, Clone)]
pub struct NewFlow {
    /// The authorization request, if an application started it.
    pub authorization: Option<Authorization>,
    /// The organizations it may sign in to.
    pub organizations: OrganizationScope,
    /// Email to prefill.
    pub login_hint: Option<String>,
    /// Where it starts.
    pub step: Step,
}

/// Starts a flow for the browser whose binding secret is `browser_secret`.
pub async fn start(
    db: &Db,
    project_id: &ProjectId,
    browser_secret: &str,
    client_ip: Option<&str>,
    new: NewFlow,
    now: i64,
) -> anyhow::Result<Result<Flow, Refusal>> {
    if let Some(ip) = client_ip {
        let key = throttle::key(&["flows", project_id, &throttle::address_group(ip)]);
        // Never cleared: a plain rate per address.
        if let Err(retry_after_seconds) = Attempt::begin(db, key, now, FLOWS_PER_ADDRESS).await? {
            return Ok(Err(Refusal::TooManyRequests {
                retry_after_seconds,
            }));
        }
    }
    let browser_hash = secrets::hash_secret(browser_secret);
    let live = db::login::browser_flows(db, project_id, &browser_hash, now).await?;
    for old in live.iter().skip(MAX_FLOWS_PER_BROWSER - 1) {
        db::login::delete_flow(db, project_id, old).await?;
    }
    let flow = Flow {
        id: secrets::random_token(32),
        project_id: project_id.clone(),
        browser_hash,
        authorization: new.authorization,
        organizations: new.organizations,
        login_hint: new.login_hint,
        step: new.step,
        created_at: now,
        expires_at: now + FLOW_LIFETIME_SECONDS,
    };
    db::login::insert_flow(db, &flow).await?;
    Ok(Ok(flow))
}

/// A flow as found for a request.
#[derive(Debug)]
pub enum Found {
    /// The flow, started by this browser.
    Flow(Box<Flow>),
    /// No such live flow (expired, finished, or never ours).
    Expired,
    /// A live flow started by another browser.
    OtherBrowser,
}

/// Loads flow `id` for the browser presenting `browser_secret`.
pub async fn load(
    db: &Db,
    project_id: &str,
    id: &str,
    browser_secret: Option<&str>,
    now: i64,
) -> anyhow::Result<Found> {
    if id.is_empty() || id.len() > MAX_FLOW_ID_LEN {
        return Ok(Found::Expired);
    }
    let Some(flow) = db::login::get_flow(db, project_id, id, now).await? else {
        return Ok(Found::Expired);
    };
    let ours = browser_secret.is_some_and(|secret| {
        secrets::constant_time_eq(&secrets::hash_secret(secret), &flow.browser_hash)
    });
    Ok(if ours {
        Found::Flow(Box::new(flow))
    } else {
        Found::OtherBrowser
    })
}

/// Moves `flow` to `step` (in storage and in hand).
pub async fn advance(db: &Db, flow: &mut Flow, step: Step) -> anyhow::Result<()> {
    db::login::set_step(db, &flow.project_id, &flow.id, &step).await?;
    flow.step = step;
    Ok(())
}
