//! Gatehouse domain logic, between storage (`server/storage`) and HTTP (`server/http`):
//!
//! - [`signin`]: the sign-in engine (flows, password check, policy, throttling) that both the
//!   JSON API and the hosted pages call;
//! - [`tokens`] (sessions, access tokens, refresh rotation), [`signing`] (signing keys and
//!   their schedule, sealed at rest by [`crypto`]) and [`oidc`] (OpenID Provider clients and
//!   authorization codes);
//! - [`federation`]: the OpenID Connect relying party for enterprise SSO and the guarded
//!   fetcher for every URL a customer configures;
//! - [`scim`]: SCIM PATCH evaluation, list parameters and projection, with refusals that
//!   carry their `scimType`;
//! - [`outbox`] and [`mail`] (messages committed with the change that caused them),
//!   [`workers`] (rotation, mail delivery, expiry sweeps);
//! - [`validate`] (input rules with stable codes), [`password`], [`secrets`], [`dns`],
//!   [`bootstrap`] (projects and the dev environment outside the API), and [`state`], the
//!   context every layer above receives.
//!
//! No type here is an HTTP type; errors are domain errors that `server/http` maps to answers.

pub mod bootstrap;
pub mod crypto;
pub mod dns;
pub mod documents;
pub mod federation;
pub mod files;
pub mod mail;
pub mod metrics;
pub mod oidc;
pub mod outbox;
pub mod password;
pub mod saml;
pub mod scim;
pub mod secrets;
pub mod signin;
pub mod signing;
pub mod sso;
pub mod state;
pub mod tokens;
pub mod validate;
pub mod workers;
