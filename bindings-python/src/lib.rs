//! `gatehouse._gatehouse`: the native half of the Python SDK. It converts Python values to and
//! from `gatehouse-core` types and calls the core; every decision (the checks, the error codes,
//! the HTTP answers, the JWKS and API-key caches) is the core's, so Python agrees with every
//! other binding. The GIL is released while a token is verified or the server is asked.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use gatehouse_core::{
    Actor, AuthError as CoreAuthError, Claims, Client as CoreClient, ClientOptions, ClientSettings,
    Credential, Jwks as CoreJwks, Principal, RequestCredential, RequestParts, ServerAnswer,
    VerifyOptions, request_credential as core_request_credential,
};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple, PyType};
use tokio::runtime::Runtime;

/// The Python exception class, defined in `gatehouse/_errors.py` so it can be an ordinary
/// `Exception` subclass (the limited API of Python < 3.12 cannot subclass it from Rust).
static AUTH_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Turns a core refusal into `gatehouse.AuthError`, carrying the HTTP answer the core gives
/// for it so every framework integration answers the same bytes.
fn auth_error(py: Python<'_>, error: &CoreAuthError) -> PyErr {
    let response = error.to_response();
    let raised = AUTH_ERROR
        .import(py, "gatehouse._errors", "AuthError")
        .and_then(|class| {
            class.call1((
                error.code(),
                error.message(),
                response.status,
                response.www_authenticate,
                response.body,
            ))
        });
    match raised {
        Ok(instance) => PyErr::from_value(instance),
        Err(import_failure) => import_failure,
    }
}

/// The tokio runtime that drives the core's HTTP fetches. It is made on first use in each
/// process: a runtime's threads do not survive `fork()` (gunicorn, uwsgi), so a child that
/// inherited its parent's runtime gets its own and leaks the dead one instead of dropping it
/// (dropping would wait for threads that do not exist in the child).
static RUNTIME: Mutex<Option<(u32, Arc<Runtime>)>> = Mutex::new(None);

fn runtime() -> PyResult<Arc<Runtime>> {
    let pid = std::process::id();
    let mut slot = RUNTIME.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((owner, runtime)) = slot.as_ref()
        && *owner == pid
    {
        return Ok(runtime.clone());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("gatehouse")
        .enable_all()
        .build()
        .map(Arc::new)
        .map_err(|error| {
            PyRuntimeError::new_err(format!("cannot start the I/O runtime: {error}"))
        })?;
    if let Some(inherited) = slot.replace((pid, runtime.clone())) {
        std::mem::forget(inherited);
    }
    Ok(runtime)
}

/// A parsed JSON Web Key Set, for verifying many tokens without parsing the keys each time.
#[pyclass(name = "Jwks", module = "gatehouse", frozen)]
struct PyJwks {
    keys: Arc<CoreJwks>,
}

#[pymethods]
impl PyJwks {
    #[new]
    fn new(py: Python<'_>, document: &Bound<'_, PyAny>) -> PyResult<PyJwks> {
        parse_jwks(py, document).map(|keys| PyJwks { keys })
    }

    /// The `kid`s of the usable keys, in document order.
    fn key_ids(&self) -> Vec<String> {
        self.keys.key_ids().map(str::to_owned).collect()
    }

    fn __len__(&self) -> usize {
        self.keys.len()
    }

    fn __repr__(&self) -> String {
        format!("Jwks(key_ids={:?})", self.key_ids())
    }
}

/// A JWKS given as `Jwks`, a JSON string or bytes, or a mapping (`json.load` output).
fn parse_jwks(py: Python<'_>, document: &Bound<'_, PyAny>) -> PyResult<Arc<CoreJwks>> {
    if let Ok(parsed) = document.cast::<PyJwks>() {
        return Ok(parsed.get().keys.clone());
    }
    let json = if let Ok(text) = document.cast::<PyString>() {
        text.to_cow()?.into_owned()
    } else if let Ok(bytes) = document.cast::<PyBytes>() {
        String::from_utf8(bytes.as_bytes().to_vec())
            .map_err(|_| PyValueError::new_err("the JWKS is not UTF-8"))?
    } else if document.cast::<PyDict>().is_ok() {
        let value: serde_json::Value = pythonize::depythonize(document)?;
        value.to_string()
    } else {
        return Err(PyTypeError::new_err(
            "jwks must be a gatehouse.Jwks, a dict, or a JSON str or bytes",
        ));
    };
    CoreJwks::from_json(&json)
        .map(Arc::new)
        .map_err(|error| auth_error(py, &error))
}

fn leeway(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// Verifies an access token against a key set, offline: no network, the same checks and error
/// codes as every Gatehouse SDK.
#[pyfunction]
#[pyo3(signature = (token, *, jwks, issuer, audience, now=None, leeway=30))]
fn verify_access_token(
    py: Python<'_>,
    token: &str,
    jwks: &Bound<'_, PyAny>,
    issuer: String,
    audience: String,
    now: Option<i64>,
    leeway: u64,
) -> PyResult<AccessTokenClaims> {
    let keys = parse_jwks(py, jwks)?;
    let mut options = VerifyOptions::new(issuer, audience).with_leeway(self::leeway(leeway));
    if let Some(now) = now {
        options = options.at(now);
    }
    py.detach(|| gatehouse_core::verify_access_token(token, &keys, &options))
        .map(AccessTokenClaims::new)
        .map_err(|error| auth_error(py, &error))
}

/// The `AuthError` a view raises when the caller lacks a permission (HTTP 403).
#[pyfunction]
fn forbidden(py: Python<'_>, action: &str) -> PyErr {
    auth_error(py, &CoreAuthError::Forbidden(action.to_owned()))
}

/// The claims of a verified access token.
#[pyclass(name = "AccessTokenClaims", module = "gatehouse", frozen)]
struct AccessTokenClaims {
    claims: Arc<Claims>,
}

impl AccessTokenClaims {
    fn new(claims: Claims) -> AccessTokenClaims {
        AccessTokenClaims {
            claims: Arc::new(claims),
        }
    }
}

#[pymethods]
impl AccessTokenClaims {
    /// `iss`.
    #[getter]
    fn issuer(&self) -> &str {
        &self.claims.issuer
    }

    /// `sub`.
    #[getter]
    fn subject(&self) -> &str {
        &self.claims.subject
    }

    /// The user id (`sub`).
    #[getter]
    fn user_id(&self) -> &str {
        self.claims.user_id()
    }

    /// The organization id (`org.id`).
    #[getter]
    fn organization_id(&self) -> &str {
        self.claims.organization_id()
    }

    /// `org` as a dict with `id`, `slug` and `name`.
    #[getter]
    fn organization<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let org = &self.claims.organization;
        let dict = PyDict::new(py);
        dict.set_item("id", &org.id)?;
        dict.set_item("slug", &org.slug)?;
        dict.set_item("name", &org.name)?;
        Ok(dict)
    }

    /// `user` as a dict with `id`, `email`, `email_verified` and `name`, when present.
    #[getter]
    fn user<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(user) = &self.claims.user else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        dict.set_item("id", &user.id)?;
        dict.set_item("email", &user.email)?;
        dict.set_item("email_verified", user.email_verified)?;
        dict.set_item("name", &user.name)?;
        Ok(Some(dict))
    }

    /// `act` (the impersonator) as a dict with `sub` and `email`, when present.
    #[getter]
    fn actor<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        actor_dict(py, self.claims.impersonator())
    }

    /// `aud`, always as a list.
    #[getter]
    fn audience(&self) -> Vec<String> {
        self.claims.audience.clone()
    }

    /// `exp` in Unix seconds.
    #[getter]
    fn expires_at(&self) -> i64 {
        self.claims.expires_at
    }

    /// `iat` in Unix seconds.
    #[getter]
    fn issued_at(&self) -> i64 {
        self.claims.issued_at
    }

    /// `nbf` in Unix seconds.
    #[getter]
    fn not_before(&self) -> Option<i64> {
        self.claims.not_before
    }

    /// `jti`.
    #[getter]
    fn token_id(&self) -> Option<&str> {
        self.claims.token_id.as_deref()
    }

    /// `sid`.
    #[getter]
    fn session_id(&self) -> Option<&str> {
        self.claims.session_id.as_deref()
    }

    /// `roles`.
    #[getter]
    fn roles(&self) -> Vec<String> {
        self.claims.roles.clone()
    }

    /// `actions`: the permissions.
    #[getter]
    fn actions(&self) -> Vec<String> {
        self.claims.actions.clone()
    }

    /// `amr`.
    #[getter]
    fn authentication_methods(&self) -> Vec<String> {
        self.claims.authentication_methods.clone()
    }

    /// Whether `actions` grants the permission.
    fn has_permission(&self, action: &str) -> bool {
        self.claims.has_permission(action)
    }

    /// Whether `roles` contains the role.
    fn has_role(&self, role: &str) -> bool {
        self.claims.has_role(role)
    }

    /// Whether a staff member is acting as the user (`act` is present).
    fn is_impersonated(&self) -> bool {
        self.claims.impersonator().is_some()
    }

    /// A claim by name, custom ones included, or `default`.
    #[pyo3(signature = (name, default=None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.claims.get(name) {
            Some(value) => Ok(Some(pythonize::pythonize(py, value)?)),
            None => Ok(default),
        }
    }

    /// Every claim exactly as the token carried it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, self.claims.raw())?)
    }

    fn __repr__(&self) -> String {
        format!(
            "AccessTokenClaims(user_id={:?}, organization_id={:?})",
            self.claims.user_id(),
            self.claims.organization_id()
        )
    }
}

/// An authenticated caller: an access token verified locally, or an API key the server
/// vouched for (the core's `Principal`).
#[pyclass(name = "Authentication", module = "gatehouse", frozen)]
struct Authentication {
    principal: Principal,
}

#[pymethods]
impl Authentication {
    /// `"access_token"` or `"api_key"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.principal.kind()
    }

    /// The credential exactly as the request carried it (token or API key).
    #[getter]
    fn credential(&self) -> &str {
        self.principal.credential()
    }

    /// The organization (tenant) the credential belongs to.
    #[getter]
    fn organization_id(&self) -> &str {
        self.principal.organization_id()
    }

    /// The user, for access tokens; `None` for API keys.
    #[getter]
    fn user_id(&self) -> Option<&str> {
        self.principal.user_id()
    }

    /// The API key's id, for API keys.
    #[getter]
    fn api_key_id(&self) -> Option<&str> {
        self.principal.api_key_id()
    }

    /// Roles granted to the credential.
    #[getter]
    fn roles(&self) -> Vec<String> {
        self.principal.roles().to_vec()
    }

    /// Permissions granted to the credential.
    #[getter]
    fn actions(&self) -> Vec<String> {
        self.principal.actions().to_vec()
    }

    /// The verified claims, for access tokens; `None` for API keys.
    #[getter]
    fn claims(&self) -> Option<AccessTokenClaims> {
        self.principal.claims().map(|claims| AccessTokenClaims {
            claims: Arc::new(claims.clone()),
        })
    }

    /// The staff member acting as the user (`act`), as a dict with `sub` and `email`; `None`
    /// when nobody impersonates, and for API keys.
    #[getter]
    fn impersonator<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        actor_dict(py, self.principal.impersonator())
    }

    /// Whether the credential grants the permission.
    fn has_permission(&self, action: &str) -> bool {
        self.principal.has_permission(action)
    }

    /// Whether the credential holds the role.
    fn has_role(&self, role: &str) -> bool {
        self.principal.has_role(role)
    }

    /// Whether a staff member is acting as the user.
    fn is_impersonated(&self) -> bool {
        self.principal.impersonator().is_some()
    }

    fn __repr__(&self) -> String {
        format!(
            "Authentication(kind={:?}, organization_id={:?}, user_id={:?})",
            self.kind(),
            self.organization_id(),
            self.user_id()
        )
    }
}

fn actor_dict<'py>(py: Python<'py>, actor: Option<&Actor>) -> PyResult<Option<Bound<'py, PyDict>>> {
    let Some(actor) = actor else {
        return Ok(None);
    };
    let dict = PyDict::new(py);
    dict.set_item("sub", &actor.subject)?;
    dict.set_item("email", &actor.email)?;
    Ok(Some(dict))
}

/// What a `Client` needs in one process; remade after `fork()` (see [`runtime`]), since the
/// HTTP connection pools belong to the parent's runtime.
struct Backend {
    pid: u32,
    runtime: Arc<Runtime>,
    client: CoreClient,
}

/// Verifies requests for one project: access tokens against its cached JWKS, API keys with the
/// server (given a secret key). Thread-safe; share one per process.
#[pyclass(name = "Client", module = "gatehouse", frozen)]
struct Client {
    settings: ClientSettings,
    backend: Mutex<Option<Arc<Backend>>>,
}

impl Client {
    fn backend(&self, py: Python<'_>) -> PyResult<Arc<Backend>> {
        let pid = std::process::id();
        let mut slot = self.backend.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(backend) = slot.as_ref().filter(|backend| backend.pid == pid) {
            return Ok(backend.clone());
        }
        let client = CoreClient::new(&self.settings).map_err(|error| auth_error(py, &error))?;
        let backend = Arc::new(Backend {
            pid,
            runtime: runtime()?,
            client,
        });
        // Anything still in the slot was made by the parent process before a fork.
        if let Some(inherited) = slot.replace(backend.clone()) {
            std::mem::forget(inherited);
        }
        Ok(backend)
    }

    fn check(&self, py: Python<'_>, credential: Credential) -> PyResult<Authentication> {
        let backend = self.backend(py)?;
        // A token verified before is decided without entering the runtime.
        let seen = backend.client.authenticate_seen(&credential);
        seen.unwrap_or_else(|| {
            py.detach(|| {
                backend
                    .runtime
                    .block_on(backend.client.authenticate(credential))
            })
        })
        .map(|principal| Authentication { principal })
        .map_err(|error| auth_error(py, &error))
    }
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (publishable_key, *, secret_key=None, api_url=None, audience=None, leeway=30, api_key_cache_ttl=30.0))]
    fn new(
        publishable_key: &str,
        secret_key: Option<String>,
        api_url: Option<String>,
        audience: Option<String>,
        leeway: u64,
        api_key_cache_ttl: f64,
    ) -> PyResult<Client> {
        let api_key_cache_ttl = Duration::try_from_secs_f64(api_key_cache_ttl).map_err(|_| {
            PyValueError::new_err("api_key_cache_ttl must be a number of seconds >= 0")
        })?;
        let mut options = ClientOptions::default()
            .with_leeway(self::leeway(leeway))
            .with_api_key_cache_ttl(api_key_cache_ttl);
        options.secret_key = secret_key;
        options.api_url = api_url;
        options.audience = audience;
        let settings = ClientSettings::new(publishable_key, options)
            .map_err(|error| PyValueError::new_err(error.to_string()))?;
        Ok(Client {
            settings,
            backend: Mutex::new(None),
        })
    }

    /// The issuer tokens must come from.
    #[getter]
    fn issuer(&self) -> &str {
        self.settings.issuer()
    }

    /// The project the publishable key names.
    #[getter]
    fn project_id(&self) -> &str {
        self.settings.project_id()
    }

    /// Where the signing keys are fetched from.
    #[getter]
    fn jwks_url(&self) -> String {
        self.settings.jwks_url()
    }

    /// The backend API URL API keys are checked with, if any.
    #[getter]
    fn api_url(&self) -> Option<&str> {
        self.settings.api_url()
    }

    /// Verifies an access token with the project's (cached) signing keys.
    fn verify_access_token(&self, py: Python<'_>, token: &str) -> PyResult<AccessTokenClaims> {
        let backend = self.backend(py)?;
        // A token verified before is answered without entering the runtime (the core decides
        // either way).
        let seen = backend.client.verify_seen(token);
        seen.unwrap_or_else(|| py.detach(|| backend.runtime.block_on(backend.client.verify(token))))
            .map(AccessTokenClaims::new)
            .map_err(|error| auth_error(py, &error))
    }

    /// Authenticates a credential: API keys (`gh_key_...`) with the server, anything else as
    /// an access token.
    fn authenticate_credential(
        &self,
        py: Python<'_>,
        credential: &str,
    ) -> PyResult<Authentication> {
        let credential =
            Credential::classify(credential).map_err(|error| auth_error(py, &error))?;
        self.check(py, credential)
    }

    /// Authenticates a request from its method and headers (see `request_credential`); `None`
    /// for a CORS preflight, which is not authenticated.
    #[pyo3(signature = (*, method, authorization=None, cookie=None, origin=None, access_control_request_method=None))]
    fn authenticate_request(
        &self,
        py: Python<'_>,
        method: &str,
        authorization: Option<&str>,
        cookie: Option<&str>,
        origin: Option<&str>,
        access_control_request_method: Option<&str>,
    ) -> PyResult<Option<Authentication>> {
        let request = RequestParts {
            method,
            authorization,
            cookie,
            origin,
            access_control_request_method,
        };
        match core_request_credential(&request).map_err(|error| auth_error(py, &error))? {
            RequestCredential::CorsPreflight => Ok(None),
            RequestCredential::Credential(credential) => self.check(py, credential).map(Some),
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Client(issuer={:?}, project_id={:?})",
            self.settings.issuer(),
            self.settings.project_id()
        )
    }
}

/// Which credential a request carries: `(kind, credential)` with `kind` `"access_token"` or
/// `"api_key"`, or `None` for a CORS preflight. The bearer token first, then the
/// `gatehouse_access_token` cookie for safe methods only; raises `AuthError` (`missing_token`)
/// when there is none.
#[pyfunction]
#[pyo3(signature = (*, method, authorization=None, cookie=None, origin=None, access_control_request_method=None))]
fn request_credential(
    py: Python<'_>,
    method: &str,
    authorization: Option<&str>,
    cookie: Option<&str>,
    origin: Option<&str>,
    access_control_request_method: Option<&str>,
) -> PyResult<Option<(&'static str, String)>> {
    let request = RequestParts {
        method,
        authorization,
        cookie,
        origin,
        access_control_request_method,
    };
    match core_request_credential(&request).map_err(|error| auth_error(py, &error))? {
        RequestCredential::CorsPreflight => Ok(None),
        RequestCredential::Credential(credential) => {
            let kind = match credential {
                Credential::ApiKey(_) => "api_key",
                Credential::AccessToken(_) => "access_token",
            };
            Ok(Some((kind, credential.into_string())))
        }
    }
}

/// The outcome of `authenticate_with_answer`.
#[pyclass(name = "Decision", module = "gatehouse", frozen)]
struct Decision {
    /// The principal, when the credential was accepted.
    #[pyo3(get)]
    principal: Option<Py<Authentication>>,
    /// The refusal, when it was not.
    #[pyo3(get)]
    error: Option<Py<PyAny>>,
    /// Whether the server's answer was consulted (a real client would have sent a request).
    #[pyo3(get)]
    asked_server: bool,
}

/// Authenticates a credential without I/O, exactly as `Client` does: an access token against
/// `jwks`, an API key with `server_answer` standing for the server's reply — `None` for no
/// answer, or `(status, body)`. For tests and for the shared vectors.
#[pyfunction]
#[pyo3(signature = (credential, *, jwks, issuer, audience, server_answer, accepts_api_keys=true, now=None, leeway=30))]
#[allow(clippy::too_many_arguments)]
fn authenticate_with_answer(
    py: Python<'_>,
    credential: &str,
    jwks: &Bound<'_, PyAny>,
    issuer: String,
    audience: String,
    server_answer: Option<(u16, Vec<u8>)>,
    accepts_api_keys: bool,
    now: Option<i64>,
    leeway: u64,
) -> PyResult<Decision> {
    let keys = parse_jwks(py, jwks)?;
    let mut options = VerifyOptions::new(issuer, audience).with_leeway(self::leeway(leeway));
    if let Some(now) = now {
        options = options.at(now);
    }
    let answer = match server_answer {
        None => ServerAnswer::NoAnswer("no answer".into()),
        Some((status, body)) => ServerAnswer::Response { status, body },
    };
    let decision = gatehouse_core::authenticate_with_answer(
        credential,
        &keys,
        &options,
        accepts_api_keys,
        &answer,
    );
    let (principal, error) = match decision.result {
        Ok(principal) => (Some(Py::new(py, Authentication { principal })?), None),
        Err(error) => (None, Some(auth_error(py, &error).into_value(py).into_any())),
    };
    Ok(Decision {
        principal,
        error,
        asked_server: decision.asked_server,
    })
}

/// The native module.
#[pymodule]
fn _gatehouse(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add_function(wrap_pyfunction!(verify_access_token, module)?)?;
    module.add_function(wrap_pyfunction!(forbidden, module)?)?;
    module.add_function(wrap_pyfunction!(request_credential, module)?)?;
    module.add_function(wrap_pyfunction!(authenticate_with_answer, module)?)?;
    module.add_class::<PyJwks>()?;
    module.add_class::<AccessTokenClaims>()?;
    module.add_class::<Authentication>()?;
    module.add_class::<Decision>()?;
    module.add_class::<Client>()?;
    module.add("AUTH_ERROR_CODES", PyTuple::new(py, CoreAuthError::CODES)?)?;
    module.add("API_KEY_PREFIX", gatehouse_core::API_KEY_PREFIX)?;
    module.add("ACCESS_TOKEN_COOKIE", gatehouse_core::ACCESS_TOKEN_COOKIE)?;
    Ok(())
}
