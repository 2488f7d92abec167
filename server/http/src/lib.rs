//! Gatehouse over HTTP, above the domain (`server/domain`) and storage (`server/storage`)
//! layers: [`router`] assembles the axum application from the per-resource modules of
//! [`api`] (the JSON API and the OpenID Provider endpoints) and [`hosted`] (the hosted
//! login pages), with the request extractors of [`extract`], the one error shape of
//! [`error`], client addresses behind trusted proxies ([`forwarded`]), the CORS policy of
//! the browser-facing endpoints ([`cors`]) and request metrics ([`metrics`]).
//!
//! `api` may use `hosted` (the authorize endpoint renders its pages); `hosted` never uses
//! `api`.

pub mod api;
pub mod cors;
pub mod error;
pub mod extract;
pub mod forwarded;
pub mod hosted;
pub mod metrics;
pub mod router;
pub mod scim;
pub mod strict_json;
