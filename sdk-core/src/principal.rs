//! Who an authenticated request speaks for: the one answer of [`crate::Client::authenticate`]
//! (and of [`crate::authenticate_with_answer`]) whether the credential was an access token
//! verified locally or an API key the server vouched for, so handlers and bindings read
//! organization, user, roles and permissions the same way for both.

use std::sync::Arc;

use crate::{Actor, ApiKeyGrant, Claims};

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq)]
pub struct Principal {
    credential: String,
    source: Source,
}

#[derive(Debug, Clone, PartialEq)]
enum Source {
    AccessToken(Arc<Claims>),
    ApiKey(Arc<ApiKeyGrant>),
}

impl Principal {
    /// A user's access token and its verified claims.
    pub fn from_access_token(token: String, claims: Claims) -> Principal {
        Principal {
            credential: token,
            source: Source::AccessToken(Arc::new(claims)),
        }
    }

    /// An organization API key and the server's grant for it.
    pub fn from_api_key(key: String, grant: ApiKeyGrant) -> Principal {
        Principal {
            credential: key,
            source: Source::ApiKey(Arc::new(grant)),
        }
    }

    /// `"access_token"` or `"api_key"`.
    pub fn kind(&self) -> &'static str {
        match self.source {
            Source::AccessToken(_) => "access_token",
            Source::ApiKey(_) => "api_key",
        }
    }

    /// The credential exactly as the request carried it (token or API key), for calling other
    /// services on the caller's behalf.
    pub fn credential(&self) -> &str {
        &self.credential
    }

    /// The organization (tenant) the caller belongs to: scope every query by it.
    pub fn organization_id(&self) -> &str {
        match &self.source {
            Source::AccessToken(claims) => claims.organization_id(),
            Source::ApiKey(grant) => &grant.organization_id,
        }
    }

    /// The signed-in user; `None` for API keys, which belong to the organization.
    pub fn user_id(&self) -> Option<&str> {
        match &self.source {
            Source::AccessToken(claims) => Some(claims.user_id()),
            Source::ApiKey(_) => None,
        }
    }

    /// The API key's id (`key_...`); `None` for access tokens.
    pub fn api_key_id(&self) -> Option<&str> {
        match &self.source {
            Source::AccessToken(_) => None,
            Source::ApiKey(grant) => Some(&grant.api_key_id),
        }
    }

    /// The roles the credential holds.
    pub fn roles(&self) -> &[String] {
        match &self.source {
            Source::AccessToken(claims) => &claims.roles,
            Source::ApiKey(grant) => &grant.roles,
        }
    }

    /// The permissions the credential grants (`actions`).
    pub fn actions(&self) -> &[String] {
        match &self.source {
            Source::AccessToken(claims) => &claims.actions,
            Source::ApiKey(grant) => &grant.actions,
        }
    }

    /// Whether the credential grants the permission.
    pub fn has_permission(&self, action: &str) -> bool {
        self.actions().iter().any(|granted| granted == action)
    }

    /// Whether the credential holds the role.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles().iter().any(|held| held == role)
    }

    /// The staff member acting as the user (the RFC 8693 `act` claim); `None` when nobody
    /// impersonates, and always for API keys.
    pub fn impersonator(&self) -> Option<&Actor> {
        match &self.source {
            Source::AccessToken(claims) => claims.impersonator(),
            Source::ApiKey(_) => None,
        }
    }

    /// The verified access-token claims; `None` for API keys.
    pub fn claims(&self) -> Option<&Claims> {
        match &self.source {
            Source::AccessToken(claims) => Some(claims),
            Source::ApiKey(_) => None,
        }
    }

    /// The server's grant for an API key; `None` for access tokens.
    pub fn api_key(&self) -> Option<&ApiKeyGrant> {
        match &self.source {
            Source::AccessToken(_) => None,
            Source::ApiKey(grant) => Some(grant),
        }
    }
}
