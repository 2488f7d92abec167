//! OAuth clients registered with the project: confidential server apps (a secret, shown once)
//! and extra public apps (PKCE, no secret). The project's built-in public client needs no
//! registration: its id is the publishable key and its redirect URIs are the project's.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, validate};
use gatehouse_storage::db::{self, oauth_clients::OAuthClient};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;

/// Prefix of client secrets.
pub const CLIENT_SECRET_PREFIX: &str = "ghcs_";
/// Most redirect URIs per client.
const MAX_URIS: usize = 20;

/// Kind of client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClientType {
    /// Runs on a server and keeps a secret; authenticates at the token endpoint.
    Confidential,
    /// Runs in a browser or on a device; uses PKCE, has no secret.
    Public,
}

/// A registered OAuth client.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OAuthClientBody {
    /// `client_...`: the `client_id`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Confidential or public.
    pub client_type: ClientType,
    /// Allowed redirect URIs (exact match).
    pub redirect_uris: Vec<String>,
    /// Allowed `post_logout_redirect_uri` values (exact match).
    pub post_logout_redirect_uris: Vec<String>,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl From<OAuthClient> for OAuthClientBody {
    fn from(client: OAuthClient) -> Self {
        Self {
            client_type: if client.client_type == "public" {
                ClientType::Public
            } else {
                ClientType::Confidential
            },
            id: client.id,
            name: client.name,
            redirect_uris: client.redirect_uris,
            post_logout_redirect_uris: client.post_logout_redirect_uris,
            created_at: timestamp(client.created_at),
            updated_at: timestamp(client.updated_at),
        }
    }
}

/// A client with its secret, shown once (confidential clients).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedOAuthClient {
    /// The client.
    pub client: OAuthClientBody,
    /// `ghcs_...` for confidential clients; store it now, it is never shown again.
    pub client_secret: Option<String>,
}

/// Body of `create_oauth_client`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Billing backend", "client_type": "confidential",
    "redirect_uris": ["https://billing.example.com/oauth/callback"]}))]
pub struct CreateOAuthClient {
    /// Display name, shown on the hosted login.
    pub name: String,
    /// Confidential or public.
    pub client_type: ClientType,
    /// Allowed redirect URIs (1 to 20): `https`, loopback `http`, or a reverse-DNS scheme.
    pub redirect_uris: Vec<String>,
    /// Allowed post-logout redirect URIs (0 to 20).
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
}

/// Body of `update_oauth_client`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOAuthClient {
    /// New display name.
    pub name: Option<String>,
    /// The complete new list of redirect URIs.
    pub redirect_uris: Option<Vec<String>>,
    /// The complete new list of post-logout redirect URIs.
    pub post_logout_redirect_uris: Option<Vec<String>>,
}

/// A page of clients.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OAuthClientList {
    /// Clients, oldest first.
    pub data: Vec<OAuthClientBody>,
    /// Cursor for the next page (`starting_after`), null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_oauth_clients`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Id of the last client of the previous page.
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_oauth_client, list_oauth_clients))
        .routes(routes!(
            get_oauth_client,
            update_oauth_client,
            delete_oauth_client
        ))
        .routes(routes!(rotate_oauth_client_secret))
}

fn uris(field: &str, values: &[String], at_least_one: bool) -> Result<Vec<String>, ApiError> {
    if values.len() > MAX_URIS || (at_least_one && values.is_empty()) {
        return Err(ApiError::invalid_field(
            "invalid_redirect_uri",
            field,
            format!(
                "{field} must list {} to {MAX_URIS} URIs",
                usize::from(at_least_one)
            ),
        ));
    }
    let mut out = Vec::new();
    for value in values {
        let uri = validate::redirect_uri(value).map_err(|_| {
            ApiError::invalid_field(
                "invalid_redirect_uri",
                field,
                format!("'{value}' is not allowed: use https, loopback http, or a reverse-DNS app scheme, without fragment"),
            )
        })?;
        if !out.contains(&uri) {
            out.push(uri);
        }
    }
    Ok(out)
}

fn new_secret() -> (String, String) {
    let secret = format!("{CLIENT_SECRET_PREFIX}{}", secrets::random_token(32));
    let hash = secrets::hash_secret(&secret);
    (secret, hash)
}

async fn find(state: &AppState, project_id: &str, id: &str) -> ApiResult<OAuthClient> {
    if !IdKind::Client.matches(id) {
        return Err(ApiError::NotFound("oauth client"));
    }
    db::oauth_clients::get(&state.db, project_id, id)
        .await?
        .ok_or(ApiError::NotFound("oauth client"))
}

/// Register an OAuth client. A confidential client's secret is in the answer, once.
#[utoipa::path(
    post,
    path = "/oauth_clients",
    operation_id = "create_oauth_client",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    request_body = CreateOAuthClient,
    responses(
        (status = 201, description = "Created", body = CreatedOAuthClient),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_oauth_client(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateOAuthClient>,
) -> ApiResult<(StatusCode, Json<CreatedOAuthClient>)> {
    let name = validate::name("name", &body.name)?;
    let redirect_uris = uris("redirect_uris", &body.redirect_uris, true)?;
    let post_logout = uris(
        "post_logout_redirect_uris",
        &body.post_logout_redirect_uris,
        false,
    )?;
    let (secret, secret_hash) = match body.client_type {
        ClientType::Confidential => {
            let (secret, hash) = new_secret();
            (Some(secret), Some(hash))
        }
        ClientType::Public => (None, None),
    };
    let now = state.clock.now();
    let client = OAuthClient {
        id: IdKind::Client.generate(),
        project_id: auth.project.id.clone(),
        name,
        client_type: match body.client_type {
            ClientType::Confidential => "confidential",
            ClientType::Public => "public",
        }
        .to_owned(),
        secret_hash,
        redirect_uris,
        post_logout_redirect_uris: post_logout,
        created_at: now,
        updated_at: now,
    };
    let mut tx = state.db.begin().await?;
    db::oauth_clients::insert(&mut *tx, &client).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        None,
        Event::OauthClientCreated,
        &client.id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedOAuthClient {
            client: client.into(),
            client_secret: secret,
        }),
    ))
}

/// List the project's registered clients, oldest first.
#[utoipa::path(
    get,
    path = "/oauth_clients",
    operation_id = "list_oauth_clients",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    params(ListQuery),
    responses(
        (status = 200, description = "A page of clients", body = OAuthClientList),
        (status = 400, description = "Invalid query", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_oauth_clients(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> ApiResult<Json<OAuthClientList>> {
    let page = PageRequest::parse(query.limit, query.starting_after.as_deref(), IdKind::Client)?;
    let rows = db::oauth_clients::list(
        &state.db,
        &auth.project.id,
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |c| &c.id);
    Ok(Json(OAuthClientList {
        data: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}

/// Get one client.
#[utoipa::path(
    get,
    path = "/oauth_clients/{client_id}",
    operation_id = "get_oauth_client",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    params(("client_id" = String, Path, description = "`client_...`")),
    responses(
        (status = 200, description = "The client", body = OAuthClientBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such client in this project", body = ErrorBody),
    )
)]
async fn get_oauth_client(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<OAuthClientBody>> {
    Ok(Json(find(&state, &auth.project.id, &id).await?.into()))
}

/// Update a client's name or URIs.
#[utoipa::path(
    patch,
    path = "/oauth_clients/{client_id}",
    operation_id = "update_oauth_client",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    params(("client_id" = String, Path, description = "`client_...`")),
    request_body = UpdateOAuthClient,
    responses(
        (status = 200, description = "The updated client", body = OAuthClientBody),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such client in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_oauth_client(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateOAuthClient>,
) -> ApiResult<Json<OAuthClientBody>> {
    let mut client = find(&state, &auth.project.id, &id).await?;
    if let Some(name) = &body.name {
        client.name = validate::name("name", name)?;
    }
    if let Some(values) = &body.redirect_uris {
        client.redirect_uris = uris("redirect_uris", values, true)?;
    }
    if let Some(values) = &body.post_logout_redirect_uris {
        client.post_logout_redirect_uris = uris("post_logout_redirect_uris", values, false)?;
    }
    client.updated_at = state.clock.now();
    let mut tx = state.db.begin().await?;
    db::oauth_clients::update(&mut *tx, &client).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        None,
        Event::OauthClientUpdated,
        &client.id,
        client.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(client.into()))
}

/// Delete a client; its pending codes go with it. Sessions it holds stay until they end or
/// are revoked.
#[utoipa::path(
    delete,
    path = "/oauth_clients/{client_id}",
    operation_id = "delete_oauth_client",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    params(("client_id" = String, Path, description = "`client_...`")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such client in this project", body = ErrorBody),
    )
)]
async fn delete_oauth_client(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let client = find(&state, &auth.project.id, &id).await?;
    let mut tx = state.db.begin().await?;
    db::oauth_clients::delete(&mut tx, &auth.project.id, &client.id).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        None,
        Event::OauthClientDeleted,
        &client.id,
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replace a confidential client's secret; the old one stops working at once.
#[utoipa::path(
    post,
    path = "/oauth_clients/{client_id}/rotate_secret",
    operation_id = "rotate_oauth_client_secret",
    tag = "oauth_clients",
    security(("secret_key" = [])),
    params(("client_id" = String, Path, description = "`client_...`")),
    responses(
        (status = 200, description = "The client and its new secret", body = CreatedOAuthClient),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such client in this project", body = ErrorBody),
        (status = 409, description = "Public clients have no secret (`public_client`)", body = ErrorBody),
    )
)]
async fn rotate_oauth_client_secret(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<CreatedOAuthClient>> {
    let mut client = find(&state, &auth.project.id, &id).await?;
    if client.client_type != "confidential" {
        return Err(ApiError::conflict(
            "public_client",
            None,
            "public clients have no secret",
        ));
    }
    let (secret, hash) = new_secret();
    client.secret_hash = Some(hash);
    client.updated_at = state.clock.now();
    let mut tx = state.db.begin().await?;
    db::oauth_clients::update(&mut *tx, &client).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        None,
        Event::OauthClientSecretRotated,
        &client.id,
        client.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(CreatedOAuthClient {
        client: client.into(),
        client_secret: Some(secret),
    }))
}
