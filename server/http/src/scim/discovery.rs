//! SCIM discovery (RFC 7644 §4): `ServiceProviderConfig` states what this server supports
//! and its limits, `ResourceTypes` and `Schemas` describe Users (with the enterprise
//! extension) and Groups from the declarations in `schema.rs`. They answer only to a valid
//! SCIM token, like every other endpoint here, so they reveal nothing to strangers.

use axum::Router;
use axum::extract::{Path, State};
use axum::routing::get;
use serde_json::{Value, json};

use super::error::{ScimError, ScimResult};
use super::resource::MAX_COUNT;
use super::{MAX_PAYLOAD_BYTES, ScimAuth, ScimResponse, base_url, schema};
use gatehouse_domain::state::AppState;

/// Routes of discovery.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ServiceProviderConfig", get(service_provider_config))
        .route("/ResourceTypes", get(resource_types))
        .route("/ResourceTypes/{id}", get(resource_type))
        .route("/Schemas", get(schemas))
        .route("/Schemas/{id}", get(one_schema))
        .route("/.search", axum::routing::post(search_everything))
}

/// A search across every resource type at once (RFC 7644 §3.4.3) is not offered: one
/// filter rarely fits both Users and Groups, and no directory sends it. 501 is the answer
/// the RFC gives for an unsupported operation.
async fn search_everything(_auth: ScimAuth) -> ScimError {
    ScimError::new(
        axum::http::StatusCode::NOT_IMPLEMENTED,
        None,
        "search one resource type at a time: POST /Users/.search or /Groups/.search",
    )
}

async fn service_provider_config(_auth: ScimAuth, State(state): State<AppState>) -> ScimResponse {
    let base = base_url(&state);
    ScimResponse::ok(json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": format!("{}/docs", state.config.public_url),
        "patch": {"supported": true},
        // Bulk is not supported; its `maxPayloadSize` is the one body-size field RFC 7643
        // §5 has, so it states the limit every request here is held to.
        "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": MAX_PAYLOAD_BYTES},
        "filter": {"supported": true, "maxResults": MAX_COUNT},
        "changePassword": {"supported": false},
        "sort": {"supported": false},
        "etag": {"supported": true},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "SCIM token",
            "description": "The organization's SCIM token, sent as 'Authorization: Bearer gh_scim_...'.",
            "primary": true,
        }],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": format!("{base}/ServiceProviderConfig"),
        },
    }))
}

fn all_resource_types(base: &str) -> Vec<Value> {
    vec![
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "Users of the organization",
            "schema": schema::USER,
            "schemaExtensions": [{"schema": schema::ENTERPRISE, "required": false}],
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User")},
        }),
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group",
            "name": "Group",
            "endpoint": "/Groups",
            "description": "Groups of the organization's users",
            "schema": schema::GROUP,
            "schemaExtensions": [],
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/Group")},
        }),
    ]
}

async fn resource_types(_auth: ScimAuth, State(state): State<AppState>) -> ScimResponse {
    let all = all_resource_types(&base_url(&state));
    ScimResponse::ok(super::resource::list_response(2, 1, all))
}

async fn resource_type(
    _auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ScimResult<ScimResponse> {
    all_resource_types(&base_url(&state))
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .map(ScimResponse::ok)
        .ok_or_else(|| ScimError::not_found(format!("no resource type {id:?}")))
}

async fn schemas(_auth: ScimAuth, State(state): State<AppState>) -> ScimResponse {
    let all = schema::all(&base_url(&state));
    let total = i64::try_from(all.len()).unwrap_or(i64::MAX);
    ScimResponse::ok(super::resource::list_response(total, 1, all))
}

async fn one_schema(
    _auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ScimResult<ScimResponse> {
    schema::all(&base_url(&state))
        .into_iter()
        .find(|s| s["id"] == id.as_str())
        .map(ScimResponse::ok)
        .ok_or_else(|| ScimError::not_found(format!("no schema {id:?}")))
}
