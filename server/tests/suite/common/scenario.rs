//! A scenario builder for the steps many tests repeat: people with passwords and roles,
//! signing in through the API, refreshing. Tests say what they need
//! (`s.person(&org, "ada@acme.test").roles(json!(["admin"])).create()`) instead of copying
//! helpers that create users and sign them in.

use reqwest::StatusCode;
use serde_json::{Value, json};

use super::TestServer;

/// The password of people the builder creates unless a test names another.
pub const PASSWORD: &str = "correct horse battery";

/// A user about to be created through `POST /v1/users`.
pub struct Person<'a> {
    server: &'a TestServer,
    body: Value,
}

impl<'a> Person<'a> {
    /// A different password than [`PASSWORD`].
    pub fn password(mut self, password: &str) -> Self {
        self.body["password"] = json!(password);
        self
    }

    /// No password (sign-in by email link or an upstream identity provider only).
    pub fn without_password(mut self) -> Self {
        if let Some(body) = self.body.as_object_mut() {
            body.remove("password");
        }
        self
    }

    /// Role keys instead of the organization's default role.
    pub fn roles(mut self, roles: Value) -> Self {
        self.body["roles"] = roles;
        self
    }

    /// An address the person has not confirmed yet.
    pub fn unverified(mut self) -> Self {
        self.body["email_verified"] = json!(false);
        self
    }

    /// Creates the user; answers its JSON (asserting 201).
    pub async fn create(self) -> Value {
        let (status, user) = self.server.post("/v1/users", self.body).await;
        assert_eq!(status, StatusCode::CREATED, "{user}");
        user
    }

    /// Creates the user and answers its id.
    pub async fn create_id(self) -> String {
        let user = self.create().await;
        user["id"].as_str().expect("user id").to_owned()
    }
}

impl TestServer {
    /// A person in `organization` (id) with the address `email`, confirmed, and the password
    /// [`PASSWORD`]; see [`Person`] for the variations.
    pub fn person<'a>(&'a self, organization: &str, email: &str) -> Person<'a> {
        Person {
            server: self,
            body: json!({
                "organization_id": organization,
                "email": email,
                "password": PASSWORD,
                "email_verified": true,
            }),
        }
    }

    /// Signs in through `POST {issuer}/v1/login/password`, asserting success; answers the
    /// token response.
    pub async fn signed_in(&self, organization: &str, email: &str, password: &str) -> Value {
        let (status, tokens) = self.password_login(organization, email, password).await;
        assert_eq!(status, StatusCode::OK, "{tokens}");
        tokens
    }

    /// A refresh-token grant at this server's project.
    pub async fn refresh(&self, refresh_token: &str) -> (StatusCode, Value) {
        self.refresh_in(&self.project.project_id, refresh_token)
            .await
    }

    /// A refresh-token grant at `project_id`'s token endpoint.
    pub async fn refresh_in(&self, project_id: &str, refresh_token: &str) -> (StatusCode, Value) {
        let response = self
            .client()
            .post(format!("{}/p/{project_id}/oauth/token", self.url))
            .form(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token),
            ])
            .send()
            .await
            .expect("token request");
        let status = response.status();
        (status, response.json().await.expect("JSON answer"))
    }
}
