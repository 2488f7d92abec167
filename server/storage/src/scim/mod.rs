//! The SCIM 2.0 data model the storage layer accepts (RFC 7643/7644): the filter language
//! ([`filter`], parsed without I/O, translated to SQL by `db/scim_filter.rs`) and the resource
//! schemas ([`schema`]). The endpoints are in `server/http/src/scim/`.

pub mod filter;
pub mod schema;
