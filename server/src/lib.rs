//! Gatehouse server: a self-hostable B2B authentication service.
//!
//! Layout: [`cli`] parses the command line and runs commands; [`http`] assembles the axum
//! application from the per-resource modules of [`api`], which validate input
//! ([`validate`]), authenticate callers ([`extract`]) and read and write storage through
//! [`db`]. [`bootstrap`] creates projects and the dev environment outside the API.

pub mod api;
pub mod bootstrap;
pub mod cli;
pub mod db;
pub mod error;
pub mod extract;
pub mod files;
pub mod http;
pub mod ids;
pub mod metrics;
pub mod password;
pub mod secrets;
pub mod state;
pub mod validate;
