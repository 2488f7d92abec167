//! The HTTP API: one module per resource, each owning its request/response types, handlers
//! and router. This module assembles them under their prefixes and holds the OpenAPI
//! document's top level (info, tags, security schemes).

pub mod api_keys;
pub mod audit_log;
pub mod authenticate;
pub mod discovery;
pub mod domains;
pub mod exact;
pub mod health;
pub mod invitations;
pub mod login;
pub mod numbers;
pub mod oauth;
pub mod oauth_clients;
pub mod oidc;
pub mod oidc_connections;
pub mod organization_invitations;
pub mod organization_keys;
pub mod organizations;
pub mod pagination;
pub mod project;
pub mod rbac;
pub mod saml_connections;
pub mod scim_group_roles;
pub mod scim_tokens;
pub mod secret_keys;
pub mod sessions;
pub mod signing_keys;
pub mod sso;
pub mod sso_policies;
pub mod users;

use serde::Deserialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

use gatehouse_domain::state::AppState;

/// Name of the security scheme of the backend API.
pub const SECRET_KEY_SCHEME: &str = "secret_key";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Gatehouse API",
        description = "Backend API of Gatehouse, the self-hostable B2B authentication server. \
                       Authenticate with a project secret key: `Authorization: Bearer sk_...`. \
                       Every error answers with the `ErrorBody` shape.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    servers((
        url = "{origin}",
        description = "Your Gatehouse server",
        variables(("origin" = (default = "http://localhost:8080", description = "The server's public URL")))
    )),
    modifiers(&SecuritySchemes),
    components(schemas(crate::error::ErrorBody)),
    tags(
        (name = "project", description = "The project the secret key belongs to"),
        (name = "secret_keys", description = "Secret keys for the backend API"),
        (name = "organizations", description = "Organizations: the tenants of a project"),
        (name = "users", description = "Users; each belongs to one organization"),
        (name = "sessions", description = "Users' sessions"),
        (name = "signing_keys", description = "Keys that sign the project's tokens"),
        (name = "rbac", description = "Actions (permissions) and roles"),
        (name = "api_keys", description = "Organization API keys for machine callers"),
        (name = "audit_log", description = "Sign-ins and administrative changes"),
        (name = "authenticate", description = "Check an access token or API key server-side"),
        (name = "discovery", description = "Public JWKS and OpenID metadata of a project's issuer"),
        (name = "login", description = "Sign-in for first-party apps"),
        (name = "self_serve", description = "Organization admins managing their own organization with their access token"),
        (name = "oauth", description = "OAuth 2.0 token and revocation endpoints"),
        (name = "oidc", description = "OpenID Provider: authorization, userinfo and sign-out"),
        (name = "oauth_clients", description = "OAuth clients registered with the project"),
        (name = "invitations", description = "Invitations to join an organization"),
        (name = "scim_tokens", description = "Bearer tokens for organizations' SCIM directories"),
        (name = "scim_group_roles", description = "Roles that organizations' SCIM groups give their members"),
        (name = "sso_connections", description = "Organizations' SAML and OIDC identity providers and SSO policy"),
        (name = "operations", description = "Health and metrics"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SECRET_KEY_SCHEME,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("sk_test_... or sk_live_...")
                    .description(Some("A project secret key, shown once when created."))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "access_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("A user's access token (RFC 9068)."))
                    .build(),
            ),
        );
    }
}

/// Every route with its OpenAPI description.
pub fn router() -> OpenApiRouter<AppState> {
    let v1 = OpenApiRouter::new()
        .merge(project::router())
        .merge(secret_keys::router())
        .merge(organizations::router())
        .merge(users::router())
        .merge(sessions::router())
        .merge(signing_keys::router())
        .merge(rbac::router())
        .merge(api_keys::router())
        .merge(audit_log::router())
        .merge(authenticate::router())
        .merge(oauth_clients::router())
        .merge(invitations::router())
        .merge(domains::router())
        .merge(scim_tokens::router())
        .merge(scim_group_roles::router())
        .merge(saml_connections::router())
        .merge(oidc_connections::router())
        .merge(sso_policies::router());
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest("/v1", v1)
        .merge(discovery::router())
        .merge(login::router())
        .merge(oauth::router())
        .merge(oidc::router())
        .merge(organization_keys::router())
        .merge(organization_invitations::router())
        .merge(health::router())
}

/// The OpenAPI document of the whole API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut openapi = router().into_openapi();
    exact::complete(&mut openapi);
    openapi
}

/// Tells an explicit `null` (clear the value) from an absent field (leave it unchanged).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A field that may be left out (`None`, with `#[serde(default)]`) but not sent as `null`:
/// for fields whose schema says `nullable = false`, so the document and the parser agree.
pub fn not_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    match Option::<T>::deserialize(deserializer)? {
        Some(value) => Ok(Some(value)),
        None => Err(serde::de::Error::custom(
            "null is not allowed here; leave the field out to keep its value",
        )),
    }
}

/// Formats Unix seconds as an RFC 3339 timestamp for responses.
pub fn timestamp(unix_seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix_seconds)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}
