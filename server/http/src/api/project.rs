//! The caller's project: its public identity (issuer, publishable key) and its settings.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ProjectAuth};
use gatehouse_domain::secrets;
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db;
use gatehouse_storage::db::projects::{HostedLogin, LoginMethod};

/// Shortest access-token lifetime a project may set.
const MIN_TOKEN_LIFETIME: i64 = 60;
/// Longest access-token lifetime a project may set (access tokens cannot be revoked, so
/// they must stay short; sessions and refresh tokens carry the long life).
const MAX_TOKEN_LIFETIME: i64 = 86_400;

pub use gatehouse_storage::db::projects::Environment;

pub use gatehouse_storage::db::projects::SigningAlgorithm;

/// A project.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Project {
    /// Identifier, `proj_...`; the default audience of access tokens.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Test or live.
    pub environment: Environment,
    /// Issuer URL of the project's tokens (`iss`): the custom issuer when set, else
    /// `{public_url}/p/{project_id}`.
    pub issuer: String,
    /// The custom issuer URL, if one is set.
    pub issuer_url: Option<String>,
    /// Public key for frontends; encodes the issuer.
    pub publishable_key: String,
    /// Allowed OAuth redirect URIs.
    pub redirect_uris: Vec<String>,
    /// Login methods end users may use.
    pub login_methods: Vec<LoginMethod>,
    /// Lifetime of access tokens, in seconds.
    pub access_token_lifetime_seconds: i64,
    /// Algorithm of new signing keys.
    pub signing_algorithm: SigningAlgorithm,
    /// Branding, sign-up policy and post-logout redirect URIs of the hosted login.
    pub hosted_login: HostedLogin,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl Project {
    fn from_record(state: &AppState, project: db::projects::Project) -> Self {
        let issuer = state.config.issuer_of(&project);
        Self {
            publishable_key: secrets::publishable_key(project.environment, &issuer, &project.id),
            issuer,
            issuer_url: project.issuer_url.clone(),
            environment: project.environment,
            login_methods: project.login_methods.clone(),
            id: project.id.into(),
            name: project.name,
            redirect_uris: project.redirect_uris,
            access_token_lifetime_seconds: project.access_token_lifetime_seconds,
            signing_algorithm: project.signing_algorithm,
            hosted_login: project.hosted_login,
            created_at: timestamp(project.created_at),
            updated_at: timestamp(project.updated_at),
        }
    }
}

/// Body of `update_project`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "redirect_uris": ["https://app.example.com/callback", "http://localhost:5173/callback"],
    "login_methods": ["password", "magic_link"], "access_token_lifetime_seconds": 300
}))]
pub struct UpdateProject {
    /// New display name.
    pub name: Option<String>,
    /// The complete list of allowed redirect URIs: `https`, loopback `http`, or a
    /// reverse-DNS app scheme (RFC 8252); no fragments.
    pub redirect_uris: Option<Vec<String>>,
    /// The complete list of allowed login methods (at least one).
    pub login_methods: Option<Vec<LoginMethod>>,
    /// Access-token lifetime, 60 to 86400 seconds.
    #[serde(default, deserialize_with = "super::numbers::optional")]
    pub access_token_lifetime_seconds: Option<i64>,
    /// Algorithm of signing keys created from now on; rotate the signing key to switch
    /// the key that signs.
    #[serde(default, deserialize_with = "super::not_null")]
    #[schema(nullable = false)]
    pub signing_algorithm: Option<SigningAlgorithm>,
    /// Custom issuer URL (`https://auth.example.com`), or null for the default. Route
    /// `{issuer_url}/...` to `{public_url}/p/{project_id}/...` at your reverse proxy first:
    /// SDKs fetch the JWKS from the issuer. Changing it invalidates outstanding access tokens.
    #[serde(default, deserialize_with = "super::present")]
    #[schema(value_type = Option<String>)]
    pub issuer_url: Option<Option<String>>,
    /// The complete hosted-login settings (replaces the current ones): display name, logo
    /// (`https` URL), primary colour (`#rrggbb`), theme, sign-up policy, and the
    /// post-logout redirect URIs of the built-in client.
    pub hosted_login: Option<HostedLogin>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_project, update_project))
}

/// Get the project the secret key belongs to.
#[utoipa::path(
    get,
    path = "/project",
    operation_id = "get_project",
    tag = "project",
    security(("secret_key" = [])),
    responses(
        (status = 200, description = "The project", body = Project),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn get_project(auth: ProjectAuth, State(state): State<AppState>) -> Json<Project> {
    Json(Project::from_record(&state, auth.project))
}

/// Update the project's name, redirect URIs, login methods or token lifetime.
#[utoipa::path(
    patch,
    path = "/project",
    operation_id = "update_project",
    tag = "project",
    security(("secret_key" = [])),
    request_body = UpdateProject,
    responses(
        (status = 200, description = "The updated project", body = Project),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_project(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<UpdateProject>,
) -> ApiResult<Json<Project>> {
    let mut project = auth.project;
    if let Some(name) = &body.name {
        project.name = validate::name("name", name)?;
    }
    if let Some(uris) = &body.redirect_uris {
        project.redirect_uris = validate::redirect_uris(uris)?;
    }
    if let Some(methods) = &body.login_methods {
        if methods.is_empty() {
            return Err(ApiError::invalid_field(
                "invalid_login_methods",
                "login_methods",
                "at least one login method must stay enabled",
            ));
        }
        if methods.len() > LoginMethod::COUNT {
            return Err(super::organizations::too_many_login_methods());
        }
        project.login_methods = LoginMethod::deduplicated(methods);
    }
    if let Some(lifetime) = body.access_token_lifetime_seconds {
        if !(MIN_TOKEN_LIFETIME..=MAX_TOKEN_LIFETIME).contains(&lifetime) {
            return Err(ApiError::invalid_field(
                "invalid_token_lifetime",
                "access_token_lifetime_seconds",
                format!(
                    "access_token_lifetime_seconds must be between {MIN_TOKEN_LIFETIME} and {MAX_TOKEN_LIFETIME}"
                ),
            ));
        }
        project.access_token_lifetime_seconds = lifetime;
    }
    if let Some(issuer_url) = &body.issuer_url {
        project.issuer_url = issuer_url
            .as_deref()
            .map(validate::issuer_url)
            .transpose()?;
    }
    if let Some(settings) = body.hosted_login {
        project.hosted_login = validate_hosted_login(settings)?;
    }
    if let Some(algorithm) = body.signing_algorithm {
        project.signing_algorithm = algorithm;
    }
    project.updated_at = state.clock.now();
    db::projects::update(&state.db, &project).await?;
    // Its discovery document names the signing algorithms: served afresh from now on here
    // (other replicas within `server/domain/src/documents.rs`'s bound).
    state.documents.forget_project(&project.id);
    Ok(Json(Project::from_record(&state, project)))
}

fn validate_hosted_login(mut settings: HostedLogin) -> ApiResult<HostedLogin> {
    let field = |name: &str| format!("hosted_login.{name}");
    if let Some(name) = &settings.display_name {
        settings.display_name = Some(validate::name(&field("display_name"), name)?);
    }
    if let Some(logo) = &settings.logo_url {
        let ok = logo.len() <= 2000
            && url::Url::parse(logo).is_ok_and(|u| u.scheme() == "https" && u.host().is_some());
        if !ok {
            return Err(ApiError::invalid_field(
                "invalid_logo_url",
                &field("logo_url"),
                "logo_url must be an https URL of at most 2000 bytes",
            ));
        }
    }
    if let Some(color) = &settings.primary_color
        && !crate::hosted::page::is_hex_color(color)
    {
        return Err(ApiError::invalid_field(
            "invalid_color",
            &field("primary_color"),
            "primary_color must look like #4f46e5",
        ));
    }
    if settings.post_logout_redirect_uris.len() > 20 {
        return Err(ApiError::invalid_field(
            "invalid_redirect_uri",
            &field("post_logout_redirect_uris"),
            "at most 20 post-logout redirect URIs",
        ));
    }
    settings.post_logout_redirect_uris = settings
        .post_logout_redirect_uris
        .iter()
        .map(|uri| validate::redirect_uri(uri))
        .collect::<Result<_, _>>()?;
    Ok(settings)
}
