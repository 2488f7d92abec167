//! API keys: secrets owned by an organization for machine callers (scripts, servers) of the
//! project's customers. A key is shown once, stored as a digest, carries roles and actions,
//! may expire, and is checked through `POST /v1/authenticate`. The key format (prefix,
//! base62 secret, CRC-32 checksum) lives in `gatehouse-core`, so SDKs reject mistyped keys
//! offline with the same code that issues them here.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, validate};
use gatehouse_storage::db;
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;
use gatehouse_storage::ids::{OrganizationId, ProjectId};

/// How many characters of a key are kept to recognise it (`gh_key_` and five more).
const DISPLAY_PREFIX_CHARS: usize = 12;

/// An API key, without its secret.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ApiKey {
    /// Identifier, `akey_...`.
    pub id: String,
    /// The organization that owns the key.
    pub organization_id: String,
    /// Label.
    pub name: String,
    /// The first characters of the key, to recognise it.
    pub display_prefix: String,
    /// Roles granted to callers using the key.
    pub roles: Vec<String>,
    /// Actions (permissions) granted to callers using the key.
    pub actions: Vec<String>,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// RFC 3339 expiry time; null for keys that do not expire.
    #[schema(format = DateTime)]
    pub expires_at: Option<String>,
    /// RFC 3339 time of the last successful use (updated at most once a minute).
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
    /// RFC 3339 revocation time; null while the key is active.
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    /// The user who created the key through the self-serve API. Such a key authenticates
    /// only while that user exists and holds every role and action the key grants, and is
    /// revoked when the user is deleted. Null for keys created with the secret key, and once
    /// the secret key sets the key's roles or actions: those keys belong to the organization.
    pub created_by_user_id: Option<String>,
}

impl From<db::api_keys::ApiKey> for ApiKey {
    fn from(key: db::api_keys::ApiKey) -> Self {
        Self {
            id: key.id,
            organization_id: key.organization_id.into(),
            name: key.name,
            display_prefix: key.display_prefix,
            roles: key.roles,
            actions: key.actions,
            created_at: timestamp(key.created_at),
            updated_at: timestamp(key.updated_at),
            expires_at: key.expires_at.map(timestamp),
            last_used_at: key.last_used_at.map(timestamp),
            revoked_at: key.revoked_at.map(timestamp),
            created_by_user_id: key.created_by_user_id,
        }
    }
}

/// A newly created API key with its secret (shown only this once).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedApiKey {
    /// The key's record.
    #[serde(flatten)]
    pub key: ApiKey,
    /// The key itself, `gh_key_...`. Hand it to the caller now: it cannot be shown again.
    pub secret: String,
}

/// Body of `create_api_key`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"organization_id": "org_01jdq7m5yb6k3r2x9v8w4n1c0a", "name": "billing sync", "actions": ["invoices.read"], "expires_at": "2027-06-30T00:00:00Z"}))]
pub struct CreateApiKey {
    /// The organization that owns the key.
    pub organization_id: String,
    /// Label, 1 to 200 characters.
    pub name: String,
    /// Roles granted to callers (at most 50).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Actions granted to callers, e.g. `invoices.read` (at most 50).
    #[serde(default)]
    pub actions: Vec<String>,
    /// RFC 3339 time after which the key stops working: in the future, at most 10 years ahead;
    /// omitted, the key does not expire.
    pub expires_at: Option<String>,
}

/// Body of `update_api_key`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateApiKey {
    /// New label.
    pub name: Option<String>,
    /// The complete new list of roles.
    pub roles: Option<Vec<String>>,
    /// The complete new list of actions.
    pub actions: Option<Vec<String>>,
}

/// A page of API keys.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ApiKeyList {
    /// Keys in creation order.
    pub data: Vec<ApiKey>,
    /// Pass as `starting_after` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_api_keys`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListApiKeysQuery {
    /// Only keys of this organization.
    pub organization_id: Option<String>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Return keys created after this one (`next_cursor` of the previous page).
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_api_key, list_api_keys))
        .routes(routes!(get_api_key, update_api_key))
        .routes(routes!(revoke_api_key))
}

fn parse_expiry(value: &str, now: i64) -> ApiResult<i64> {
    let invalid = |why: &str| {
        ApiError::invalid_field(
            "invalid_expires_at",
            "expires_at",
            format!("expires_at {why}"),
        )
    };
    let at = time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339)
        .map_err(|_| invalid("must be an RFC 3339 time such as 2027-06-30T00:00:00Z"))?
        .unix_timestamp();
    if at <= now {
        return Err(invalid("must be in the future"));
    }
    if at - now > MAX_KEY_LIFETIME_SECONDS {
        return Err(invalid(
            "must be at most 10 years ahead (omit it for a key that does not expire)",
        ));
    }
    Ok(at)
}

/// Latest expiry a key may be given: ten years (a key without `expires_at` never expires).
const MAX_KEY_LIFETIME_SECONDS: i64 = 10 * 366 * 86_400;

/// Draws a new key: 32 base62 characters from the OS-seeded CSPRNG, then the checksum.
fn new_key_secret() -> ApiResult<String> {
    let bytes = secrets::random_bytes(gatehouse_core::API_KEY_SECRET_CHARS);
    gatehouse_core::format_api_key(&gatehouse_core::base62_from_bytes(&bytes))
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("generated an ill-formed API key")))
}

/// Create an API key for an organization; the answer holds the key, shown only once.
#[utoipa::path(
    post,
    path = "/api_keys",
    operation_id = "create_api_key",
    tag = "api_keys",
    security(("secret_key" = [])),
    request_body = CreateApiKey,
    responses(
        (status = 201, description = "Created; holds the key", body = CreatedApiKey),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_api_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateApiKey>,
) -> ApiResult<(StatusCode, Json<CreatedApiKey>)> {
    let organization_id = validate::id(
        IdKind::Organization,
        "organization_id",
        &body.organization_id,
    )?;
    let request = KeyRequest::validate(
        &state,
        &body.name,
        &body.roles,
        &body.actions,
        body.expires_at.as_deref(),
    )?;
    let org = db::organizations::get(&state.db, &auth.project.id, &organization_id)
        .await?
        .ok_or(ApiError::NotFound("organization"))?;
    let created = issue(&state, &auth.project.id, &org.id, request, None).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// A validated request for a new key.
pub struct KeyRequest {
    /// Label.
    pub name: String,
    /// Roles to grant.
    pub roles: Vec<String>,
    /// Actions to grant.
    pub actions: Vec<String>,
    /// Expiry, Unix seconds.
    pub expires_at: Option<i64>,
}

impl KeyRequest {
    /// Validates the fields of a key request.
    pub fn validate(
        state: &AppState,
        name: &str,
        roles: &[String],
        actions: &[String],
        expires_at: Option<&str>,
    ) -> ApiResult<Self> {
        Ok(Self {
            name: validate::name("name", name)?,
            roles: validate::grants("roles", roles)?,
            actions: validate::grants("actions", actions)?,
            expires_at: expires_at
                .map(|v| parse_expiry(v, state.clock.now()))
                .transpose()?,
        })
    }
}

/// Issues a key to an organization (already checked to belong to the project) and records
/// who did it: `created_by_user_id` for the self-serve API, `None` for the secret key.
pub async fn issue(
    state: &AppState,
    project_id: &ProjectId,
    organization_id: &OrganizationId,
    request: KeyRequest,
    created_by_user_id: Option<&str>,
) -> ApiResult<CreatedApiKey> {
    let now = state.clock.now();
    let secret = new_key_secret()?;
    let key = db::api_keys::ApiKey {
        id: IdKind::ApiKey.generate(),
        project_id: project_id.clone(),
        organization_id: organization_id.clone(),
        name: request.name,
        display_prefix: secret.chars().take(DISPLAY_PREFIX_CHARS).collect(),
        roles: request.roles,
        actions: request.actions,
        created_at: now,
        updated_at: now,
        expires_at: request.expires_at,
        last_used_at: None,
        revoked_at: None,
        created_by_user_id: created_by_user_id.map(str::to_owned),
    };
    let mut tx = state.db.begin().await?;
    db::api_keys::insert(&mut *tx, &key, &secrets::hash_secret(&secret)).await?;
    let actor = created_by_user_id.unwrap_or(db::audit::SECRET_KEY_ACTOR);
    record(&mut tx, &key, actor, Event::ApiKeyCreated, now).await?;
    tx.commit().await?;
    Ok(CreatedApiKey {
        key: key.into(),
        secret,
    })
}

/// Revokes a key (no-op when already revoked) and records who did it.
pub async fn revoke(
    state: &AppState,
    mut key: db::api_keys::ApiKey,
    actor: &str,
) -> ApiResult<ApiKey> {
    let now = state.clock.now();
    if key.revoked_at.is_none() {
        key.revoked_at = Some(now);
        key.updated_at = now;
        let mut tx = state.db.begin().await?;
        db::api_keys::update(&mut *tx, &key).await?;
        record(&mut tx, &key, actor, Event::ApiKeyRevoked, now).await?;
        tx.commit().await?;
    }
    Ok(key.into())
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    key: &db::api_keys::ApiKey,
    actor: &str,
    action: Event,
    at: i64,
) -> ApiResult<()> {
    db::audit::record_in(
        conn,
        &db::audit::Entry {
            organization_id: Some(&key.organization_id),
            actor: Some(actor),
            target: Some(&key.id),
            ..db::audit::Entry::new(&key.project_id, action)
        },
        at,
    )
    .await?;
    Ok(())
}

/// List API keys, oldest first, optionally of one organization.
#[utoipa::path(
    get,
    path = "/api_keys",
    operation_id = "list_api_keys",
    tag = "api_keys",
    security(("secret_key" = [])),
    params(ListApiKeysQuery),
    responses(
        (status = 200, description = "A page of API keys", body = ApiKeyList),
        (status = 400, description = "Invalid filter, limit or cursor", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_api_keys(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListApiKeysQuery>,
) -> ApiResult<Json<ApiKeyList>> {
    let page = PageRequest::parse(query.limit, query.starting_after.as_deref(), IdKind::ApiKey)?;
    let organization_id = query
        .organization_id
        .as_deref()
        .map(|id| validate::id(IdKind::Organization, "organization_id", id))
        .transpose()?;
    let rows = db::api_keys::list(
        &state.db,
        &auth.project.id,
        organization_id.as_deref(),
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |key| &key.id);
    Ok(Json(ApiKeyList {
        data: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}

async fn load(state: &AppState, project_id: &str, id: &str) -> ApiResult<db::api_keys::ApiKey> {
    let id = validate::id(IdKind::ApiKey, "api_key_id", id)?;
    db::api_keys::get(&state.db, project_id, &id)
        .await?
        .ok_or(ApiError::NotFound("API key"))
}

/// Get an API key.
#[utoipa::path(
    get,
    path = "/api_keys/{api_key_id}",
    operation_id = "get_api_key",
    tag = "api_keys",
    security(("secret_key" = [])),
    params(("api_key_id" = String, Path, description = "API key id, `akey_...`")),
    responses(
        (status = 200, description = "The API key", body = ApiKey),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such API key in this project", body = ErrorBody),
    )
)]
async fn get_api_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<ApiKey>> {
    Ok(Json(load(&state, &auth.project.id, &id).await?.into()))
}

/// Rename an API key or change its roles and actions (effective within the SDKs' cache TTL).
/// Setting roles or actions makes a self-serve key the organization's: it no longer depends
/// on its creator's rights (`created_by_user_id` becomes null).
#[utoipa::path(
    patch,
    path = "/api_keys/{api_key_id}",
    operation_id = "update_api_key",
    tag = "api_keys",
    security(("secret_key" = [])),
    params(("api_key_id" = String, Path, description = "API key id, `akey_...`")),
    request_body = UpdateApiKey,
    responses(
        (status = 200, description = "The updated API key", body = ApiKey),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such API key in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_api_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateApiKey>,
) -> ApiResult<Json<ApiKey>> {
    let mut key = load(&state, &auth.project.id, &id).await?;
    if let Some(name) = &body.name {
        key.name = validate::name("name", name)?;
    }
    if let Some(roles) = &body.roles {
        key.roles = validate::grants("roles", roles)?;
    }
    if let Some(actions) = &body.actions {
        key.actions = validate::grants("actions", actions)?;
    }
    if body.roles.is_some() || body.actions.is_some() {
        key.created_by_user_id = None;
    }
    key.updated_at = state.clock.now();
    let mut tx = state.db.begin().await?;
    db::api_keys::update(&mut *tx, &key).await?;
    record(
        &mut tx,
        &key,
        db::audit::SECRET_KEY_ACTOR,
        Event::ApiKeyUpdated,
        key.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(key.into()))
}

/// Revoke an API key. The server refuses it at once; SDKs that cached a successful check
/// accept it for at most their cache TTL (30 s by default).
#[utoipa::path(
    post,
    path = "/api_keys/{api_key_id}/revoke",
    operation_id = "revoke_api_key",
    tag = "api_keys",
    security(("secret_key" = [])),
    params(("api_key_id" = String, Path, description = "API key id, `akey_...`")),
    responses(
        (status = 200, description = "The revoked API key", body = ApiKey),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such API key in this project", body = ErrorBody),
    )
)]
async fn revoke_api_key(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<ApiKey>> {
    let key = load(&state, &auth.project.id, &id).await?;
    Ok(Json(
        revoke(&state, key, db::audit::SECRET_KEY_ACTOR).await?,
    ))
}
