//! Sign-in through an organization's identity provider: the HTTP side of SAML and OIDC
//! connections. The protocol decisions are `gatehouse_domain::saml` and
//! `gatehouse_domain::federation`; which user an answer signs in is `gatehouse_domain::sso`.
//!
//! The identity provider's answer arrives cross-site (SAML's HTTP-POST to the ACS, or the OIDC
//! redirect to the callback), where the browser's SameSite=Lax cookies may be missing. So the
//! ACS and the callback only verify the answer and store it with the pending request, keyed by
//! the RelayState / `state` handle, and answer 303 to `sso/complete`, a same-site GET that
//! checks the flow belongs to this browser before it takes the answer (once) and finishes the
//! sign-in. A failure shows an error page with the stable code (`saml_*`, `oidc_*`, `sso_*`),
//! is audited, and opens no session.

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::security::{Hosted, unreadable_part};
use super::{FlowProblem, flow_problem, guard, load_flow};
use gatehouse_domain::sso::{self, VerifiedProfile};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{federation, saml, secrets};
use gatehouse_storage::db::{
    self,
    login::Flow,
    sso_connections::{Connection, OidcSettings, ProtocolSettings, SamlSettings},
    sso_requests::Request,
};
use gatehouse_storage::ids::IdKind;

/// The context the PKCE verifier of a pending OIDC request is sealed under.
const PKCE_CONTEXT: &str = "sso_request.pkce_verifier";
/// Longest handle (RelayState or `state`) looked up; ours are 43 characters.
const MAX_HANDLE_LEN: usize = 128;

/// Form the IdP posts to the ACS (SAML HTTP-POST binding).
#[derive(Debug, Deserialize)]
pub struct AcsForm {
    #[serde(rename = "SAMLResponse")]
    saml_response: String,
    #[serde(rename = "RelayState")]
    relay_state: Option<String>,
}

/// Query of the OIDC callback.
#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// Query of the finishing step.
#[derive(Debug, Deserialize)]
pub struct CompleteQuery {
    handle: String,
}

/// Query of an explicit start (`sso/{connection_id}/start`).
#[derive(Debug, Deserialize)]
pub struct StartQuery {
    flow: Option<String>,
    login_hint: Option<String>,
}

/// An SSO failure: the error page with its code, after auditing it.
async fn failed(
    state: &AppState,
    hosted: Hosted,
    connection: Option<&Connection>,
    code: &str,
) -> anyhow::Result<Response> {
    sso::record_failure(
        &state.db,
        &hosted.project,
        connection,
        code,
        &hosted.client,
        state.clock.now(),
    )
    .await?;
    Ok(hosted.error(
        StatusCode::BAD_REQUEST,
        "Signing in through your identity provider failed",
        "Your organization's identity provider answered in a way we cannot accept. Start signing in again; if it keeps happening, give your administrator this code.",
        code,
    ))
}

fn saml_parties(
    hosted: &Hosted,
    connection: &Connection,
    settings: &SamlSettings,
) -> (saml::ServiceProvider, saml::IdentityProvider) {
    let endpoints = sso::endpoints(&hosted.issuer, &connection.id);
    (
        saml::ServiceProvider {
            entity_id: endpoints.sp_entity_id,
            acs_url: endpoints.acs_url,
        },
        saml::IdentityProvider {
            entity_id: settings.idp_entity_id.clone(),
            sso_url: settings.idp_sso_url.clone(),
            certificates: settings.idp_certificates.clone(),
            allow_sha1: settings.allow_sha1,
            allow_idp_initiated: settings.allow_idp_initiated,
            extra_audiences: settings.extra_audiences.clone(),
            clock_skew_seconds: settings.clock_skew_seconds,
        },
    )
}

fn provider_metadata(settings: &OidcSettings) -> anyhow::Result<federation::ProviderMetadata> {
    Ok(serde_json::from_value(settings.discovery.clone())?)
}

async fn connection_of(
    state: &AppState,
    hosted: &Hosted,
    id: &str,
) -> anyhow::Result<Option<Connection>> {
    if !(IdKind::SamlConnection.matches(id) || IdKind::OidcConnection.matches(id)) {
        return Ok(None);
    }
    db::sso_connections::get_in_project(&state.db, &hosted.project.id, id).await
}

/// Sends the browser to `connection`'s identity provider for the flow (started here when
/// there is none), remembering the request.
pub async fn start(
    state: &AppState,
    mut hosted: Hosted,
    flow: Option<Flow>,
    connection: &Connection,
    login_hint: Option<&str>,
) -> anyhow::Result<Response> {
    let flow = match super::ensure_flow(state, &mut hosted, flow).await? {
        Ok(flow) => flow,
        Err(refusal) => return Ok(super::refused(hosted, refusal)),
    };
    let now = state.clock.now();
    let mut request = Request {
        handle_hash: String::new(),
        project_id: hosted.project.id.clone(),
        connection_id: connection.id.clone(),
        flow_id: Some(flow.id.clone()),
        request_id: None,
        nonce: None,
        pkce_verifier_sealed: None,
        outcome: None,
        created_at: now,
        expires_at: now + sso::REQUEST_LIFETIME_SECONDS,
        used_at: None,
    };
    let location = match &connection.settings.protocol {
        ProtocolSettings::Saml(settings) => {
            let (sp, idp) = saml_parties(&hosted, connection, settings);
            let handle = secrets::random_token(32);
            let authn = match saml::authn_request(&sp, &idp, &handle, now) {
                Ok(authn) => authn,
                Err(err) => return failed(state, hosted, Some(connection), err.code()).await,
            };
            request.handle_hash = secrets::hash_secret(&handle);
            request.request_id = Some(authn.id);
            authn.redirect_url
        }
        ProtocolSettings::Oidc(settings) => {
            let metadata = provider_metadata(settings)?;
            let endpoints = sso::endpoints(&hosted.issuer, &connection.id);
            let scopes: Vec<&str> = settings.scopes.iter().map(String::as_str).collect();
            let (url, pending) = federation::begin(
                &metadata,
                &settings.client_id,
                &endpoints.redirect_uri,
                &scopes,
                login_hint,
            );
            request.handle_hash = secrets::hash_secret(&pending.state);
            request.nonce = Some(pending.nonce);
            request.pkce_verifier_sealed = Some(
                state
                    .master_key
                    .seal(PKCE_CONTEXT, pending.pkce_verifier.as_bytes())?,
            );
            url
        }
    };
    db::sso_requests::insert(&state.db, &request).await?;
    Ok(hosted.redirect(&location))
}

/// `GET {issuer}/sso/{connection_id}/start`: an explicit start (a link from the application
/// or the IdP's portal), for an enabled connection only.
pub async fn start_page(
    State(state): State<AppState>,
    hosted: Hosted,
    Path((_, connection_id)): Path<(String, String)>,
    query: Result<Query<StartQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return unreadable_part(hosted, "query");
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let flow = match load_flow(&state, &hosted, query.flow.as_deref()).await? {
            Ok(flow) => flow,
            Err(problem) => return Ok(flow_problem(hosted, problem)),
        };
        let Some(connection) = connection_of(&state, &hosted, &connection_id)
            .await?
            .filter(|c| c.enabled)
        else {
            return failed(&state, hosted, None, "sso_connection_disabled").await;
        };
        if let Some(flow) = &flow
            && !flow.organizations.admits(&connection.organization_id)
        {
            return failed(&state, hosted, Some(&connection), "sso_wrong_organization").await;
        }
        start(
            &state,
            hosted,
            flow,
            &connection,
            query.login_hint.as_deref(),
        )
        .await
    })
    .await
}

/// `GET {issuer}/sso/{connection_id}/metadata`: our SAML SP metadata for the connection.
pub async fn metadata(
    State(state): State<AppState>,
    hosted: Hosted,
    Path((_, connection_id)): Path<(String, String)>,
) -> Response {
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let Some(connection) = connection_of(&state, &hosted, &connection_id).await? else {
            return Ok(hosted.error(
                StatusCode::NOT_FOUND,
                "No such connection",
                "Check the metadata URL.",
                "not_found",
            ));
        };
        let ProtocolSettings::Saml(settings) = &connection.settings.protocol else {
            return Ok(hosted.error(
                StatusCode::NOT_FOUND,
                "No such connection",
                "Check the metadata URL.",
                "not_found",
            ));
        };
        let (sp, _) = saml_parties(&hosted, &connection, settings);
        let document = match saml::sp_metadata(&sp) {
            Ok(document) => document,
            Err(err) => return failed(&state, hosted, Some(&connection), err.code()).await,
        };
        let mut response = (StatusCode::OK, document).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/samlmetadata+xml"),
        );
        Ok(response)
    })
    .await
}

fn handle_ok(handle: &str) -> bool {
    !handle.is_empty() && handle.len() <= MAX_HANDLE_LEN
}

/// Stores a verified profile with its request and sends the browser to the same-site step.
async fn answered(
    state: &AppState,
    hosted: Hosted,
    connection: &Connection,
    handle: &str,
    profile: &VerifiedProfile,
) -> anyhow::Result<Response> {
    let outcome = serde_json::to_string(profile)?;
    let hash = secrets::hash_secret(handle);
    if !db::sso_requests::answer(
        &state.db,
        &hosted.project.id,
        &hash,
        &outcome,
        state.clock.now(),
    )
    .await?
    {
        return failed(state, hosted, Some(connection), "sso_request_expired").await;
    }
    let next = hosted.link("sso/complete", &[("handle", handle)]);
    Ok(hosted.redirect(&next))
}

/// `POST {issuer}/sso/{connection_id}/acs`: the SAML assertion consumer service.
pub async fn acs(
    State(state): State<AppState>,
    hosted: Hosted,
    Path((_, connection_id)): Path<(String, String)>,
    form: Result<Form<AcsForm>, FormRejection>,
) -> Response {
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let Some(connection) = connection_of(&state, &hosted, &connection_id).await? else {
            return failed(&state, hosted, None, "sso_connection_disabled").await;
        };
        let ProtocolSettings::Saml(settings) = &connection.settings.protocol else {
            return failed(&state, hosted, Some(&connection), "sso_connection_disabled").await;
        };
        if !connection.enabled {
            return failed(&state, hosted, Some(&connection), "sso_connection_disabled").await;
        }
        let Ok(Form(form)) = form else {
            return failed(&state, hosted, Some(&connection), "saml_malformed").await;
        };
        let now = state.clock.now();
        let relay = form.relay_state.filter(|r| handle_ok(r));
        let pending = match &relay {
            Some(handle) => {
                db::sso_requests::get_pending(
                    &state.db,
                    &hosted.project.id,
                    &connection.id,
                    &secrets::hash_secret(handle),
                    now,
                )
                .await?
            }
            None => None,
        };
        if pending.is_none() && !settings.allow_idp_initiated {
            let code = if relay.is_some() {
                "sso_request_expired"
            } else {
                "saml_unsolicited"
            };
            return failed(&state, hosted, Some(&connection), code).await;
        }
        let (sp, idp) = saml_parties(&hosted, &connection, settings);
        let expected = pending.as_ref().and_then(|p| p.request_id.as_deref());
        let assertion = match saml::verify_response(&sp, &idp, &form.saml_response, expected, now) {
            Ok(assertion) => assertion,
            Err(err) => return failed(&state, hosted, Some(&connection), err.code()).await,
        };
        if !db::sso_requests::remember_assertion(
            &state.db,
            &hosted.project.id,
            &connection.id,
            &assertion.id,
            assertion.not_on_or_after.max(now) + settings.clock_skew_seconds,
        )
        .await?
        {
            return failed(&state, hosted, Some(&connection), "saml_replayed").await;
        }
        let mapping = saml::AttributeMapping {
            email: settings.mapping.email.clone(),
            name: settings.mapping.name.clone(),
            groups: settings.mapping.groups.clone(),
            given_name: settings.mapping.given_name.clone(),
            family_name: settings.mapping.family_name.clone(),
        };
        let mapped = saml::map_profile(&assertion, &mapping);
        let profile = VerifiedProfile {
            connection_id: connection.id.clone(),
            issuer: assertion.issuer.clone(),
            subject: assertion.name_id.clone(),
            // A NameID in email format is the address when no attribute gives one.
            email: mapped.email.or_else(|| {
                (assertion.name_id_format.as_deref()
                    == Some("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"))
                .then(|| assertion.name_id.clone())
            }),
            name: mapped.name,
            groups: mapped.groups,
            mfa: mapped.mfa,
        };
        match (pending, relay) {
            (Some(_), Some(handle)) => {
                answered(&state, hosted, &connection, &handle, &profile).await
            }
            _ => {
                // IdP-initiated (opted in): a request of its own, bound to no flow yet.
                let handle = secrets::random_token(32);
                db::sso_requests::insert(
                    &state.db,
                    &Request {
                        handle_hash: secrets::hash_secret(&handle),
                        project_id: hosted.project.id.clone(),
                        connection_id: connection.id.clone(),
                        flow_id: None,
                        request_id: None,
                        nonce: None,
                        pkce_verifier_sealed: None,
                        outcome: None,
                        created_at: now,
                        expires_at: now + sso::REQUEST_LIFETIME_SECONDS,
                        used_at: None,
                    },
                )
                .await?;
                answered(&state, hosted, &connection, &handle, &profile).await
            }
        }
    })
    .await
}

/// `GET {issuer}/sso/{connection_id}/callback`: the OIDC redirect URI.
pub async fn callback(
    State(state): State<AppState>,
    hosted: Hosted,
    Path((_, connection_id)): Path<(String, String)>,
    query: Result<Query<CallbackQuery>, QueryRejection>,
) -> Response {
    let brand = hosted.brand.clone();
    guard(brand, async move {
        let Some(connection) = connection_of(&state, &hosted, &connection_id).await? else {
            return failed(&state, hosted, None, "sso_connection_disabled").await;
        };
        let ProtocolSettings::Oidc(settings) = &connection.settings.protocol else {
            return failed(&state, hosted, Some(&connection), "sso_connection_disabled").await;
        };
        if !connection.enabled {
            return failed(&state, hosted, Some(&connection), "sso_connection_disabled").await;
        }
        let Ok(Query(query)) = query else {
            return failed(&state, hosted, Some(&connection), "oidc_state_mismatch").await;
        };
        let Some(handle) = query.state.filter(|s| handle_ok(s)) else {
            return failed(&state, hosted, Some(&connection), "oidc_state_mismatch").await;
        };
        let now = state.clock.now();
        let Some(request) = db::sso_requests::get_pending(
            &state.db,
            &hosted.project.id,
            &connection.id,
            &secrets::hash_secret(&handle),
            now,
        )
        .await?
        else {
            return failed(&state, hosted, Some(&connection), "oidc_state_mismatch").await;
        };
        if query.error.is_some() {
            return failed(&state, hosted, Some(&connection), "oidc_provider_error").await;
        }
        let Some(code) = query.code.filter(|c| !c.is_empty() && c.len() <= 2048) else {
            return failed(
                &state,
                hosted,
                Some(&connection),
                "oidc_token_exchange_failed",
            )
            .await;
        };
        let (Some(nonce), Some(sealed)) = (
            request.nonce.clone(),
            request.pkce_verifier_sealed.as_deref(),
        ) else {
            return failed(&state, hosted, Some(&connection), "oidc_state_mismatch").await;
        };
        let pending = federation::Pending {
            state: handle.clone(),
            nonce,
            pkce_verifier: String::from_utf8(state.master_key.open(PKCE_CONTEXT, sealed)?)?,
        };
        let Some(secret) = connection.client_secret_sealed.as_deref() else {
            return failed(
                &state,
                hosted,
                Some(&connection),
                "oidc_token_exchange_failed",
            )
            .await;
        };
        let secret = String::from_utf8(
            state
                .master_key
                .open(&sso::client_secret_context(&connection.id), secret)?,
        )?;
        let metadata = provider_metadata(settings)?;
        let endpoints = sso::endpoints(&hosted.issuer, &connection.id);
        let verified = match federation::finish(
            &state.sso.fetcher,
            &state.sso.jwks,
            &metadata,
            federation::ClientCredentials {
                client_id: &settings.client_id,
                client_secret: &secret,
            },
            &endpoints.redirect_uri,
            &code,
            &pending,
            now,
        )
        .await
        {
            Ok(verified) => verified,
            Err(err) => return failed(&state, hosted, Some(&connection), err.code()).await,
        };
        let profile = VerifiedProfile {
            connection_id: connection.id.clone(),
            issuer: verified.issuer,
            subject: verified.subject,
            // An unverified address is never used to find, link or provision anyone.
            email: verified.email.filter(|_| verified.email_verified),
            name: verified.name,
            groups: verified.groups,
            mfa: verified.mfa,
        };
        answered(&state, hosted, &connection, &handle, &profile).await
    })
    .await
}

/// `GET {issuer}/sso/complete`: the same-site step that finishes an SSO sign-in.
pub async fn complete(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<CompleteQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return unreadable_part(hosted, "query");
    };
    let brand = hosted.brand.clone();
    guard(brand, async move {
        if !handle_ok(&query.handle) {
            return failed(&state, hosted, None, "sso_request_expired").await;
        }
        let hash = secrets::hash_secret(&query.handle);
        let now = state.clock.now();
        let Some(peeked) =
            db::sso_requests::peek_answered(&state.db, &hosted.project.id, &hash, now).await?
        else {
            return failed(&state, hosted, None, "sso_request_expired").await;
        };
        // The flow must be this browser's before the answer is taken.
        let flow = match peeked.flow_id.as_deref() {
            Some(flow_id) => match load_flow(&state, &hosted, Some(flow_id)).await? {
                Ok(Some(flow)) => Some(flow),
                Ok(None) => return Ok(super::flow_expired(hosted)),
                Err(FlowProblem::OtherBrowser) => {
                    return Ok(flow_problem(hosted, FlowProblem::OtherBrowser));
                }
                Err(problem) => return Ok(flow_problem(hosted, problem)),
            },
            None => None,
        };
        let Some(request) =
            db::sso_requests::take_outcome(&state.db, &hosted.project.id, &hash, now).await?
        else {
            return failed(&state, hosted, None, "sso_request_expired").await;
        };
        let Some(connection) = connection_of(&state, &hosted, &request.connection_id).await? else {
            return failed(&state, hosted, None, "sso_connection_disabled").await;
        };
        let Some(profile) = request
            .outcome
            .as_deref()
            .and_then(|o| serde_json::from_str::<VerifiedProfile>(o).ok())
            .filter(|p| p.connection_id == connection.id)
        else {
            return failed(&state, hosted, Some(&connection), "sso_request_expired").await;
        };
        if let Some(flow) = &flow
            && !flow.organizations.admits(&connection.organization_id)
        {
            return failed(&state, hosted, Some(&connection), "sso_wrong_organization").await;
        }
        let resolved = match sso::resolve(&state.db, &hosted.project, &connection, &profile, now)
            .await?
        {
            Ok(resolved) => resolved,
            Err(refusal) => return failed(&state, hosted, Some(&connection), refusal.code()).await,
        };
        let amr = sso::amr(&profile);
        if gatehouse_domain::signin::policy::second_factor_owed(
            &resolved.user,
            &resolved.organization,
            &amr,
        )
        .is_some()
        {
            return failed(
                &state,
                hosted,
                Some(&connection),
                sso::Refusal::MfaRequired.code(),
            )
            .await;
        }
        super::complete_with(
            &state,
            hosted,
            flow,
            &resolved.user,
            &resolved.organization,
            &amr,
            Some(&connection.id),
        )
        .await
    })
    .await
}

/// The enabled connection the login sends `email` to: the first of the one organization
/// that verified the email's domain and has one, when the flow may sign in to it. Unknown
/// domains and domains without SSO take the same path (one query) and get `None` alike.
pub async fn route_email(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
    email: &str,
) -> anyhow::Result<Option<Connection>> {
    let Some((_, domain)) = email.rsplit_once('@') else {
        return Ok(None);
    };
    let organizations =
        db::sso_connections::organizations_routing_domain(&state.db, &hosted.project.id, domain)
            .await?;
    // Two organizations claiming one domain route nowhere: neither may capture the other's
    // people.
    let [organization_id] = organizations.as_slice() else {
        return Ok(None);
    };
    route_organization(state, hosted, flow, organization_id).await
}

/// The enabled connection of organization `organization_id`, when the flow may sign in to it.
pub async fn route_organization(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
    organization_id: &str,
) -> anyhow::Result<Option<Connection>> {
    if flow.is_some_and(|f| !f.organizations.admits(organization_id)) {
        return Ok(None);
    }
    db::sso_connections::first_enabled(&state.db, &hosted.project.id, organization_id).await
}

/// The enabled connection of the organization with `slug`, when the flow may sign in to it.
pub async fn route_slug(
    state: &AppState,
    hosted: &Hosted,
    flow: Option<&Flow>,
    slug: &str,
) -> anyhow::Result<Option<Connection>> {
    let Some(org) = db::organizations::find_by_slug(&state.db, &hosted.project.id, slug).await?
    else {
        return Ok(None);
    };
    route_organization(state, hosted, flow, &org.id).await
}
