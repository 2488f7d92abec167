//! Queuing work for after the request: a change writes its outbox message in its own
//! transaction (`db/outbox.rs`) and wakes the delivery worker (`workers/mail.rs`), so no
//! request waits on a mail server, and a message is never lost to an SMTP outage.
//!
//! Mail payloads carry live sign-in links, so they are sealed under the master key (bound to
//! the message id) and erased once delivered.

use serde::{Deserialize, Serialize};

use crate::crypto::MasterKey;
use crate::mail::Email;
use gatehouse_storage::db::{self, outbox::Kind};

/// A queued email, as sealed in the payload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MailPayload {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text part.
    pub text: String,
    /// HTML part.
    pub html: String,
}

impl MailPayload {
    /// The message to send.
    pub fn email(&self) -> Email {
        Email {
            subject: self.subject.clone(),
            text: self.text.clone(),
            html: self.html.clone(),
        }
    }
}

fn seal_context(id: &str) -> String {
    format!("outbox mail:{id}")
}

/// Queues `email` to `to` in the outbox, through `executor` (a transaction or the pool). The
/// caller wakes the worker after committing ([`crate::state::AppState::wake_outbox`]).
pub async fn queue_mail<'e>(
    executor: impl sqlx::AnyExecutor<'e>,
    master_key: &MasterKey,
    project_id: &str,
    to: &str,
    email: &Email,
    now: i64,
) -> anyhow::Result<()> {
    let id = db::outbox::new_id();
    let payload = MailPayload {
        to: to.to_owned(),
        subject: email.subject.clone(),
        text: email.text.clone(),
        html: email.html.clone(),
    };
    let sealed = master_key.seal(&seal_context(&id), &serde_json::to_vec(&payload)?)?;
    db::outbox::insert(executor, &id, project_id, Kind::Mail, &sealed, now).await
}

/// Opens the payload of a queued mail.
pub fn open_mail(master_key: &MasterKey, id: &str, sealed: &str) -> anyhow::Result<MailPayload> {
    let plain = master_key.open(&seal_context(id), sealed)?;
    Ok(serde_json::from_slice(&plain)?)
}
