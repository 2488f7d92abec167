//! Verifying an organization's email domain by DNS: the operator asks for a challenge, the
//! customer publishes `gatehouse-domain-verification=<token>` as a TXT record at
//! `_gatehouse-challenge.<domain>`, and a check that finds it adds the domain to the
//! organization's verified domains (used for sign-up by domain and login discovery). The
//! lookup goes through the server's pluggable [`TxtLookup`](gatehouse_domain::dns::TxtLookup).
//! Operators can still set verified domains directly with `update_organization`.

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
use gatehouse_storage::db::{self, domain_verifications::DomainVerification};
use gatehouse_storage::events::Event;

/// Label prefixed to the domain for the TXT record.
pub const RECORD_PREFIX: &str = "_gatehouse-challenge";
/// Prefix of the record's value.
pub const VALUE_PREFIX: &str = "gatehouse-domain-verification=";

/// A domain-verification challenge.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DomainVerificationBody {
    /// The domain.
    pub domain: String,
    /// Where to publish the TXT record.
    pub record_name: String,
    /// The TXT record's exact value.
    pub record_value: String,
    /// `pending` or `verified`.
    pub status: String,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last check, if any.
    pub checked_at: Option<String>,
    /// RFC 3339 time of verification, if verified.
    pub verified_at: Option<String>,
}

impl From<DomainVerification> for DomainVerificationBody {
    fn from(challenge: DomainVerification) -> Self {
        Self {
            record_name: format!("{RECORD_PREFIX}.{}", challenge.domain),
            record_value: format!("{VALUE_PREFIX}{}", challenge.token),
            status: if challenge.verified_at.is_some() {
                "verified"
            } else {
                "pending"
            }
            .to_owned(),
            domain: challenge.domain,
            created_at: timestamp(challenge.created_at),
            checked_at: challenge.checked_at.map(timestamp),
            verified_at: challenge.verified_at.map(timestamp),
        }
    }
}

/// Body of `create_domain_verification`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"domain": "acme.com"}))]
pub struct CreateDomainVerification {
    /// The email domain to verify.
    pub domain: String,
}

/// The organization's challenges.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DomainVerificationList {
    /// Challenges, by domain.
    pub data: Vec<DomainVerificationBody>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            create_domain_verification,
            list_domain_verifications
        ))
        .routes(routes!(check_domain_verification))
}

/// Start verifying a domain: returns the TXT record to publish (the same one when asked
/// again).
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/domain_verifications",
    operation_id = "create_domain_verification",
    tag = "organizations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "`org_...`")),
    request_body = CreateDomainVerification,
    responses(
        (status = 201, description = "The challenge", body = DomainVerificationBody),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "Already a verified domain of the organization (`domain_already_verified`)", body = ErrorBody),
        (status = 422, description = "Invalid domain", body = ErrorBody),
    )
)]
async fn create_domain_verification(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
    ApiJson(body): ApiJson<CreateDomainVerification>,
) -> ApiResult<(StatusCode, Json<DomainVerificationBody>)> {
    let org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let domain = validate::domain(&body.domain)?;
    if org.domains.contains(&domain) {
        return Err(ApiError::conflict(
            "domain_already_verified",
            Some("domain"),
            "the organization has already verified this domain",
        ));
    }
    if let Some(existing) =
        db::domain_verifications::get(&state.db, &auth.project.id, &org.id, &domain).await?
    {
        return Ok((StatusCode::CREATED, Json(existing.into())));
    }
    let challenge = DomainVerification {
        organization_id: org.id.clone(),
        project_id: auth.project.id.clone(),
        domain,
        token: secrets::random_token(24),
        created_at: state.clock.now(),
        checked_at: None,
        verified_at: None,
    };
    db::domain_verifications::insert(&state.db, &challenge).await?;
    Ok((StatusCode::CREATED, Json(challenge.into())))
}

/// List the organization's domain challenges.
#[utoipa::path(
    get,
    path = "/organizations/{organization_id}/domain_verifications",
    operation_id = "list_domain_verifications",
    tag = "organizations",
    security(("secret_key" = [])),
    params(("organization_id" = String, Path, description = "`org_...`")),
    responses(
        (status = 200, description = "The challenges", body = DomainVerificationList),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
    )
)]
async fn list_domain_verifications(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(organization_id): ApiPath<String>,
) -> ApiResult<Json<DomainVerificationList>> {
    let org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let rows = db::domain_verifications::list(&state.db, &auth.project.id, &org.id).await?;
    Ok(Json(DomainVerificationList {
        data: rows.into_iter().map(Into::into).collect(),
    }))
}

/// Look up the TXT record now; when it holds the challenge value, the domain becomes a
/// verified domain of the organization.
#[utoipa::path(
    post,
    path = "/organizations/{organization_id}/domain_verifications/{domain}/check",
    operation_id = "check_domain_verification",
    tag = "organizations",
    security(("secret_key" = [])),
    params(
        ("organization_id" = String, Path, description = "`org_...`"),
        ("domain" = String, Path, description = "The domain being verified"),
    ),
    responses(
        (status = 200, description = "Verified", body = DomainVerificationBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such challenge in this organization", body = ErrorBody),
        (status = 422, description = "The record was not found or holds another value (`verification_failed`)", body = ErrorBody),
    )
)]
async fn check_domain_verification(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath((organization_id, domain)): ApiPath<(String, String)>,
) -> ApiResult<Json<DomainVerificationBody>> {
    let mut org = super::organizations::load(&state, &auth.project.id, &organization_id).await?;
    let domain = domain.trim().to_ascii_lowercase();
    let challenge = db::domain_verifications::get(&state.db, &auth.project.id, &org.id, &domain)
        .await?
        .ok_or(ApiError::NotFound("domain verification"))?;
    let now = state.clock.now();
    if challenge.verified_at.is_some() {
        return Ok(Json(challenge.into()));
    }
    let name = format!("{RECORD_PREFIX}.{domain}");
    let expected = format!("{VALUE_PREFIX}{}", challenge.token);
    let found = state.dns.txt(&name).await;
    let verified = matches!(&found, Ok(values) if values.iter().any(|v| v.trim() == expected));
    db::domain_verifications::record_check(&state.db, &challenge, now, verified).await?;
    if !verified {
        let why = match found {
            Ok(values) if values.is_empty() => format!("no TXT record was found at {name}"),
            Ok(_) => format!("the TXT records at {name} do not contain {expected}"),
            Err(err) => format!("the DNS lookup of {name} failed: {err}"),
        };
        return Err(ApiError::InvalidRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "verification_failed",
            message: format!(
                "{why}; publish the record and check again (DNS changes can take a while)"
            ),
            field: None,
        });
    }
    let mut tx = state.db.begin().await?;
    if !org.domains.contains(&domain) {
        org.domains.push(domain.clone());
        org.domains.sort();
        org.updated_at = now;
        if let db::organizations::Write::SlugTaken =
            db::organizations::update_in(&mut tx, &org).await?
        {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "slug conflict while adding a domain"
            )));
        }
    }
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        Some(&org.id),
        Event::OrganizationDomainVerified,
        &domain,
        now,
    )
    .await?;
    tx.commit().await?;
    let verified = db::domain_verifications::get(&state.db, &auth.project.id, &org.id, &domain)
        .await?
        .ok_or(ApiError::NotFound("domain verification"))?;
    Ok(Json(verified.into()))
}
