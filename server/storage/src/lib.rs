//! Gatehouse storage, the lowest layer: the connection pool and the queries of every resource
//! ([`db`]), the embedded migrations of both databases (`server/storage/migrations/`), the
//! identifier kinds ([`ids`]), authentication methods ([`amr`]), the clock every layer reads ([`clock`]) and the catalogue of
//! recorded events ([`events`]) that audit rows and outbox messages carry.
//!
//! Nothing here knows about HTTP or the sign-in rules; `server/domain` builds on it.

#[macro_use]
mod column;
pub mod amr;
pub mod clock;
pub mod db;
pub mod events;
pub mod ids;
pub mod scim;
