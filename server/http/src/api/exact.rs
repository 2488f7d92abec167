//! Completes the OpenAPI document with what every operation shares, so that the document
//! describes exactly what the server accepts and answers (issue 24, checked by
//! `scripts/test-schemathesis`):
//!
//! - every identifier parameter carries the pattern and length of its kind (from
//!   [`IdKind::pattern`], the same rule [`IdKind::matches`] applies), and page sizes their
//!   bounds (from `super::pagination`);
//! - every field of a request body carries the rules `gatehouse_domain::validate` applies to it
//!   (lengths, patterns, list sizes, ranges), so a generated client or a property-based test
//!   knows what the server will take;
//! - every operation lists the error answers its extractors can give, whichever handler it
//!   is: a malformed path or query (400), a JSON body that is not JSON (400), of the wrong
//!   type (422), too large (413) or not declared JSON (415), a missing or wrong credential
//!   (401) and an unknown resource (404).
//!
//! These are written once here rather than on each of the operations because they follow from
//! the extractors (`crate::extract`), not from the handlers; a test below fails when a new
//! parameter has no rule.

use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

use super::pagination::MAX_LIMIT;
use gatehouse_domain::validate::{
    MAX_DOMAINS, MAX_EMAIL_BYTES, MAX_GRANTS, MAX_NAME_CHARS, MAX_PASSWORD_CHARS,
    MAX_REDIRECT_URIS, MAX_URI_BYTES, MIN_PASSWORD_CHARS,
};
use gatehouse_storage::db::projects::LoginMethod;
use gatehouse_storage::ids::IdKind;

/// White space as Rust's `str::trim` and Python's `\s` both see it, spelled out so that every
/// regex dialect reads the class the same way (ECMA-262's `\s` also holds U+FEFF).
const SPACE: &str = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
/// `char::is_control`: the C0 and C1 control characters.
const CONTROL: &str = r"\x00-\x1f\x7f-\x9f";
/// A host name of letters, digits, hyphens and dots, as the URL rules of `gatehouse_domain::validate`
/// accept them: its last label starts with a letter, since the URL parser reads a host whose
/// last label is a number (`a.b.4`, `x.0x1`) as an IPv4 address and refuses it when it is
/// none; or a dotted-quad IPv4 address.
const HOST: &str = r"(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))";
/// A port, kept below 65536 by length.
const PORT: &str = r"(?::[0-9]{1,4})?";
/// Path and query characters that need no escaping (RFC 3986 pchar, `/` and `?`).
const PATH: &str = r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?";

/// What `gatehouse_domain::validate` (or the handler) requires of a body field.
enum Rule {
    /// `validate::name`: 1 to 200 characters, not blank, no control characters.
    Name,
    /// Free text of at most 200 characters (descriptions).
    Text,
    /// `validate::grants`: a role, action or key name.
    Grant,
    /// `validate::slug`.
    Slug,
    /// `validate::email`.
    Email,
    /// `validate::password`, for a password being set.
    NewPassword,
    /// A password being checked: only its size is bounded.
    Password,
    /// `validate::domain`.
    Domain,
    /// `validate::redirect_uri`.
    RedirectUri,
    /// `validate::issuer_url`.
    IssuerUrl,
    /// An `https` URL (a logo).
    HttpsUrl,
    /// `#rrggbb`.
    Color,
    /// An identifier of this kind.
    Id(IdKind),
    /// An integer in this range.
    Range(i64, i64),
    /// A value of an enumeration the schema already lists.
    Listed,
}

/// The rule for `property` of the request body schema `schema`, and for a list the fewest
/// and most items it may hold.
fn body_rule(schema: &str, property: &str) -> Option<(Rule, Option<(usize, usize)>)> {
    Some(match (schema, property) {
        ("CreateAction", "name") | ("CreateRole", "key") => (Rule::Grant, None),
        ("PasswordLogin", "password") => (Rule::Password, None),
        ("PasswordLogin", "organization") | ("AuthenticateRequest", _) => return None,
        // The client id an organization's identity provider issued: its format is the IdP's.
        ("CreateOidcConnection" | "UpdateOidcConnection" | "OidcConnection", "client_id") => {
            return None;
        }
        // At the OAuth endpoints a client is named by a registered client's `client_...` id or
        // by the publishable key of the built-in client, and an empty value counts as left out
        // (RFC 6749 §3.1): `authenticate_client` in `api/oauth.rs`.
        ("TokenRequest" | "RevokeRequest", "client_id") => return None,
        (_, "name" | "display_name") => (Rule::Name, None),
        (_, "description") => (Rule::Text, None),
        (_, "slug") => (Rule::Slug, None),
        (_, "email") => (Rule::Email, None),
        (_, "password") => (Rule::NewPassword, None),
        (_, "domain") => (Rule::Domain, None),
        (_, "domains" | "signup_domains") => (Rule::Domain, Some((0, MAX_DOMAINS))),
        (_, "roles" | "actions") => (Rule::Grant, Some((0, MAX_GRANTS))),
        (_, "post_logout_redirect_uris") => (Rule::RedirectUri, Some((0, 20))),
        ("CreateOAuthClient" | "UpdateOAuthClient", "redirect_uris") => {
            (Rule::RedirectUri, Some((1, 20)))
        }
        (_, "redirect_uris") => (Rule::RedirectUri, Some((0, MAX_REDIRECT_URIS))),
        (_, "login_methods") => (Rule::Listed, Some((1, LoginMethod::COUNT))),
        (_, "break_glass_user_ids") => (
            Rule::Id(IdKind::User),
            Some((0, super::sso_policies::MAX_BREAK_GLASS_USERS)),
        ),
        (_, "issuer_url") => (Rule::IssuerUrl, None),
        (_, "logo_url") => (Rule::HttpsUrl, None),
        (_, "primary_color") => (Rule::Color, None),
        (_, "session_lifetime_seconds") => (Rule::Range(3_600, 90 * 86_400), None),
        (_, "access_token_lifetime_seconds") => (Rule::Range(60, 86_400), None),
        (_, "expires_in_days") => (Rule::Range(1, 30), None),
        (_, name) => (Rule::Id(id_kind(name)?), None),
    })
}

/// Writes `rule` into a string or integer schema.
fn apply_rule(schema: &mut utoipa::openapi::schema::Object, rule: &Rule) {
    let text = |schema: &mut utoipa::openapi::schema::Object,
                min: usize,
                max: usize,
                pattern: Option<String>| {
        schema.min_length = (min > 0).then_some(min);
        schema.max_length = Some(max);
        schema.pattern = pattern;
    };
    match rule {
        Rule::Name => text(
            schema,
            1,
            MAX_NAME_CHARS,
            Some(format!("^[^{CONTROL}]*[^{CONTROL}{SPACE}][^{CONTROL}]*$")),
        ),
        Rule::Text => text(schema, 0, MAX_NAME_CHARS, None),
        Rule::Grant => text(schema, 1, 64, Some(r"^[a-z0-9][a-z0-9_.:-]*$".to_owned())),
        Rule::Slug => text(
            schema,
            2,
            63,
            Some(r"^[a-z0-9]+(?:-[a-z0-9]+)*$".to_owned()),
        ),
        Rule::Email => {
            text(schema, 0, MAX_EMAIL_BYTES, None);
            schema.format = Some(utoipa::openapi::SchemaFormat::Custom("email".to_owned()));
        }
        Rule::NewPassword => text(
            schema,
            MIN_PASSWORD_CHARS,
            MAX_PASSWORD_CHARS,
            Some(format!("[^{SPACE}]")),
        ),
        Rule::Password => text(schema, 0, MAX_PASSWORD_CHARS, None),
        Rule::Domain => text(
            schema,
            0,
            253,
            Some(
                r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$"
                    .to_owned(),
            ),
        ),
        Rule::RedirectUri => text(
            schema,
            0,
            MAX_URI_BYTES,
            Some(format!(
                r"^(?:[a-z][a-z0-9+-]*(?:\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://{HOST}{PORT}|http://(?:localhost|127\.0\.0\.1|\[::1\]){PORT}){PATH})$"
            )),
        ),
        Rule::IssuerUrl => text(
            schema,
            0,
            MAX_URI_BYTES,
            Some(format!(
                r"^(?:https://{HOST}{PORT}|http://(?:localhost|127\.0\.0\.1|\[::1\]){PORT})(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?$"
            )),
        ),
        Rule::HttpsUrl => text(
            schema,
            0,
            MAX_URI_BYTES,
            Some(format!("^https://{HOST}{PORT}{PATH}$")),
        ),
        Rule::Color => text(schema, 7, 7, Some(r"^#[0-9A-Fa-f]{6}$".to_owned())),
        Rule::Id(kind) => text(schema, kind.length(), kind.length(), Some(kind.pattern())),
        Rule::Range(min, max) => {
            schema.minimum = Some((*min).into());
            schema.maximum = Some((*max).into());
        }
        Rule::Listed => {}
    }
}

/// The names of the component schemas that request bodies use.
fn request_schemas(openapi: &OpenApi) -> Vec<String> {
    let mut names = vec!["HostedLogin".to_owned()];
    for item in openapi.paths.paths.values() {
        for operation in [&item.get, &item.put, &item.post, &item.delete, &item.patch]
            .into_iter()
            .flatten()
        {
            for content in operation
                .request_body
                .iter()
                .flat_map(|b| b.content.values())
            {
                if let Some(RefOr::Ref(reference)) = &content.schema
                    && let Some(name) = reference.ref_location.rsplit('/').next()
                    && !names.iter().any(|n| n == name)
                {
                    names.push(name.to_owned());
                }
            }
        }
    }
    names
}

fn constrain_bodies(openapi: &mut OpenApi) {
    let names = request_schemas(openapi);
    let Some(components) = openapi.components.as_mut() else {
        return;
    };
    for name in names {
        let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(&name) else {
            continue;
        };
        for (property, schema) in object.properties.iter_mut() {
            let Some((rule, items)) = body_rule(&name, property) else {
                continue;
            };
            match schema {
                RefOr::T(Schema::Object(field)) => apply_rule(field, &rule),
                RefOr::T(Schema::Array(list)) => {
                    if let Some((min, max)) = items {
                        list.min_items = (min > 0).then_some(min);
                        list.max_items = Some(max);
                    }
                    if let utoipa::openapi::schema::ArrayItems::RefOrSchema(item) = &mut list.items
                        && let RefOr::T(Schema::Object(item)) = item.as_mut()
                    {
                        apply_rule(item, &rule);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The kind of identifier a parameter of this name holds, wherever it appears.
fn id_kind(name: &str) -> Option<IdKind> {
    Some(match name {
        "project_id" => IdKind::Project,
        "organization_id" => IdKind::Organization,
        "user_id" => IdKind::User,
        "api_key_id" => IdKind::ApiKey,
        "invitation_id" => IdKind::Invitation,
        "role_id" => IdKind::Role,
        "secret_key_id" => IdKind::SecretKey,
        "session_id" => IdKind::Session,
        "signing_key_id" => IdKind::SigningKey,
        "client_id" => IdKind::Client,
        "scim_token_id" => IdKind::ScimToken,
        "group_id" => IdKind::Group,
        "saml_connection_id" => IdKind::SamlConnection,
        "oidc_connection_id" => IdKind::OidcConnection,
        _ => return None,
    })
}

/// The kind of item a list operation pages through (its `starting_after` cursor).
fn cursor_kind(operation_id: &str) -> Option<IdKind> {
    Some(match operation_id {
        "list_organizations" => IdKind::Organization,
        "list_users" => IdKind::User,
        "list_api_keys" => IdKind::ApiKey,
        "list_audit_events" => IdKind::AuditEvent,
        "list_oauth_clients" => IdKind::Client,
        "list_invitations" => IdKind::Invitation,
        "list_scim_group_roles" => IdKind::Group,
        _ => return None,
    })
}

/// Adds the shared constraints and answers to every operation of `openapi`.
pub fn complete(openapi: &mut OpenApi) {
    constrain_bodies(openapi);
    for item in openapi.paths.paths.values_mut() {
        for operation in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            constrain_parameters(operation);
            add_error_answers(operation);
        }
    }
}

fn string_schema(parameter: &mut Parameter) -> Option<&mut utoipa::openapi::schema::Object> {
    if parameter.schema.is_none() {
        parameter.schema = Some(RefOr::T(Schema::Object(
            ObjectBuilder::new().schema_type(Type::String).build(),
        )));
    }
    match parameter.schema.as_mut() {
        Some(RefOr::T(Schema::Object(object))) => Some(object),
        _ => None,
    }
}

fn constrain_parameters(operation: &mut Operation) {
    let operation_id = operation.operation_id.clone().unwrap_or_default();
    for parameter in operation.parameters.iter_mut().flatten() {
        let in_query = matches!(parameter.parameter_in, ParameterIn::Query);
        let kind = match parameter.name.as_str() {
            "starting_after" => cursor_kind(&operation_id),
            // The OpenID endpoints' `client_id` is a `client_...` id or a publishable key.
            "client_id" if in_query => None,
            name => id_kind(name),
        };
        let filter = match parameter.name.as_str() {
            "slug" => Some(Rule::Slug),
            "domain" => Some(Rule::Domain),
            "email" | "user_email" => Some(Rule::Email),
            "action_name" => Some(Rule::Grant),
            _ => None,
        };
        if let Some(kind) = kind {
            if let Some(schema) = string_schema(parameter) {
                apply_rule(schema, &Rule::Id(kind));
            }
        } else if let Some(rule) = filter {
            if let Some(schema) = string_schema(parameter) {
                apply_rule(schema, &rule);
            }
        } else if parameter.name == "limit"
            && let Some(RefOr::T(Schema::Object(schema))) = parameter.schema.as_mut()
        {
            schema.minimum = Some(1_i64.into());
            schema.maximum = Some(MAX_LIMIT.into());
        }
    }
}

fn error_answer(description: &str) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build(),
            )
            .build(),
    )
}

fn add_error_answers(operation: &mut Operation) {
    let parameters = operation.parameters.as_deref().unwrap_or_default();
    let has_path = parameters
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Path));
    let has_query = parameters
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Query));
    let json_body = operation
        .request_body
        .as_ref()
        .is_some_and(|body| body.content.contains_key("application/json"));
    let authenticated = operation
        .security
        .iter()
        .flatten()
        .any(|requirement| *requirement != Default::default());
    let mut answers: Vec<(&str, &str)> = Vec::new();
    if has_path || has_query || json_body {
        answers.push((
            "400",
            "Malformed request: a path or query parameter, or a body that is not JSON",
        ));
    }
    if authenticated {
        answers.push(("401", "Missing or invalid credential"));
    }
    if has_path {
        answers.push(("404", "No such resource in this project"));
    }
    if json_body {
        answers.push(("413", "Request body too large"));
        answers.push(("415", "The body is not declared as application/json"));
    }
    // Bodies and query filters (an email, a domain) go through `gatehouse_domain::validate`.
    if json_body || has_query {
        answers.push(("422", "Invalid field"));
    }
    let responses = &mut operation.responses.responses;
    for (status, description) in answers {
        if !responses.contains_key(status) {
            responses.insert(status.to_owned(), error_answer(description));
        }
    }
}

#[cfg(test)]
mod tests {
    use utoipa::openapi::path::ParameterIn;
    use utoipa::openapi::{RefOr, schema::Schema};

    #[test]
    fn every_identifier_parameter_has_a_pattern() {
        let openapi = super::super::openapi();
        for (path, item) in &openapi.paths.paths {
            for operation in [&item.get, &item.put, &item.post, &item.delete, &item.patch]
                .into_iter()
                .flatten()
            {
                for parameter in operation.parameters.iter().flatten() {
                    let constrained = match parameter.schema.as_ref() {
                        Some(RefOr::T(Schema::Object(schema))) => {
                            schema.pattern.is_some()
                                || schema.enum_values.is_some()
                                || schema.maximum.is_some()
                                || schema.max_length.is_some()
                        }
                        _ => false,
                    };
                    let free_text = matches!(parameter.parameter_in, ParameterIn::Query)
                        && (!parameter.name.ends_with("_id") || parameter.name == "client_id")
                        && parameter.name != "starting_after";
                    assert!(
                        constrained || free_text,
                        "{path}: parameter {} has no pattern or bound",
                        parameter.name
                    );
                }
            }
        }
    }
}
