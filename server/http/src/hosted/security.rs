//! What every hosted page shares: the project and its branding, cookies, CSRF protection and
//! the browser's hosted-login session.
//!
//! CSRF: a `gh_csrf` cookie (HttpOnly, SameSite=Lax) holding a random value and the server's
//! MAC of it, and, in every form, a second MAC of that cookie; both MACs are under keys
//! derived from the master key. A cookie the server did not mint is replaced, never paired
//! with a form, and a POST is accepted only when the form's token is the MAC of the cookie it
//! arrives with, so another site can neither read nor forge it. POSTs whose `Origin` is not
//! the issuer's are refused as well, `null` included (the pages send `Referrer-Policy:
//! same-origin`, under which browsers send the real origin on their own forms).
//!
//! Session: `gh_session` holds a random secret whose SHA-256 names a `login_sessions` row;
//! the cookie is HttpOnly and SameSite=Lax.
//!
//! Flows: `gh_browser` holds a random secret that binds sign-in flows to the browser that
//! started them (`server/domain/src/signin/flow.rs`).
//!
//! On an `https` issuer all three are `__Host-` cookies (Secure, `Path=/`, no `Domain`), which no
//! other host, a sibling subdomain included, can set or overwrite; the session cookie's name
//! then carries the project id, since `Path=/` no longer keeps two projects of one host apart.
//! On plain `http` (a developer's loopback) they keep their short names, scoped to the
//! issuer's path.

use axum::extract::rejection::FormRejection;
use axum::extract::{Form, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use maud::Markup;
use serde::Deserialize;

use super::guard;
use super::page::{self, Brand};
use crate::extract::PublicProject;
use gatehouse_domain::oidc::clients::origin_of;
use gatehouse_domain::secrets;
use gatehouse_domain::signin::Door;
use gatehouse_domain::signin::complete::{self, SignIn};
use gatehouse_domain::state::AppState;
use gatehouse_domain::tokens::ClientInfo;
use gatehouse_storage::amr::Amr;
use gatehouse_storage::db::login::Flow;
use gatehouse_storage::db::organizations::Organization;
use gatehouse_storage::db::{self, login::LoginSession, projects::Project, users::User};

/// Name of the CSRF cookie (after `__Host-` on https).
pub const CSRF_COOKIE: &str = "gh_csrf";
/// Name of the hosted-login session cookie (`__Host-gh_session-{project_id}` on https).
pub const SESSION_COOKIE: &str = "gh_session";
/// Name of the cookie that binds sign-in flows to the browser that started them
/// (`server/domain/src/signin/flow.rs`).
pub const BROWSER_COOKIE: &str = "gh_browser";
/// MAC of the CSRF cookie, put in forms.
const CSRF_PURPOSE: &str = "hosted-login csrf";
/// MAC inside the CSRF cookie, proving the server minted it.
const CSRF_COOKIE_PURPOSE: &str = "hosted-login csrf cookie";

/// A form as posted to a hosted page: the CSRF token every form carries (see
/// [`page::hidden`]) and the form's own fields.
#[derive(Debug, Deserialize)]
pub struct Posted<T> {
    csrf_token: String,
    #[serde(flatten)]
    fields: T,
}

/// The page for a form that could not be read (a field missing or not text).
pub fn unreadable_form(hosted: Hosted) -> Response {
    unreadable(hosted, "The form could not be read. Go back and try again.")
}

/// [`unreadable_form`], naming the part that could not be read.
pub fn unreadable_part(hosted: Hosted, part: &str) -> Response {
    unreadable(
        hosted,
        &format!("The form could not be read ({part}). Go back and try again."),
    )
}

fn unreadable(hosted: Hosted, message: &str) -> Response {
    hosted.error(
        StatusCode::BAD_REQUEST,
        "Something is missing",
        message,
        "invalid_request",
    )
}

/// A request to a hosted page.
pub struct Hosted {
    /// The project of the path.
    pub project: Project,
    /// Its branding.
    pub brand: Brand,
    /// Its issuer URL (links are built from it).
    pub issuer: String,
    /// Cookies in, and cookies to set.
    pub jar: CookieJar,
    /// The CSRF token for forms on this response.
    pub csrf: String,
    /// Caller address and user agent.
    pub client: ClientInfo,
    /// The organization slug of the request's host (`acme.<login domain>`), if any.
    pub host_slug: Option<String>,
    origin_ok: bool,
    cookies: CookieScope,
}

/// The names and scope of the hosted pages' cookies for one issuer (see the module
/// documentation).
struct CookieScope {
    csrf: String,
    session: String,
    browser: String,
    path: String,
    secure: bool,
}

impl CookieScope {
    fn of(issuer: &str, project_id: &str) -> Self {
        let parsed = url::Url::parse(issuer).ok();
        if parsed.as_ref().is_some_and(|u| u.scheme() == "https") {
            return Self {
                csrf: format!("__Host-{CSRF_COOKIE}"),
                session: format!("__Host-{SESSION_COOKIE}-{project_id}"),
                browser: format!("__Host-{BROWSER_COOKIE}"),
                path: "/".to_owned(),
                secure: true,
            };
        }
        let path = parsed
            .as_ref()
            .map(|u| u.path().trim_end_matches('/').to_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "/".to_owned());
        Self {
            csrf: CSRF_COOKIE.to_owned(),
            session: SESSION_COOKIE.to_owned(),
            browser: BROWSER_COOKIE.to_owned(),
            path,
            secure: false,
        }
    }

    fn cookie(&self, name: &str, value: String) -> Cookie<'static> {
        Cookie::build((name.to_owned(), value))
            .path(self.path.clone())
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .build()
    }
}

/// A new CSRF cookie value: a random part and the server's MAC of it.
fn mint_csrf_cookie(state: &AppState) -> String {
    let random = secrets::random_token(32);
    let tag = state.master_key.mac(CSRF_COOKIE_PURPOSE, random.as_bytes());
    format!("{random}.{tag}")
}

/// Whether a CSRF cookie value is one [`mint_csrf_cookie`] made.
fn is_minted_csrf_cookie(state: &AppState, value: &str) -> bool {
    value.split_once('.').is_some_and(|(random, tag)| {
        state
            .master_key
            .verify_mac(CSRF_COOKIE_PURPOSE, random.as_bytes(), tag)
    })
}

impl FromRequestParts<AppState> for Hosted {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let PublicProject(project) = PublicProject::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let crate::extract::Caller(client) =
            crate::extract::Caller::from_request_parts(parts, state)
                .await
                .map_err(IntoResponse::into_response)?;
        let issuer = state.config.issuer_of(&project);
        let cookies = CookieScope::of(&issuer, &project.id);
        // `origin_of` never answers "null", so an opaque origin (a sandboxed frame, a
        // `data:` page) is foreign like any other.
        let origin_ok = match parts.headers.get(header::ORIGIN).map(HeaderValue::to_str) {
            None => true,
            Some(Ok(origin)) => origin_of(&issuer).as_deref() == Some(origin),
            Some(Err(_)) => false,
        };
        let host_slug = parts
            .headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .and_then(|host| state.config.slug_from_host(host));
        let mut jar = CookieJar::from_headers(&parts.headers);
        let csrf_secret = match jar.get(&cookies.csrf).map(Cookie::value) {
            Some(value) if is_minted_csrf_cookie(state, value) => value.to_owned(),
            _ => {
                let value = mint_csrf_cookie(state);
                jar = jar.add(cookies.cookie(&cookies.csrf, value.clone()));
                value
            }
        };
        let csrf = state.master_key.mac(CSRF_PURPOSE, csrf_secret.as_bytes());
        Ok(Self {
            brand: Brand::of(&project),
            project,
            issuer,
            jar,
            csrf,
            client,
            host_slug,
            origin_ok,
            cookies,
        })
    }
}

impl Hosted {
    /// The organization a request names: its explicit `organization` parameter, which wins,
    /// else the slug of its host's subdomain (`acme.<login domain>`).
    pub fn organization_hint(&self, explicit: Option<String>) -> Option<String> {
        explicit.or_else(|| self.host_slug.clone())
    }

    /// A page with this request's cookies.
    pub fn page(self, status: StatusCode, title: &str, content: Markup) -> Response {
        (self.jar, page::render(&self.brand, status, title, content)).into_response()
    }

    /// An error page with this request's cookies.
    pub fn error(self, status: StatusCode, title: &str, message: &str, code: &str) -> Response {
        (
            self.jar,
            page::error(&self.brand, status, title, message, code),
        )
            .into_response()
    }

    /// A 303 redirect with this request's cookies.
    pub fn redirect(self, location: &str) -> Response {
        let mut response = (self.jar, StatusCode::SEE_OTHER).into_response();
        if let Ok(value) = HeaderValue::from_str(location) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }

    /// `{issuer}/{path}` with query parameters.
    pub fn link(&self, path: &str, params: &[(&str, &str)]) -> String {
        gatehouse_domain::oidc::with_query(&format!("{}/{path}", self.issuer), params)
    }

    /// The browser's flow-binding secret, if it has one.
    pub fn browser_secret(&self) -> Option<&str> {
        self.jar
            .get(&self.cookies.browser)
            .map(Cookie::value)
            .filter(|value| value.len() >= 32 && value.len() <= 64)
    }

    /// The browser's flow-binding secret, set in a new cookie when it has none.
    pub fn bind_browser(&mut self) -> String {
        if let Some(secret) = self.browser_secret() {
            return secret.to_owned();
        }
        let secret = secrets::random_token(32);
        let jar = std::mem::take(&mut self.jar);
        self.jar = jar.add(self.cookies.cookie(&self.cookies.browser, secret.clone()));
        secret
    }

    /// Whether a submitted form is genuine: right CSRF token for this browser's cookie, a
    /// cookie the server minted, and no foreign `Origin`.
    fn form_is_genuine(&self, state: &AppState, token: &str) -> bool {
        let Some(secret) = self.jar.get(&self.cookies.csrf).map(Cookie::value) else {
            return false;
        };
        self.origin_ok
            && is_minted_csrf_cookie(state, secret)
            && state
                .master_key
                .verify_mac(CSRF_PURPOSE, secret.as_bytes(), token)
    }

    /// Answers a posted form: `unreadable`'s page when it could not be read, the CSRF page
    /// when it is not [genuine](Self::form_is_genuine), and otherwise `handler`'s answer, with
    /// an internal error turned into the generic error page.
    pub async fn handle_form<T, F, Fut>(
        self,
        state: AppState,
        posted: Result<Form<Posted<T>>, FormRejection>,
        unreadable: fn(Hosted) -> Response,
        handler: F,
    ) -> Response
    where
        F: FnOnce(AppState, Hosted, T) -> Fut,
        Fut: Future<Output = anyhow::Result<Response>>,
    {
        let Ok(Form(posted)) = posted else {
            return unreadable(self);
        };
        if !self.form_is_genuine(&state, &posted.csrf_token) {
            return self.csrf_failed();
        }
        let brand = self.brand.clone();
        guard(brand, handler(state, self, posted.fields)).await
    }

    /// The page shown when [`form_is_genuine`](Self::form_is_genuine) fails.
    pub fn csrf_failed(self) -> Response {
        self.error(
            StatusCode::FORBIDDEN,
            "This form has expired",
            "For your security the form could not be accepted. Go back, reload the page and try again. Cookies must be enabled.",
            "csrf_failed",
        )
    }

    /// Records in the audit log what a user did to their own account through these pages
    /// (actor and target are the user; address and user agent are this request's).
    pub async fn audit_self(
        &self,
        state: &AppState,
        organization_id: &str,
        user_id: &str,
        action: gatehouse_storage::events::Event,
        details: serde_json::Value,
        at: i64,
    ) -> anyhow::Result<()> {
        db::audit::record(
            &state.db,
            &self.self_entry(organization_id, user_id, action, details),
            at,
        )
        .await
    }

    /// The audit entry of [`audit_self`](Self::audit_self), for a caller that records it in
    /// its own transaction.
    pub fn self_entry<'a>(
        &'a self,
        organization_id: &'a str,
        user_id: &'a str,
        action: gatehouse_storage::events::Event,
        details: serde_json::Value,
    ) -> db::audit::Entry<'a> {
        db::audit::Entry {
            organization_id: Some(organization_id),
            actor: Some(user_id),
            target: Some(user_id),
            ip: self.client.ip.as_deref(),
            user_agent: self.client.user_agent.as_deref(),
            details,
            ..db::audit::Entry::new(&self.project.id, action)
        }
    }

    /// The browser's live hosted-login session and its user.
    pub async fn login_session(
        &self,
        state: &AppState,
    ) -> anyhow::Result<Option<(LoginSession, User)>> {
        let Some(secret) = self.jar.get(&self.cookies.session).map(Cookie::value) else {
            return Ok(None);
        };
        let now = state.clock.now();
        let Some(session) = db::login::find_session(
            &state.db,
            &self.project.id,
            &secrets::hash_secret(secret),
            now,
        )
        .await?
        else {
            return Ok(None);
        };
        let user = db::users::get(&state.db, &self.project.id, &session.user_id).await?;
        Ok(user.map(|user| (session, user)))
    }

    /// Starts a hosted-login session for `user` of `org` authenticated with `amr`, replacing
    /// the browser's previous one and ending `flow`, and sets its cookie (the sign-in engine's
    /// last step, `server/domain/src/signin/complete.rs`).
    #[allow(clippy::too_many_arguments)]
    pub async fn start_login_session(
        &mut self,
        state: &AppState,
        org: &Organization,
        user: &User,
        amr: &Amr,
        flow: Option<&Flow>,
        lifetime_seconds: i64,
        sso_connection_id: Option<&str>,
    ) -> anyhow::Result<LoginSession> {
        let previous = self
            .login_session(state)
            .await?
            .map(|(session, _)| session.id);
        let sign_in = SignIn {
            project: &self.project,
            organization: org,
            user,
            amr,
            client: &self.client,
            door: Door::HostedLogin,
            sso_connection_id,
        };
        let started = complete::start_login_session(
            &state.db,
            &sign_in,
            lifetime_seconds,
            previous.as_deref(),
            flow.map(|flow| flow.id.as_str()),
            state.clock.now(),
        )
        .await?;
        let jar = std::mem::take(&mut self.jar);
        self.jar = jar.add(self.cookies.cookie(&self.cookies.session, started.secret));
        Ok(started.session)
    }

    /// Ends the browser's hosted-login session (and the token sessions it started) and
    /// removes its cookie.
    pub async fn end_login_session(&mut self, state: &AppState) -> anyhow::Result<Option<User>> {
        let current = self.login_session(state).await?;
        if let Some((session, _)) = &current {
            db::login::end_session(&state.db, &self.project.id, &session.id, state.clock.now())
                .await?;
        }
        let jar = std::mem::take(&mut self.jar);
        self.jar = jar.remove(
            Cookie::build(self.cookies.session.clone())
                .path(self.cookies.path.clone())
                .secure(self.cookies.secure),
        );
        Ok(current.map(|(_, user)| user))
    }
}
