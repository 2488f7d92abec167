//! Completes the OpenAPI document with what every operation shares, so that the document
//! describes exactly what the server accepts and answers (issue 24, checked by
//! `scripts/test-schemathesis`):
//!
//! - every identifier parameter carries the pattern and length of its kind (from
//!   [`IdKind::pattern`], the same rule [`IdKind::matches`] applies), and page sizes their
//!   bounds (from `super::pagination`);
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
use crate::ids::IdKind;

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
        _ => return None,
    })
}

/// Adds the shared constraints and answers to every operation of `openapi`.
pub fn complete(openapi: &mut OpenApi) {
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
        let kind = match parameter.name.as_str() {
            "starting_after" => cursor_kind(&operation_id),
            name => id_kind(name),
        };
        if let Some(kind) = kind {
            if let Some(schema) = string_schema(parameter) {
                schema.pattern = Some(kind.pattern());
                schema.min_length = Some(kind.length());
                schema.max_length = Some(kind.length());
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
                        && !parameter.name.ends_with("_id")
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
