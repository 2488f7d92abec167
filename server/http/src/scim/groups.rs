//! SCIM Groups (RFC 7643 §4.2): create, get, replace, patch, delete, list and search.
//! Member operations become row changes (`db/scim_groups.rs`) and never load the member
//! list: `add members` inserts, `remove members[value eq "..."]` deletes exactly those rows,
//! `replace members` (Okta's `[]` included) clears and inserts. Members must be SCIM users of
//! the same organization; anything else is refused rather than silently dropped.

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::error::{ScimError, ScimResult};
use super::filter::{CompareOp, Filter};
use super::patch::{self, OpKind, Operation};
use super::resource::{ListRequest, Projection, list_response};
use super::schema::GROUPS;
use super::{ScimAuth, ScimBody, ScimResponse, base_url, datetime, if_match};
use gatehouse_domain::scim::ScimType;
use gatehouse_domain::state::AppState;
use gatehouse_storage::db::scim_filter::{self, Resource};
use gatehouse_storage::db::scim_groups::{self, Fields, GroupRefusal, MemberChange, ScimGroup};
use gatehouse_storage::db::scim_users::Refusal;
use gatehouse_storage::ids::IdKind;

/// Routes of Groups.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/Groups", post(create_group).get(list_groups))
        .route("/Groups/.search", post(search_groups))
        .route(
            "/Groups/{id}",
            get(get_group)
                .put(replace_group)
                .patch(patch_group)
                .delete(delete_group),
        )
}

/// Longest displayName accepted, in characters.
const MAX_DISPLAY_NAME_CHARS: usize = 256;

fn refusal(refusal: GroupRefusal) -> ScimError {
    match refusal {
        GroupRefusal::Refused(Refusal::NotFound) => ScimError::not_found("no such group"),
        GroupRefusal::Refused(Refusal::VersionMismatch) => ScimError::precondition_failed(),
        GroupRefusal::Refused(_) => {
            ScimError::uniqueness("another group of the organization has this displayName")
        }
        GroupRefusal::UnknownMembers(ids) => {
            let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
            ScimError::bad_request(
                ScimType::InvalidValue,
                format!(
                    "{} member value(s) are not users of this organization: {}",
                    ids.len(),
                    shown.join(", ")
                ),
            )
        }
    }
}

fn group_id(id: &str) -> ScimResult<&str> {
    IdKind::Group
        .matches(id)
        .then_some(id)
        .ok_or_else(|| ScimError::not_found("no such group"))
}

/// The member ids of a `members` value (an array of `{"value": ...}`, or one of them).
fn member_ids(value: &Value) -> ScimResult<Vec<String>> {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    let mut ids = Vec::with_capacity(items.len());
    for item in items {
        let value = item
            .as_object()
            .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("value")))
            .and_then(|(_, v)| v.as_str())
            .ok_or_else(|| {
                ScimError::bad_request(ScimType::InvalidValue, "each member needs a string value")
            })?;
        if let Some(kind) = item
            .as_object()
            .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("type")))
            .and_then(|(_, v)| v.as_str())
            && !kind.eq_ignore_ascii_case("User")
        {
            return Err(ScimError::bad_request(
                ScimType::InvalidValue,
                "only users can be members; nested groups are not supported",
            ));
        }
        ids.push(value.to_owned());
    }
    Ok(ids)
}

/// The ids a member filter selects: `value eq "..."`, joined by `or`.
fn filtered_ids(filter: &Filter, out: &mut Vec<String>) -> ScimResult<()> {
    match filter {
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value: Value::String(id),
        } if path.is("value", None) && path.urn.is_none() => {
            out.push(id.clone());
            Ok(())
        }
        Filter::Or(a, b) => {
            filtered_ids(a, out)?;
            filtered_ids(b, out)
        }
        _ => Err(ScimError::bad_request(
            ScimType::InvalidFilter,
            "members can be selected only by value eq \"...\" (joined by or)",
        )),
    }
}

/// The member changes of one operation on `members`.
fn member_changes(operation: &Operation) -> ScimResult<Vec<MemberChange>> {
    let Some(path) = &operation.path else {
        return Ok(Vec::new());
    };
    if path.path.sub.is_some() || path.sub_after_filter.is_some() {
        return Err(ScimError::bad_request(
            ScimType::InvalidPath,
            "members can be added, removed or replaced only as a whole",
        ));
    }
    let value = operation.value.as_ref();
    Ok(match (operation.kind, &path.filter) {
        (OpKind::Remove, Some(filter)) => {
            let mut ids = Vec::new();
            filtered_ids(filter, &mut ids)?;
            vec![MemberChange::Remove(ids)]
        }
        (_, Some(_)) => {
            return Err(ScimError::bad_request(
                ScimType::InvalidPath,
                "a member filter is only for remove",
            ));
        }
        (OpKind::Remove, None) => match value {
            Some(value) if !value.is_null() => vec![MemberChange::Remove(member_ids(value)?)],
            _ => vec![MemberChange::Clear],
        },
        (OpKind::Add, None) => vec![MemberChange::Add(member_ids(
            value.unwrap_or(&Value::Null),
        )?)],
        (OpKind::Replace, None) => vec![
            MemberChange::Clear,
            MemberChange::Add(member_ids(value.unwrap_or(&Value::Null))?),
        ],
    })
}

fn is_members(operation: &Operation) -> bool {
    operation.path.as_ref().is_some_and(|p| {
        p.path.attr.eq_ignore_ascii_case("members")
            && p.path
                .urn
                .as_deref()
                .is_none_or(|u| u.eq_ignore_ascii_case(super::schema::GROUP))
    })
}

fn fields(doc: &Map<String, Value>) -> ScimResult<Fields> {
    let display_name = doc
        .get("displayName")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .ok_or_else(|| ScimError::bad_request(ScimType::InvalidValue, "displayName is required"))?;
    if display_name.chars().count() > MAX_DISPLAY_NAME_CHARS {
        return Err(ScimError::bad_request(
            ScimType::InvalidValue,
            format!("displayName is longer than {MAX_DISPLAY_NAME_CHARS} characters"),
        ));
    }
    let mut resource = doc.clone();
    resource.remove("members");
    resource.remove("externalId");
    Ok(Fields {
        display_name: display_name.to_owned(),
        external_id: doc
            .get("externalId")
            .and_then(Value::as_str)
            .map(str::to_owned),
        resource: Value::Object(resource).to_string(),
    })
}

fn doc_of(group: &ScimGroup) -> ScimResult<Map<String, Value>> {
    let mut doc: Map<String, Value> = serde_json::from_str(&group.resource)
        .map_err(|e| ScimError::from(anyhow::Error::from(e)))?;
    if let Some(external_id) = &group.external_id {
        doc.insert("externalId".to_owned(), json!(external_id));
    }
    Ok(doc)
}

fn wants_members(projection: &Projection) -> bool {
    let named = |list: &[String]| {
        list.iter().any(|a| {
            let a = a.to_ascii_lowercase();
            a == "members"
                || a.starts_with("members.")
                || a.ends_with(":members")
                || a.contains(":members.")
        })
    };
    if !projection.attributes.is_empty() {
        return named(&projection.attributes);
    }
    !named(&projection.excluded)
}

async fn render(
    state: &AppState,
    auth: &ScimAuth,
    group: &ScimGroup,
    projection: &Projection,
) -> ScimResult<Value> {
    let base = base_url(state);
    let mut out = Map::new();
    out.insert("schemas".to_owned(), json!([super::schema::GROUP]));
    out.insert("id".to_owned(), json!(group.id));
    out.extend(doc_of(group)?);
    // Members are read only when the answer shows them (Entra ID lists groups with
    // `excludedAttributes=members`).
    if wants_members(projection) {
        let members = scim_groups::members(&state.db, &auth.project_id, &group.id).await?;
        if !members.is_empty() {
            out.insert(
                "members".to_owned(),
                members
                    .into_iter()
                    .map(|id| json!({"value": id, "$ref": format!("{base}/Users/{id}"), "type": "User"}))
                    .collect(),
            );
        }
    }
    out.insert(
        "meta".to_owned(),
        json!({
            "resourceType": "Group",
            "created": datetime(group.created_at),
            "lastModified": datetime(group.updated_at),
            "version": super::etag(group.version),
            "location": format!("{base}/Groups/{}", group.id),
        }),
    );
    Ok(projection.apply(&GROUPS, Value::Object(out)))
}

async fn answer(
    state: &AppState,
    auth: &ScimAuth,
    id: &str,
    status: StatusCode,
    query: Option<&str>,
) -> ScimResult<ScimResponse> {
    let group = scim_groups::get(
        &state.db,
        &auth.project_id,
        &auth.organization_id,
        group_id(id)?,
    )
    .await?
    .ok_or_else(|| ScimError::not_found("no such group"))?;
    let body = render(state, auth, &group, &Projection::from_query(query)).await?;
    Ok(ScimResponse {
        status,
        body: Some(body),
        version: Some(group.version),
        location: (status == StatusCode::CREATED)
            .then(|| format!("{}/Groups/{}", base_url(state), group.id)),
    })
}

fn members_of(body: &Map<String, Value>) -> ScimResult<Vec<String>> {
    match body.iter().find(|(k, _)| k.eq_ignore_ascii_case("members")) {
        Some((_, value)) => member_ids(value),
        None => Ok(Vec::new()),
    }
}

async fn create_group(
    auth: ScimAuth,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let fields = fields(&GROUPS.read(&body)?)?;
    let members = members_of(&body)?;
    let id = IdKind::Group.generate();
    scim_groups::create(
        &state.db,
        &auth.actor(),
        &id,
        &fields,
        &members,
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    answer(&state, &auth, &id, StatusCode::CREATED, query.as_deref()).await
}

async fn get_group(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> ScimResult<ScimResponse> {
    answer(&state, &auth, &id, StatusCode::OK, query.as_deref()).await
}

async fn replace_group(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    let id = group_id(&id)?;
    let fields = fields(&GROUPS.read(&body)?)?;
    let members = members_of(&body)?;
    scim_groups::update(
        &state.db,
        &auth.actor(),
        id,
        expected,
        Some(&fields),
        &[MemberChange::Clear, MemberChange::Add(members)],
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    answer(&state, &auth, id, StatusCode::OK, query.as_deref()).await
}

async fn patch_group(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    let id = group_id(&id)?;
    let operations = patch::expand(patch::parse(&body)?, &GROUPS)?;
    let group = scim_groups::get(&state.db, &auth.project_id, &auth.organization_id, id)
        .await?
        .ok_or_else(|| ScimError::not_found("no such group"))?;
    if expected.is_some_and(|v| v != group.version) {
        return Err(ScimError::precondition_failed());
    }
    let mut doc = doc_of(&group)?;
    let mut changes = Vec::new();
    let mut attributes_changed = false;
    for operation in &operations {
        if is_members(operation) {
            changes.extend(member_changes(operation)?);
        } else {
            patch::apply(&mut doc, &GROUPS, operation)?;
            attributes_changed = true;
        }
    }
    let fields = attributes_changed
        .then(|| {
            GROUPS
                .read(&doc)
                .map_err(ScimError::from)
                .and_then(|d| fields(&d))
        })
        .transpose()?;
    let version = scim_groups::update(
        &state.db,
        &auth.actor(),
        id,
        Some(group.version),
        fields.as_ref(),
        &changes,
        state.clock.now(),
    )
    .await?
    .map_err(refusal)?;
    // A group's representation lists every member, over a megabyte at 10,000 members, and
    // Entra ID and Okta send a PATCH for each membership change without reading the answer.
    // So a PATCH answers 204 with the new ETag (RFC 7644 §3.5.2 allows it) unless the request
    // names `attributes` or `excludedAttributes`: then 200 with the group, so projected.
    let projection = Projection::from_query(query.as_deref());
    if projection.attributes.is_empty() && projection.excluded.is_empty() {
        return Ok(ScimResponse {
            status: StatusCode::NO_CONTENT,
            body: None,
            version: Some(version),
            location: None,
        });
    }
    answer(&state, &auth, id, StatusCode::OK, query.as_deref()).await
}

async fn delete_group(
    auth: ScimAuth,
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ScimResult<ScimResponse> {
    let expected = if_match(&headers)?;
    scim_groups::delete(
        &state.db,
        &auth.actor(),
        group_id(&id)?,
        expected,
        state.clock.now(),
    )
    .await?
    .map_err(|r| refusal(GroupRefusal::Refused(r)))?;
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
        .map(|f| scim_filter::translate(f, Resource::Groups, state.db.backend(), 3))
        .transpose()?;
    let (total, groups) = scim_groups::list(
        &state.db,
        &auth.project_id,
        &auth.organization_id,
        filter.as_ref(),
        request.start_index - 1,
        request.count,
    )
    .await?;
    let mut resources = Vec::with_capacity(groups.len());
    for group in &groups {
        resources.push(render(state, auth, group, &request.projection).await?);
    }
    Ok(ScimResponse::ok(list_response(
        total,
        request.start_index,
        resources,
    )))
}

async fn list_groups(
    auth: ScimAuth,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ScimResult<ScimResponse> {
    list(&state, &auth, ListRequest::from_query(query.as_deref())?).await
}

async fn search_groups(
    auth: ScimAuth,
    State(state): State<AppState>,
    ScimBody(body): ScimBody,
) -> ScimResult<ScimResponse> {
    list(&state, &auth, ListRequest::from_body(&body)?).await
}
