//! The server's integration tests, in one binary: every test binary links the whole server
//! again, so each former file is a module here (see `common/` for the harness: the real
//! server on `127.0.0.1:0` over SQLite or PostgreSQL, called over HTTP).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

mod api;
mod api_keys;
mod cli;
mod domains;
mod hashing;
mod hosted_tenancy;
mod invitations;
mod limits;
mod mfa;
mod oidc;
mod openapi;
mod rbac;
mod scim;
mod scim_group_roles;
mod security;
mod sso_connections;
mod sso_policy;
mod tenancy;
mod tokens;
mod user_updates;
