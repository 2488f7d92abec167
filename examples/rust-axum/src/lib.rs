//! An invoices API for a multi-tenant SaaS, protected by Gatehouse through the `axum` feature
//! of `gatehouse-core`: every route takes the organization from the verified credential (a
//! user's access token or an organization API key), so one organization never sees another's
//! invoices, and creating an invoice needs the `invoices.write` permission.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::Context;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use gatehouse_core::axum::{Auth, AuthState, Permission, RequirePermission};
use gatehouse_core::{Client, ClientOptions, ClientSettings, DEFAULT_API_KEY_CACHE_TTL};
use serde::{Deserialize, Serialize};

/// Where the app finds its Gatehouse project.
#[derive(Debug, Clone)]
pub struct Config {
    /// The project's publishable key (`pk_...`): issuer, project id and JWKS URL.
    pub publishable_key: String,
    /// The project's secret key (`sk_...`); without it API keys are refused.
    pub secret_key: Option<String>,
    /// The Gatehouse server's API URL; derived from the publishable key when unset.
    pub api_url: Option<String>,
    /// How long an API key's verdict is reused (a revoked key works for up to this long).
    pub api_key_cache_ttl: Duration,
}

impl Config {
    /// Reads `GATEHOUSE_PUBLISHABLE_KEY` and, optionally, `GATEHOUSE_SECRET_KEY`,
    /// `GATEHOUSE_API_URL` and `GATEHOUSE_API_KEY_CACHE_TTL` (seconds, default 30).
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let publishable_key =
            var("GATEHOUSE_PUBLISHABLE_KEY").context("GATEHOUSE_PUBLISHABLE_KEY is not set")?;
        let api_key_cache_ttl = match var("GATEHOUSE_API_KEY_CACHE_TTL") {
            Some(seconds) => Duration::try_from_secs_f64(
                seconds
                    .parse()
                    .context("GATEHOUSE_API_KEY_CACHE_TTL must be a number of seconds")?,
            )
            .context("GATEHOUSE_API_KEY_CACHE_TTL must be a number of seconds >= 0")?,
            None => DEFAULT_API_KEY_CACHE_TTL,
        };
        Ok(Config {
            publishable_key,
            secret_key: var("GATEHOUSE_SECRET_KEY"),
            api_url: var("GATEHOUSE_API_URL"),
            api_key_cache_ttl,
        })
    }

    /// The extractors' state: the core's client (a JWKS-caching verifier, plus the server's
    /// authenticate endpoint for API keys when a secret key is configured).
    pub fn auth_state(&self) -> anyhow::Result<AuthState> {
        let mut options = ClientOptions::default().with_api_key_cache_ttl(self.api_key_cache_ttl);
        options.secret_key = self.secret_key.clone();
        options.api_url = self.api_url.clone();
        let settings = ClientSettings::new(&self.publishable_key, options)
            .context("the Gatehouse settings are invalid")?;
        Ok(AuthState::from(Client::new(&settings)?))
    }
}

/// The router state: Gatehouse's extractor state and the invoice store.
#[derive(Clone)]
pub struct AppState {
    auth: AuthState,
    invoices: Arc<Invoices>,
}

impl AppState {
    /// A state with an empty invoice store.
    pub fn new(auth: AuthState) -> AppState {
        AppState {
            auth,
            invoices: Arc::new(Invoices::default()),
        }
    }
}

impl FromRef<AppState> for AuthState {
    fn from_ref(state: &AppState) -> AuthState {
        state.auth.clone()
    }
}

/// The routes: `GET /healthz` (public), `GET /invoices` and `POST /invoices`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/invoices", get(list_invoices).post(create_invoice))
        .with_state(state)
}

/// An invoice, owned by one organization.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Invoice {
    /// `inv_...`
    pub id: String,
    /// The organization it belongs to: the creator's.
    pub organization_id: String,
    /// Who is billed.
    pub customer: String,
    /// Amount in cents.
    pub amount_cents: u64,
    /// The user (`user_...`) or API key (`akey_...`) that created it.
    pub created_by: String,
}

/// Body of `POST /invoices`.
#[derive(Debug, Deserialize)]
pub struct NewInvoice {
    /// Who is billed, 1 to 200 characters.
    pub customer: String,
    /// Amount in cents, more than zero.
    pub amount_cents: u64,
}

/// Body of `GET /invoices`.
#[derive(Debug, Serialize, Deserialize)]
pub struct InvoiceList {
    /// The caller's organization's invoices, oldest first.
    pub data: Vec<Invoice>,
}

/// In-memory storage keyed by organization: there is no way to read an invoice without
/// naming its organization.
#[derive(Default)]
struct Invoices {
    next_id: AtomicU64,
    by_organization: Mutex<HashMap<String, Vec<Invoice>>>,
}

impl Invoices {
    fn list(&self, organization_id: &str) -> Vec<Invoice> {
        let stored = self
            .by_organization
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        stored.get(organization_id).cloned().unwrap_or_default()
    }

    fn insert(&self, organization_id: &str, created_by: &str, new: NewInvoice) -> Invoice {
        let invoice = Invoice {
            id: format!("inv_{}", self.next_id.fetch_add(1, Ordering::Relaxed) + 1),
            organization_id: organization_id.to_owned(),
            customer: new.customer,
            amount_cents: new.amount_cents,
            created_by: created_by.to_owned(),
        };
        self.by_organization
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(organization_id.to_owned())
            .or_default()
            .push(invoice.clone());
        invoice
    }
}

/// The permission `POST /invoices` needs.
pub struct WriteInvoices;

impl Permission for WriteInvoices {
    const ACTION: &'static str = "invoices.write";
}

async fn list_invoices(auth: Auth, State(state): State<AppState>) -> Json<InvoiceList> {
    Json(InvoiceList {
        data: state.invoices.list(auth.organization_id()),
    })
}

async fn create_invoice(
    RequirePermission { auth, .. }: RequirePermission<WriteInvoices>,
    State(state): State<AppState>,
    body: Result<Json<NewInvoice>, JsonRejection>,
) -> Result<(StatusCode, Json<Invoice>), InvalidRequest> {
    let Json(new) = body.map_err(|rejection| InvalidRequest(rejection.body_text()))?;
    let customer_chars = new.customer.trim().chars().count();
    if customer_chars == 0 || customer_chars > 200 {
        return Err(InvalidRequest(
            "customer must be 1 to 200 characters".into(),
        ));
    }
    if new.amount_cents == 0 {
        return Err(InvalidRequest("amount_cents must be more than zero".into()));
    }
    let created_by = auth
        .user_id()
        .or_else(|| auth.principal().api_key_id())
        .unwrap_or("api_key");
    let invoice = state
        .invoices
        .insert(auth.organization_id(), created_by, new);
    Ok((StatusCode::CREATED, Json(invoice)))
}

/// A request body the API cannot use: 422 in the same JSON shape as Gatehouse's errors.
struct InvalidRequest(String);

impl IntoResponse for InvalidRequest {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": "invalid_request",
            "code": "invalid_body",
            "message": self.0,
        });
        (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
    }
}
