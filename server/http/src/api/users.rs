//! Users. Each user belongs to exactly one organization of the project; the same email in
//! two organizations is two users with two ids. Passwords are hashed with argon2id and never
//! returned; responses only say whether a user has one.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::pagination::PageRequest;
use super::timestamp;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ApiJson, ApiPath, ApiQuery, ProjectAuth};
use gatehouse_domain::state::AppState;
use gatehouse_domain::{password, validate};
use gatehouse_storage::db::{self, users::Write};
use gatehouse_storage::events::Event;
use gatehouse_storage::ids::IdKind;
use gatehouse_storage::ids::UserId;

/// A user.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": "user_01jdq7m5yb6k3r2x9v8w4n1c0b", "organization_id": "org_01jdq7m5yb6k3r2x9v8w4n1c0a",
    "email": "ada@acme.com", "email_verified": true, "name": "Ada Lovelace", "has_password": true,
    "roles": ["member"], "group_roles": [],
    "created_at": "2026-11-26T12:00:00Z", "updated_at": "2026-11-26T12:00:00Z"
}))]
pub struct User {
    /// Identifier, `user_...`; the `sub` of this user's access tokens.
    pub id: String,
    /// The organization the user belongs to.
    pub organization_id: String,
    /// Lowercased email address, unique within the organization.
    pub email: String,
    /// Whether the address has been verified.
    pub email_verified: bool,
    /// Display name.
    pub name: Option<String>,
    /// Whether the user can sign in with a password.
    pub has_password: bool,
    /// Keys of the roles granted to the user by hand (what `roles` of `update_user` sets).
    pub roles: Vec<String>,
    /// Keys of the roles the user holds through their organization's SCIM groups
    /// (`set_scim_group_roles`), distinct and sorted; derived from group membership, never
    /// set directly. Access tokens carry the union of `roles` and `group_roles`.
    pub group_roles: Vec<String>,
    /// RFC 3339 creation time.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// RFC 3339 time of the last change.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl User {
    fn from_record(user: db::users::User, roles: Vec<String>, group_roles: Vec<String>) -> Self {
        Self {
            roles,
            group_roles,
            id: user.id.into(),
            organization_id: user.organization_id.into(),
            email: user.email,
            email_verified: user.email_verified,
            name: user.name,
            has_password: user.has_password,
            created_at: timestamp(user.created_at),
            updated_at: timestamp(user.updated_at),
        }
    }
}

/// Body of `create_user`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "organization_id": "org_01jdq7m5yb6k3r2x9v8w4n1c0a", "email": "ada@acme.com",
    "name": "Ada Lovelace", "password": "correct horse battery staple"
}))]
pub struct CreateUser {
    /// The organization the user joins.
    pub organization_id: String,
    /// Email address; unique within the organization.
    pub email: String,
    /// Optional password, 8 characters to 256 bytes.
    pub password: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Mark the address as verified (for users provisioned by a trusted backend).
    #[serde(default)]
    pub email_verified: bool,
    /// Role keys (project-wide or custom roles of the organization); default `["member"]`.
    pub roles: Option<Vec<String>>,
}

/// Body of `update_user`; absent fields are left unchanged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// New email address (marks it unverified unless `email_verified` is also given).
    pub email: Option<String>,
    /// New password.
    pub password: Option<String>,
    /// New display name.
    pub name: Option<String>,
    /// New verification state.
    pub email_verified: Option<bool>,
    /// The complete new list of role keys (effective at the user's next token refresh).
    pub roles: Option<Vec<String>>,
}

/// A page of users.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct UserList {
    /// Users in creation order.
    pub data: Vec<User>,
    /// Pass as `starting_after` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of `list_users`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListUsersQuery {
    /// Only users of this organization.
    pub organization_id: Option<String>,
    /// Only users with this email address (case-insensitive).
    pub email: Option<String>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// Return users created after this one (`next_cursor` of the previous page).
    pub starting_after: Option<String>,
}

/// Routes of this resource.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_user, list_users))
        .routes(routes!(get_user, update_user, delete_user))
        .routes(routes!(reset_user_mfa))
}

fn email_taken() -> ApiError {
    ApiError::conflict(
        "email_taken",
        Some("email"),
        "this organization already has a user with that email address",
    )
}

/// Validates role keys for a member of `organization_id`: each must name a project-wide role
/// or a custom role of that organization.
pub(crate) async fn role_keys(
    state: &AppState,
    project_id: &str,
    organization_id: &str,
    keys: &[String],
) -> ApiResult<Vec<String>> {
    let keys = validate::grants("roles", keys)?;
    db::rbac::ensure_built_in_roles(&state.db, project_id, state.clock.now()).await?;
    let visible = db::rbac::list_roles(&state.db, project_id, Some(organization_id)).await?;
    if let Some(unknown) = keys.iter().find(|k| !visible.iter().any(|r| &r.key == *k)) {
        return Err(ApiError::invalid_field(
            "unknown_role",
            "roles",
            format!("no role '{unknown}' exists for this user's organization"),
        ));
    }
    Ok(keys)
}

async fn with_roles(
    state: &AppState,
    project_id: &str,
    users: Vec<db::users::User>,
) -> ApiResult<Vec<User>> {
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    let mut roles = db::rbac::roles_of_users(&state.db, project_id, &ids).await?;
    let mut group_roles = db::scim_group_roles::roles_of_users(&state.db, project_id, &ids).await?;
    Ok(users
        .into_iter()
        .map(|u| {
            let keys = roles.remove(u.id.as_str()).unwrap_or_default();
            let group_keys = group_roles.remove(u.id.as_str()).unwrap_or_default();
            User::from_record(u, keys, group_keys)
        })
        .collect())
}

async fn one_with_roles(state: &AppState, user: db::users::User) -> ApiResult<User> {
    let project_id = user.project_id.clone();
    with_roles(state, &project_id, vec![user])
        .await?
        .pop()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("user vanished")))
}

async fn hash_password(password: &str) -> ApiResult<String> {
    validate::password(password)?;
    Ok(password::hash(password.to_owned()).await?)
}

/// Create a user in an organization.
#[utoipa::path(
    post,
    path = "/users",
    operation_id = "create_user",
    tag = "users",
    security(("secret_key" = [])),
    request_body = CreateUser,
    responses(
        (status = 201, description = "Created", body = User),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such organization in this project", body = ErrorBody),
        (status = 409, description = "Email already used in this organization", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
        (status = 503, description = "Too many password checks at once (`busy`); retry after `Retry-After` seconds", body = ErrorBody),
    )
)]
async fn create_user(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateUser>,
) -> ApiResult<(StatusCode, Json<User>)> {
    let organization_id = validate::id(
        IdKind::Organization,
        "organization_id",
        &body.organization_id,
    )?;
    let email = validate::email("email", &body.email)?;
    let name = body
        .name
        .as_deref()
        .map(|n| validate::name("name", n))
        .transpose()?;
    if let Some(password) = &body.password {
        validate::password(password)?;
    }
    let org = db::organizations::get(&state.db, &auth.project.id, &organization_id)
        .await?
        .ok_or(ApiError::NotFound("organization"))?;
    let default_roles = [db::rbac::DEFAULT_ROLE.to_owned()];
    let roles = role_keys(
        &state,
        &auth.project.id,
        &organization_id,
        body.roles.as_deref().unwrap_or(&default_roles),
    )
    .await?;
    let password_hash = match &body.password {
        Some(password) => Some(hash_password(password).await?),
        None => None,
    };
    let now = state.clock.now();
    let user = db::users::User {
        id: UserId::generate(),
        project_id: auth.project.id.clone(),
        organization_id: org.id,
        email,
        email_verified: body.email_verified,
        name,
        has_password: password_hash.is_some(),
        totp_enabled_at: None,
        deactivated_at: None,
        created_at: now,
        updated_at: now,
    };
    // The user, their roles and the audit event commit together or not at all.
    let mut tx = state.db.begin().await?;
    match db::users::insert(&mut *tx, &user).await? {
        Write::Done(()) => {
            if let Some(phc) = &password_hash {
                db::credentials::set_password(&mut *tx, &user.project_id, &user.id, phc, now)
                    .await?;
            }
            db::rbac::set_user_roles(&mut tx, &user.project_id, &user.id, &roles).await?;
            db::audit::record_in(
                &mut tx,
                &db::audit::Entry {
                    organization_id: Some(&user.organization_id),
                    actor: Some(db::audit::SECRET_KEY_ACTOR),
                    target: Some(&user.id),
                    ..db::audit::Entry::new(&user.project_id, Event::UserCreated)
                },
                now,
            )
            .await?;
            tx.commit().await?;
            Ok((
                StatusCode::CREATED,
                Json(User::from_record(user, roles, Vec::new())),
            ))
        }
        Write::EmailTaken => Err(email_taken()),
    }
}

/// List users, oldest first, optionally filtered by organization or email.
#[utoipa::path(
    get,
    path = "/users",
    operation_id = "list_users",
    tag = "users",
    security(("secret_key" = [])),
    params(ListUsersQuery),
    responses(
        (status = 200, description = "A page of users", body = UserList),
        (status = 400, description = "Invalid filter, limit or cursor", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
    )
)]
async fn list_users(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ListUsersQuery>,
) -> ApiResult<Json<UserList>> {
    let page = PageRequest::parse(query.limit, query.starting_after.as_deref(), IdKind::User)?;
    let organization_id = query
        .organization_id
        .as_deref()
        .map(|id| validate::id(IdKind::Organization, "organization_id", id))
        .transpose()?;
    let email = query
        .email
        .as_deref()
        .map(|e| validate::email("email", e))
        .transpose()?;
    let filter = db::users::Filter {
        organization_id: organization_id.as_deref(),
        email: email.as_deref(),
    };
    let rows = db::users::list(
        &state.db,
        &auth.project.id,
        &filter,
        page.starting_after.as_deref(),
        page.fetch_limit(),
    )
    .await?;
    let (rows, next_cursor) = page.finish(rows, |user| &user.id);
    Ok(Json(UserList {
        data: with_roles(&state, &auth.project.id, rows).await?,
        next_cursor,
    }))
}

async fn load(state: &AppState, project_id: &str, id: &str) -> ApiResult<db::users::User> {
    let id = validate::id(IdKind::User, "user_id", id)?;
    db::users::get(&state.db, project_id, &id)
        .await?
        .ok_or(ApiError::NotFound("user"))
}

/// Get a user.
#[utoipa::path(
    get,
    path = "/users/{user_id}",
    operation_id = "get_user",
    tag = "users",
    security(("secret_key" = [])),
    params(("user_id" = String, Path, description = "User id, `user_...`")),
    responses(
        (status = 200, description = "The user", body = User),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such user in this project", body = ErrorBody),
    )
)]
async fn get_user(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<User>> {
    let user = load(&state, &auth.project.id, &id).await?;
    Ok(Json(one_with_roles(&state, user).await?))
}

/// Update a user's email, password, name, verification state or roles. Setting a password
/// ends every session of the user (hosted-login sessions, and token sessions with their
/// refresh tokens).
#[utoipa::path(
    patch,
    path = "/users/{user_id}",
    operation_id = "update_user",
    tag = "users",
    security(("secret_key" = [])),
    params(("user_id" = String, Path, description = "User id, `user_...`")),
    request_body = UpdateUser,
    responses(
        (status = 200, description = "The updated user", body = User),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such user in this project", body = ErrorBody),
        (status = 409, description = "Email already used in this organization", body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
        (status = 503, description = "Too many password checks at once (`busy`); retry after `Retry-After` seconds", body = ErrorBody),
    )
)]
async fn update_user(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateUser>,
) -> ApiResult<Json<User>> {
    let mut user = load(&state, &auth.project.id, &id).await?;
    if let Some(email) = &body.email {
        let email = validate::email("email", email)?;
        if email != user.email {
            user.email = email;
            user.email_verified = false;
        }
    }
    if let Some(name) = &body.name {
        user.name = Some(validate::name("name", name)?);
    }
    if let Some(verified) = body.email_verified {
        user.email_verified = verified;
    }
    let roles = match &body.roles {
        Some(keys) => Some(role_keys(&state, &auth.project.id, &user.organization_id, keys).await?),
        None => None,
    };
    let password_hash = match &body.password {
        Some(password) => Some(hash_password(password).await?),
        None => None,
    };
    user.updated_at = state.clock.now();
    // The fields, the password with the end of every session, the roles and the audit
    // event commit together or not at all. The update comes first and takes the user's row
    // (SQLite: the write lock), so a user deleted since `load` (during the password hash,
    // say) is a 404 here, not credentials or roles written for a missing user (a foreign-key
    // failure, answered 500 before).
    let mut tx = state.db.begin().await?;
    match db::users::update(&mut *tx, &user).await? {
        Write::EmailTaken => return Err(email_taken()),
        Write::Done(false) => return Err(ApiError::NotFound("user")),
        Write::Done(true) => {}
    }
    if let Some(phc) = &password_hash {
        db::credentials::set_password(&mut *tx, &user.project_id, &user.id, phc, user.updated_at)
            .await?;
        // A new password shuts out whoever knew the old one: every session ends, with its
        // refresh tokens, as after a reset through the hosted login.
        db::login::end_user_sessions_in(&mut tx, &user.project_id, &user.id, user.updated_at)
            .await?;
    }
    if let Some(roles) = &roles {
        db::rbac::set_user_roles(&mut tx, &user.project_id, &user.id, roles).await?;
    }
    db::audit::admin_change_in(
        &mut tx,
        &user.project_id,
        Some(&user.organization_id),
        Event::UserUpdated,
        &user.id,
        user.updated_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(one_with_roles(&state, user).await?))
}

/// Delete a user, with their sessions; the API keys they created through the self-serve API
/// are revoked.
#[utoipa::path(
    delete,
    path = "/users/{user_id}",
    operation_id = "delete_user",
    tag = "users",
    security(("secret_key" = [])),
    params(("user_id" = String, Path, description = "User id, `user_...`")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such user in this project", body = ErrorBody),
    )
)]
async fn delete_user(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let user = load(&state, &auth.project.id, &id).await?;
    let mut tx = state.db.begin().await?;
    if db::users::delete(&mut tx, &auth.project.id, &user.id).await? {
        db::audit::admin_change_in(
            &mut tx,
            &auth.project.id,
            Some(&user.organization_id),
            Event::UserDeleted,
            &user.id,
            state.clock.now(),
        )
        .await?;
        tx.commit().await?;
        // Keys the user made through the self-serve API already stop authenticating with
        // their creator gone (api/authenticate.rs); revoking them says so in the key list.
        for key in db::api_keys::active_created_by(&state.db, &auth.project.id, &user.id).await? {
            super::api_keys::revoke(&state, key, db::audit::SECRET_KEY_ACTOR).await?;
        }
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound("user"))
    }
}

/// Remove a user's second factor (a lost authenticator): their next sign-in asks them to
/// enrol again when their organization requires one. Their sessions stay.
#[utoipa::path(
    delete,
    path = "/users/{user_id}/mfa",
    operation_id = "reset_user_mfa",
    tag = "users",
    security(("secret_key" = [])),
    params(("user_id" = String, Path, description = "User id, `user_...`")),
    responses(
        (status = 204, description = "Removed (or there was none)"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 401, description = "Missing or invalid secret key", body = ErrorBody),
        (status = 404, description = "No such user in this project", body = ErrorBody),
    )
)]
async fn reset_user_mfa(
    auth: ProjectAuth,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let user = load(&state, &auth.project.id, &id).await?;
    let mut tx = state.db.begin().await?;
    db::credentials::reset_totp(&mut *tx, &auth.project.id, &user.id).await?;
    db::audit::admin_change_in(
        &mut tx,
        &auth.project.id,
        Some(&user.organization_id),
        Event::UserMfaReset,
        &user.id,
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
