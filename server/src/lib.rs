//! Gatehouse server: a self-hostable B2B authentication service.
//!
//! Layout: [`cli`] parses the command line and runs commands; [`http`] assembles the axum
//! application from the per-resource modules of [`api`], which validate input
//! ([`validate`]), authenticate callers ([`extract`]) and read and write storage through
//! [`db`]. [`bootstrap`] creates projects and the dev environment outside the API.
//! Tokens: [`signing`] owns signing keys and rotation (sealed at rest by [`crypto`]),
//! [`tokens`] owns sessions, access tokens and refresh-token rotation.

pub mod api;
pub mod bootstrap;
pub mod cli;
pub mod clock;
pub mod crypto;
pub mod db;
pub mod dns;
pub mod error;
pub mod events;
pub mod extract;
pub mod files;
pub mod forwarded;
pub mod hosted;
pub mod http;
pub mod ids;
pub mod mail;
pub mod metrics;
pub mod oidc;
pub mod outbox;
pub mod password;
pub mod scim;
pub mod secrets;
pub mod signin;
pub mod signing;
pub mod state;
pub mod tokens;
pub mod validate;
pub mod workers;
