//! SCIM 2.0 request logic without I/O (RFC 7644), over the data model of the storage layer
//! (`server/storage/src/scim/`): PATCH evaluation with the dialects directories send
//! ([`patch`]), list parameters and cutting resources down to the attributes asked for
//! ([`resource`]), and the refusals they give ([`error`]), which carry the `scimType` and
//! status that `server/http/src/scim/error.rs` renders in SCIM's error shape.

pub mod error;
pub mod patch;
pub mod resource;

pub use error::{ScimRefusal, ScimType};
