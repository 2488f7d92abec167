//! OpenID Provider endpoints of a project's issuer: authorization (code flow with PKCE),
//! userinfo, and RP-initiated logout. Token and revocation endpoints are in `oauth`.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::Member;
use crate::hosted::page::hidden;
use crate::hosted::security::Hosted;
use crate::hosted::{account, guard};
use gatehouse_domain::oidc::authorize::{self, AuthorizeParams, Refused};
use gatehouse_domain::oidc::{self, clients};
use gatehouse_domain::signin;
use gatehouse_domain::state::AppState;
use gatehouse_storage::db::{
    self,
    login::{OrganizationScope, Step},
};
use gatehouse_storage::ids::IdKind;

/// Query of the end-session endpoint (OpenID Connect RP-Initiated Logout 1.0).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LogoutQuery {
    /// An ID token the provider issued to the client (expired ones are accepted).
    pub id_token_hint: Option<String>,
    /// The client asking (required with `post_logout_redirect_uri` when no hint is given).
    pub client_id: Option<String>,
    /// Where to send the browser afterwards; must be registered for the client.
    pub post_logout_redirect_uri: Option<String>,
    /// Returned unchanged to `post_logout_redirect_uri`.
    pub state: Option<String>,
}

/// Claims about the signed-in user (OIDC Core §5.3).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct UserInfo {
    /// `user_...`
    pub sub: String,
    /// Email address.
    pub email: String,
    /// Whether the address is confirmed.
    pub email_verified: bool,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `org_...`
    pub org_id: String,
    /// Organization slug.
    pub org_slug: String,
    /// Organization name.
    pub org_name: String,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        // A browser endpoint answering redirects and HTML, described by the discovery
        // document rather than the API reference.
        .route(
            "/p/{project_id}/oauth/authorize",
            axum::routing::get(authorize),
        )
        .routes(routes!(userinfo, userinfo_post))
        .routes(routes!(end_session))
}

fn too_long(values: &[&Option<String>]) -> bool {
    values.iter().any(|v| {
        v.as_ref()
            .is_some_and(|v| v.len() > authorize::MAX_PARAM_BYTES)
    })
}

/// Start signing a person in (authorization-code flow). Shows the hosted login, or, when the
/// browser already has a hosted-login session that fits the request, redirects back at once
/// with a code. Errors about the client or redirect URI are shown as a page (never
/// redirected); other errors go back to the redirect URI as `error`/`error_description`
/// with `state` and `iss` (RFC 9207).
async fn authorize(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<AuthorizeParams>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return hosted.error(
            StatusCode::BAD_REQUEST,
            "Invalid sign-in request",
            "The application sent a malformed request.",
            "invalid_request",
        );
    };
    let brand = hosted.brand.clone();
    guard(brand, authorize_inner(state, hosted, query)).await
}

async fn authorize_inner(
    state: AppState,
    hosted: Hosted,
    query: AuthorizeParams,
) -> anyhow::Result<Response> {
    let client = match authorize::identify_client(&query) {
        Ok(client_id) => clients::resolve(&state, &hosted.project, client_id).await?,
        Err(refused) => return Ok(authorize_refused(hosted, refused)),
    };
    let valid = match authorize::validate(&query, client.as_ref()) {
        Ok(valid) => valid,
        Err(refused) => return Ok(authorize_refused(hosted, refused)),
    };
    let prompts = valid.prompts;
    let request = valid.authorization;
    // An unknown organization hint is not an error (that would reveal which organizations
    // exist): it simply matches nobody.
    let hint = hosted.organization_hint(valid.organization);
    let organizations = match hint.as_deref() {
        None => OrganizationScope::Any,
        Some(reference) => {
            let org = if IdKind::Organization.matches(reference) {
                db::organizations::get(&state.db, &hosted.project.id, reference).await?
            } else {
                db::organizations::find_by_slug(
                    &state.db,
                    &hosted.project.id,
                    &reference.to_ascii_lowercase(),
                )
                .await?
            };
            org.map_or(OrganizationScope::Nobody, |o| OrganizationScope::Only(o.id))
        }
    };
    let now = state.clock.now();
    let current = hosted.login_session(&state).await?;
    let login_hint = valid
        .login_hint
        .or_else(|| current.as_ref().map(|(_, user)| user.email.clone()));
    let reusable = current.filter(|(session, user)| {
        prompts.allows_reuse()
            && organizations.admits(&user.organization_id)
            && valid
                .max_age
                .is_none_or(|max| now - session.auth_time <= max)
    });
    // A live session is reused only while it satisfies the organization's policy as it is
    // now: one that lacks a second factor the organization started requiring (or the user
    // enrolled since) goes through the second-factor step first.
    let mut owed = None;
    if let Some((session, user)) = &reusable {
        let org =
            db::organizations::get(&state.db, &hosted.project.id, &user.organization_id).await?;
        owed = match org {
            Some(org) => signin::policy::second_factor_owed(user, &org, &session.amr)
                .map(|enrolled| (session.amr.clone(), enrolled)),
            None => None,
        };
        if owed.is_none() {
            let location =
                oidc::issue_code(&state, &hosted.project, &request, user, session).await?;
            return Ok(hosted.redirect(&location));
        }
    }
    if prompts.none {
        let (error, description) = if owed.is_some() {
            ("interaction_required", "a second factor is required")
        } else {
            ("login_required", "the person is not signed in")
        };
        let back = Refused::Back {
            redirect_uri: request.redirect_uri,
            state: request.state,
            error,
            description,
        };
        return Ok(authorize_refused(hosted, back));
    }
    let mut hosted = hosted;
    let browser = hosted.bind_browser();
    let step = match (&reusable, &owed) {
        (Some((_, user)), Some((amr, _))) => Step::SecondFactor {
            user_id: user.id.clone(),
            amr: amr.clone(),
            enrolment: None,
        },
        _ => Step::Identify,
    };
    let flow = signin::flow::start(
        &state.db,
        &hosted.project.id,
        &browser,
        hosted.client.ip.as_deref(),
        signin::flow::NewFlow {
            authorization: Some(request),
            organizations,
            login_hint,
            step,
        },
        now,
    )
    .await?;
    let flow = match flow {
        Ok(flow) => flow,
        Err(refusal) => return Ok(crate::hosted::refused(hosted, refusal)),
    };
    let login = hosted.link("login", &[("flow", &flow.id)]);
    Ok(hosted.redirect(&login))
}

/// Renders a refused authorization request: a page while the client or its redirect URI is
/// not established, else a redirect back with `error`, `state` and `iss` (RFC 9207).
fn authorize_refused(hosted: Hosted, refused: Refused) -> Response {
    match refused {
        Refused::Page { code, message } => hosted.error(
            StatusCode::BAD_REQUEST,
            "This sign-in request cannot be completed",
            message,
            code,
        ),
        Refused::Back {
            redirect_uri,
            state,
            error,
            description,
        } => {
            let issuer = hosted.issuer.clone();
            hosted.redirect(&oidc::error_redirect(
                &redirect_uri,
                error,
                description,
                state.as_deref(),
                &issuer,
            ))
        }
    }
}

async fn user_info(state: &AppState, member: &Member) -> ApiResult<Json<UserInfo>> {
    let project = &member.project;
    let user_id = member.claims.user_id();
    let user = db::users::get(&state.db, &project.id, user_id)
        .await?
        .ok_or(crate::error::ApiError::NotFound("user"))?;
    let org = db::organizations::get(&state.db, &project.id, &user.organization_id)
        .await?
        .ok_or(crate::error::ApiError::NotFound("organization"))?;
    Ok(Json(UserInfo {
        sub: user.id.into(),
        email: user.email,
        email_verified: user.email_verified,
        name: user.name,
        org_id: org.id.into(),
        org_slug: org.slug,
        org_name: org.name,
    }))
}

/// Claims about the user of the access token (OIDC UserInfo).
#[utoipa::path(
    get,
    path = "/p/{project_id}/oauth/userinfo",
    operation_id = "get_userinfo",
    tag = "oidc",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    security(("access_token" = [])),
    responses(
        (status = 200, description = "The user", body = UserInfo),
        (status = 401, description = "Missing, invalid or revoked access token", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn userinfo(State(state): State<AppState>, member: Member) -> ApiResult<Json<UserInfo>> {
    user_info(&state, &member).await
}

/// Same as `GET`, for clients that POST (OIDC Core §5.3.1).
#[utoipa::path(
    post,
    path = "/p/{project_id}/oauth/userinfo",
    operation_id = "post_userinfo",
    tag = "oidc",
    params(("project_id" = String, Path, description = "Project id, `proj_...`")),
    security(("access_token" = [])),
    responses(
        (status = 200, description = "The user", body = UserInfo),
        (status = 401, description = "Missing, invalid or revoked access token", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn userinfo_post(State(state): State<AppState>, member: Member) -> ApiResult<Json<UserInfo>> {
    user_info(&state, &member).await
}

/// The client an ID token was issued to (its `aud`), when we signed it and it names the
/// browser's current user. Expired tokens are accepted, as RP-initiated logout allows.
async fn id_token_hint_client(
    state: &AppState,
    hosted: &Hosted,
    hint: &str,
) -> anyhow::Result<Option<(String, String)>> {
    let Ok(header) = jsonwebtoken::decode_header(hint) else {
        return Ok(None);
    };
    let Some(kid) = header.kid else {
        return Ok(None);
    };
    let keys = gatehouse_domain::signing::published(state, &hosted.project).await?;
    let Ok(set) = serde_json::from_str::<jsonwebtoken::jwk::JwkSet>(keys.document().body()) else {
        return Ok(None);
    };
    let Some(jwk) = set.find(&kid) else {
        return Ok(None);
    };
    let Ok(key) = jsonwebtoken::DecodingKey::from_jwk(jwk) else {
        return Ok(None);
    };
    // Only the algorithms we sign with, and only the one the key is for (jsonwebtoken
    // refuses a validation listing algorithms of another key family).
    let key_alg = match jwk.common.key_algorithm {
        Some(jsonwebtoken::jwk::KeyAlgorithm::EdDSA) => jsonwebtoken::Algorithm::EdDSA,
        Some(jsonwebtoken::jwk::KeyAlgorithm::ES256) => jsonwebtoken::Algorithm::ES256,
        _ => return Ok(None),
    };
    if header.alg != key_alg {
        return Ok(None);
    }
    let mut validation = jsonwebtoken::Validation::new(key_alg);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.set_issuer(&[hosted.issuer.as_str()]);
    validation.set_required_spec_claims(&["iss", "sub", "aud"]);
    #[derive(Deserialize)]
    struct Hint {
        sub: String,
        aud: String,
    }
    Ok(jsonwebtoken::decode::<Hint>(hint, &key, &validation)
        .ok()
        .map(|data| (data.claims.aud, data.claims.sub)))
}

/// Sign out of the hosted login (OpenID Connect RP-Initiated Logout): ends the browser's
/// hosted-login session and the sessions it started. With a valid `id_token_hint` for the
/// current user it acts at once; otherwise it asks the person to confirm. Afterwards it
/// redirects to `post_logout_redirect_uri` (exact match with the client's registered
/// values) with `state`, or shows a signed-out page.
#[utoipa::path(
    get,
    path = "/p/{project_id}/oauth/logout",
    operation_id = "end_session",
    security(()),
    tag = "oidc",
    params(("project_id" = String, Path, description = "Project id, `proj_...`"), LogoutQuery),
    responses(
        (status = 303, description = "Signed out; to `post_logout_redirect_uri`"),
        (status = 200, description = "HTML: signed out, or a confirmation form"),
        (status = 400, description = "HTML error page: unregistered `post_logout_redirect_uri`"),
        (status = 404, description = "No such project", body = ErrorBody),
    )
)]
async fn end_session(
    State(state): State<AppState>,
    hosted: Hosted,
    query: Result<Query<LogoutQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return hosted.error(
            StatusCode::BAD_REQUEST,
            "Invalid sign-out request",
            "The application sent a malformed request.",
            "invalid_request",
        );
    };
    let brand = hosted.brand.clone();
    guard(brand, end_session_inner(state, hosted, query)).await
}

async fn end_session_inner(
    state: AppState,
    mut hosted: Hosted,
    query: LogoutQuery,
) -> anyhow::Result<Response> {
    if too_long(&[
        &query.client_id,
        &query.post_logout_redirect_uri,
        &query.state,
    ]) || query.id_token_hint.as_ref().is_some_and(|h| h.len() > 8192)
    {
        return Ok(hosted.error(
            StatusCode::BAD_REQUEST,
            "Invalid sign-out request",
            "A parameter is too long.",
            "invalid_request",
        ));
    }
    let hint = match query.id_token_hint.as_deref() {
        Some(hint) => id_token_hint_client(&state, &hosted, hint).await?,
        None => None,
    };
    let client_id = query
        .client_id
        .clone()
        .or_else(|| hint.as_ref().map(|(aud, _)| aud.clone()))
        .unwrap_or_default();
    if let Some((aud, _)) = &hint
        && *aud != client_id
    {
        return Ok(hosted.error(
            StatusCode::BAD_REQUEST,
            "Invalid sign-out request",
            "client_id does not match the ID token.",
            "invalid_request",
        ));
    }
    let target = match query.post_logout_redirect_uri.as_deref() {
        None => None,
        Some(uri) => match clients::resolve(&state, &hosted.project, &client_id).await? {
            Some(client) if client.accepts_post_logout(uri) => Some(uri.to_owned()),
            _ => {
                return Ok(crate::hosted::account::unregistered_return(hosted));
            }
        },
    };
    let current = hosted.login_session(&state).await?;
    let hint_matches = match (&hint, &current) {
        (Some((_, sub)), Some((_, user))) => *sub == user.id,
        _ => false,
    };
    if current.is_some() && !hint_matches {
        // Without proof that the application speaks for this person, ask them.
        let action = hosted.link("logout", &[]);
        let csrf = hosted.csrf.clone();
        let name = hosted.brand.name.clone();
        return Ok(hosted.page(StatusCode::OK, "Sign out?", html! {
            p { "Do you want to sign out of " (name) " on this device?" }
            form method="post" action=(action) {
                (hidden(&csrf, None))
                input type="hidden" name="client_id" value=(client_id);
                input type="hidden" name="post_logout_redirect_uri" value=(target.clone().unwrap_or_default());
                input type="hidden" name="state" value=(query.state.clone().unwrap_or_default());
                button type="submit" { "Sign out" }
            }
        }));
    }
    account::signed_out(&state, &mut hosted).await?;
    Ok(match target {
        Some(uri) => {
            let mut params = Vec::new();
            if let Some(s) = query.state.as_deref() {
                params.push(("state", s));
            }
            let location = oidc::with_query(&uri, &params);
            hosted.redirect(&location)
        }
        None => account::signed_out_page(hosted),
    })
}
