//! What the two SSO connection resources (`saml_connections.rs`, `oidc_connections.rs`) share:
//! the organization they hang under, the profile mapping, the group-to-role mapping and the
//! URLs of the hosted SSO endpoints (`server/http/src/hosted/sso.rs`). Not a resource itself.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::extract::ProjectAuth;
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::{self, organizations::Organization, sso_connections::ProfileMapping};
use gatehouse_storage::ids::IdKind;

/// Most groups a connection maps to roles.
const MAX_MAPPED_GROUPS: usize = 200;
/// Longest attribute, claim or group name.
const MAX_NAME_BYTES: usize = 512;
/// Most names tried per profile field.
const MAX_NAMES_PER_FIELD: usize = 10;

/// Where a person's email, name and groups are read from: attribute (SAML) or claim (OIDC)
/// names, each list tried in order. Omitted lists take the preset's.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileMappingBody {
    /// Names holding the email address.
    #[serde(default)]
    pub email: Vec<String>,
    /// Names holding the display name.
    #[serde(default)]
    pub name: Vec<String>,
    /// Names holding the groups.
    #[serde(default)]
    pub groups: Vec<String>,
}

impl From<ProfileMapping> for ProfileMappingBody {
    fn from(mapping: ProfileMapping) -> Self {
        Self {
            email: mapping.email,
            name: mapping.name,
            groups: mapping.groups,
        }
    }
}

fn names(field: &str, values: Vec<String>, preset: Vec<String>) -> ApiResult<Vec<String>> {
    if values.len() > MAX_NAMES_PER_FIELD
        || values
            .iter()
            .any(|v| v.trim().is_empty() || v.len() > MAX_NAME_BYTES)
    {
        return Err(ApiError::invalid_field(
            "invalid_mapping",
            field,
            format!("1 to {MAX_NAMES_PER_FIELD} non-empty names of at most {MAX_NAME_BYTES} bytes"),
        ));
    }
    Ok(if values.is_empty() { preset } else { values })
}

/// The mapping `body` asks for, completed from `preset`.
pub fn mapping(
    body: Option<ProfileMappingBody>,
    preset: ProfileMapping,
) -> ApiResult<ProfileMapping> {
    let body = body.unwrap_or_default();
    Ok(ProfileMapping {
        email: names("mapping.email", body.email, preset.email)?,
        name: names("mapping.name", body.name, preset.name)?,
        groups: names("mapping.groups", body.groups, preset.groups)?,
        given_name: preset.given_name,
        family_name: preset.family_name,
    })
}

/// Checks a group-to-role mapping: every key names a role the organization can give.
pub async fn group_roles(
    state: &AppState,
    auth: &ProjectAuth,
    org: &Organization,
    mapping: BTreeMap<String, Vec<String>>,
) -> ApiResult<BTreeMap<String, Vec<String>>> {
    if mapping.len() > MAX_MAPPED_GROUPS {
        return Err(ApiError::invalid_field(
            "invalid_group_roles",
            "group_roles",
            format!("at most {MAX_MAPPED_GROUPS} groups"),
        ));
    }
    let roles = db::rbac::list_roles(&state.db, &auth.project.id, Some(&org.id)).await?;
    let mut out = BTreeMap::new();
    for (group, mut keys) in mapping {
        if group.trim().is_empty() || group.len() > MAX_NAME_BYTES {
            return Err(ApiError::invalid_field(
                "invalid_group_roles",
                "group_roles",
                "group names are 1 to 512 bytes",
            ));
        }
        if let Some(unknown) = keys.iter().find(|k| !roles.iter().any(|r| &r.key == *k)) {
            return Err(ApiError::invalid_field(
                "unknown_role",
                "group_roles",
                format!("no role {unknown:?} in this organization"),
            ));
        }
        keys.sort();
        keys.dedup();
        out.insert(group, keys);
    }
    Ok(out)
}

/// The organization of the path, in the caller's project.
pub async fn organization(
    state: &AppState,
    auth: &ProjectAuth,
    id: &str,
) -> ApiResult<Organization> {
    let id = validate::id(IdKind::Organization, "organization_id", id)?;
    db::organizations::get(&state.db, &auth.project.id, &id)
        .await?
        .ok_or(ApiError::NotFound("organization"))
}

/// Refuses a new connection past the organization's cap.
pub async fn check_capacity(
    state: &AppState,
    auth: &ProjectAuth,
    org: &Organization,
) -> ApiResult<()> {
    let count = db::sso_connections::count(&state.db, &auth.project.id, &org.id).await?;
    if count >= db::sso_connections::MAX_PER_ORGANIZATION {
        return Err(ApiError::conflict(
            "too_many_sso_connections",
            None,
            format!(
                "an organization may hold at most {} SSO connections",
                db::sso_connections::MAX_PER_ORGANIZATION
            ),
        ));
    }
    Ok(())
}

/// The hosted SSO endpoints of connection `id`.
pub fn endpoints(
    state: &AppState,
    auth: &ProjectAuth,
    id: &str,
) -> gatehouse_domain::sso::Endpoints {
    gatehouse_domain::sso::endpoints(&state.config.issuer_of(&auth.project), id)
}

/// An identity provider's URL (SSO URL, metadata URL, issuer): absolute, `https` (or `http`
/// when the operator lets SSO reach private addresses), no credentials, at most 2048 bytes.
/// Where it may point is the guarded fetcher's decision, at fetch time.
pub fn idp_url(state: &AppState, field: &str, value: &str) -> ApiResult<String> {
    let invalid = || {
        ApiError::invalid_field(
            "invalid_url",
            field,
            "an absolute https URL without credentials, at most 2048 bytes",
        )
    };
    if value.len() > 2048 {
        return Err(invalid());
    }
    let parsed = url::Url::parse(value).map_err(|_| invalid())?;
    let scheme_ok = match parsed.scheme() {
        "https" => true,
        "http" => state.config.sso_allow_private_addresses,
        _ => false,
    };
    if !scheme_ok
        || parsed.host().is_none()
        || !parsed.username().is_empty()
        || parsed.password().is_some()
        || parsed.fragment().is_some()
    {
        return Err(invalid());
    }
    Ok(value.to_owned())
}
