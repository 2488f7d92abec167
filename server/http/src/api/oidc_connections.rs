//! OIDC connections: an organization's OpenID provider (Entra ID with its tenant-specific
//! issuer, Okta, Google Workspace, Keycloak). The issuer is discovered once, at save time, by
//! the guarded fetcher of `server/domain/src/federation/` (strict issuer equality); the client
//! secret is write-only and stored sealed under the master key. The answer names the redirect
//! URI to register at the provider. Every change is audited (`db/sso_connections.rs`).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::sso::{self as shared, ProfileMappingBody};
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{federation, validate};
use gatehouse_storage::db::{
    self,
    organizations::Organization,
    sso_connections::{
        Connection, OidcSettings, ProfileMapping, Protocol, ProtocolSettings, Settings,
    },
};
use gatehouse_storage::ids::{IdKind, OidcConnectionId};

/// Longest client id or secret accepted.
const MAX_CLIENT_VALUE_BYTES: usize = 1024;
/// Most scopes asked for.
const MAX_SCOPES: usize = 20;

fn default_mapping() -> ProfileMapping {
    ProfileMapping {
        email: vec!["email".to_owned()],
        name: vec!["name".to_owned()],
        groups: vec!["groups".to_owned()],
        given_name: Vec::new(),
        family_name: Vec::new(),
    }
}

/// An OIDC connection (its client secret is never shown).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OidcConnection {
    /// Identifier, `oidcc_...`.
    pub id: String,
    /// The organization it signs people in to (and no other).
    pub organization_id: String,
    /// Label.
    pub name: String,
    /// Whether sign-ins through it are accepted and the login sends the organization's people
    /// to it.
    pub enabled: bool,
    /// The provider's issuer, matched exactly.
    pub issuer: String,
    /// Our client id at the provider.
    pub client_id: String,
    /// Scopes asked for (`openid` always among them).
    pub scopes: Vec<String>,
    /// Where email, name and groups are read from (claim names).
    pub mapping: ProfileMappingBody,
    /// Role keys given to people the provider lists in a group (group → role keys).
    pub group_roles: BTreeMap<String, Vec<String>>,
    /// The redirect URI to register at the provider.
    pub redirect_uri: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl OidcConnection {
    fn of(state: &AppState, auth: &ProjectAuth, connection: Connection) -> ApiResult<Self> {
        let ProtocolSettings::Oidc(oidc) = connection.settings.protocol else {
            return Err(ApiError::NotFound("oidc_connection"));
        };
        let endpoints = shared::endpoints(state, auth, &connection.id);
        Ok(Self {
            id: connection.id,
            organization_id: connection.organization_id.into(),
            name: connection.name,
            enabled: connection.enabled,
            issuer: oidc.issuer,
            client_id: oidc.client_id,
            scopes: oidc.scopes,
            mapping: oidc.mapping.into(),
            group_roles: connection.settings.group_roles,
            redirect_uri: endpoints.redirect_uri,
            created_at: timestamp(connection.created_at),
            updated_at: timestamp(connection.updated_at),
        })
    }
}

/// Body of `create_oidc_connection`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "Okta",
    "issuer": "https://acme.okta.com",
    "client_id": "0oa1b2c3",
    "client_secret": "...",
    "scopes": ["openid", "email", "profile", "groups"]
}))]
pub struct CreateOidcConnection {
    /// Label, 1 to 200 characters.
    pub name: String,
    /// Whether it is on (default true).
    pub enabled: Option<bool>,
    /// The provider's issuer; `{issuer}/.well-known/openid-configuration` is fetched now.
    pub issuer: String,
    /// Our client id at the provider.
    pub client_id: String,
    /// Our client secret there (write-only; stored sealed).
    pub client_secret: String,
    /// Scopes to ask for (default `openid email profile`; `openid` is added when missing).
    pub scopes: Option<Vec<String>>,
    /// Claim names overriding the defaults (`email`, `name`, `groups`).
    pub mapping: Option<ProfileMappingBody>,
    /// Group → role keys.
    pub group_roles: Option<BTreeMap<String, Vec<String>>>,
}

/// Body of `update_oidc_connection`: the fields to change. A new issuer is discovered again.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"client_secret": "..."}))]
pub struct UpdateOidcConnection {
    /// Label.
    pub name: Option<String>,
    /// Whether it is on.
    pub enabled: Option<bool>,
    /// The provider's issuer (discovered again).
    pub issuer: Option<String>,
    /// Our client id.
    pub client_id: Option<String>,
    /// Our client secret (write-only).
    pub client_secret: Option<String>,
    /// Scopes to ask for.
    pub scopes: Option<Vec<String>>,
    /// Claim names.
    pub mapping: Option<ProfileMappingBody>,
    /// Group → role keys (replaces the mapping).
    pub group_roles: Option<BTreeMap<String, Vec<String>>>,
}

/// The organization's OIDC connections.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OidcConnectionList {
    /// Connections in creation order.
    pub data: Vec<OidcConnection>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_oidc_connection, list_oidc_connections))
        .routes(routes!(
            get_oidc_connection,
            update_oidc_connection,
            delete_oidc_connection
        ))
}

fn client_value(field: &str, value: &str) -> ApiResult<String> {
    if value.is_empty()
        || value.len() > MAX_CLIENT_VALUE_BYTES
        || value.chars().any(char::is_control)
    {
        return Err(ApiError::invalid_field(
            "invalid_client",
            field,
            format!("1 to {MAX_CLIENT_VALUE_BYTES} bytes without control characters"),
        ));
    }
    Ok(value.to_owned())
}

fn scopes(values: Option<Vec<String>>) -> ApiResult<Vec<String>> {
    let mut values =
        values.unwrap_or_else(|| ["openid", "email", "profile"].map(str::to_owned).to_vec());
    if values.len() > MAX_SCOPES
        || values.iter().any(|s| {
            s.is_empty()
                || s.len() > 128
                || !s
                    .bytes()
                    .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
        })
    {
        return Err(ApiError::invalid_field(
            "invalid_scopes",
            "scopes",
            format!("at most {MAX_SCOPES} scope tokens (RFC 6749 §3.3)"),
        ));
    }
    if !values.iter().any(|s| s == "openid") {
        values.insert(0, "openid".to_owned());
    }
    values.dedup();
    Ok(values)
}

async fn discover(state: &AppState, issuer: &str) -> ApiResult<(String, serde_json::Value)> {
    let issuer = shared::idp_url(state, "issuer", issuer)?;
    let metadata = federation::discover(&state.sso.fetcher, &issuer)
        .await
        .map_err(|err| ApiError::invalid_field(err.code(), "issuer", err.to_string()))?;
    let document = serde_json::to_value(&metadata).map_err(anyhow::Error::from)?;
    Ok((metadata.issuer, document))
}

fn seal_secret(state: &AppState, id: &str, secret: &str) -> ApiResult<String> {
    let secret = client_value("client_secret", secret)?;
    Ok(state.master_key.seal(
        &gatehouse_domain::sso::client_secret_context(id),
        secret.as_bytes(),
    )?)
}

async fn load(
    state: &AppState,
    auth: &ProjectAuth,
    organization_id: &str,
    id: &str,
) -> ApiResult<(Organization, Connection)> {
    let org = shared::organization(state, auth, organization_id).await?;
    let id: OidcConnectionId = validate::typed_id("oidc_connection_id", id)?;
    let connection = db::sso_connections::get(&state.db, &auth.project.id, &org.id, &id)
        .await?
        .filter(|c| c.settings.protocol.protocol() == Protocol::Oidc)
        .ok_or(ApiError::NotFound("oidc_connection"))?;
    Ok((org, connection))
}

/// Create an OIDC connection for an organization; its issuer is discovered now.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/oidc_connections",
    operation_id = "create_oidc_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    request_body = CreateOidcConnection,
    responses(
        (status = 201, description = "Created", body = OidcConnection),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "The organization has too many connections", body = ErrorBody),
        (status = 422, description = "Invalid field (issuer, discovery, client, mapping)", body = ErrorBody),
    )
)]
async fn create_oidc_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<CreateOidcConnection>,
) -> ApiResult<(StatusCode, Json<OidcConnection>)> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    let name = validate::name("name", &body.name)?;
    shared::check_capacity(&state, &auth, &org).await?;
    let client_id = client_value("client_id", &body.client_id)?;
    let scopes = scopes(body.scopes)?;
    let mapping = shared::mapping(body.mapping, default_mapping())?;
    let group_roles =
        shared::group_roles(&state, &auth, &org, body.group_roles.unwrap_or_default()).await?;
    let (issuer, discovery) = discover(&state, &body.issuer).await?;
    let id = IdKind::OidcConnection.generate();
    let sealed = seal_secret(&state, &id, &body.client_secret)?;
    let now = state.clock.now();
    let connection = Connection {
        id,
        project_id: auth.project.id.clone(),
        organization_id: org.id,
        name,
        enabled: body.enabled.unwrap_or(true),
        settings: Settings {
            protocol: ProtocolSettings::Oidc(OidcSettings {
                issuer,
                client_id,
                scopes,
                mapping,
                discovery,
            }),
            group_roles,
        },
        client_secret_sealed: Some(sealed),
        created_at: now,
        updated_at: now,
    };
    db::sso_connections::insert(&state.db, &connection).await?;
    Ok((
        StatusCode::CREATED,
        Json(OidcConnection::of(&state, &auth, connection)?),
    ))
}

/// List an organization's OIDC connections.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/oidc_connections",
    operation_id = "list_oidc_connections",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 200, description = "The connections", body = OidcConnectionList),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_oidc_connections(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
) -> ApiResult<Json<OidcConnectionList>> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    let connections =
        db::sso_connections::list(&state.db, &auth.project.id, &org.id, Protocol::Oidc).await?;
    Ok(Json(OidcConnectionList {
        data: connections
            .into_iter()
            .map(|c| OidcConnection::of(&state, &auth, c))
            .collect::<ApiResult<_>>()?,
    }))
}

/// Get one OIDC connection.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/oidc_connections/{oidc_connection_id}",
    operation_id = "get_oidc_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("oidc_connection_id" = String, Path, description = "Connection id, `oidcc_...`"),
    ),
    responses(
        (status = 200, description = "The connection", body = OidcConnection),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
    )
)]
async fn get_oidc_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<OidcConnection>> {
    let (_, connection) = load(&state, &auth, &organization_id, &id).await?;
    Ok(Json(OidcConnection::of(&state, &auth, connection)?))
}

/// Change an OIDC connection.
#[utoipa::path(
    patch,
    path = "/organizations/{organization_id}/oidc_connections/{oidc_connection_id}",
    operation_id = "update_oidc_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("oidc_connection_id" = String, Path, description = "Connection id, `oidcc_...`"),
    ),
    request_body = UpdateOidcConnection,
    responses(
        (status = 200, description = "The changed connection", body = OidcConnection),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_oidc_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateOidcConnection>,
) -> ApiResult<Json<OidcConnection>> {
    let (org, mut connection) = load(&state, &auth, &organization_id, &id).await?;
    let ProtocolSettings::Oidc(mut oidc) = connection.settings.protocol.clone() else {
        return Err(ApiError::NotFound("oidc_connection"));
    };
    if let Some(name) = body.name {
        connection.name = validate::name("name", &name)?;
    }
    if let Some(enabled) = body.enabled {
        connection.enabled = enabled;
    }
    if let Some(client_id) = body.client_id {
        oidc.client_id = client_value("client_id", &client_id)?;
    }
    if body.scopes.is_some() {
        oidc.scopes = scopes(body.scopes)?;
    }
    if let Some(mapping) = body.mapping {
        oidc.mapping = shared::mapping(Some(mapping), default_mapping())?;
    }
    if let Some(group_roles) = body.group_roles {
        connection.settings.group_roles =
            shared::group_roles(&state, &auth, &org, group_roles).await?;
    }
    if let Some(secret) = body.client_secret {
        connection.client_secret_sealed = Some(seal_secret(&state, &connection.id, &secret)?);
    }
    if let Some(issuer) = body.issuer {
        let (issuer, discovery) = discover(&state, &issuer).await?;
        oidc.issuer = issuer;
        oidc.discovery = discovery;
    }
    connection.settings.protocol = ProtocolSettings::Oidc(oidc);
    connection.updated_at = state.clock.now();
    if !db::sso_connections::update(&state.db, &connection).await? {
        return Err(ApiError::NotFound("oidc_connection"));
    }
    Ok(Json(OidcConnection::of(&state, &auth, connection)?))
}

/// Delete an OIDC connection; sign-ins through it stop at once. Users it signed in stay.
#[utoipa::path(
    delete,
    path = "/organizations/{organization_id}/oidc_connections/{oidc_connection_id}",
    operation_id = "delete_oidc_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("oidc_connection_id" = String, Path, description = "Connection id, `oidcc_...`"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
    )
)]
async fn delete_oidc_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    let (_, connection) = load(&state, &auth, &organization_id, &id).await?;
    if !db::sso_connections::delete(&state.db, &connection, state.clock.now()).await? {
        return Err(ApiError::NotFound("oidc_connection"));
    }
    Ok(StatusCode::NO_CONTENT)
}
