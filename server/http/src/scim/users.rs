//! SCIM Users (RFC 7643 §4.1, §4.3): create, get, replace, patch, delete, list and search,
//! over the organization's directory (`db/scim_users.rs`). A SCIM user is a Gatehouse user:
//! its primary email (else its first, else a userName that is an address) is the address it
//! signs in with (a user with none gets an undeliverable `.invalid` one), `active: false` ends its sessions and blocks sign-in
//! (`signin/policy.rs`), and `externalId` is a `scim` identity linking it to the directory.

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::error::{ScimError, ScimResult};
use super::resource::{ListRequest, Projection, list_response};
use super::schema::{self, USERS};
use super::{ScimAuth, ScimBody, ScimResponse, base_url, datetime, if_match, patch};
use gatehouse_domain::scim::ScimType;
use gatehouse_domain::state::AppState;
use gatehouse_domain::validate;
use gatehouse_storage::db::scim_filter::{self, Resource};
use gatehouse_storage::db::scim_users::{self, EmailKey, Fields, Refusal, ScimUser};
use gatehouse_storage::ids::IdKind;

/// Routes of Users.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/Users", post(create_user).get(list_users))
        .route("/Users/.search", post(search_users))
        .route(
            "/Users/{id}",
            get(get_user)
                .put(replace_user)
                .patch(patch_user)
                .delete(delete_user),
        )
}

/// The domain of the addresses of users provisioned without one.
pub const NO_ADDRESS_DOMAIN: &str = "no-address.scim.invalid";

/// Longest userName accepted, in characters.
const MAX_USER_NAME_CHARS: usize = 256;

fn text<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    object.get(name).and_then(Value::as_str)
}

fn key(value: Option<&str>) -> Option<String> {
    value.map(str::to_lowercase)
}

/// Turns the stored attributes into what the database writes, checking what SCIM leaves to
/// the server: userName present and short enough, and an address to sign in with.
fn fields(doc: &Map<String, Value>) -> ScimResult<Fields> {
    let user_name = text(doc, "userName")
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .ok_or_else(|| ScimError::bad_request(ScimType::InvalidValue, "userName is required"))?;
    if user_name.chars().count() > MAX_USER_NAME_CHARS {
        return Err(ScimError::bad_request(
            ScimType::InvalidValue,
            format!("userName is longer than {MAX_USER_NAME_CHARS} characters"),
        ));
    }
    let emails: Vec<&Map<String, Value>> = doc
        .get("emails")
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default();
    let primary = emails
        .iter()
        .find(|e| e.get("primary") == Some(&Value::Bool(true)))
        .or(emails.first())
        .and_then(|e| text(e, "value"));
    // SCIM requires only a userName, and directories do provision people without an
    // address (scim2-tester's minimal user, service accounts). Such a user gets an address
    // under the reserved `.invalid` domain (RFC 2606), derived from the userName so it stays
    // unique in the organization: it can receive no mail, so it signs in with nothing until
    // the directory sends a real one (or through SSO, linked by externalId).
    let email = match primary
        .or(Some(user_name))
        .and_then(|candidate| validate::email("emails", candidate).ok())
    {
        Some(email) => email,
        None => format!(
            "{}@{NO_ADDRESS_DOMAIN}",
            &gatehouse_domain::secrets::hash_secret(&user_name.to_lowercase())[..32]
        ),
    };
    let name = doc.get("name").and_then(Value::as_object);
    let display = text(doc, "displayName")
        .or_else(|| name.and_then(|n| text(n, "formatted")))
        .map(str::to_owned)
        .or_else(|| {
            let parts: Vec<&str> = ["givenName", "familyName"]
                .iter()
                .filter_map(|k| name.and_then(|n| text(n, k)))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })
        .map(|d| d.chars().take(200).collect::<String>());
    // `active` stays in the stored attributes only as a marker that the directory set it
    // (answers show it then, from `deactivated_at`); a user without it is active.
    let mut resource = doc.clone();
    resource.remove("externalId");
    Ok(Fields {
        user_name: user_name.to_owned(),
        email,
        name: display,
        display_name_key: key(text(doc, "displayName")),
        given_name_key: key(name.and_then(|n| text(n, "givenName"))),
        family_name_key: key(name.and_then(|n| text(n, "familyName"))),
        title_key: key(text(doc, "title")),
        emails: emails
            .iter()
            .filter_map(|e| {
                Some(EmailKey {
                    value: text(e, "value")?.to_lowercase(),
                    kind: key(text(e, "type")),
                    primary: e.get("primary") == Some(&Value::Bool(true)),
                })
            })
            .collect(),
        external_id: text(doc, "externalId").map(str::to_owned),
        active: doc.get("active") != Some(&Value::Bool(false)),
        resource: Value::Object(resource).to_string(),
    })
}

/// The stored attributes of `user`, externalId and active included.
fn doc_of(user: &ScimUser) -> ScimResult<Map<String, Value>> {
    let mut doc: Map<String, Value> = serde_json::from_str(&user.resource)
        .map_err(|e| ScimError::from(anyhow::Error::from(e)))?;
    if let Some(external_id) = &user.external_id {
        doc.insert("externalId".to_owned(), json!(external_id));
    }
    if doc.contains_key("active") || user.deactivated_at.is_some() {
        doc.insert("active".to_owned(), json!(user.deactivated_at.is_none()));
    }
    Ok(doc)
}

fn render(state: &AppState, user: &ScimUser) -> ScimResult<Value> {
    let doc = doc_of(user)?;
    let mut schemas = vec![json!(schema::USER)];
    if doc.contains_key(schema::ENTERPRISE) {
        schemas.push(json!(schema::ENTERPRISE));
    }
    let mut out = Map::new();
    out.insert("schemas".to_owned(), Value::Array(schemas));
    out.insert("id".to_owned(), json!(user.user_id));
    out.extend(doc);
    out.insert(
        "meta".to_owned(),
        json!({
            "resourceType": "User",
            "created": datetime(user.created_at),
            "lastModified": datetime(user.updated_at),
            "version": super::etag(user.version),
            "location": format!("{}/Users/{}", base_url(state), user.user_id),
        }),
    );
    Ok(Value::Object(out))
}

fn refusal(refusal: Refusal) -> ScimError {
    match refusal {
        Refusal::NotFound => ScimError::not_found("no such user"),
        Refusal::VersionMismatch => ScimError::precondition_failed(),
        Refusal::UserNameTaken => {
            ScimError::uniqueness("another user of the organization has this userName")
        }
        Refusal::EmailTaken => {
            ScimError::uniqueness("another user of the organization has this email address")
        }
        Refusal::ExternalIdTaken => {
            ScimError::uniqueness("another user of the organization has this externalId")
        }
    }
}

/// Ids in paths that are not user ids cannot name a user of ours: 404 without a lookup.
fn user_id(id: &str) -> ScimResult<&str> {
    IdKind::User
        .matches(id)
        .then_some(id)
        .ok_or_else(|| ScimError::not_found("no such user"))
}

async fn fetch(state: &AppState, auth: &ScimAuth, id: &str) -> ScimResult<ScimUser> {
    scim_users::get(
        &state.db,
        &auth.project_id,
        &auth.organization_id,
        user_id(id)?,
    )
    .await?
    .ok_or_else(|| ScimError::not_found("no such user"))
}

async fn answer(
    state: &AppState,
    auth: &ScimAuth,
    id: &str,
    status: StatusCode,
    projection: &Projection,
) -> ScimResult<ScimResponse> {
    let user = fetch(state, auth, id).await?;
    let body = projection.apply(&USERS, render(state, &user)?);
    Ok(ScimResponse {
        status,
        body: Some(body),
        version: Some(user.version),
        location: (status == StatusCode::CREATED)
            .then(|| format!("{}/Users/{}", base_url(state), user.user_id)),
    })
}

async fn create_user(
    auth: ScimAuth,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let doc = USERS.read(&body)?;
    let fields = fields(&doc)?;
    let id = scim_users::create(&state.db, &auth.actor(), &fields, state.clock.now())
        .await?
        .map_err(refusal)?;
    answer(
        &state,
        &auth,
        &id,
        StatusCode::CREATED,
        &Projection::from_query(query.as_deref()),
    )
    .await
}

async fn get_user(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> ScimResult<ScimResponse> {
    answer(
        &state,
        &auth,
        &id,
        StatusCode::OK,
        &Projection::from_query(query.as_deref()),
    )
    .await
}

async fn replace_user(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    let id = user_id(&id)?;
    let doc = USERS.read(&body)?;
    let fields = fields(&doc)?;
    scim_users::replace(
        &state.db,
        &auth.actor(),
        id,
        expected,
        &fields,
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    answer(
        &state,
        &auth,
        id,
        StatusCode::OK,
        &Projection::from_query(query.as_deref()),
    )
    .await
}

async fn patch_user(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    let operations = patch::expand(patch::parse(&body)?, &USERS)?;
    let user = fetch(&state, &auth, &id).await?;
    if expected.is_some_and(|v| v != user.version) {
        return Err(ScimError::precondition_failed());
    }
    let mut doc = doc_of(&user)?;
    for operation in &operations {
        patch::apply(&mut doc, &USERS, operation)?;
    }
    let fields = fields(&USERS.read(&doc)?)?;
    // The version read above guards the write: a concurrent change makes this one fail
    // with 412 instead of silently overwriting it.
    scim_users::replace(
        &state.db,
        &auth.actor(),
        &user.user_id,
        Some(user.version),
        &fields,
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    answer(
        &state,
        &auth,
        &user.user_id,
        StatusCode::OK,
        &Projection::from_query(query.as_deref()),
    )
    .await
}

async fn delete_user(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    scim_users::delete(
        &state.db,
        &auth.actor(),
        user_id(&id)?,
        expected,
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    Ok(ScimResponse {
        status: StatusCode::NO_CONTENT,
        body: None,
        version: None,
        location: None,
    })
}

async fn list(state: &AppState, auth: &ScimAuth, request: ListRequest) -> ScimResult<ScimResponse> {
    let filter = request
        .filter
        .as_ref()
        .map(|f| scim_filter::translate(f, Resource::Users, state.db.backend(), 3))
        .transpose()?;
    let (total, users) = scim_users::list(
        &state.db,
        &auth.project_id,
        &auth.organization_id,
        filter.as_ref(),
        request.start_index - 1,
        request.count,
    )
    .await?;
    let resources = users
        .iter()
        .map(|u| render(state, u).map(|r| request.projection.apply(&USERS, r)))
        .collect::<ScimResult<Vec<_>>>()?;
    Ok(ScimResponse::ok(list_response(
        total,
        request.start_index,
        resources,
    )))
}

async fn list_users(
    auth: ScimAuth,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ScimResult<ScimResponse> {
    let request = ListRequest::from_query(query.as_deref())?;
    list(&state, &auth, request).await
}

async fn search_users(
    auth: ScimAuth,
    State(state): State<AppState>,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let request = ListRequest::from_body(&body)?;
    list(&state, &auth, request).await
}
