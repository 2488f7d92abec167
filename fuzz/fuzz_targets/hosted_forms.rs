//! Bodies posted to the hosted login pages and the query strings of their links, read exactly
//! as the handlers read them: axum's `Form` into `Posted<T>` (the CSRF token flattened with
//! the page's own fields, server/http/src/hosted/security.rs) or axum's `Query`, then the field
//! validators the handlers apply (server/domain/src/validate.rs). The first byte picks the form; the
//! rest is the body or query string.
//!
//! Beyond "never panics": a validator that accepts a value accepts its own output unchanged
//! (normalisation is idempotent), so a stored value always validates again.
#![no_main]

use std::sync::LazyLock;

use axum::body::Body;
use axum::extract::{Form, FromRequest, Query};
use axum::http::{Request, Uri, header::CONTENT_TYPE};
use gatehouse_http::hosted::{
    account::LogoutForm,
    email_links::{ForgotForm, ResetForm, TokenForm, TokenQuery},
    invitations::{AcceptForm, AcceptQuery},
    mfa::CodeForm,
    security::Posted,
    signin::{EmailForm, EmailQuery, MagicForm, PasswordForm, PickForm},
    signup::{ConfirmForm, SignupForm, SignupQuery},
};
use gatehouse_domain::validate;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;

static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|err| panic!("no tokio runtime: {err}"))
});

/// Reads `body` the way a hosted page's handler does.
fn post<T: DeserializeOwned + std::fmt::Debug>(body: &[u8]) {
    let Ok(request) = Request::builder()
        .method("POST")
        .uri("/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2/login")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body.to_vec()))
    else {
        return;
    };
    if let Ok(Form(posted)) = RUNTIME.block_on(Form::<Posted<T>>::from_request(request, &())) {
        let _ = format!("{posted:?}");
    }
}

/// Reads `query` the way a hosted page's `GET` handler does.
fn get<T: DeserializeOwned + std::fmt::Debug>(query: &[u8]) {
    let Ok(query) = std::str::from_utf8(query) else {
        return;
    };
    let Ok(uri) = format!("/login?{query}").parse::<Uri>() else {
        return;
    };
    if let Ok(Query(parsed)) = Query::<T>::try_from_uri(&uri) {
        let _ = format!("{parsed:?}");
    }
}

/// The validators the handlers run on the fields of these forms.
fn validate_fields(body: &[u8]) {
    for (key, value) in url::form_urlencoded::parse(body) {
        match key.as_ref() {
            "email" | "login_hint" => {
                if let Ok(email) = validate::email("email", &value) {
                    assert_eq!(validate::email("email", &email).ok(), Some(email.clone()));
                }
            }
            "password" => {
                let _ = validate::password(&value);
            }
            "name" => {
                if let Ok(name) = validate::name("name", &value) {
                    assert_eq!(validate::name("name", &name).ok(), Some(name.clone()));
                }
            }
            "organization_name" => {
                if let Ok(name) = validate::name("organization_name", &value)
                    && let Ok(slug) = validate::slug_from_name(&name)
                {
                    assert_eq!(validate::slug(&slug).ok(), Some(slug.clone()));
                }
            }
            _ => {}
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 17 {
        0 => post::<EmailForm>(rest),
        1 => post::<PasswordForm>(rest),
        2 => post::<PickForm>(rest),
        3 => post::<MagicForm>(rest),
        4 => post::<TokenForm>(rest),
        5 => post::<ResetForm>(rest),
        6 => post::<ForgotForm>(rest),
        7 => post::<SignupForm>(rest),
        8 => post::<ConfirmForm>(rest),
        9 => post::<AcceptForm>(rest),
        10 => post::<CodeForm>(rest),
        11 => post::<LogoutForm>(rest),
        12 => get::<EmailQuery>(rest),
        13 => get::<TokenQuery>(rest),
        14 => get::<SignupQuery>(rest),
        15 => get::<AcceptQuery>(rest),
        _ => get::<AcceptQuery>(rest),
    }
    validate_fields(rest);
});
