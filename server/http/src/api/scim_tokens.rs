//! SCIM tokens: the bearer credentials an organization's directory (Entra ID, Okta, Google,
//! JumpCloud) provisions users and groups with at `{public_url}/scim/v2`. A token is shown
//! once, stored as a SHA-256 digest, scoped to one organization, refused at once when
//! revoked; creating and revoking are audited (`db/scim_tokens.rs`), and so is every change
//! made with it (`db/scim_users.rs`, `db/scim_groups.rs`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{secrets, validate};
use gatehouse_storage::db;
use gatehouse_storage::ids::IdKind;
use gatehouse_storage::ids::OrganizationId;

/// Every SCIM token starts with this.
pub const TOKEN_PREFIX: &str = "gh_scim_";
/// Random bytes in a token (256 bits), base64url without padding after the prefix.
const TOKEN_BYTES: usize = 32;
/// Characters of a token kept to recognise it.
const DISPLAY_PREFIX_CHARS: usize = 14;
/// Most unrevoked tokens an organization may hold.
const MAX_ACTIVE_TOKENS: i64 = 20;

/// Whether `value` has the shape of a SCIM token (checked before any lookup).
pub fn looks_like_token(value: &str) -> bool {
    value.strip_prefix(TOKEN_PREFIX).is_some_and(|body| {
        body.len() == 43
            && body
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// A SCIM token, without its secret.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ScimToken {
    /// Identifier, `scimtok_...`.
    pub id: String,
    /// The organization whose directory it provisions.
    pub organization_id: String,
    /// Label.
    pub name: String,
    /// The first characters of the token, to recognise it.
    pub display_prefix: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last use (updated at most once a minute).
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
    /// RFC 3339 revocation time; null while the token works.
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
}

impl From<db::scim_tokens::ScimToken> for ScimToken {
    fn from(token: db::scim_tokens::ScimToken) -> Self {
        Self {
            id: token.id,
            organization_id: token.organization_id.into(),
            name: token.name,
            display_prefix: token.display_prefix,
            created_at: timestamp(token.created_at),
            last_used_at: token.last_used_at.map(timestamp),
            revoked_at: token.revoked_at.map(timestamp),
        }
    }
}

/// A new SCIM token with its secret (shown only this once) and where to use it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedScimToken {
    /// The token's record.
    #[serde(flatten)]
    pub token: ScimToken,
    /// The token, `gh_scim_...`: the directory sends it as `Authorization: Bearer ...`.
    pub secret: String,
    /// The SCIM base URL to give the directory (`{public_url}/scim/v2`).
    pub base_url: String,
}

/// Body of `create_scim_token`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Entra ID provisioning"}))]
pub struct CreateScimToken {
    /// Label, 1 to 200 characters.
    pub name: String,
}

/// The organization's SCIM tokens.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ScimTokenList {
    /// Tokens in creation order, revoked ones included.
    pub data: Vec<ScimToken>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_scim_token, list_scim_tokens))
        .routes(routes!(revoke_scim_token))
}

async fn organization(state: &AppState, auth: &ProjectAuth, id: &str) -> ApiResult<OrganizationId> {
    let id = validate::id(IdKind::Organization, "organization_id", id)?;
    let org = db::organizations::get(&state.db, &auth.project.id, &id)
        .await?
        .ok_or(ApiError::NotFound("organization"))?;
    Ok(org.id)
}

/// Create a SCIM token for an organization's directory; the answer holds the token, shown
/// only once, and the SCIM base URL.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/scim_tokens",
    operation_id = "create_scim_token",
    tag = "scim_tokens",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    request_body = CreateScimToken,
    responses(
        (status = 201, description = "Created; holds the token", body = CreatedScimToken),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "The organization has too many active tokens", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_scim_token(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<CreateScimToken>,
) -> ApiResult<(StatusCode, Json<CreatedScimToken>)> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let name = validate::name("name", &body.name)?;
    if db::scim_tokens::count_active(&state.db, &auth.project.id, &organization_id).await?
        >= MAX_ACTIVE_TOKENS
    {
        return Err(ApiError::conflict(
            "too_many_scim_tokens",
            None,
            format!("an organization may hold at most {MAX_ACTIVE_TOKENS} active SCIM tokens"),
        ));
    }
    let secret = format!(
        "{TOKEN_PREFIX}{}",
        base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            secrets::random_bytes(TOKEN_BYTES)
        )
    );
    let token = db::scim_tokens::ScimToken {
        id: IdKind::ScimToken.generate(),
        project_id: auth.project.id.clone(),
        organization_id,
        name,
        display_prefix: secret.chars().take(DISPLAY_PREFIX_CHARS).collect(),
        created_at: state.clock.now(),
        last_used_at: None,
        revoked_at: None,
    };
    db::scim_tokens::insert(&state.db, &token, &secrets::hash_secret(&secret)).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedScimToken {
            token: token.into(),
            secret,
            base_url: format!("{}/scim/v2", state.config.public_url),
        }),
    ))
}

/// List an organization's SCIM tokens (never their secrets).
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/scim_tokens",
    operation_id = "list_scim_tokens",
    tag = "scim_tokens",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 200, description = "The tokens", body = ScimTokenList),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_scim_tokens(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
) -> ApiResult<Json<ScimTokenList>> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let tokens = db::scim_tokens::list(&state.db, &auth.project.id, &organization_id).await?;
    Ok(Json(ScimTokenList {
        data: tokens.into_iter().map(Into::into).collect(),
    }))
}

/// Revoke a SCIM token; the directory's next request with it is refused.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/scim_tokens/{scim_token_id}/revoke",
    operation_id = "revoke_scim_token",
    tag = "scim_tokens",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "Organization id, `org_...`"),
        ("scim_token_id" = String, Path, description = "SCIM token id, `scimtok_...`"),
    ),
    responses(
        (status = 200, description = "The revoked token", body = ScimToken),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such token in this organization", body = ErrorBody),
    )
)]
async fn revoke_scim_token(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, token_id)): ApiPath<(String, String)>,
) -> ApiResult<Json<ScimToken>> {
    let organization_id = organization(&state, &auth, &organization_id).await?;
    let token_id = validate::id(IdKind::ScimToken, "scim_token_id", &token_id)?;
    let now = state.clock.now();
    db::scim_tokens::revoke(
        &state.db,
        &auth.project.id,
        &organization_id,
        &token_id,
        now,
    )
    .await?;
    let token = db::scim_tokens::get(&state.db, &auth.project.id, &organization_id, &token_id)
        .await?
        .ok_or(ApiError::NotFound("scim_token"))?;
    Ok(Json(token.into()))
}
