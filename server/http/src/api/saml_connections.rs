//! SAML connections: an organization's SAML 2.0 identity provider (Entra ID, Okta, ADFS,
//! Google Workspace, Keycloak). The IdP is described by its metadata (the XML itself, or a URL
//! fetched once, at save time, by the guarded fetcher of `server/domain/src/federation/`), or
//! by its entity id, SSO URL and signing certificates. A connection without a pinned
//! certificate is refused: only pinned certificates verify its answers. The answer names what
//! to configure at the IdP: our entity id, ACS URL and metadata URL. Every change is audited
//! (`db/sso_connections.rs`).

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
use gatehouse_domain::saml;
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{
    self,
    organizations::Organization,
    sso_connections::{
        Connection, ProfileMapping, Protocol, ProtocolSettings, SamlSettings, Settings,
    },
};
use gatehouse_storage::ids::{IdKind, SamlConnectionId};

/// Most signing certificates pinned at once (a rollover needs two).
const MAX_CERTIFICATES: usize = 5;
/// Largest accepted metadata document.
const MAX_METADATA_BYTES: usize = 512 * 1024;
/// Default tolerated clock difference.
const DEFAULT_CLOCK_SKEW_SECONDS: i64 = 120;
/// Largest tolerated clock difference.
const MAX_CLOCK_SKEW_SECONDS: i64 = 600;

/// Which attribute names a preset reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttributePreset {
    /// Common names (`email`, `mail`, `name`, `groups`...).
    #[default]
    Generic,
    /// Microsoft Entra ID's claim URIs.
    Entra,
    /// Okta's attribute statements.
    Okta,
}

fn preset_mapping(preset: AttributePreset) -> ProfileMapping {
    let m = match preset {
        AttributePreset::Generic => saml::AttributeMapping::generic(),
        AttributePreset::Entra => saml::AttributeMapping::entra(),
        AttributePreset::Okta => saml::AttributeMapping::okta(),
    };
    ProfileMapping {
        email: m.email,
        name: m.name,
        groups: m.groups,
        given_name: m.given_name,
        family_name: m.family_name,
    }
}

/// A SAML connection.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SamlConnection {
    /// Identifier, `samlc_...`.
    pub id: String,
    /// The organization it signs people in to (and no other).
    pub organization_id: String,
    /// Label.
    pub name: String,
    /// Whether sign-ins through it are accepted and the login sends the organization's people
    /// to it.
    pub enabled: bool,
    /// The IdP's entity id.
    pub idp_entity_id: String,
    /// The IdP's single sign-on URL (HTTP-Redirect binding).
    pub idp_sso_url: String,
    /// The pinned signing certificates, PEM.
    pub idp_certificates: Vec<String>,
    /// Whether SHA-1 signatures are accepted.
    pub allow_sha1: bool,
    /// Whether IdP-initiated sign-ins (answers nobody asked for) are accepted.
    pub allow_idp_initiated: bool,
    /// Audiences accepted besides `sp_entity_id` (Entra's `spn:<app id>`).
    pub extra_audiences: Vec<String>,
    /// Tolerated clock difference, in seconds.
    pub clock_skew_seconds: i64,
    /// Where email, name and groups are read from.
    pub mapping: ProfileMappingBody,
    /// Role keys given to people the IdP lists in a group (group name → role keys).
    pub group_roles: BTreeMap<String, Vec<String>>,
    /// Our entity id, to configure at the IdP.
    pub sp_entity_id: String,
    /// Our assertion consumer service URL (HTTP-POST), to configure at the IdP.
    pub acs_url: String,
    /// Our metadata, for IdPs that import it.
    pub sp_metadata_url: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl SamlConnection {
    fn of(state: &AppState, auth: &ProjectAuth, connection: Connection) -> ApiResult<Self> {
        let ProtocolSettings::Saml(saml) = connection.settings.protocol else {
            return Err(ApiError::NotFound("saml_connection"));
        };
        let endpoints = shared::endpoints(state, auth, &connection.id);
        Ok(Self {
            id: connection.id,
            organization_id: connection.organization_id.into(),
            name: connection.name,
            enabled: connection.enabled,
            idp_entity_id: saml.idp_entity_id,
            idp_sso_url: saml.idp_sso_url,
            idp_certificates: saml.idp_certificates,
            allow_sha1: saml.allow_sha1,
            allow_idp_initiated: saml.allow_idp_initiated,
            extra_audiences: saml.extra_audiences,
            clock_skew_seconds: saml.clock_skew_seconds,
            mapping: saml.mapping.into(),
            group_roles: connection.settings.group_roles,
            sp_entity_id: endpoints.sp_entity_id,
            acs_url: endpoints.acs_url,
            sp_metadata_url: endpoints.sp_metadata_url,
            created_at: timestamp(connection.created_at),
            updated_at: timestamp(connection.updated_at),
        })
    }
}

/// Body of `create_saml_connection`: the IdP as metadata XML, as a metadata URL, or as entity
/// id + SSO URL + certificates (exactly one of the three).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "Entra ID",
    "idp_metadata_url": "https://login.microsoftonline.com/<tenant>/federationmetadata/2007-06/federationmetadata.xml",
    "attribute_preset": "entra",
    "group_roles": {"<group object id>": ["admin"]}
}))]
pub struct CreateSamlConnection {
    /// Label, 1 to 200 characters.
    pub name: String,
    /// Whether it is on (default true).
    pub enabled: Option<bool>,
    /// The IdP's metadata document.
    pub idp_metadata_xml: Option<String>,
    /// Where to fetch the IdP's metadata, once, now (https).
    pub idp_metadata_url: Option<String>,
    /// The IdP's entity id (with `idp_sso_url` and `idp_certificates`).
    pub idp_entity_id: Option<String>,
    /// The IdP's SSO URL.
    pub idp_sso_url: Option<String>,
    /// The IdP's signing certificates (PEM or base64 DER), 1 to 5.
    pub idp_certificates: Option<Vec<String>>,
    /// Accept SHA-1 signatures (default false).
    pub allow_sha1: Option<bool>,
    /// Accept IdP-initiated sign-ins (default false).
    pub allow_idp_initiated: Option<bool>,
    /// Extra accepted audiences (Entra's `spn:<app id>`).
    pub extra_audiences: Option<Vec<String>>,
    /// Tolerated clock difference in seconds, 0 to 600 (default 120).
    pub clock_skew_seconds: Option<i64>,
    /// The attribute names to start from (default `generic`).
    pub attribute_preset: Option<AttributePreset>,
    /// Attribute names overriding the preset's.
    pub mapping: Option<ProfileMappingBody>,
    /// Group name → role keys.
    pub group_roles: Option<BTreeMap<String, Vec<String>>>,
}

/// Body of `update_saml_connection`: the fields to change. New IdP details (metadata XML or
/// URL, or entity id / SSO URL / certificates) replace the old ones.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"enabled": false}))]
pub struct UpdateSamlConnection {
    /// Label.
    pub name: Option<String>,
    /// Whether it is on.
    pub enabled: Option<bool>,
    /// The IdP's metadata document.
    pub idp_metadata_xml: Option<String>,
    /// Where to fetch the IdP's metadata, once, now.
    pub idp_metadata_url: Option<String>,
    /// The IdP's entity id.
    pub idp_entity_id: Option<String>,
    /// The IdP's SSO URL.
    pub idp_sso_url: Option<String>,
    /// The IdP's signing certificates, 1 to 5 (replaces the pinned ones).
    pub idp_certificates: Option<Vec<String>>,
    /// Accept SHA-1 signatures.
    pub allow_sha1: Option<bool>,
    /// Accept IdP-initiated sign-ins.
    pub allow_idp_initiated: Option<bool>,
    /// Extra accepted audiences.
    pub extra_audiences: Option<Vec<String>>,
    /// Tolerated clock difference in seconds.
    pub clock_skew_seconds: Option<i64>,
    /// Start the mapping again from this preset.
    pub attribute_preset: Option<AttributePreset>,
    /// Attribute names overriding the preset's.
    pub mapping: Option<ProfileMappingBody>,
    /// Group name → role keys (replaces the mapping).
    pub group_roles: Option<BTreeMap<String, Vec<String>>>,
}

/// The organization's SAML connections.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SamlConnectionList {
    /// Connections in creation order.
    pub data: Vec<SamlConnection>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_saml_connection, list_saml_connections))
        .routes(routes!(
            get_saml_connection,
            update_saml_connection,
            delete_saml_connection
        ))
}

/// The IdP's entity id, SSO URL and normalised certificates, from whichever form was given.
struct IdpDescription {
    entity_id: String,
    sso_url: String,
    certificates: Vec<String>,
}

fn saml_invalid(field: &str, err: &saml::SamlError) -> ApiError {
    ApiError::invalid_field(err.code(), field, err.to_string())
}

async fn describe_idp(
    state: &AppState,
    xml: Option<String>,
    url: Option<String>,
    manual: (Option<String>, Option<String>, Option<Vec<String>>),
) -> ApiResult<Option<IdpDescription>> {
    let (entity_id, sso_url, certificates) = manual;
    let manual_given = entity_id.is_some() || sso_url.is_some() || certificates.is_some();
    let forms = usize::from(xml.is_some()) + usize::from(url.is_some()) + usize::from(manual_given);
    if forms > 1 {
        return Err(ApiError::invalid_field(
            "ambiguous_idp",
            "idp_metadata_xml",
            "give the IdP as metadata XML, a metadata URL, or entity id + SSO URL + certificates: one of them",
        ));
    }
    let (field, metadata) = if let Some(url) = url {
        let url = shared::idp_url(state, "idp_metadata_url", &url)?;
        let text = state.sso.fetcher.get_text(&url).await.map_err(|err| {
            ApiError::invalid_field(err.code(), "idp_metadata_url", err.to_string())
        })?;
        ("idp_metadata_url", Some(text))
    } else {
        ("idp_metadata_xml", xml)
    };
    if let Some(text) = metadata {
        if text.len() > MAX_METADATA_BYTES {
            return Err(ApiError::invalid_field(
                "saml_too_large",
                field,
                "metadata documents are at most 512 KiB",
            ));
        }
        let parsed = saml::parse_idp_metadata(&text).map_err(|err| saml_invalid(field, &err))?;
        let certificates = certificates_of(field, parsed.certificates)?;
        return Ok(Some(IdpDescription {
            entity_id: parsed.entity_id,
            sso_url: shared::idp_url(state, field, &parsed.sso_url)?,
            certificates,
        }));
    }
    if !manual_given {
        return Ok(None);
    }
    let (Some(entity_id), Some(sso_url), Some(certificates)) = (entity_id, sso_url, certificates)
    else {
        return Err(ApiError::invalid_field(
            "incomplete_idp",
            "idp_entity_id",
            "idp_entity_id, idp_sso_url and idp_certificates go together",
        ));
    };
    if entity_id.trim().is_empty() || entity_id.len() > 1024 {
        return Err(ApiError::invalid_field(
            "invalid_entity_id",
            "idp_entity_id",
            "1 to 1024 bytes",
        ));
    }
    let sso_url = shared::idp_url(state, "idp_sso_url", &sso_url)?;
    Ok(Some(IdpDescription {
        entity_id,
        sso_url,
        certificates: certificates_of("idp_certificates", certificates)?,
    }))
}

fn certificates_of(field: &str, certificates: Vec<String>) -> ApiResult<Vec<String>> {
    if certificates.is_empty() {
        return Err(ApiError::invalid_field(
            "saml_no_certificate",
            field,
            "the IdP has no signing certificate: a connection needs at least one to pin",
        ));
    }
    if certificates.len() > MAX_CERTIFICATES {
        return Err(ApiError::invalid_field(
            "too_many_certificates",
            field,
            format!("at most {MAX_CERTIFICATES} certificates"),
        ));
    }
    certificates
        .iter()
        .map(|c| saml::validate_certificate(c).map_err(|err| saml_invalid(field, &err)))
        .collect()
}

fn audiences(values: Vec<String>) -> ApiResult<Vec<String>> {
    if values.len() > 5 || values.iter().any(|v| v.trim().is_empty() || v.len() > 1024) {
        return Err(ApiError::invalid_field(
            "invalid_audiences",
            "extra_audiences",
            "at most 5 audiences of 1 to 1024 bytes",
        ));
    }
    Ok(values)
}

fn clock_skew(value: i64) -> ApiResult<i64> {
    if !(0..=MAX_CLOCK_SKEW_SECONDS).contains(&value) {
        return Err(ApiError::invalid_field(
            "invalid_clock_skew",
            "clock_skew_seconds",
            format!("0 to {MAX_CLOCK_SKEW_SECONDS} seconds"),
        ));
    }
    Ok(value)
}

async fn load(
    state: &AppState,
    auth: &ProjectAuth,
    organization_id: &str,
    id: &str,
) -> ApiResult<(Organization, Connection)> {
    let org = shared::organization(state, auth, organization_id).await?;
    let id: SamlConnectionId = validate::typed_id("saml_connection_id", id)?;
    let connection = db::sso_connections::get(&state.db, &auth.project.id, &org.id, &id)
        .await?
        .filter(|c| c.settings.protocol.protocol() == Protocol::Saml)
        .ok_or(ApiError::NotFound("saml_connection"))?;
    Ok((org, connection))
}

/// Create a SAML connection for an organization. The IdP's metadata URL, if given, is fetched
/// now and only now; the connection is refused without a signing certificate to pin.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/saml_connections",
    operation_id = "create_saml_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    request_body = CreateSamlConnection,
    responses(
        (status = 201, description = "Created", body = SamlConnection),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "The organization has too many connections", body = ErrorBody),
        (status = 422, description = "Invalid field (metadata, certificate, URL, mapping)", body = ErrorBody),
    )
)]
async fn create_saml_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<CreateSamlConnection>,
) -> ApiResult<(StatusCode, Json<SamlConnection>)> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    let name = validate::name("name", &body.name)?;
    shared::check_capacity(&state, &auth, &org).await?;
    let Some(idp) = describe_idp(
        &state,
        body.idp_metadata_xml,
        body.idp_metadata_url,
        (body.idp_entity_id, body.idp_sso_url, body.idp_certificates),
    )
    .await?
    else {
        return Err(ApiError::invalid_field(
            "incomplete_idp",
            "idp_metadata_xml",
            "give the IdP as metadata XML, a metadata URL, or entity id + SSO URL + certificates",
        ));
    };
    let settings = SamlSettings {
        idp_entity_id: idp.entity_id,
        idp_sso_url: idp.sso_url,
        idp_certificates: idp.certificates,
        allow_sha1: body.allow_sha1.unwrap_or(false),
        allow_idp_initiated: body.allow_idp_initiated.unwrap_or(false),
        extra_audiences: audiences(body.extra_audiences.unwrap_or_default())?,
        clock_skew_seconds: clock_skew(
            body.clock_skew_seconds
                .unwrap_or(DEFAULT_CLOCK_SKEW_SECONDS),
        )?,
        mapping: shared::mapping(
            body.mapping,
            preset_mapping(body.attribute_preset.unwrap_or_default()),
        )?,
    };
    let group_roles =
        shared::group_roles(&state, &auth, &org, body.group_roles.unwrap_or_default()).await?;
    let now = state.clock.now();
    let connection = Connection {
        id: IdKind::SamlConnection.generate(),
        project_id: auth.project.id.clone(),
        organization_id: org.id,
        name,
        enabled: body.enabled.unwrap_or(true),
        settings: Settings {
            protocol: ProtocolSettings::Saml(settings),
            group_roles,
        },
        client_secret_sealed: None,
        created_at: now,
        updated_at: now,
    };
    db::sso_connections::insert(&state.db, &connection).await?;
    Ok((
        StatusCode::CREATED,
        Json(SamlConnection::of(&state, &auth, connection)?),
    ))
}

/// List an organization's SAML connections.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/saml_connections",
    operation_id = "list_saml_connections",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 200, description = "The connections", body = SamlConnectionList),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_saml_connections(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
) -> ApiResult<Json<SamlConnectionList>> {
    let org = shared::organization(&state, &auth, &organization_id).await?;
    let connections =
        db::sso_connections::list(&state.db, &auth.project.id, &org.id, Protocol::Saml).await?;
    Ok(Json(SamlConnectionList {
        data: connections
            .into_iter()
            .map(|c| SamlConnection::of(&state, &auth, c))
            .collect::<ApiResult<_>>()?,
    }))
}

/// Get one SAML connection.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/saml_connections/{saml_connection_id}",
    operation_id = "get_saml_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("saml_connection_id" = String, Path, description = "Connection id, `samlc_...`"),
    ),
    responses(
        (status = 200, description = "The connection", body = SamlConnection),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
    )
)]
async fn get_saml_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<SamlConnection>> {
    let (_, connection) = load(&state, &auth, &organization_id, &id).await?;
    Ok(Json(SamlConnection::of(&state, &auth, connection)?))
}

/// Change a SAML connection.
#[utoipa::path(
    patch,
    path = "/organizations/{organization_id}/saml_connections/{saml_connection_id}",
    operation_id = "update_saml_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("saml_connection_id" = String, Path, description = "Connection id, `samlc_...`"),
    ),
    request_body = UpdateSamlConnection,
    responses(
        (status = 200, description = "The changed connection", body = SamlConnection),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_saml_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateSamlConnection>,
) -> ApiResult<Json<SamlConnection>> {
    let (org, mut connection) = load(&state, &auth, &organization_id, &id).await?;
    let ProtocolSettings::Saml(mut saml) = connection.settings.protocol.clone() else {
        return Err(ApiError::NotFound("saml_connection"));
    };
    if let Some(name) = body.name {
        connection.name = validate::name("name", &name)?;
    }
    if let Some(enabled) = body.enabled {
        connection.enabled = enabled;
    }
    if let Some(idp) = describe_idp(
        &state,
        body.idp_metadata_xml,
        body.idp_metadata_url,
        (body.idp_entity_id, body.idp_sso_url, body.idp_certificates),
    )
    .await?
    {
        saml.idp_entity_id = idp.entity_id;
        saml.idp_sso_url = idp.sso_url;
        saml.idp_certificates = idp.certificates;
    }
    if let Some(allow) = body.allow_sha1 {
        saml.allow_sha1 = allow;
    }
    if let Some(allow) = body.allow_idp_initiated {
        saml.allow_idp_initiated = allow;
    }
    if let Some(values) = body.extra_audiences {
        saml.extra_audiences = audiences(values)?;
    }
    if let Some(skew) = body.clock_skew_seconds {
        saml.clock_skew_seconds = clock_skew(skew)?;
    }
    if body.attribute_preset.is_some() || body.mapping.is_some() {
        let preset = match body.attribute_preset {
            Some(preset) => preset_mapping(preset),
            None => saml.mapping.clone(),
        };
        saml.mapping = shared::mapping(body.mapping, preset)?;
    }
    if let Some(group_roles) = body.group_roles {
        connection.settings.group_roles =
            shared::group_roles(&state, &auth, &org, group_roles).await?;
    }
    connection.settings.protocol = ProtocolSettings::Saml(saml);
    connection.updated_at = state.clock.now();
    if !db::sso_connections::update(&state.db, &connection).await? {
        return Err(ApiError::NotFound("saml_connection"));
    }
    Ok(Json(SamlConnection::of(&state, &auth, connection)?))
}

/// Delete a SAML connection; sign-ins through it stop at once. Users it signed in stay.
#[utoipa::path(
    delete,
    path = "/organizations/{organization_id}/saml_connections/{saml_connection_id}",
    operation_id = "delete_saml_connection",
    tag = "sso_connections",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("saml_connection_id" = String, Path, description = "Connection id, `samlc_...`"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such connection in this organization", body = ErrorBody),
    )
)]
async fn delete_saml_connection(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    let (_, connection) = load(&state, &auth, &organization_id, &id).await?;
    if !db::sso_connections::delete(&state.db, &connection, state.clock.now()).await? {
        return Err(ApiError::NotFound("saml_connection"));
    }
    Ok(StatusCode::NO_CONTENT)
}
