//! Organizations: the tenants of a project. Each has a display name, a slug unique within
//! the project (used to pick the organization at login) and verified email domains (used to
//! discover it from an email address).

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
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, organizations::Write, projects::LoginMethod};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;
use gatehouse_storage::ids::OrganizationId;

/// An organization.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": "org_01jdq7m5yb6k3r2x9v8w4n1c0a", "name": "Acme Inc.", "slug": "acme",
    "domains": ["acme.com"], "require_mfa": false, "created_at": "2026-11-26T12:00:00Z", "updated_at": "2026-11-26T12:00:00Z"
}))]
pub struct Organization {
    /// Identifier, `org_...`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Memorable identifier, unique within the project.
    pub slug: String,
    /// Verified email domains, sorted.
    pub domains: Vec<String>,
    /// Login methods allowed in this organization; null follows the project's setting.
    pub login_methods: Option<Vec<LoginMethod>>,
    /// Session lifetime for this organization's users, in seconds; null uses the default
    /// (30 days).
    pub session_lifetime_seconds: Option<i64>,
    /// Whether every user must pass a second factor (TOTP) at sign-in; users without one
    /// enrol at their next sign-in.
    pub require_mfa: bool,
    /// Email domains whose people may sign up into this organization on the hosted login;
    /// null means all its verified domains, `[]` means nobody.
    pub signup_domains: Option<Vec<String>>,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl From<db::organizations::Organization> for Organization {
    fn from(org: db::organizations::Organization) -> Self {
        Self {
            id: org.id.into(),
            name: org.name,
            slug: org.slug,
            domains: org.domains,
            login_methods: org.login_methods,
            session_lifetime_seconds: org.session_lifetime_seconds,
            require_mfa: org.require_mfa,
            signup_domains: org.signup_domains,
            created_at: timestamp(org.created_at),
            updated_at: timestamp(org.updated_at),
        }
    }
}

/// Body of `create_organization`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Acme Inc.", "slug": "acme", "domains": ["acme.com"]}))]
pub struct CreateOrganization {
    /// Display name, 1 to 200 characters.
    pub name: String,
    /// 2 to 63 lowercase letters, digits and hyphens; derived from the name when absent.
    pub slug: Option<String>,
    /// Verified email domains (at most 50).
    #[serde(default)]
    pub domains: Vec<String>,
    /// Login methods allowed in this organization; absent follows the project.
    pub login_methods: Option<Vec<LoginMethod>>,
    /// Session lifetime for this organization's users, 3600 to 7776000 seconds.
    #[serde(default, deserialize_with = "super::numbers::optional")]
    pub session_lifetime_seconds: Option<i64>,
    /// Require a second factor (TOTP) at sign-in (default false).
    #[serde(default)]
    pub require_mfa: bool,
    /// Email domains allowed to sign up (each one of `domains`); absent: all verified domains.
    pub signup_domains: Option<Vec<String>>,
}

/// Body of `update_organization`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganization {
    /// New display name.
    pub name: Option<String>,
    /// New slug.
    pub slug: Option<String>,
    /// The complete new list of verified domains.
    pub domains: Option<Vec<String>>,
    /// New allowed login methods, or null to follow the project again.
    #[serde(default, deserialize_with = "super::present")]
    #[schema(value_type = Option<Vec<LoginMethod>>)]
    pub login_methods: Option<Option<Vec<LoginMethod>>>,
    /// New session lifetime, or null for the default.
    #[serde(default, deserialize_with = "super::numbers::present_optional")]
    #[schema(value_type = Option<i64>)]
    pub session_lifetime_seconds: Option<Option<i64>>,
    /// Require a second factor (TOTP) at sign-in.
    pub require_mfa: Option<bool>,
    /// Email domains allowed to sign up (each one of the verified domains), or null for all
    /// verified domains.
    #[serde(default, deserialize_with = "super::present")]
    #[schema(value_type = Option<Vec<String>>)]
    pub signup_domains: Option<Option<Vec<String>>>,
}

/// A page of organizations.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OrganizationList {
    /// Organizations in creation order.
    pub data: Vec<Organization>,
    /// Pass as `starting_after` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_organizations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListOrganizationsQuery {
    /// Only the organization with this slug.
    pub slug: Option<String>,
    /// Only organizations that verified this email domain (e.g. `acme.com`).
    pub domain: Option<String>,
    /// Only organizations in which this email address has a user.
    pub user_email: Option<String>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Return organizations created after this one (`next_cursor` of the previous page).
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_organization, list_organizations))
        .routes(routes!(
            get_organization,
            update_organization,
            delete_organization
        ))
}

/// Bounds of an organization's session lifetime override: an hour to 90 days.
const SESSION_LIFETIME_RANGE: std::ops::RangeInclusive<i64> = 3_600..=90 * 86_400;

fn login_methods(methods: &[LoginMethod]) -> ApiResult<Vec<LoginMethod>> {
    if methods.is_empty() {
        return Err(ApiError::invalid_field(
            "invalid_login_methods",
            "login_methods",
            "at least one login method must stay enabled (or null to follow the project)",
        ));
    }
    if methods.len() > LoginMethod::COUNT {
        return Err(too_many_login_methods());
    }
    Ok(LoginMethod::deduplicated(methods))
}

/// More entries than there are login methods (`LoginMethod::COUNT`, the document's `maxItems`).
pub(crate) fn too_many_login_methods() -> ApiError {
    ApiError::invalid_field(
        "too_many_values",
        "login_methods",
        format!("at most {} login methods", LoginMethod::COUNT),
    )
}

fn session_lifetime(seconds: i64) -> ApiResult<i64> {
    if SESSION_LIFETIME_RANGE.contains(&seconds) {
        Ok(seconds)
    } else {
        Err(ApiError::invalid_field(
            "invalid_session_lifetime",
            "session_lifetime_seconds",
            format!(
                "session_lifetime_seconds must be between {} and {}",
                SESSION_LIFETIME_RANGE.start(),
                SESSION_LIFETIME_RANGE.end()
            ),
        ))
    }
}

fn slug_taken(slug: &str) -> ApiError {
    ApiError::conflict(
        "slug_taken",
        Some("slug"),
        format!("another organization of this project already uses the slug '{slug}'"),
    )
}

/// The organization `id` of the project (400 for a malformed id, 404 when absent).
pub(crate) async fn load(
    state: &AppState,
    project_id: &str,
    id: &str,
) -> ApiResult<db::organizations::Organization> {
    let id = validate::id(IdKind::Organization, "organization_id", id)?;
    db::organizations::get(&state.db, project_id, &id)
        .await?
        .ok_or(ApiError::NotFound("organization"))
}

/// Create an organization.
#[utoipa::path(
    post,
    path = "/organizations",
    operation_id = "create_organization",
    tag = "organizations",
    security(("secret_key" = [])),
    request_body = CreateOrganization,
    responses(
        (status = 201, description = "Created", body = Organization),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 409, description = "Slug already taken in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn create_organization(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateOrganization>,
) -> ApiResult<(StatusCode, Json<Organization>)> {
    let name = validate::name("name", &body.name)?;
    let slug = match body.slug.as_deref() {
        Some(slug) => validate::slug(slug)?,
        None => validate::slug_from_name(&name)?,
    };
    let now = state.clock.now();
    let domains = validate::domains(&body.domains)?;
    let org = db::organizations::Organization {
        id: OrganizationId::generate(),
        project_id: auth.project.id.clone(),
        name,
        signup_domains: signup_domains(body.signup_domains.clone(), &domains)?,
        domains,
        login_methods: body
            .login_methods
            .as_deref()
            .map(login_methods)
            .transpose()?,
        session_lifetime_seconds: body
            .session_lifetime_seconds
            .map(session_lifetime)
            .transpose()?,
        require_mfa: body.require_mfa,
        slug,
        created_at: now,
        updated_at: now,
    };
    let mut tx = state.db.begin().await?;
    match db::organizations::insert_in(&mut tx, &org).await? {
        Write::Done(()) => {
            db::audit::admin_change_in(
                &mut tx,
                &org.project_id,
                Some(&org.id),
                Event::OrganizationCreated,
                &org.id,
                state.clock.now(),
            )
            .await?;
            tx.commit().await?;
            Ok((StatusCode::CREATED, Json(org.into())))
        }
        Write::SlugTaken => Err(slug_taken(&org.slug)),
    }
}

/// List organizations, oldest first; filter by slug, verified email domain, or the email of
/// one of their users to find where a person signs in.
#[utoipa::path(
    get,
    path = "/organizations",
    operation_id = "list_organizations",
    tag = "organizations",
    security(("secret_key" = [])),
    params(ListOrganizationsQuery),
    responses(
        (status = 200, description = "A page of organizations", body = OrganizationList),
        (status = 400, description = "Invalid limit or cursor", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_organizations(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListOrganizationsQuery>,
) -> ApiResult<Json<OrganizationList>> {
    let page = PageRequest::parse(
        query.limit,
        query.starting_after.as_deref(),
        IdKind::Organization,
    )?;
    let slug = query.slug.as_deref().map(validate::slug).transpose()?;
    let domain = query.domain.as_deref().map(validate::domain).transpose()?;
    let user_email = query
        .user_email
        .as_deref()
        .map(|e| validate::email("user_email", e))
        .transpose()?;
    let filter = db::organizations::Filter {
        slug: slug.as_deref(),
        domain: domain.as_deref(),
        user_email: user_email.as_deref(),
    };
    let rows = db::organizations::list(
        &state.db,
        &auth.project.id,
        &filter,
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |org| &org.id);
    Ok(Json(OrganizationList {
        data: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}

/// Get an organization.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}",
    operation_id = "get_organization",
    tag = "organizations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 200, description = "The organization", body = Organization),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn get_organization(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Organization>> {
    Ok(Json(load(&state, &auth.project.id, &id).await?.into()))
}

/// Update an organization's name, slug or domains.
#[utoipa::path(
    patch,
    path = "/organizations/{organization_id}",
    operation_id = "update_organization",
    tag = "organizations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    request_body = UpdateOrganization,
    responses(
        (status = 200, description = "The updated organization", body = Organization),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "Slug already taken in this project", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
    )
)]
async fn update_organization(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateOrganization>,
) -> ApiResult<Json<Organization>> {
    let mut org = load(&state, &auth.project.id, &id).await?;
    if let Some(name) = &body.name {
        org.name = validate::name("name", name)?;
    }
    if let Some(slug) = &body.slug {
        org.slug = validate::slug(slug)?;
    }
    if let Some(domains) = &body.domains {
        org.domains = validate::domains(domains)?;
    }
    if let Some(methods) = &body.login_methods {
        org.login_methods = methods.as_deref().map(login_methods).transpose()?;
    }
    if let Some(lifetime) = body.session_lifetime_seconds {
        org.session_lifetime_seconds = lifetime.map(session_lifetime).transpose()?;
    }
    if let Some(require) = body.require_mfa {
        org.require_mfa = require;
    }
    if let Some(domains) = &body.signup_domains {
        org.signup_domains = domains.clone();
    }
    org.signup_domains = signup_domains(org.signup_domains.take(), &org.domains)?;
    org.updated_at = state.clock.now();
    let mut tx = state.db.begin().await?;
    match db::organizations::update_in(&mut tx, &org).await? {
        Write::Done(()) => {
            db::audit::admin_change_in(
                &mut tx,
                &org.project_id,
                Some(&org.id),
                Event::OrganizationUpdated,
                &org.id,
                org.updated_at,
            )
            .await?;
            tx.commit().await?;
            Ok(Json(org.into()))
        }
        Write::SlugTaken => Err(slug_taken(&org.slug)),
    }
}

/// Delete an organization with its users.
#[utoipa::path(
    delete,
    path = "/organizations/{organization_id}",
    operation_id = "delete_organization",
    tag = "organizations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "Organization id, `org_...`")),
    responses(
        (status = 204, description = "Deleted, with its users"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn delete_organization(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let id = validate::id(IdKind::Organization, "organization_id", &id)?;
    let mut tx = state.db.begin().await?;
    if db::organizations::delete_in(&mut tx, &auth.project.id, &id).await? {
        db::audit::admin_change_in(
            &mut tx,
            &auth.project.id,
            Some(&id),
            Event::OrganizationDeleted,
            &id,
            state.clock.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound("organization"))
    }
}

/// Validates sign-up domains: each must be one of the organization's verified domains, so an
/// organization can narrow sign-up but never open it to a domain it has not proved.
fn signup_domains(
    values: Option<Vec<String>>,
    verified: &[String],
) -> ApiResult<Option<Vec<String>>> {
    let Some(values) = values else {
        return Ok(None);
    };
    let mut out: Vec<String> = Vec::new();
    for value in &values {
        let domain = validate::domain(value)?;
        if !verified.contains(&domain) {
            return Err(ApiError::invalid_field(
                "unverified_domain",
                "signup_domains",
                format!("'{domain}' is not a verified domain of the organization"),
            ));
        }
        if !out.contains(&domain) {
            out.push(domain);
        }
    }
    out.sort();
    Ok(Some(out))
}
