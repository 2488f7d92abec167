#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An action (permission) of the catalogue.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Action {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What it allows.
        pub description: ::std::string::String,
        ///Name, such as `invoices.read`.
        pub name: ::std::string::String,
    }

    ///The project's actions.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ActionList {
        ///Actions by name.
        pub data: ::std::vec::Vec<Action>,
    }

    ///An API key, without its secret.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKey {
        ///Actions (permissions) granted to callers using the key.
        pub actions: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user who created the key through the self-serve API. Such a key
        /// authenticates only while that user exists and holds every
        /// role and action the key grants, and is revoked when the user
        /// is deleted. Null for keys created with the secret key, and once
        /// the secret key sets the key's roles or actions: those keys belong to
        /// the organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by_user_id: ::std::option::Option<::std::string::String>,
        ///The first characters of the key, to recognise it.
        pub display_prefix: ::std::string::String,
        ///RFC 3339 expiry time; null for keys that do not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Identifier, `akey_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last successful use (updated at most once a
        /// minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label.
        pub name: ::std::string::String,
        ///The organization that owns the key.
        pub organization_id: ::std::string::String,
        ///RFC 3339 revocation time; null while the key is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Roles granted to callers using the key.
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///A page of API keys.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKeyList {
        ///Keys in creation order.
        pub data: ::std::vec::Vec<ApiKey>,
        ///Pass as `starting_after` to get the next page; null on the last
        /// page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///Which attribute names a preset reads.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum AttributePreset {
        #[serde(rename = "generic")]
        Generic,
        #[serde(rename = "entra")]
        Entra,
        #[serde(rename = "okta")]
        Okta,
    }

    impl ::std::fmt::Display for AttributePreset {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Generic => f.write_str("generic"),
                Self::Entra => f.write_str("entra"),
                Self::Okta => f.write_str("okta"),
            }
        }
    }

    impl ::std::str::FromStr for AttributePreset {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "generic" => Ok(Self::Generic),
                "entra" => Ok(Self::Entra),
                "okta" => Ok(Self::Okta),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for AttributePreset {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AttributePreset {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///One audit event.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditEvent {
        ///What happened: `user.login`, `user.login_failed`, `session.logout`,
        ///`session.revoked`, `session.refresh_token_reused`,
        /// `organization.created|updated|deleted`,
        /// `user.created|updated|deleted`, `role.created|updated|deleted`,
        ///`api_key.created|revoked`.
        pub action: ::std::string::String,
        ///Who acted: a user id, `secret_key`, or the email given in a failed
        /// sign-in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actor: ::std::option::Option<::std::string::String>,
        ///RFC 3339 time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Extra facts.
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Identifier, `evt_...`; events sort by id in the order they happened.
        pub id: ::std::string::String,
        ///Client address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip: ::std::option::Option<::std::string::String>,
        ///The organization it concerns, when known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///What it happened to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        ///Client user agent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
    }

    ///A page of audit events.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditEventList {
        ///Events, oldest first.
        pub data: ::std::vec::Vec<AuditEvent>,
        ///Pass as `starting_after` to get the next page; null on the last
        /// page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///Body of `authenticate`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AuthenticateRequest {
        ///An access token (JWT) or an API key (`gh_key_...`).
        pub credential: ::std::string::String,
    }

    ///A valid credential: who it speaks for and what it may do.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Authenticated {
        ///Actions (permissions) granted.
        pub actions: ::std::vec::Vec<::std::string::String>,
        ///The key, for API keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_key_id: ::std::option::Option<::std::string::String>,
        ///The verified claims, for access tokens.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claims:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub kind: CredentialKind,
        ///The organization the credential acts for.
        pub organization_id: ::std::string::String,
        ///Roles granted.
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///The user, for access tokens.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }

    ///`CheckDomainVerificationDomain`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckDomainVerificationDomain(::std::string::String);
    impl ::std::ops::Deref for CheckDomainVerificationDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CheckDomainVerificationDomain> for ::std::string::String {
        fn from(value: CheckDomainVerificationDomain) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CheckDomainVerificationDomain {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CheckDomainVerificationDomain {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CheckDomainVerificationDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CheckDomainVerificationDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CheckDomainVerificationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckDomainVerificationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CheckDomainVerificationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CheckDomainVerificationOrganizationId> for ::std::string::String {
        fn from(value: CheckDomainVerificationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CheckDomainVerificationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CheckDomainVerificationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CheckDomainVerificationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CheckDomainVerificationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Kind of client.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ClientType {
        #[serde(rename = "confidential")]
        Confidential,
        #[serde(rename = "public")]
        Public,
    }

    impl ::std::fmt::Display for ClientType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Confidential => f.write_str("confidential"),
                Self::Public => f.write_str("public"),
            }
        }
    }

    impl ::std::str::FromStr for ClientType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "confidential" => Ok(Self::Confidential),
                "public" => Ok(Self::Public),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ClientType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ClientType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///Body of `create_action`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateAction {
        ///What it allows (at most 200 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<CreateActionDescription>,
        ///1 to 64 lowercase letters, digits and `_ . : -`.
        pub name: CreateActionName,
    }

    ///What it allows (at most 200 characters).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateActionDescription(::std::string::String);
    impl ::std::ops::Deref for CreateActionDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateActionDescription> for ::std::string::String {
        fn from(value: CreateActionDescription) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateActionDescription {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateActionDescription {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateActionDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateActionDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///1 to 64 lowercase letters, digits and `_ . : -`.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateActionName(::std::string::String);
    impl ::std::ops::Deref for CreateActionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateActionName> for ::std::string::String {
        fn from(value: CreateActionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateActionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateActionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateActionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateActionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_api_key`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateApiKey {
        ///Actions granted to callers, e.g. `invoices.read` (at most 50).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub actions: ::std::vec::Vec<CreateApiKeyActionsItem>,
        ///RFC 3339 time after which the key stops working: in the future, at
        /// most 10 years ahead; omitted, the key does not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::std::string::String>,
        ///Label, 1 to 200 characters.
        pub name: CreateApiKeyName,
        ///The organization that owns the key.
        pub organization_id: CreateApiKeyOrganizationId,
        ///Roles granted to callers (at most 50).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<CreateApiKeyRolesItem>,
    }

    ///`CreateApiKeyActionsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyActionsItem(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyActionsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyActionsItem> for ::std::string::String {
        fn from(value: CreateApiKeyActionsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyActionsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyActionsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyName(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyName> for ::std::string::String {
        fn from(value: CreateApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The organization that owns the key.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyOrganizationId> for ::std::string::String {
        fn from(value: CreateApiKeyOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateApiKeyRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyRolesItem(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyRolesItem> for ::std::string::String {
        fn from(value: CreateApiKeyRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_domain_verification`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateDomainVerification {
        ///The email domain to verify.
        pub domain: CreateDomainVerificationDomain,
    }

    ///The email domain to verify.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateDomainVerificationDomain(::std::string::String);
    impl ::std::ops::Deref for CreateDomainVerificationDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateDomainVerificationDomain> for ::std::string::String {
        fn from(value: CreateDomainVerificationDomain) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateDomainVerificationDomain {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateDomainVerificationDomain {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateDomainVerificationDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateDomainVerificationDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateDomainVerificationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateDomainVerificationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateDomainVerificationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateDomainVerificationOrganizationId> for ::std::string::String {
        fn from(value: CreateDomainVerificationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateDomainVerificationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateDomainVerificationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateDomainVerificationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateDomainVerificationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_invitation`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateInvitation {
        ///The invitee's email.
        pub email: CreateInvitationEmail,
        ///Days the link stays valid, 1 to 30 (default 7).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in_days: ::std::option::Option<::std::num::NonZeroU64>,
        ///Role keys (project-wide or custom roles of the organization);
        /// default `["member"]`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roles: ::std::option::Option<::std::vec::Vec<CreateInvitationRolesItem>>,
    }

    ///The invitee's email.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateInvitationEmail(::std::string::String);
    impl ::std::ops::Deref for CreateInvitationEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateInvitationEmail> for ::std::string::String {
        fn from(value: CreateInvitationEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateInvitationEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateInvitationEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateInvitationEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateInvitationEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateInvitationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateInvitationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateInvitationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateInvitationOrganizationId> for ::std::string::String {
        fn from(value: CreateInvitationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateInvitationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateInvitationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateInvitationRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateInvitationRolesItem(::std::string::String);
    impl ::std::ops::Deref for CreateInvitationRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateInvitationRolesItem> for ::std::string::String {
        fn from(value: CreateInvitationRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateInvitationRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateInvitationRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateInvitationRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateInvitationRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_oauth_client`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateOAuthClient {
        pub client_type: ClientType,
        ///Display name, shown on the hosted login.
        pub name: CreateOAuthClientName,
        ///Allowed post-logout redirect URIs (0 to 20).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub post_logout_redirect_uris: ::std::vec::Vec<CreateOAuthClientPostLogoutRedirectUrisItem>,
        ///Allowed redirect URIs (1 to 20): `https`, loopback `http`, or a
        /// reverse-DNS scheme.
        pub redirect_uris: ::std::vec::Vec<CreateOAuthClientRedirectUrisItem>,
    }

    ///Display name, shown on the hosted login.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOAuthClientName(::std::string::String);
    impl ::std::ops::Deref for CreateOAuthClientName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOAuthClientName> for ::std::string::String {
        fn from(value: CreateOAuthClientName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOAuthClientName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOAuthClientName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOAuthClientName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOAuthClientName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOAuthClientPostLogoutRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOAuthClientPostLogoutRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for CreateOAuthClientPostLogoutRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOAuthClientPostLogoutRedirectUrisItem> for ::std::string::String {
        fn from(value: CreateOAuthClientPostLogoutRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOAuthClientPostLogoutRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOAuthClientPostLogoutRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for CreateOAuthClientPostLogoutRedirectUrisItem
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOAuthClientPostLogoutRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOAuthClientRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOAuthClientRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for CreateOAuthClientRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOAuthClientRedirectUrisItem> for ::std::string::String {
        fn from(value: CreateOAuthClientRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOAuthClientRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOAuthClientRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOAuthClientRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOAuthClientRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_oidc_connection`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateOidcConnection {
        ///Our client id at the provider.
        pub client_id: ::std::string::String,
        ///Our client secret there (write-only; stored sealed).
        pub client_secret: ::std::string::String,
        ///Whether it is on (default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Group → role keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_roles: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        ///The provider's issuer; `{issuer}/.well-known/openid-configuration`
        /// is fetched now.
        pub issuer: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mapping: ::std::option::Option<ProfileMappingBody>,
        ///Label, 1 to 200 characters.
        pub name: CreateOidcConnectionName,
        ///Scopes to ask for (default `openid email profile`; `openid` is added
        /// when missing).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOidcConnectionName(::std::string::String);
    impl ::std::ops::Deref for CreateOidcConnectionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOidcConnectionName> for ::std::string::String {
        fn from(value: CreateOidcConnectionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOidcConnectionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOidcConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOidcConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOidcConnectionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOidcConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOidcConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateOidcConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOidcConnectionOrganizationId> for ::std::string::String {
        fn from(value: CreateOidcConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOidcConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOidcConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_organization`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateOrganization {
        ///Verified email domains (at most 50).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub domains: ::std::vec::Vec<CreateOrganizationDomainsItem>,
        ///Login methods allowed in this organization; absent follows the
        /// project.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_methods: ::std::option::Option<::std::vec::Vec<LoginMethod>>,
        ///Display name, 1 to 200 characters.
        pub name: CreateOrganizationName,
        ///Require a second factor (TOTP) at sign-in (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_mfa: ::std::option::Option<bool>,
        ///Session lifetime for this organization's users, 3600 to 7776000
        /// seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_lifetime_seconds: ::std::option::Option<i64>,
        ///Email domains allowed to sign up (each one of `domains`); absent:
        /// all verified domains.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signup_domains:
            ::std::option::Option<::std::vec::Vec<CreateOrganizationSignupDomainsItem>>,
        ///2 to 63 lowercase letters, digits and hyphens; derived from the name
        /// when absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<CreateOrganizationSlug>,
    }

    ///Body of `create_organization_api_key`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateOrganizationApiKey {
        ///Actions to grant; each must be one of the caller's.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub actions: ::std::vec::Vec<CreateOrganizationApiKeyActionsItem>,
        ///RFC 3339 time after which the key stops working; must be in the
        /// future.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::std::string::String>,
        ///Label, 1 to 200 characters.
        pub name: CreateOrganizationApiKeyName,
        ///Roles to grant; each must be one of the caller's.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<CreateOrganizationApiKeyRolesItem>,
    }

    ///`CreateOrganizationApiKeyActionsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationApiKeyActionsItem(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationApiKeyActionsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationApiKeyActionsItem> for ::std::string::String {
        fn from(value: CreateOrganizationApiKeyActionsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationApiKeyActionsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationApiKeyActionsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationApiKeyName(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationApiKeyName> for ::std::string::String {
        fn from(value: CreateOrganizationApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOrganizationApiKeyRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationApiKeyRolesItem(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationApiKeyRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationApiKeyRolesItem> for ::std::string::String {
        fn from(value: CreateOrganizationApiKeyRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationApiKeyRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationApiKeyRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOrganizationDomainsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationDomainsItem(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationDomainsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationDomainsItem> for ::std::string::String {
        fn from(value: CreateOrganizationDomainsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationDomainsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationDomainsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Display name, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationName(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationName> for ::std::string::String {
        fn from(value: CreateOrganizationName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateOrganizationSignupDomainsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationSignupDomainsItem(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationSignupDomainsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationSignupDomainsItem> for ::std::string::String {
        fn from(value: CreateOrganizationSignupDomainsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationSignupDomainsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationSignupDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationSignupDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationSignupDomainsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///2 to 63 lowercase letters, digits and hyphens; derived from the name
    /// when absent.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOrganizationSlug(::std::string::String);
    impl ::std::ops::Deref for CreateOrganizationSlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateOrganizationSlug> for ::std::string::String {
        fn from(value: CreateOrganizationSlug) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateOrganizationSlug {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 63usize {
                return Err("longer than 63 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9]+(?:-[a-z0-9]+)*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9]+(?:-[a-z0-9]+)*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateOrganizationSlug {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateOrganizationSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateOrganizationSlug {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_role`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateRole {
        ///Actions it grants; each must be in the catalogue.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub actions: ::std::vec::Vec<CreateRoleActionsItem>,
        ///What it is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<CreateRoleDescription>,
        ///1 to 64 lowercase letters, digits and `_ . : -`; unique where the
        /// role is visible.
        pub key: CreateRoleKey,
        ///Display name.
        pub name: CreateRoleName,
        ///Make it a custom role of this organization instead of a project-wide
        /// role.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<CreateRoleOrganizationId>,
    }

    ///`CreateRoleActionsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateRoleActionsItem(::std::string::String);
    impl ::std::ops::Deref for CreateRoleActionsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateRoleActionsItem> for ::std::string::String {
        fn from(value: CreateRoleActionsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateRoleActionsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateRoleActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateRoleActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateRoleActionsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///What it is for.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateRoleDescription(::std::string::String);
    impl ::std::ops::Deref for CreateRoleDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateRoleDescription> for ::std::string::String {
        fn from(value: CreateRoleDescription) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateRoleDescription {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateRoleDescription {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateRoleDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateRoleDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///1 to 64 lowercase letters, digits and `_ . : -`; unique where the role
    /// is visible.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateRoleKey(::std::string::String);
    impl ::std::ops::Deref for CreateRoleKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateRoleKey> for ::std::string::String {
        fn from(value: CreateRoleKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateRoleKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateRoleKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateRoleKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateRoleKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateRoleName(::std::string::String);
    impl ::std::ops::Deref for CreateRoleName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateRoleName> for ::std::string::String {
        fn from(value: CreateRoleName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateRoleName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateRoleName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateRoleName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateRoleName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Make it a custom role of this organization instead of a project-wide
    /// role.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateRoleOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateRoleOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateRoleOrganizationId> for ::std::string::String {
        fn from(value: CreateRoleOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateRoleOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateRoleOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateRoleOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateRoleOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_saml_connection`: the IdP as metadata XML, as a metadata
    /// URL, or as entity id + SSO URL + certificates (exactly one of the
    /// three).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateSamlConnection {
        ///Accept IdP-initiated sign-ins (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_idp_initiated: ::std::option::Option<bool>,
        ///Accept SHA-1 signatures (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_sha1: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attribute_preset: ::std::option::Option<AttributePreset>,
        ///Tolerated clock difference in seconds, 0 to 600 (default 120).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clock_skew_seconds: ::std::option::Option<i64>,
        ///Whether it is on (default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Extra accepted audiences (Entra's `spn:<app id>`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra_audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Group name → role keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_roles: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        ///The IdP's signing certificates (PEM or base64 DER), 1 to 5.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_certificates: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The IdP's entity id (with `idp_sso_url` and `idp_certificates`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_entity_id: ::std::option::Option<::std::string::String>,
        ///Where to fetch the IdP's metadata, once, now (https).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_metadata_url: ::std::option::Option<::std::string::String>,
        ///The IdP's metadata document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_metadata_xml: ::std::option::Option<::std::string::String>,
        ///The IdP's SSO URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_sso_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mapping: ::std::option::Option<ProfileMappingBody>,
        ///Label, 1 to 200 characters.
        pub name: CreateSamlConnectionName,
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateSamlConnectionName(::std::string::String);
    impl ::std::ops::Deref for CreateSamlConnectionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateSamlConnectionName> for ::std::string::String {
        fn from(value: CreateSamlConnectionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateSamlConnectionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateSamlConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateSamlConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateSamlConnectionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateSamlConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateSamlConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateSamlConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateSamlConnectionOrganizationId> for ::std::string::String {
        fn from(value: CreateSamlConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateSamlConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateSamlConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_scim_token`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateScimToken {
        ///Label, 1 to 200 characters.
        pub name: CreateScimTokenName,
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateScimTokenName(::std::string::String);
    impl ::std::ops::Deref for CreateScimTokenName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateScimTokenName> for ::std::string::String {
        fn from(value: CreateScimTokenName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateScimTokenName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateScimTokenName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateScimTokenName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateScimTokenName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateScimTokenOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateScimTokenOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateScimTokenOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateScimTokenOrganizationId> for ::std::string::String {
        fn from(value: CreateScimTokenOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateScimTokenOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateScimTokenOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateScimTokenOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateScimTokenOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_secret_key`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateSecretKey {
        ///Label, 1 to 200 characters.
        pub name: CreateSecretKeyName,
    }

    ///Label, 1 to 200 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateSecretKeyName(::std::string::String);
    impl ::std::ops::Deref for CreateSecretKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateSecretKeyName> for ::std::string::String {
        fn from(value: CreateSecretKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateSecretKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateSecretKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateSecretKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateSecretKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `create_user`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CreateUser {
        ///Email address; unique within the organization.
        pub email: CreateUserEmail,
        ///Mark the address as verified (for users provisioned by a trusted
        /// backend).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email_verified: ::std::option::Option<bool>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<CreateUserName>,
        ///The organization the user joins.
        pub organization_id: CreateUserOrganizationId,
        ///Optional password, 8 characters to 256 bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<CreateUserPassword>,
        ///Role keys (project-wide or custom roles of the organization);
        /// default `["member"]`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roles: ::std::option::Option<::std::vec::Vec<CreateUserRolesItem>>,
    }

    ///Email address; unique within the organization.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateUserEmail(::std::string::String);
    impl ::std::ops::Deref for CreateUserEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateUserEmail> for ::std::string::String {
        fn from(value: CreateUserEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateUserEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateUserEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateUserName(::std::string::String);
    impl ::std::ops::Deref for CreateUserName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateUserName> for ::std::string::String {
        fn from(value: CreateUserName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateUserName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateUserName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateUserName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateUserName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The organization the user joins.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateUserOrganizationId(::std::string::String);
    impl ::std::ops::Deref for CreateUserOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateUserOrganizationId> for ::std::string::String {
        fn from(value: CreateUserOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateUserOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateUserOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateUserOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateUserOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Optional password, 8 characters to 256 bytes.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateUserPassword(::std::string::String);
    impl ::std::ops::Deref for CreateUserPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateUserPassword> for ::std::string::String {
        fn from(value: CreateUserPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateUserPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 8usize {
                return Err("shorter than 8 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("[^\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"[^\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateUserPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateUserPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateUserPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateUserRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateUserRolesItem(::std::string::String);
    impl ::std::ops::Deref for CreateUserRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateUserRolesItem> for ::std::string::String {
        fn from(value: CreateUserRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateUserRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateUserRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateUserRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateUserRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A newly created API key with its secret (shown only this once).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedApiKey {
        ///Actions (permissions) granted to callers using the key.
        pub actions: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user who created the key through the self-serve API. Such a key
        /// authenticates only while that user exists and holds every
        /// role and action the key grants, and is revoked when the user
        /// is deleted. Null for keys created with the secret key, and once
        /// the secret key sets the key's roles or actions: those keys belong to
        /// the organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by_user_id: ::std::option::Option<::std::string::String>,
        ///The first characters of the key, to recognise it.
        pub display_prefix: ::std::string::String,
        ///RFC 3339 expiry time; null for keys that do not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Identifier, `akey_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last successful use (updated at most once a
        /// minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label.
        pub name: ::std::string::String,
        ///The organization that owns the key.
        pub organization_id: ::std::string::String,
        ///RFC 3339 revocation time; null while the key is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Roles granted to callers using the key.
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///The key itself, `gh_key_...`. Hand it to the caller now: it cannot
        /// be shown again.
        pub secret: ::std::string::String,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///A client with its secret, shown once (confidential clients).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedOAuthClient {
        pub client: OAuthClientBody,
        ///`ghcs_...` for confidential clients; store it now, it is never shown
        /// again.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
    }

    ///A new SCIM token with its secret (shown only this once) and where to use
    /// it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedScimToken {
        ///The SCIM base URL to give the directory (`{public_url}/scim/v2`).
        pub base_url: ::std::string::String,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The first characters of the token, to recognise it.
        pub display_prefix: ::std::string::String,
        ///Identifier, `scimtok_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last use (updated at most once a minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label.
        pub name: ::std::string::String,
        ///The organization whose directory it provisions.
        pub organization_id: ::std::string::String,
        ///RFC 3339 revocation time; null while the token works.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The token, `gh_scim_...`: the directory sends it as `Authorization:
        /// Bearer ...`.
        pub secret: ::std::string::String,
    }

    ///A newly created secret key, with the secret itself (shown only this
    /// once).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedSecretKey {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The first characters of the secret, to recognise it.
        pub display_prefix: ::std::string::String,
        ///Identifier, `skey_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last use (updated at most once a minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label chosen when the key was created.
        pub name: ::std::string::String,
        ///RFC 3339 revocation time; null while the key is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The secret, `sk_test_...` or `sk_live_...`. Store it now: it cannot
        /// be shown again.
        pub secret: ::std::string::String,
    }

    ///What kind of credential was checked.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CredentialKind {
        #[serde(rename = "access_token")]
        AccessToken,
        #[serde(rename = "api_key")]
        ApiKey,
    }

    impl ::std::fmt::Display for CredentialKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AccessToken => f.write_str("access_token"),
                Self::ApiKey => f.write_str("api_key"),
            }
        }
    }

    impl ::std::str::FromStr for CredentialKind {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "access_token" => Ok(Self::AccessToken),
                "api_key" => Ok(Self::ApiKey),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for CredentialKind {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CredentialKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`DeleteActionActionName`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteActionActionName(::std::string::String);
    impl ::std::ops::Deref for DeleteActionActionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteActionActionName> for ::std::string::String {
        fn from(value: DeleteActionActionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteActionActionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteActionActionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteActionActionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteActionActionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteOauthClientClientId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteOauthClientClientId(::std::string::String);
    impl ::std::ops::Deref for DeleteOauthClientClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteOauthClientClientId> for ::std::string::String {
        fn from(value: DeleteOauthClientClientId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteOauthClientClientId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 33usize {
                return Err("longer than 33 characters".into());
            }
            if value.chars().count() < 33usize {
                return Err("shorter than 33 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^client_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^client_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteOauthClientClientId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteOidcConnectionOidcConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteOidcConnectionOidcConnectionId(::std::string::String);
    impl ::std::ops::Deref for DeleteOidcConnectionOidcConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteOidcConnectionOidcConnectionId> for ::std::string::String {
        fn from(value: DeleteOidcConnectionOidcConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteOidcConnectionOidcConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteOidcConnectionOidcConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteOidcConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteOidcConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for DeleteOidcConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteOidcConnectionOrganizationId> for ::std::string::String {
        fn from(value: DeleteOidcConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteOidcConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteOidcConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteOrganizationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteOrganizationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for DeleteOrganizationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteOrganizationOrganizationId> for ::std::string::String {
        fn from(value: DeleteOrganizationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteOrganizationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteOrganizationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteRoleRoleId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteRoleRoleId(::std::string::String);
    impl ::std::ops::Deref for DeleteRoleRoleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteRoleRoleId> for ::std::string::String {
        fn from(value: DeleteRoleRoleId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteRoleRoleId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^role_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^role_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteRoleRoleId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteSamlConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteSamlConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for DeleteSamlConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteSamlConnectionOrganizationId> for ::std::string::String {
        fn from(value: DeleteSamlConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteSamlConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteSamlConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteSamlConnectionSamlConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteSamlConnectionSamlConnectionId(::std::string::String);
    impl ::std::ops::Deref for DeleteSamlConnectionSamlConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteSamlConnectionSamlConnectionId> for ::std::string::String {
        fn from(value: DeleteSamlConnectionSamlConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteSamlConnectionSamlConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteSamlConnectionSamlConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DeleteUserUserId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteUserUserId(::std::string::String);
    impl ::std::ops::Deref for DeleteUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DeleteUserUserId> for ::std::string::String {
        fn from(value: DeleteUserUserId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DeleteUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DeleteUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeleteUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DeleteUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A domain-verification challenge.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainVerificationBody {
        ///RFC 3339 time of the last check, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checked_at: ::std::option::Option<::std::string::String>,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The domain.
        pub domain: ::std::string::String,
        ///Where to publish the TXT record.
        pub record_name: ::std::string::String,
        ///The TXT record's exact value.
        pub record_value: ::std::string::String,
        ///`pending` or `verified`.
        pub status: ::std::string::String,
        ///RFC 3339 time of verification, if verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_at: ::std::option::Option<::std::string::String>,
    }

    ///The organization's challenges.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainVerificationList {
        ///Challenges, by domain.
        pub data: ::std::vec::Vec<DomainVerificationBody>,
    }

    ///Whether tokens and keys of a project are for testing or production.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Environment {
        #[serde(rename = "test")]
        Test,
        #[serde(rename = "live")]
        Live,
    }

    impl ::std::fmt::Display for Environment {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Test => f.write_str("test"),
                Self::Live => f.write_str("live"),
            }
        }
    }

    impl ::std::str::FromStr for Environment {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "test" => Ok(Self::Test),
                "live" => Ok(Self::Live),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Environment {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Environment {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///The body of every error answer.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ErrorBody {
        ///Stable, machine-readable code (for example `slug_taken` or
        /// `invalid_secret_key`).
        pub code: ::std::string::String,
        ///Error category, derived from the HTTP status (`invalid_request`,
        /// `unauthorized`, `not_found`, `conflict`,
        /// `payload_too_large`, `rate_limited`, `internal_error`, ...).
        pub error: ::std::string::String,
        ///The request field the error is about, when there is one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        ///Human-readable explanation; wording may change between releases.
        pub message: ::std::string::String,
    }

    ///`GetApiKeyApiKeyId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetApiKeyApiKeyId(::std::string::String);
    impl ::std::ops::Deref for GetApiKeyApiKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetApiKeyApiKeyId> for ::std::string::String {
        fn from(value: GetApiKeyApiKeyId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetApiKeyApiKeyId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetApiKeyApiKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetInvitationInvitationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetInvitationInvitationId(::std::string::String);
    impl ::std::ops::Deref for GetInvitationInvitationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetInvitationInvitationId> for ::std::string::String {
        fn from(value: GetInvitationInvitationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetInvitationInvitationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetInvitationInvitationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetInvitationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetInvitationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetInvitationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetInvitationOrganizationId> for ::std::string::String {
        fn from(value: GetInvitationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetInvitationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetInvitationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetOauthClientClientId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetOauthClientClientId(::std::string::String);
    impl ::std::ops::Deref for GetOauthClientClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetOauthClientClientId> for ::std::string::String {
        fn from(value: GetOauthClientClientId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetOauthClientClientId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 33usize {
                return Err("longer than 33 characters".into());
            }
            if value.chars().count() < 33usize {
                return Err("shorter than 33 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^client_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^client_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetOauthClientClientId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetOidcConnectionOidcConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetOidcConnectionOidcConnectionId(::std::string::String);
    impl ::std::ops::Deref for GetOidcConnectionOidcConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetOidcConnectionOidcConnectionId> for ::std::string::String {
        fn from(value: GetOidcConnectionOidcConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetOidcConnectionOidcConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetOidcConnectionOidcConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetOidcConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetOidcConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetOidcConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetOidcConnectionOrganizationId> for ::std::string::String {
        fn from(value: GetOidcConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetOidcConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetOidcConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetOrganizationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetOrganizationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetOrganizationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetOrganizationOrganizationId> for ::std::string::String {
        fn from(value: GetOrganizationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetOrganizationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetOrganizationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetRoleRoleId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetRoleRoleId(::std::string::String);
    impl ::std::ops::Deref for GetRoleRoleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetRoleRoleId> for ::std::string::String {
        fn from(value: GetRoleRoleId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetRoleRoleId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^role_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^role_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetRoleRoleId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetSamlConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetSamlConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetSamlConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetSamlConnectionOrganizationId> for ::std::string::String {
        fn from(value: GetSamlConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetSamlConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetSamlConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetSamlConnectionSamlConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetSamlConnectionSamlConnectionId(::std::string::String);
    impl ::std::ops::Deref for GetSamlConnectionSamlConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetSamlConnectionSamlConnectionId> for ::std::string::String {
        fn from(value: GetSamlConnectionSamlConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetSamlConnectionSamlConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetSamlConnectionSamlConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetScimGroupRolesGroupId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetScimGroupRolesGroupId(::std::string::String);
    impl ::std::ops::Deref for GetScimGroupRolesGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetScimGroupRolesGroupId> for ::std::string::String {
        fn from(value: GetScimGroupRolesGroupId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetScimGroupRolesGroupId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^group_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^group_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetScimGroupRolesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetScimGroupRolesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetScimGroupRolesGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetScimGroupRolesOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetScimGroupRolesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetScimGroupRolesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetScimGroupRolesOrganizationId> for ::std::string::String {
        fn from(value: GetScimGroupRolesOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetScimGroupRolesOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetScimGroupRolesOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetSsoPolicyOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetSsoPolicyOrganizationId(::std::string::String);
    impl ::std::ops::Deref for GetSsoPolicyOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetSsoPolicyOrganizationId> for ::std::string::String {
        fn from(value: GetSsoPolicyOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetSsoPolicyOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetSsoPolicyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetSsoPolicyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetSsoPolicyOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`GetUserUserId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetUserUserId(::std::string::String);
    impl ::std::ops::Deref for GetUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetUserUserId> for ::std::string::String {
        fn from(value: GetUserUserId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GetUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GetUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GetUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Answer of `/healthz`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Health {
        ///`sqlite` or `postgres`.
        pub database: ::std::string::String,
        ///Always `ok` in a 200 answer.
        pub status: ::std::string::String,
    }

    ///Settings of a project's hosted login pages (stored as one JSON column).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct HostedLogin {
        ///Name shown on the pages and in emails (defaults to the project
        /// name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<HostedLoginDisplayName>,
        ///`https` URL of a logo image.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_url: ::std::option::Option<HostedLoginLogoUrl>,
        ///Where the built-in client may send people after signing out (exact
        /// match).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub post_logout_redirect_uris: ::std::vec::Vec<HostedLoginPostLogoutRedirectUrisItem>,
        ///Accent colour, `#rrggbb`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_color: ::std::option::Option<HostedLoginPrimaryColor>,
        ///Who may sign up: nobody, people whose email domain is an
        /// organization's verified domain (they join it), or also anyone else
        /// (they create an organization).
        #[serde(default = "defaults::hosted_login_signup")]
        pub signup: HostedLoginSignup,
        ///Colour scheme of the hosted pages.
        #[serde(default = "defaults::hosted_login_theme")]
        pub theme: HostedLoginTheme,
    }

    impl ::std::default::Default for HostedLogin {
        fn default() -> Self {
            Self {
                display_name: Default::default(),
                logo_url: Default::default(),
                post_logout_redirect_uris: Default::default(),
                primary_color: Default::default(),
                signup: defaults::hosted_login_signup(),
                theme: defaults::hosted_login_theme(),
            }
        }
    }

    ///Name shown on the pages and in emails (defaults to the project name).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct HostedLoginDisplayName(::std::string::String);
    impl ::std::ops::Deref for HostedLoginDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<HostedLoginDisplayName> for ::std::string::String {
        fn from(value: HostedLoginDisplayName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for HostedLoginDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for HostedLoginDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`https` URL of a logo image.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct HostedLoginLogoUrl(::std::string::String);
    impl ::std::ops::Deref for HostedLoginLogoUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<HostedLoginLogoUrl> for ::std::string::String {
        fn from(value: HostedLoginLogoUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for HostedLoginLogoUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginLogoUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginLogoUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for HostedLoginLogoUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`HostedLoginPostLogoutRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct HostedLoginPostLogoutRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for HostedLoginPostLogoutRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<HostedLoginPostLogoutRedirectUrisItem> for ::std::string::String {
        fn from(value: HostedLoginPostLogoutRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for HostedLoginPostLogoutRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginPostLogoutRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginPostLogoutRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for HostedLoginPostLogoutRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Accent colour, `#rrggbb`.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct HostedLoginPrimaryColor(::std::string::String);
    impl ::std::ops::Deref for HostedLoginPrimaryColor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<HostedLoginPrimaryColor> for ::std::string::String {
        fn from(value: HostedLoginPrimaryColor) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for HostedLoginPrimaryColor {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 7usize {
                return Err("longer than 7 characters".into());
            }
            if value.chars().count() < 7usize {
                return Err("shorter than 7 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^#[0-9A-Fa-f]{6}$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^#[0-9A-Fa-f]{6}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginPrimaryColor {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginPrimaryColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for HostedLoginPrimaryColor {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Who may sign up: nobody, people whose email domain is an organization's
    /// verified domain (they join it), or also anyone else (they create an
    /// organization).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum HostedLoginSignup {
        #[serde(rename = "disabled")]
        Disabled,
        #[serde(rename = "verified_domain")]
        VerifiedDomain,
        #[serde(rename = "create_organization")]
        CreateOrganization,
    }

    impl ::std::fmt::Display for HostedLoginSignup {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Disabled => f.write_str("disabled"),
                Self::VerifiedDomain => f.write_str("verified_domain"),
                Self::CreateOrganization => f.write_str("create_organization"),
            }
        }
    }

    impl ::std::str::FromStr for HostedLoginSignup {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "disabled" => Ok(Self::Disabled),
                "verified_domain" => Ok(Self::VerifiedDomain),
                "create_organization" => Ok(Self::CreateOrganization),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginSignup {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginSignup {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::default::Default for HostedLoginSignup {
        fn default() -> Self {
            HostedLoginSignup::Disabled
        }
    }

    ///Colour scheme of the hosted pages.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum HostedLoginTheme {
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "light")]
        Light,
        #[serde(rename = "dark")]
        Dark,
    }

    impl ::std::fmt::Display for HostedLoginTheme {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Auto => f.write_str("auto"),
                Self::Light => f.write_str("light"),
                Self::Dark => f.write_str("dark"),
            }
        }
    }

    impl ::std::str::FromStr for HostedLoginTheme {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "auto" => Ok(Self::Auto),
                "light" => Ok(Self::Light),
                "dark" => Ok(Self::Dark),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for HostedLoginTheme {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HostedLoginTheme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::default::Default for HostedLoginTheme {
        fn default() -> Self {
            HostedLoginTheme::Auto
        }
    }

    ///An invitation (never includes the link's secret).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct InvitationBody {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The invitee's email.
        pub email: ::std::string::String,
        ///RFC 3339 expiry of the current link.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///`inv_...`
        pub id: ::std::string::String,
        ///The organization to join.
        pub organization_id: ::std::string::String,
        ///Roles the new user gets.
        pub roles: ::std::vec::Vec<::std::string::String>,
        pub status: InvitationStatus,
        ///The user the invitation created, once accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }

    ///A page of invitations.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct InvitationList {
        ///Invitations, oldest first.
        pub data: ::std::vec::Vec<InvitationBody>,
        ///Cursor for the next page (`starting_after`), null on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///Where an invitation stands.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum InvitationStatus {
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "accepted")]
        Accepted,
        #[serde(rename = "revoked")]
        Revoked,
        #[serde(rename = "expired")]
        Expired,
    }

    impl ::std::fmt::Display for InvitationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("pending"),
                Self::Accepted => f.write_str("accepted"),
                Self::Revoked => f.write_str("revoked"),
                Self::Expired => f.write_str("expired"),
            }
        }
    }

    impl ::std::str::FromStr for InvitationStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pending" => Ok(Self::Pending),
                "accepted" => Ok(Self::Accepted),
                "revoked" => Ok(Self::Revoked),
                "expired" => Ok(Self::Expired),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for InvitationStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for InvitationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`ListApiKeysOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListApiKeysOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListApiKeysOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListApiKeysOrganizationId> for ::std::string::String {
        fn from(value: ListApiKeysOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListApiKeysOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListApiKeysOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListApiKeysOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListApiKeysOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListApiKeysStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListApiKeysStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListApiKeysStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListApiKeysStartingAfter> for ::std::string::String {
        fn from(value: ListApiKeysStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListApiKeysStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListApiKeysStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListApiKeysStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListApiKeysStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListAuditEventsOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAuditEventsOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListAuditEventsOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListAuditEventsOrganizationId> for ::std::string::String {
        fn from(value: ListAuditEventsOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListAuditEventsOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListAuditEventsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListAuditEventsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListAuditEventsOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListAuditEventsStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAuditEventsStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListAuditEventsStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListAuditEventsStartingAfter> for ::std::string::String {
        fn from(value: ListAuditEventsStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListAuditEventsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^evt_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^evt_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListAuditEventsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListAuditEventsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListAuditEventsStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListDomainVerificationsOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListDomainVerificationsOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListDomainVerificationsOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListDomainVerificationsOrganizationId> for ::std::string::String {
        fn from(value: ListDomainVerificationsOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListDomainVerificationsOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListDomainVerificationsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListDomainVerificationsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListDomainVerificationsOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListInvitationsOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInvitationsOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListInvitationsOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListInvitationsOrganizationId> for ::std::string::String {
        fn from(value: ListInvitationsOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListInvitationsOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListInvitationsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListInvitationsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListInvitationsOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListInvitationsStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInvitationsStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListInvitationsStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListInvitationsStartingAfter> for ::std::string::String {
        fn from(value: ListInvitationsStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListInvitationsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListInvitationsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListInvitationsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListInvitationsStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOauthClientsStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOauthClientsStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListOauthClientsStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOauthClientsStartingAfter> for ::std::string::String {
        fn from(value: ListOauthClientsStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOauthClientsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 33usize {
                return Err("longer than 33 characters".into());
            }
            if value.chars().count() < 33usize {
                return Err("shorter than 33 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^client_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^client_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOauthClientsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOauthClientsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOauthClientsStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOidcConnectionsOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOidcConnectionsOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListOidcConnectionsOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOidcConnectionsOrganizationId> for ::std::string::String {
        fn from(value: ListOidcConnectionsOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOidcConnectionsOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOidcConnectionsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOidcConnectionsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOidcConnectionsOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOrganizationsDomain`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOrganizationsDomain(::std::string::String);
    impl ::std::ops::Deref for ListOrganizationsDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOrganizationsDomain> for ::std::string::String {
        fn from(value: ListOrganizationsDomain) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOrganizationsDomain {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOrganizationsDomain {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOrganizationsDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOrganizationsDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOrganizationsSlug`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOrganizationsSlug(::std::string::String);
    impl ::std::ops::Deref for ListOrganizationsSlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOrganizationsSlug> for ::std::string::String {
        fn from(value: ListOrganizationsSlug) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOrganizationsSlug {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 63usize {
                return Err("longer than 63 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9]+(?:-[a-z0-9]+)*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9]+(?:-[a-z0-9]+)*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOrganizationsSlug {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOrganizationsSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOrganizationsSlug {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOrganizationsStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOrganizationsStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListOrganizationsStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOrganizationsStartingAfter> for ::std::string::String {
        fn from(value: ListOrganizationsStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOrganizationsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOrganizationsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOrganizationsStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOrganizationsStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListOrganizationsUserEmail`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListOrganizationsUserEmail(::std::string::String);
    impl ::std::ops::Deref for ListOrganizationsUserEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListOrganizationsUserEmail> for ::std::string::String {
        fn from(value: ListOrganizationsUserEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListOrganizationsUserEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListOrganizationsUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListOrganizationsUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListOrganizationsUserEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListRolesOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRolesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListRolesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListRolesOrganizationId> for ::std::string::String {
        fn from(value: ListRolesOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListRolesOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListRolesOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListSamlConnectionsOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListSamlConnectionsOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListSamlConnectionsOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListSamlConnectionsOrganizationId> for ::std::string::String {
        fn from(value: ListSamlConnectionsOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListSamlConnectionsOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListSamlConnectionsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListSamlConnectionsOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListSamlConnectionsOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListScimGroupRolesOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListScimGroupRolesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListScimGroupRolesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListScimGroupRolesOrganizationId> for ::std::string::String {
        fn from(value: ListScimGroupRolesOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListScimGroupRolesOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListScimGroupRolesOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListScimGroupRolesStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListScimGroupRolesStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListScimGroupRolesStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListScimGroupRolesStartingAfter> for ::std::string::String {
        fn from(value: ListScimGroupRolesStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListScimGroupRolesStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^group_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^group_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListScimGroupRolesStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListScimGroupRolesStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListScimGroupRolesStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListScimTokensOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListScimTokensOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListScimTokensOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListScimTokensOrganizationId> for ::std::string::String {
        fn from(value: ListScimTokensOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListScimTokensOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListScimTokensOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListScimTokensOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListScimTokensOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListSessionsUserId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListSessionsUserId(::std::string::String);
    impl ::std::ops::Deref for ListSessionsUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListSessionsUserId> for ::std::string::String {
        fn from(value: ListSessionsUserId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListSessionsUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListSessionsUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListSessionsUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListSessionsUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListUsersEmail`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListUsersEmail(::std::string::String);
    impl ::std::ops::Deref for ListUsersEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListUsersEmail> for ::std::string::String {
        fn from(value: ListUsersEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListUsersEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListUsersEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListUsersEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListUsersEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListUsersOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListUsersOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListUsersOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListUsersOrganizationId> for ::std::string::String {
        fn from(value: ListUsersOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListUsersOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListUsersOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListUsersOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListUsersOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ListUsersStartingAfter`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListUsersStartingAfter(::std::string::String);
    impl ::std::ops::Deref for ListUsersStartingAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ListUsersStartingAfter> for ::std::string::String {
        fn from(value: ListUsersStartingAfter) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ListUsersStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ListUsersStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ListUsersStartingAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ListUsersStartingAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A way end users may sign in.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum LoginMethod {
        #[serde(rename = "password")]
        Password,
        #[serde(rename = "magic_link")]
        MagicLink,
        #[serde(rename = "google")]
        Google,
        #[serde(rename = "github")]
        Github,
        #[serde(rename = "microsoft")]
        Microsoft,
        #[serde(rename = "saml")]
        Saml,
        #[serde(rename = "oidc")]
        Oidc,
        #[serde(rename = "passkey")]
        Passkey,
    }

    impl ::std::fmt::Display for LoginMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Password => f.write_str("password"),
                Self::MagicLink => f.write_str("magic_link"),
                Self::Google => f.write_str("google"),
                Self::Github => f.write_str("github"),
                Self::Microsoft => f.write_str("microsoft"),
                Self::Saml => f.write_str("saml"),
                Self::Oidc => f.write_str("oidc"),
                Self::Passkey => f.write_str("passkey"),
            }
        }
    }

    impl ::std::str::FromStr for LoginMethod {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "password" => Ok(Self::Password),
                "magic_link" => Ok(Self::MagicLink),
                "google" => Ok(Self::Google),
                "github" => Ok(Self::Github),
                "microsoft" => Ok(Self::Microsoft),
                "saml" => Ok(Self::Saml),
                "oidc" => Ok(Self::Oidc),
                "passkey" => Ok(Self::Passkey),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for LoginMethod {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for LoginMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A registered OAuth client.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OAuthClientBody {
        pub client_type: ClientType,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///`client_...`: the `client_id`.
        pub id: ::std::string::String,
        ///Display name.
        pub name: ::std::string::String,
        ///Allowed `post_logout_redirect_uri` values (exact match).
        pub post_logout_redirect_uris: ::std::vec::Vec<::std::string::String>,
        ///Allowed redirect URIs (exact match).
        pub redirect_uris: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///A page of clients.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OAuthClientList {
        ///Clients, oldest first.
        pub data: ::std::vec::Vec<OAuthClientBody>,
        ///Cursor for the next page (`starting_after`), null on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///An RFC 6749 §5.2 error body.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OAuthErrorBody {
        ///Same as `error`, for clients of the rest of the Gatehouse API.
        pub code: ::std::string::String,
        ///RFC 6749 error code (`invalid_request`, `invalid_grant`,
        /// `unsupported_grant_type`).
        pub error: ::std::string::String,
        ///Human explanation.
        pub error_description: ::std::string::String,
        ///Same as `error_description`.
        pub message: ::std::string::String,
    }

    ///An OIDC connection (its client secret is never shown).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OidcConnection {
        ///Our client id at the provider.
        pub client_id: ::std::string::String,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Whether sign-ins through it are accepted and the login sends the
        /// organization's people to it.
        pub enabled: bool,
        ///Role keys given to people the provider lists in a group (group →
        /// role keys).
        pub group_roles: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Identifier, `oidcc_...`.
        pub id: ::std::string::String,
        ///The provider's issuer, matched exactly.
        pub issuer: ::std::string::String,
        pub mapping: ProfileMappingBody,
        ///Label.
        pub name: ::std::string::String,
        ///The organization it signs people in to (and no other).
        pub organization_id: ::std::string::String,
        ///The redirect URI to register at the provider.
        pub redirect_uri: ::std::string::String,
        ///Scopes asked for (`openid` always among them).
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///The organization's OIDC connections.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OidcConnectionList {
        ///Connections in creation order.
        pub data: ::std::vec::Vec<OidcConnection>,
    }

    ///An organization.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Organization {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Verified email domains, sorted.
        pub domains: ::std::vec::Vec<::std::string::String>,
        ///Identifier, `org_...`.
        pub id: ::std::string::String,
        ///Login methods allowed in this organization; null follows the
        /// project's setting.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_methods: ::std::option::Option<::std::vec::Vec<LoginMethod>>,
        ///Display name.
        pub name: ::std::string::String,
        ///Whether every user must pass a second factor (TOTP) at sign-in;
        /// users without one enrol at their next sign-in.
        pub require_mfa: bool,
        ///Session lifetime for this organization's users, in seconds; null
        /// uses the default (30 days).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_lifetime_seconds: ::std::option::Option<i64>,
        ///Email domains whose people may sign up into this organization on the
        /// hosted login; null means all its verified domains, `[]`
        /// means nobody.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signup_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Memorable identifier, unique within the project.
        pub slug: ::std::string::String,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///A page of organizations.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct OrganizationList {
        ///Organizations in creation order.
        pub data: ::std::vec::Vec<Organization>,
        ///Pass as `starting_after` to get the next page; null on the last
        /// page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///Body of `login_with_password`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct PasswordLogin {
        ///The user's email address.
        pub email: PasswordLoginEmail,
        ///The organization's id (`org_...`) or slug.
        pub organization: ::std::string::String,
        ///The user's password.
        pub password: PasswordLoginPassword,
    }

    ///The user's email address.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PasswordLoginEmail(::std::string::String);
    impl ::std::ops::Deref for PasswordLoginEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<PasswordLoginEmail> for ::std::string::String {
        fn from(value: PasswordLoginEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for PasswordLoginEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for PasswordLoginEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for PasswordLoginEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for PasswordLoginEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The user's password.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PasswordLoginPassword(::std::string::String);
    impl ::std::ops::Deref for PasswordLoginPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<PasswordLoginPassword> for ::std::string::String {
        fn from(value: PasswordLoginPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for PasswordLoginPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for PasswordLoginPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for PasswordLoginPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for PasswordLoginPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Where a person's email, name and groups are read from: attribute (SAML)
    /// or claim (OIDC) names, each list tried in order. Omitted lists take
    /// the preset's.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct ProfileMappingBody {
        ///Names holding the email address.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub email: ::std::vec::Vec<::std::string::String>,
        ///Names holding the groups.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub groups: ::std::vec::Vec<::std::string::String>,
        ///Names holding the display name.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub name: ::std::vec::Vec<::std::string::String>,
    }

    ///A project.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Project {
        ///Lifetime of access tokens, in seconds.
        pub access_token_lifetime_seconds: i64,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub environment: Environment,
        pub hosted_login: HostedLogin,
        ///Identifier, `proj_...`; the default audience of access tokens.
        pub id: ::std::string::String,
        ///Issuer URL of the project's tokens (`iss`): the custom issuer when
        /// set, else `{public_url}/p/{project_id}`.
        pub issuer: ::std::string::String,
        ///The custom issuer URL, if one is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer_url: ::std::option::Option<::std::string::String>,
        ///Login methods end users may use.
        pub login_methods: ::std::vec::Vec<LoginMethod>,
        ///Display name.
        pub name: ::std::string::String,
        ///Public key for frontends; encodes the issuer.
        pub publishable_key: ::std::string::String,
        ///Allowed OAuth redirect URIs.
        pub redirect_uris: ::std::vec::Vec<::std::string::String>,
        pub signing_algorithm: SigningAlgorithm,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///`ResendInvitationInvitationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResendInvitationInvitationId(::std::string::String);
    impl ::std::ops::Deref for ResendInvitationInvitationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ResendInvitationInvitationId> for ::std::string::String {
        fn from(value: ResendInvitationInvitationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ResendInvitationInvitationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ResendInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ResendInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ResendInvitationInvitationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ResendInvitationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResendInvitationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ResendInvitationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ResendInvitationOrganizationId> for ::std::string::String {
        fn from(value: ResendInvitationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ResendInvitationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ResendInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ResendInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ResendInvitationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`ResetUserMfaUserId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResetUserMfaUserId(::std::string::String);
    impl ::std::ops::Deref for ResetUserMfaUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<ResetUserMfaUserId> for ::std::string::String {
        fn from(value: ResetUserMfaUserId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for ResetUserMfaUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for ResetUserMfaUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ResetUserMfaUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for ResetUserMfaUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeApiKeyApiKeyId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeApiKeyApiKeyId(::std::string::String);
    impl ::std::ops::Deref for RevokeApiKeyApiKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeApiKeyApiKeyId> for ::std::string::String {
        fn from(value: RevokeApiKeyApiKeyId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeApiKeyApiKeyId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeApiKeyApiKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeInvitationInvitationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeInvitationInvitationId(::std::string::String);
    impl ::std::ops::Deref for RevokeInvitationInvitationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeInvitationInvitationId> for ::std::string::String {
        fn from(value: RevokeInvitationInvitationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeInvitationInvitationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^inv_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeInvitationInvitationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeInvitationInvitationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeInvitationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeInvitationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for RevokeInvitationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeInvitationOrganizationId> for ::std::string::String {
        fn from(value: RevokeInvitationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeInvitationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeInvitationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeInvitationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Why a session ended before its time.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum RevokeReason {
        #[serde(rename = "logout")]
        Logout,
        #[serde(rename = "revoked")]
        Revoked,
        #[serde(rename = "refresh_token_reuse")]
        RefreshTokenReuse,
        #[serde(rename = "code_reuse")]
        CodeReuse,
        #[serde(rename = "deactivated")]
        Deactivated,
        #[serde(rename = "password_reset")]
        PasswordReset,
    }

    impl ::std::fmt::Display for RevokeReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Logout => f.write_str("logout"),
                Self::Revoked => f.write_str("revoked"),
                Self::RefreshTokenReuse => f.write_str("refresh_token_reuse"),
                Self::CodeReuse => f.write_str("code_reuse"),
                Self::Deactivated => f.write_str("deactivated"),
                Self::PasswordReset => f.write_str("password_reset"),
            }
        }
    }

    impl ::std::str::FromStr for RevokeReason {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "logout" => Ok(Self::Logout),
                "revoked" => Ok(Self::Revoked),
                "refresh_token_reuse" => Ok(Self::RefreshTokenReuse),
                "code_reuse" => Ok(Self::CodeReuse),
                "deactivated" => Ok(Self::Deactivated),
                "password_reset" => Ok(Self::PasswordReset),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeReason {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///Form body of the revocation endpoint.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RevokeRequest {
        ///The client's id, as at the token endpoint. A confidential client
        /// must authenticate (HTTP Basic, or `client_secret` here) to
        /// revoke the tokens issued to it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///A confidential client's secret (`client_secret_post`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        ///The token to revoke (a refresh token ends its whole session).
        pub token: ::std::string::String,
        ///`refresh_token` or `access_token` (a hint only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_type_hint: ::std::option::Option<::std::string::String>,
    }

    ///`RevokeScimTokenOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeScimTokenOrganizationId(::std::string::String);
    impl ::std::ops::Deref for RevokeScimTokenOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeScimTokenOrganizationId> for ::std::string::String {
        fn from(value: RevokeScimTokenOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeScimTokenOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeScimTokenOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeScimTokenOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeScimTokenOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeScimTokenScimTokenId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeScimTokenScimTokenId(::std::string::String);
    impl ::std::ops::Deref for RevokeScimTokenScimTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeScimTokenScimTokenId> for ::std::string::String {
        fn from(value: RevokeScimTokenScimTokenId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeScimTokenScimTokenId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^scimtok_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^scimtok_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeScimTokenScimTokenId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeScimTokenScimTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeScimTokenScimTokenId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeSecretKeySecretKeyId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeSecretKeySecretKeyId(::std::string::String);
    impl ::std::ops::Deref for RevokeSecretKeySecretKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeSecretKeySecretKeyId> for ::std::string::String {
        fn from(value: RevokeSecretKeySecretKeyId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeSecretKeySecretKeyId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^skey_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^skey_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeSecretKeySecretKeyId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeSecretKeySecretKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeSecretKeySecretKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeSessionSessionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeSessionSessionId(::std::string::String);
    impl ::std::ops::Deref for RevokeSessionSessionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeSessionSessionId> for ::std::string::String {
        fn from(value: RevokeSessionSessionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeSessionSessionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^sess_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^sess_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeSessionSessionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeSessionSessionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeSessionSessionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`RevokeSigningKeySigningKeyId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RevokeSigningKeySigningKeyId(::std::string::String);
    impl ::std::ops::Deref for RevokeSigningKeySigningKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RevokeSigningKeySigningKeyId> for ::std::string::String {
        fn from(value: RevokeSigningKeySigningKeyId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RevokeSigningKeySigningKeyId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^jwk_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^jwk_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RevokeSigningKeySigningKeyId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RevokeSigningKeySigningKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RevokeSigningKeySigningKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A role.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Role {
        ///Actions it grants (`owner` grants every action whatever this lists).
        pub actions: ::std::vec::Vec<::std::string::String>,
        ///Built-in roles cannot be deleted.
        pub built_in: bool,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What it is for.
        pub description: ::std::string::String,
        ///Identifier, `role_...`.
        pub id: ::std::string::String,
        ///Key used in tokens and assignments.
        pub key: ::std::string::String,
        ///Display name.
        pub name: ::std::string::String,
        ///The organization of a custom role; null for project-wide roles.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///Roles.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RoleList {
        ///Built-in roles first, then project-wide, then custom roles.
        pub data: ::std::vec::Vec<Role>,
    }

    ///`RotateOauthClientSecretClientId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RotateOauthClientSecretClientId(::std::string::String);
    impl ::std::ops::Deref for RotateOauthClientSecretClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RotateOauthClientSecretClientId> for ::std::string::String {
        fn from(value: RotateOauthClientSecretClientId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RotateOauthClientSecretClientId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 33usize {
                return Err("longer than 33 characters".into());
            }
            if value.chars().count() < 33usize {
                return Err("shorter than 33 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^client_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^client_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RotateOauthClientSecretClientId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RotateOauthClientSecretClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RotateOauthClientSecretClientId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A SAML connection.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SamlConnection {
        ///Our assertion consumer service URL (HTTP-POST), to configure at the
        /// IdP.
        pub acs_url: ::std::string::String,
        ///Whether IdP-initiated sign-ins (answers nobody asked for) are
        /// accepted.
        pub allow_idp_initiated: bool,
        ///Whether SHA-1 signatures are accepted.
        pub allow_sha1: bool,
        ///Tolerated clock difference, in seconds.
        pub clock_skew_seconds: i64,
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Whether sign-ins through it are accepted and the login sends the
        /// organization's people to it.
        pub enabled: bool,
        ///Audiences accepted besides `sp_entity_id` (Entra's `spn:<app id>`).
        pub extra_audiences: ::std::vec::Vec<::std::string::String>,
        ///Role keys given to people the IdP lists in a group (group name →
        /// role keys).
        pub group_roles: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Identifier, `samlc_...`.
        pub id: ::std::string::String,
        ///The pinned signing certificates, PEM.
        pub idp_certificates: ::std::vec::Vec<::std::string::String>,
        ///The IdP's entity id.
        pub idp_entity_id: ::std::string::String,
        ///The IdP's single sign-on URL (HTTP-Redirect binding).
        pub idp_sso_url: ::std::string::String,
        pub mapping: ProfileMappingBody,
        ///Label.
        pub name: ::std::string::String,
        ///The organization it signs people in to (and no other).
        pub organization_id: ::std::string::String,
        ///Our entity id, to configure at the IdP.
        pub sp_entity_id: ::std::string::String,
        ///Our metadata, for IdPs that import it.
        pub sp_metadata_url: ::std::string::String,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///The organization's SAML connections.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SamlConnectionList {
        ///Connections in creation order.
        pub data: ::std::vec::Vec<SamlConnection>,
    }

    ///A SCIM group of the organization and the roles it gives its members.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ScimGroupRoles {
        ///The group's SCIM displayName, as the directory last sent it.
        pub display_name: ::std::string::String,
        ///The group's SCIM id, `group_...`.
        pub group_id: ::std::string::String,
        ///Keys of the roles every active member holds through this group,
        /// sorted.
        pub roles: ::std::vec::Vec<::std::string::String>,
    }

    ///A page of the organization's SCIM groups with their roles.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ScimGroupRolesList {
        ///Groups in id (creation) order, mapped or not.
        pub data: ::std::vec::Vec<ScimGroupRoles>,
        ///Pass as `starting_after` to get the next page; null on the last
        /// page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    ///A SCIM token, without its secret.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ScimToken {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The first characters of the token, to recognise it.
        pub display_prefix: ::std::string::String,
        ///Identifier, `scimtok_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last use (updated at most once a minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label.
        pub name: ::std::string::String,
        ///The organization whose directory it provisions.
        pub organization_id: ::std::string::String,
        ///RFC 3339 revocation time; null while the token works.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }

    ///The organization's SCIM tokens.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ScimTokenList {
        ///Tokens in creation order, revoked ones included.
        pub data: ::std::vec::Vec<ScimToken>,
    }

    ///A secret key, without its secret.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SecretKey {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The first characters of the secret, to recognise it.
        pub display_prefix: ::std::string::String,
        ///Identifier, `skey_...`.
        pub id: ::std::string::String,
        ///RFC 3339 time of the last use (updated at most once a minute).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Label chosen when the key was created.
        pub name: ::std::string::String,
        ///RFC 3339 revocation time; null while the key is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }

    ///All secret keys of the project.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SecretKeyList {
        ///Keys, newest first.
        pub data: ::std::vec::Vec<SecretKey>,
    }

    ///A session.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Session {
        ///Whether the session can still refresh.
        pub active: bool,
        ///Authentication methods used at sign-in (RFC 8176).
        pub amr: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 sign-in time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///RFC 3339 end of the session's absolute lifetime.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Identifier, `sess_...` (the `sid` claim).
        pub id: ::std::string::String,
        ///Client address at sign-in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip: ::std::option::Option<::std::string::String>,
        ///RFC 3339 time of the last refresh.
        pub last_seen_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user's organization.
        pub organization_id: ::std::string::String,
        ///RFC 3339 revocation time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_reason: ::std::option::Option<RevokeReason>,
        ///User agent at sign-in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
        ///The signed-in user.
        pub user_id: ::std::string::String,
    }

    ///A user's sessions.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SessionList {
        ///Sessions, newest first (at most 200).
        pub data: ::std::vec::Vec<Session>,
    }

    ///Body of `set_scim_group_roles`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SetScimGroupRoles {
        ///The complete new list of role keys the group gives (empty: none).
        /// Each names a project-wide role or a custom role of this
        /// organization.
        pub roles: ::std::vec::Vec<SetScimGroupRolesRolesItem>,
    }

    ///`SetScimGroupRolesGroupId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetScimGroupRolesGroupId(::std::string::String);
    impl ::std::ops::Deref for SetScimGroupRolesGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SetScimGroupRolesGroupId> for ::std::string::String {
        fn from(value: SetScimGroupRolesGroupId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SetScimGroupRolesGroupId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^group_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^group_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SetScimGroupRolesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SetScimGroupRolesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SetScimGroupRolesGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`SetScimGroupRolesOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetScimGroupRolesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for SetScimGroupRolesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SetScimGroupRolesOrganizationId> for ::std::string::String {
        fn from(value: SetScimGroupRolesOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SetScimGroupRolesOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SetScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SetScimGroupRolesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SetScimGroupRolesOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`SetScimGroupRolesRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetScimGroupRolesRolesItem(::std::string::String);
    impl ::std::ops::Deref for SetScimGroupRolesRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SetScimGroupRolesRolesItem> for ::std::string::String {
        fn from(value: SetScimGroupRolesRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SetScimGroupRolesRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SetScimGroupRolesRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SetScimGroupRolesRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SetScimGroupRolesRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `set_sso_policy`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SetSsoPolicy {
        ///The complete list of break-glass users (members of the
        /// organization), at most 10.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub break_glass_user_ids: ::std::vec::Vec<SetSsoPolicyBreakGlassUserIdsItem>,
        ///Require SSO.
        pub sso_required: bool,
    }

    ///`SetSsoPolicyBreakGlassUserIdsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetSsoPolicyBreakGlassUserIdsItem(::std::string::String);
    impl ::std::ops::Deref for SetSsoPolicyBreakGlassUserIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SetSsoPolicyBreakGlassUserIdsItem> for ::std::string::String {
        fn from(value: SetSsoPolicyBreakGlassUserIdsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SetSsoPolicyBreakGlassUserIdsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SetSsoPolicyBreakGlassUserIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SetSsoPolicyBreakGlassUserIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SetSsoPolicyBreakGlassUserIdsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`SetSsoPolicyOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetSsoPolicyOrganizationId(::std::string::String);
    impl ::std::ops::Deref for SetSsoPolicyOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SetSsoPolicyOrganizationId> for ::std::string::String {
        fn from(value: SetSsoPolicyOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SetSsoPolicyOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SetSsoPolicyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SetSsoPolicyOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SetSsoPolicyOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Signature algorithms a project can sign with (their JOSE names).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum SigningAlgorithm {
        #[serde(rename = "EdDSA")]
        EdDsa,
        #[serde(rename = "ES256")]
        Es256,
    }

    impl ::std::fmt::Display for SigningAlgorithm {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EdDsa => f.write_str("EdDSA"),
                Self::Es256 => f.write_str("ES256"),
            }
        }
    }

    impl ::std::str::FromStr for SigningAlgorithm {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "EdDSA" => Ok(Self::EdDsa),
                "ES256" => Ok(Self::Es256),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for SigningAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SigningAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A signing key (public part and schedule only).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SigningKey {
        ///RFC 3339 time it starts (or started) signing.
        pub activates_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub algorithm: SigningAlgorithm,
        ///RFC 3339 time it was created and published.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The key id (`kid`), `jwk_...`.
        pub id: ::std::string::String,
        ///The public JWK as published.
        pub public_jwk: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///RFC 3339 time it stops signing, once a successor is scheduled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///RFC 3339 time it was revoked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub state: SigningKeyState,
        ///RFC 3339 time it leaves the JWKS.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unpublish_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }

    ///The project's signing keys.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SigningKeyList {
        ///Keys, oldest first.
        pub data: ::std::vec::Vec<SigningKey>,
    }

    ///Life-cycle state of a signing key.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum SigningKeyState {
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "retired")]
        Retired,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "revoked")]
        Revoked,
    }

    impl ::std::fmt::Display for SigningKeyState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("pending"),
                Self::Active => f.write_str("active"),
                Self::Retired => f.write_str("retired"),
                Self::Expired => f.write_str("expired"),
                Self::Revoked => f.write_str("revoked"),
            }
        }
    }

    impl ::std::str::FromStr for SigningKeyState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pending" => Ok(Self::Pending),
                "active" => Ok(Self::Active),
                "retired" => Ok(Self::Retired),
                "expired" => Ok(Self::Expired),
                "revoked" => Ok(Self::Revoked),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for SigningKeyState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SigningKeyState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///An organization's SSO policy.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SsoPolicy {
        ///Members who may still sign in with their password and a second
        /// factor.
        pub break_glass_user_ids: ::std::vec::Vec<::std::string::String>,
        ///The organization.
        pub organization_id: ::std::string::String,
        ///Whether password and emailed-link sign-ins of members are refused
        /// (code `sso_required`).
        pub sso_required: bool,
    }

    ///Form body of the token endpoint.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TokenRequest {
        ///The client's id: the publishable key for the project's built-in
        /// client, `client_...` for registered ones. Confidential
        /// clients may use HTTP Basic instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///A confidential client's secret (`client_secret_post`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        ///The code (authorization_code grant).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The PKCE verifier (authorization_code grant; required when the
        /// request had a challenge).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code_verifier: ::std::option::Option<::std::string::String>,
        ///`authorization_code` or `refresh_token`.
        pub grant_type: ::std::string::String,
        ///The redirect URI the code was sent to (authorization_code grant).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
        ///The refresh token to exchange (refresh_token grant).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token: ::std::option::Option<::std::string::String>,
    }

    ///Tokens handed to a client after sign-in or refresh.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TokenResponse {
        ///RFC 9068 JWT access token.
        pub access_token: ::std::string::String,
        ///Seconds until the access token expires.
        pub expires_in: i64,
        ///OpenID Connect ID token (authorization-code grant with the `openid`
        /// scope).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_token: ::std::option::Option<::std::string::String>,
        ///Opaque refresh token; single use: every refresh returns the next
        /// one.
        pub refresh_token: ::std::string::String,
        ///Granted scope (OAuth grants).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        ///Always `Bearer`.
        pub token_type: ::std::string::String,
    }

    ///Body of `update_api_key`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateApiKey {
        ///The complete new list of actions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actions: ::std::option::Option<::std::vec::Vec<UpdateApiKeyActionsItem>>,
        ///New label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateApiKeyName>,
        ///The complete new list of roles.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roles: ::std::option::Option<::std::vec::Vec<UpdateApiKeyRolesItem>>,
    }

    ///`UpdateApiKeyActionsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyActionsItem(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyActionsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyActionsItem> for ::std::string::String {
        fn from(value: UpdateApiKeyActionsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyActionsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyActionsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateApiKeyApiKeyId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyApiKeyId(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyApiKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyApiKeyId> for ::std::string::String {
        fn from(value: UpdateApiKeyApiKeyId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyApiKeyId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^akey_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyApiKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyApiKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New label.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyName(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyName> for ::std::string::String {
        fn from(value: UpdateApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateApiKeyRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyRolesItem(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyRolesItem> for ::std::string::String {
        fn from(value: UpdateApiKeyRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_oauth_client`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateOAuthClient {
        ///New display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateOAuthClientName>,
        ///The complete new list of post-logout redirect URIs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post_logout_redirect_uris:
            ::std::option::Option<::std::vec::Vec<UpdateOAuthClientPostLogoutRedirectUrisItem>>,
        ///The complete new list of redirect URIs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uris:
            ::std::option::Option<::std::vec::Vec<UpdateOAuthClientRedirectUrisItem>>,
    }

    ///New display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOAuthClientName(::std::string::String);
    impl ::std::ops::Deref for UpdateOAuthClientName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOAuthClientName> for ::std::string::String {
        fn from(value: UpdateOAuthClientName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOAuthClientName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOAuthClientName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOAuthClientName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOAuthClientName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOAuthClientPostLogoutRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOAuthClientPostLogoutRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for UpdateOAuthClientPostLogoutRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOAuthClientPostLogoutRedirectUrisItem> for ::std::string::String {
        fn from(value: UpdateOAuthClientPostLogoutRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOAuthClientPostLogoutRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOAuthClientPostLogoutRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for UpdateOAuthClientPostLogoutRedirectUrisItem
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOAuthClientPostLogoutRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOAuthClientRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOAuthClientRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for UpdateOAuthClientRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOAuthClientRedirectUrisItem> for ::std::string::String {
        fn from(value: UpdateOAuthClientRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOAuthClientRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOAuthClientRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOAuthClientRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOAuthClientRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOauthClientClientId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOauthClientClientId(::std::string::String);
    impl ::std::ops::Deref for UpdateOauthClientClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOauthClientClientId> for ::std::string::String {
        fn from(value: UpdateOauthClientClientId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOauthClientClientId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 33usize {
                return Err("longer than 33 characters".into());
            }
            if value.chars().count() < 33usize {
                return Err("shorter than 33 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^client_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^client_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOauthClientClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOauthClientClientId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_oidc_connection`: the fields to change. A new issuer is
    /// discovered again.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateOidcConnection {
        ///Our client id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///Our client secret (write-only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        ///Whether it is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Group → role keys (replaces the mapping).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_roles: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        ///The provider's issuer (discovered again).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mapping: ::std::option::Option<ProfileMappingBody>,
        ///Label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateOidcConnectionName>,
        ///Scopes to ask for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }

    ///Label.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOidcConnectionName(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConnectionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOidcConnectionName> for ::std::string::String {
        fn from(value: UpdateOidcConnectionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOidcConnectionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOidcConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOidcConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConnectionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOidcConnectionOidcConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOidcConnectionOidcConnectionId(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConnectionOidcConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOidcConnectionOidcConnectionId> for ::std::string::String {
        fn from(value: UpdateOidcConnectionOidcConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOidcConnectionOidcConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^oidcc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOidcConnectionOidcConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConnectionOidcConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOidcConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOidcConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOidcConnectionOrganizationId> for ::std::string::String {
        fn from(value: UpdateOidcConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOidcConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOidcConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_organization`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateOrganization {
        ///The complete new list of verified domains.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domains: ::std::option::Option<::std::vec::Vec<UpdateOrganizationDomainsItem>>,
        ///New allowed login methods, or null to follow the project again.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_methods: ::std::option::Option<::std::vec::Vec<LoginMethod>>,
        ///New display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateOrganizationName>,
        ///Require a second factor (TOTP) at sign-in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_mfa: ::std::option::Option<bool>,
        ///New session lifetime, or null for the default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_lifetime_seconds: ::std::option::Option<i64>,
        ///Email domains allowed to sign up (each one of the verified domains),
        /// or null for all verified domains.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signup_domains:
            ::std::option::Option<::std::vec::Vec<UpdateOrganizationSignupDomainsItem>>,
        ///New slug.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<UpdateOrganizationSlug>,
    }

    ///`UpdateOrganizationDomainsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOrganizationDomainsItem(::std::string::String);
    impl ::std::ops::Deref for UpdateOrganizationDomainsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOrganizationDomainsItem> for ::std::string::String {
        fn from(value: UpdateOrganizationDomainsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOrganizationDomainsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOrganizationDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOrganizationDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOrganizationDomainsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOrganizationName(::std::string::String);
    impl ::std::ops::Deref for UpdateOrganizationName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOrganizationName> for ::std::string::String {
        fn from(value: UpdateOrganizationName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOrganizationName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOrganizationName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOrganizationOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOrganizationOrganizationId(::std::string::String);
    impl ::std::ops::Deref for UpdateOrganizationOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOrganizationOrganizationId> for ::std::string::String {
        fn from(value: UpdateOrganizationOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOrganizationOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOrganizationOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOrganizationOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateOrganizationSignupDomainsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOrganizationSignupDomainsItem(::std::string::String);
    impl ::std::ops::Deref for UpdateOrganizationSignupDomainsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOrganizationSignupDomainsItem> for ::std::string::String {
        fn from(value: UpdateOrganizationSignupDomainsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOrganizationSignupDomainsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 253usize {
                return Err("longer than 253 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOrganizationSignupDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOrganizationSignupDomainsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOrganizationSignupDomainsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New slug.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateOrganizationSlug(::std::string::String);
    impl ::std::ops::Deref for UpdateOrganizationSlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateOrganizationSlug> for ::std::string::String {
        fn from(value: UpdateOrganizationSlug) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateOrganizationSlug {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 63usize {
                return Err("longer than 63 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9]+(?:-[a-z0-9]+)*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9]+(?:-[a-z0-9]+)*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateOrganizationSlug {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateOrganizationSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateOrganizationSlug {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_project`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateProject {
        ///Access-token lifetime, 60 to 86400 seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub access_token_lifetime_seconds: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hosted_login: ::std::option::Option<HostedLogin>,
        ///Custom issuer URL (`https://auth.example.com`), or null for the default. Route
        ///`{issuer_url}/...` to `{public_url}/p/{project_id}/...` at your
        /// reverse proxy first: SDKs fetch the JWKS from the issuer.
        /// Changing it invalidates outstanding access tokens.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer_url: ::std::option::Option<UpdateProjectIssuerUrl>,
        ///The complete list of allowed login methods (at least one).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_methods: ::std::option::Option<::std::vec::Vec<LoginMethod>>,
        ///New display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateProjectName>,
        ///The complete list of allowed redirect URIs: `https`, loopback
        /// `http`, or a reverse-DNS app scheme (RFC 8252); no
        /// fragments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uris: ::std::option::Option<::std::vec::Vec<UpdateProjectRedirectUrisItem>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signing_algorithm: ::std::option::Option<SigningAlgorithm>,
    }

    ///Custom issuer URL (`https://auth.example.com`), or null for the default. Route
    ///`{issuer_url}/...` to `{public_url}/p/{project_id}/...` at your reverse
    /// proxy first: SDKs fetch the JWKS from the issuer. Changing it
    /// invalidates outstanding access tokens.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateProjectIssuerUrl(::std::string::String);
    impl ::std::ops::Deref for UpdateProjectIssuerUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateProjectIssuerUrl> for ::std::string::String {
        fn from(value: UpdateProjectIssuerUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateProjectIssuerUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateProjectIssuerUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateProjectIssuerUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateProjectIssuerUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateProjectName(::std::string::String);
    impl ::std::ops::Deref for UpdateProjectName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateProjectName> for ::std::string::String {
        fn from(value: UpdateProjectName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateProjectName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateProjectName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateProjectName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateProjectName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateProjectRedirectUrisItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateProjectRedirectUrisItem(::std::string::String);
    impl ::std::ops::Deref for UpdateProjectRedirectUrisItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateProjectRedirectUrisItem> for ::std::string::String {
        fn from(value: UpdateProjectRedirectUrisItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateProjectRedirectUrisItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2000usize {
                return Err("longer than 2000 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^(?:[a-z][a-z0-9+-]*(?:\\.[a-z0-9+-]+)+:(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?|(?:https://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?|(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))(?::[0-9]{1,4})?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,4})?)(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateProjectRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateProjectRedirectUrisItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateProjectRedirectUrisItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_role`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateRole {
        ///The complete new list of actions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actions: ::std::option::Option<::std::vec::Vec<UpdateRoleActionsItem>>,
        ///New description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<UpdateRoleDescription>,
        ///New display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateRoleName>,
    }

    ///`UpdateRoleActionsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateRoleActionsItem(::std::string::String);
    impl ::std::ops::Deref for UpdateRoleActionsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateRoleActionsItem> for ::std::string::String {
        fn from(value: UpdateRoleActionsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateRoleActionsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateRoleActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateRoleActionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateRoleActionsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New description.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateRoleDescription(::std::string::String);
    impl ::std::ops::Deref for UpdateRoleDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateRoleDescription> for ::std::string::String {
        fn from(value: UpdateRoleDescription) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateRoleDescription {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateRoleDescription {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateRoleDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateRoleDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateRoleName(::std::string::String);
    impl ::std::ops::Deref for UpdateRoleName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateRoleName> for ::std::string::String {
        fn from(value: UpdateRoleName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateRoleName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateRoleName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateRoleName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateRoleName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateRoleRoleId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateRoleRoleId(::std::string::String);
    impl ::std::ops::Deref for UpdateRoleRoleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateRoleRoleId> for ::std::string::String {
        fn from(value: UpdateRoleRoleId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateRoleRoleId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^role_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^role_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateRoleRoleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateRoleRoleId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_saml_connection`: the fields to change. New IdP details
    /// (metadata XML or URL, or entity id / SSO URL / certificates) replace
    /// the old ones.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateSamlConnection {
        ///Accept IdP-initiated sign-ins.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_idp_initiated: ::std::option::Option<bool>,
        ///Accept SHA-1 signatures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_sha1: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attribute_preset: ::std::option::Option<AttributePreset>,
        ///Tolerated clock difference in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clock_skew_seconds: ::std::option::Option<i64>,
        ///Whether it is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Extra accepted audiences.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra_audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Group name → role keys (replaces the mapping).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_roles: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        ///The IdP's signing certificates, 1 to 5 (replaces the pinned ones).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_certificates: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The IdP's entity id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_entity_id: ::std::option::Option<::std::string::String>,
        ///Where to fetch the IdP's metadata, once, now.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_metadata_url: ::std::option::Option<::std::string::String>,
        ///The IdP's metadata document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_metadata_xml: ::std::option::Option<::std::string::String>,
        ///The IdP's SSO URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp_sso_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mapping: ::std::option::Option<ProfileMappingBody>,
        ///Label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateSamlConnectionName>,
    }

    ///Label.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateSamlConnectionName(::std::string::String);
    impl ::std::ops::Deref for UpdateSamlConnectionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateSamlConnectionName> for ::std::string::String {
        fn from(value: UpdateSamlConnectionName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateSamlConnectionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateSamlConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateSamlConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateSamlConnectionName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateSamlConnectionOrganizationId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateSamlConnectionOrganizationId(::std::string::String);
    impl ::std::ops::Deref for UpdateSamlConnectionOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateSamlConnectionOrganizationId> for ::std::string::String {
        fn from(value: UpdateSamlConnectionOrganizationId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateSamlConnectionOrganizationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 30usize {
                return Err("longer than 30 characters".into());
            }
            if value.chars().count() < 30usize {
                return Err("shorter than 30 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^org_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^org_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateSamlConnectionOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateSamlConnectionOrganizationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateSamlConnectionSamlConnectionId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateSamlConnectionSamlConnectionId(::std::string::String);
    impl ::std::ops::Deref for UpdateSamlConnectionSamlConnectionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateSamlConnectionSamlConnectionId> for ::std::string::String {
        fn from(value: UpdateSamlConnectionSamlConnectionId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateSamlConnectionSamlConnectionId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 32usize {
                return Err("shorter than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^samlc_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateSamlConnectionSamlConnectionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateSamlConnectionSamlConnectionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Body of `update_user`; absent fields are left unchanged.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateUser {
        ///New email address (marks it unverified unless `email_verified` is
        /// also given).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<UpdateUserEmail>,
        ///New verification state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email_verified: ::std::option::Option<bool>,
        ///New display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateUserName>,
        ///New password.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<UpdateUserPassword>,
        ///The complete new list of role keys (effective at the user's next
        /// token refresh).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roles: ::std::option::Option<::std::vec::Vec<UpdateUserRolesItem>>,
    }

    ///New email address (marks it unverified unless `email_verified` is also
    /// given).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateUserEmail(::std::string::String);
    impl ::std::ops::Deref for UpdateUserEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateUserEmail> for ::std::string::String {
        fn from(value: UpdateUserEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateUserEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateUserEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New display name.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateUserName(::std::string::String);
    impl ::std::ops::Deref for UpdateUserName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateUserName> for ::std::string::String {
        fn from(value: UpdateUserName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateUserName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\x00-\\x1f\\x7f-\\x9f\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\x00-\\x1f\\x7f-\\x9f]*$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateUserName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateUserName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///New password.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateUserPassword(::std::string::String);
    impl ::std::ops::Deref for UpdateUserPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateUserPassword> for ::std::string::String {
        fn from(value: UpdateUserPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateUserPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 8usize {
                return Err("shorter than 8 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(
                || {
                    :: regress :: Regex :: new ("[^\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]") . unwrap ()
                },
            );
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"[^\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateUserPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateUserPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateUserRolesItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateUserRolesItem(::std::string::String);
    impl ::std::ops::Deref for UpdateUserRolesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateUserRolesItem> for ::std::string::String {
        fn from(value: UpdateUserRolesItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateUserRolesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-z0-9][a-z0-9_.:-]*$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z0-9][a-z0-9_.:-]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateUserRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserRolesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateUserRolesItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateUserUserId`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateUserUserId(::std::string::String);
    impl ::std::ops::Deref for UpdateUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateUserUserId> for ::std::string::String {
        fn from(value: UpdateUserUserId) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 31usize {
                return Err("longer than 31 characters".into());
            }
            if value.chars().count() < 31usize {
                return Err("shorter than 31 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^user_[0-7][0-9a-hjkmnp-tv-z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^user_[0-7][0-9a-hjkmnp-tv-z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A user.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct User {
        ///RFC 3339 creation time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Lowercased email address, unique within the organization.
        pub email: ::std::string::String,
        ///Whether the address has been verified.
        pub email_verified: bool,
        ///Keys of the roles the user holds through their organization's SCIM
        /// groups (`set_scim_group_roles`), distinct and sorted;
        /// derived from group membership, never set directly. Access
        /// tokens carry the union of `roles` and `group_roles`.
        pub group_roles: ::std::vec::Vec<::std::string::String>,
        ///Whether the user can sign in with a password.
        pub has_password: bool,
        ///Identifier, `user_...`; the `sub` of this user's access tokens.
        pub id: ::std::string::String,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The organization the user belongs to.
        pub organization_id: ::std::string::String,
        ///Keys of the roles granted to the user by hand (what `roles` of
        /// `update_user` sets).
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///RFC 3339 time of the last change.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    ///Claims about the signed-in user (OIDC Core §5.3).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserInfo {
        ///Email address.
        pub email: ::std::string::String,
        ///Whether the address is confirmed.
        pub email_verified: bool,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///`org_...`
        pub org_id: ::std::string::String,
        ///Organization name.
        pub org_name: ::std::string::String,
        ///Organization slug.
        pub org_slug: ::std::string::String,
        ///`user_...`
        pub sub: ::std::string::String,
    }

    ///A page of users.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserList {
        ///Users in creation order.
        pub data: ::std::vec::Vec<User>,
        ///Pass as `starting_after` to get the next page; null on the last
        /// page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn hosted_login_signup() -> super::HostedLoginSignup {
            super::HostedLoginSignup::Disabled
        }

        pub(super) fn hosted_login_theme() -> super::HostedLoginTheme {
            super::HostedLoginTheme::Auto
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}

#[derive(Clone, Debug)]
///Client for Gatehouse API
///
///Backend API of Gatehouse, the self-hostable B2B authentication server.
/// Authenticate with a project secret key: `Authorization: Bearer sk_...`.
/// Every error answers with the `ErrorBody` shape.
///
///Version: 0.1.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "0.1.0"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
#[allow(clippy::all)]
impl Client {
    ///Check that the server and its database answer
    ///
    ///Sends a `GET` request to `/healthz`
    pub async fn health<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::Health>, Error<types::ErrorBody>> {
        let url = format!("{}/healthz", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "health",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Prometheus metrics in the OpenMetrics text format
    ///
    ///Sends a `GET` request to `/metrics`
    pub async fn metrics<'a>(&'a self) -> Result<ResponseValue<ByteStream>, Error<()>> {
        let url = format!("{}/metrics", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "metrics",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List the project's actions
    ///
    ///Sends a `GET` request to `/v1/actions`
    pub async fn list_actions<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::ActionList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/actions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_actions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Add an action to the project's catalogue
    ///
    ///Sends a `POST` request to `/v1/actions`
    pub async fn create_action<'a>(
        &'a self,
        body: &'a types::CreateAction,
    ) -> Result<ResponseValue<types::Action>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/actions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_action",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Remove an action from the catalogue (refused while a role lists it)
    ///
    ///Sends a `DELETE` request to `/v1/actions/{action_name}`
    ///
    ///Arguments:
    /// - `action_name`: Action name
    pub async fn delete_action<'a>(
        &'a self,
        action_name: &'a types::DeleteActionActionName,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/actions/{}",
            self.baseurl,
            encode_path(&action_name.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_action",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List API keys, oldest first, optionally of one organization
    ///
    ///Sends a `GET` request to `/v1/api_keys`
    ///
    ///Arguments:
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `organization_id`: Only keys of this organization.
    /// - `starting_after`: Return keys created after this one (`next_cursor` of
    ///   the previous page).
    pub async fn list_api_keys<'a>(
        &'a self,
        limit: Option<::std::num::NonZeroU64>,
        organization_id: Option<&'a types::ListApiKeysOrganizationId>,
        starting_after: Option<&'a types::ListApiKeysStartingAfter>,
    ) -> Result<ResponseValue<types::ApiKeyList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/api_keys", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "organization_id",
                &organization_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_api_keys",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create an API key for an organization; the answer holds the key, shown
    /// only once
    ///
    ///Sends a `POST` request to `/v1/api_keys`
    pub async fn create_api_key<'a>(
        &'a self,
        body: &'a types::CreateApiKey,
    ) -> Result<ResponseValue<types::CreatedApiKey>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/api_keys", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_api_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get an API key
    ///
    ///Sends a `GET` request to `/v1/api_keys/{api_key_id}`
    ///
    ///Arguments:
    /// - `api_key_id`: API key id, `akey_...`
    pub async fn get_api_key<'a>(
        &'a self,
        api_key_id: &'a types::GetApiKeyApiKeyId,
    ) -> Result<ResponseValue<types::ApiKey>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/api_keys/{}",
            self.baseurl,
            encode_path(&api_key_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_api_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Rename an API key or change its roles and actions (effective within the
    /// SDKs' cache TTL). Setting roles or actions makes a self-serve key
    /// the organization's: it no longer depends on its creator's rights
    /// (`created_by_user_id` becomes null)
    ///
    ///Sends a `PATCH` request to `/v1/api_keys/{api_key_id}`
    ///
    ///Arguments:
    /// - `api_key_id`: API key id, `akey_...`
    /// - `body`
    pub async fn update_api_key<'a>(
        &'a self,
        api_key_id: &'a types::UpdateApiKeyApiKeyId,
        body: &'a types::UpdateApiKey,
    ) -> Result<ResponseValue<types::ApiKey>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/api_keys/{}",
            self.baseurl,
            encode_path(&api_key_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_api_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke an API key. The server refuses it at once; SDKs that cached a
    /// successful check accept it for at most their cache TTL (30 s by
    /// default)
    ///
    ///Sends a `POST` request to `/v1/api_keys/{api_key_id}/revoke`
    ///
    ///Arguments:
    /// - `api_key_id`: API key id, `akey_...`
    pub async fn revoke_api_key<'a>(
        &'a self,
        api_key_id: &'a types::RevokeApiKeyApiKeyId,
    ) -> Result<ResponseValue<types::ApiKey>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/api_keys/{}/revoke",
            self.baseurl,
            encode_path(&api_key_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_api_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List audit events, oldest first
    ///
    ///Sends a `GET` request to `/v1/audit_log`
    ///
    ///Arguments:
    /// - `action`: Only events with this action.
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `organization_id`: Only events of this organization.
    /// - `starting_after`: Return events after this one.
    pub async fn list_audit_events<'a>(
        &'a self,
        action: Option<&'a str>,
        limit: Option<::std::num::NonZeroU64>,
        organization_id: Option<&'a types::ListAuditEventsOrganizationId>,
        starting_after: Option<&'a types::ListAuditEventsStartingAfter>,
    ) -> Result<ResponseValue<types::AuditEventList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/audit_log", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("action", &action))
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "organization_id",
                &organization_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_audit_events",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Check an access token or API key
    ///
    ///Sends a `POST` request to `/v1/authenticate`
    pub async fn authenticate<'a>(
        &'a self,
        body: &'a types::AuthenticateRequest,
    ) -> Result<ResponseValue<types::Authenticated>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/authenticate", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "authenticate",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List the project's registered clients, oldest first
    ///
    ///Sends a `GET` request to `/v1/oauth_clients`
    ///
    ///Arguments:
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `starting_after`: Id of the last client of the previous page.
    pub async fn list_oauth_clients<'a>(
        &'a self,
        limit: Option<::std::num::NonZeroU64>,
        starting_after: Option<&'a types::ListOauthClientsStartingAfter>,
    ) -> Result<ResponseValue<types::OAuthClientList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/oauth_clients", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_oauth_clients",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Register an OAuth client. A confidential client's secret is in the
    /// answer, once
    ///
    ///Sends a `POST` request to `/v1/oauth_clients`
    pub async fn create_oauth_client<'a>(
        &'a self,
        body: &'a types::CreateOAuthClient,
    ) -> Result<ResponseValue<types::CreatedOAuthClient>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/oauth_clients", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_oauth_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get one client
    ///
    ///Sends a `GET` request to `/v1/oauth_clients/{client_id}`
    ///
    ///Arguments:
    /// - `client_id`: `client_...`
    pub async fn get_oauth_client<'a>(
        &'a self,
        client_id: &'a types::GetOauthClientClientId,
    ) -> Result<ResponseValue<types::OAuthClientBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/oauth_clients/{}",
            self.baseurl,
            encode_path(&client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_oauth_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete a client; its pending codes go with it. Sessions it holds stay
    /// until they end or are revoked
    ///
    ///Sends a `DELETE` request to `/v1/oauth_clients/{client_id}`
    ///
    ///Arguments:
    /// - `client_id`: `client_...`
    pub async fn delete_oauth_client<'a>(
        &'a self,
        client_id: &'a types::DeleteOauthClientClientId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/oauth_clients/{}",
            self.baseurl,
            encode_path(&client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_oauth_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update a client's name or URIs
    ///
    ///Sends a `PATCH` request to `/v1/oauth_clients/{client_id}`
    ///
    ///Arguments:
    /// - `client_id`: `client_...`
    /// - `body`
    pub async fn update_oauth_client<'a>(
        &'a self,
        client_id: &'a types::UpdateOauthClientClientId,
        body: &'a types::UpdateOAuthClient,
    ) -> Result<ResponseValue<types::OAuthClientBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/oauth_clients/{}",
            self.baseurl,
            encode_path(&client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_oauth_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Replace a confidential client's secret; the old one stops working at
    /// once
    ///
    ///Sends a `POST` request to `/v1/oauth_clients/{client_id}/rotate_secret`
    ///
    ///Arguments:
    /// - `client_id`: `client_...`
    pub async fn rotate_oauth_client_secret<'a>(
        &'a self,
        client_id: &'a types::RotateOauthClientSecretClientId,
    ) -> Result<ResponseValue<types::CreatedOAuthClient>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/oauth_clients/{}/rotate_secret",
            self.baseurl,
            encode_path(&client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "rotate_oauth_client_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List organizations, oldest first; filter by slug, verified email domain,
    /// or the email of one of their users to find where a person signs in
    ///
    ///Sends a `GET` request to `/v1/organizations`
    ///
    ///Arguments:
    /// - `domain`: Only organizations that verified this email domain (e.g.
    ///   `acme.com`).
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `slug`: Only the organization with this slug.
    /// - `starting_after`: Return organizations created after this one
    ///   (`next_cursor` of the previous page).
    /// - `user_email`: Only organizations in which this email address has a
    ///   user.
    pub async fn list_organizations<'a>(
        &'a self,
        domain: Option<&'a types::ListOrganizationsDomain>,
        limit: Option<::std::num::NonZeroU64>,
        slug: Option<&'a types::ListOrganizationsSlug>,
        starting_after: Option<&'a types::ListOrganizationsStartingAfter>,
        user_email: Option<&'a types::ListOrganizationsUserEmail>,
    ) -> Result<ResponseValue<types::OrganizationList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/organizations", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("domain", &domain))
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new("slug", &slug))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .query(&progenitor_client::QueryParam::new(
                "user_email",
                &user_email,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_organizations",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create an organization
    ///
    ///Sends a `POST` request to `/v1/organizations`
    pub async fn create_organization<'a>(
        &'a self,
        body: &'a types::CreateOrganization,
    ) -> Result<ResponseValue<types::Organization>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/organizations", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get an organization
    ///
    ///Sends a `GET` request to `/v1/organizations/{organization_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn get_organization<'a>(
        &'a self,
        organization_id: &'a types::GetOrganizationOrganizationId,
    ) -> Result<ResponseValue<types::Organization>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete an organization with its users
    ///
    ///Sends a `DELETE` request to `/v1/organizations/{organization_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn delete_organization<'a>(
        &'a self,
        organization_id: &'a types::DeleteOrganizationOrganizationId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update an organization's name, slug or domains
    ///
    ///Sends a `PATCH` request to `/v1/organizations/{organization_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `body`
    pub async fn update_organization<'a>(
        &'a self,
        organization_id: &'a types::UpdateOrganizationOrganizationId,
        body: &'a types::UpdateOrganization,
    ) -> Result<ResponseValue<types::Organization>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List the organization's domain challenges
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/domain_verifications`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    pub async fn list_domain_verifications<'a>(
        &'a self,
        organization_id: &'a types::ListDomainVerificationsOrganizationId,
    ) -> Result<ResponseValue<types::DomainVerificationList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/domain_verifications",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_domain_verifications",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Start verifying a domain: returns the TXT record to publish (the same
    /// one when asked again)
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/domain_verifications`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `body`
    pub async fn create_domain_verification<'a>(
        &'a self,
        organization_id: &'a types::CreateDomainVerificationOrganizationId,
        body: &'a types::CreateDomainVerification,
    ) -> Result<ResponseValue<types::DomainVerificationBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/domain_verifications",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_domain_verification",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Look up the TXT record now; when it holds the challenge value, the
    /// domain becomes a verified domain of the organization
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/domain_verifications/{domain}/
    /// check`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `domain`: The domain being verified
    pub async fn check_domain_verification<'a>(
        &'a self,
        organization_id: &'a types::CheckDomainVerificationOrganizationId,
        domain: &'a types::CheckDomainVerificationDomain,
    ) -> Result<ResponseValue<types::DomainVerificationBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/domain_verifications/{}/check",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&domain.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "check_domain_verification",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List an organization's invitations, oldest first
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/invitations`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `starting_after`: Id of the last invitation of the previous page.
    pub async fn list_invitations<'a>(
        &'a self,
        organization_id: &'a types::ListInvitationsOrganizationId,
        limit: Option<::std::num::NonZeroU64>,
        starting_after: Option<&'a types::ListInvitationsStartingAfter>,
    ) -> Result<ResponseValue<types::InvitationList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/invitations",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_invitations",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invite someone to an organization; the link is emailed to them (never
    /// returned)
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/invitations`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `body`
    pub async fn create_invitation<'a>(
        &'a self,
        organization_id: &'a types::CreateInvitationOrganizationId,
        body: &'a types::CreateInvitation,
    ) -> Result<ResponseValue<types::InvitationBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/invitations",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_invitation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get one invitation
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/invitations/{invitation_id}`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `invitation_id`: `inv_...`
    pub async fn get_invitation<'a>(
        &'a self,
        organization_id: &'a types::GetInvitationOrganizationId,
        invitation_id: &'a types::GetInvitationInvitationId,
    ) -> Result<ResponseValue<types::InvitationBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/invitations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&invitation_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_invitation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke a pending invitation; its link stops working
    ///
    ///Sends a `DELETE` request to
    /// `/v1/organizations/{organization_id}/invitations/{invitation_id}`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `invitation_id`: `inv_...`
    pub async fn revoke_invitation<'a>(
        &'a self,
        organization_id: &'a types::RevokeInvitationOrganizationId,
        invitation_id: &'a types::RevokeInvitationInvitationId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/invitations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&invitation_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_invitation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Send a pending (or expired) invitation again with a new link and a fresh
    /// expiry; the previous link stops working
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/invitations/{invitation_id}/resend`
    ///
    ///Arguments:
    /// - `organization_id`: `org_...`
    /// - `invitation_id`: `inv_...`
    pub async fn resend_invitation<'a>(
        &'a self,
        organization_id: &'a types::ResendInvitationOrganizationId,
        invitation_id: &'a types::ResendInvitationInvitationId,
    ) -> Result<ResponseValue<types::InvitationBody>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/invitations/{}/resend",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&invitation_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "resend_invitation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List an organization's OIDC connections
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/oidc_connections`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn list_oidc_connections<'a>(
        &'a self,
        organization_id: &'a types::ListOidcConnectionsOrganizationId,
    ) -> Result<ResponseValue<types::OidcConnectionList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/oidc_connections",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_oidc_connections",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create an OIDC connection for an organization; its issuer is discovered
    /// now
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/oidc_connections`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `body`
    pub async fn create_oidc_connection<'a>(
        &'a self,
        organization_id: &'a types::CreateOidcConnectionOrganizationId,
        body: &'a types::CreateOidcConnection,
    ) -> Result<ResponseValue<types::OidcConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/oidc_connections",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_oidc_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get one OIDC connection
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/oidc_connections/
    /// {oidc_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `oidc_connection_id`: Connection id, `oidcc_...`
    pub async fn get_oidc_connection<'a>(
        &'a self,
        organization_id: &'a types::GetOidcConnectionOrganizationId,
        oidc_connection_id: &'a types::GetOidcConnectionOidcConnectionId,
    ) -> Result<ResponseValue<types::OidcConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/oidc_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&oidc_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_oidc_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete an OIDC connection; sign-ins through it stop at once. Users it
    /// signed in stay
    ///
    ///Sends a `DELETE` request to
    /// `/v1/organizations/{organization_id}/oidc_connections/
    /// {oidc_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `oidc_connection_id`: Connection id, `oidcc_...`
    pub async fn delete_oidc_connection<'a>(
        &'a self,
        organization_id: &'a types::DeleteOidcConnectionOrganizationId,
        oidc_connection_id: &'a types::DeleteOidcConnectionOidcConnectionId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/oidc_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&oidc_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_oidc_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Change an OIDC connection
    ///
    ///Sends a `PATCH` request to
    /// `/v1/organizations/{organization_id}/oidc_connections/
    /// {oidc_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `oidc_connection_id`: Connection id, `oidcc_...`
    /// - `body`
    pub async fn update_oidc_connection<'a>(
        &'a self,
        organization_id: &'a types::UpdateOidcConnectionOrganizationId,
        oidc_connection_id: &'a types::UpdateOidcConnectionOidcConnectionId,
        body: &'a types::UpdateOidcConnection,
    ) -> Result<ResponseValue<types::OidcConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/oidc_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&oidc_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_oidc_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List an organization's SAML connections
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/saml_connections`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn list_saml_connections<'a>(
        &'a self,
        organization_id: &'a types::ListSamlConnectionsOrganizationId,
    ) -> Result<ResponseValue<types::SamlConnectionList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/saml_connections",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_saml_connections",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create a SAML connection for an organization. The IdP's metadata URL, if
    /// given, is fetched now and only now; the connection is refused
    /// without a signing certificate to pin
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/saml_connections`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `body`
    pub async fn create_saml_connection<'a>(
        &'a self,
        organization_id: &'a types::CreateSamlConnectionOrganizationId,
        body: &'a types::CreateSamlConnection,
    ) -> Result<ResponseValue<types::SamlConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/saml_connections",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_saml_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get one SAML connection
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/saml_connections/
    /// {saml_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `saml_connection_id`: Connection id, `samlc_...`
    pub async fn get_saml_connection<'a>(
        &'a self,
        organization_id: &'a types::GetSamlConnectionOrganizationId,
        saml_connection_id: &'a types::GetSamlConnectionSamlConnectionId,
    ) -> Result<ResponseValue<types::SamlConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/saml_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&saml_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_saml_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete a SAML connection; sign-ins through it stop at once. Users it
    /// signed in stay
    ///
    ///Sends a `DELETE` request to
    /// `/v1/organizations/{organization_id}/saml_connections/
    /// {saml_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `saml_connection_id`: Connection id, `samlc_...`
    pub async fn delete_saml_connection<'a>(
        &'a self,
        organization_id: &'a types::DeleteSamlConnectionOrganizationId,
        saml_connection_id: &'a types::DeleteSamlConnectionSamlConnectionId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/saml_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&saml_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_saml_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Change a SAML connection
    ///
    ///Sends a `PATCH` request to
    /// `/v1/organizations/{organization_id}/saml_connections/
    /// {saml_connection_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `saml_connection_id`: Connection id, `samlc_...`
    /// - `body`
    pub async fn update_saml_connection<'a>(
        &'a self,
        organization_id: &'a types::UpdateSamlConnectionOrganizationId,
        saml_connection_id: &'a types::UpdateSamlConnectionSamlConnectionId,
        body: &'a types::UpdateSamlConnection,
    ) -> Result<ResponseValue<types::SamlConnection>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/saml_connections/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&saml_connection_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_saml_connection",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List an organization's SCIM groups with the roles each gives its members
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/scim_group_roles`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `starting_after`: Return groups after this one (`next_cursor` of the
    ///   previous page).
    pub async fn list_scim_group_roles<'a>(
        &'a self,
        organization_id: &'a types::ListScimGroupRolesOrganizationId,
        limit: Option<::std::num::NonZeroU64>,
        starting_after: Option<&'a types::ListScimGroupRolesStartingAfter>,
    ) -> Result<ResponseValue<types::ScimGroupRolesList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_group_roles",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_scim_group_roles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the roles one SCIM group of the organization gives its members
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/scim_group_roles/{group_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `group_id`: The SCIM group's id, `group_...`
    pub async fn get_scim_group_roles<'a>(
        &'a self,
        organization_id: &'a types::GetScimGroupRolesOrganizationId,
        group_id: &'a types::GetScimGroupRolesGroupId,
    ) -> Result<ResponseValue<types::ScimGroupRoles>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_group_roles/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&group_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_scim_group_roles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Replace the roles a SCIM group of the organization gives its members.
    /// Every active member gets the new roles and loses the ones dropped
    /// (unless another group or a hand grant still gives them) in the same
    /// transaction; sessions see the change at their next refresh
    ///
    ///Sends a `PUT` request to
    /// `/v1/organizations/{organization_id}/scim_group_roles/{group_id}`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `group_id`: The SCIM group's id, `group_...`
    /// - `body`
    pub async fn set_scim_group_roles<'a>(
        &'a self,
        organization_id: &'a types::SetScimGroupRolesOrganizationId,
        group_id: &'a types::SetScimGroupRolesGroupId,
        body: &'a types::SetScimGroupRoles,
    ) -> Result<ResponseValue<types::ScimGroupRoles>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_group_roles/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&group_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "set_scim_group_roles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List an organization's SCIM tokens (never their secrets)
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/scim_tokens`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn list_scim_tokens<'a>(
        &'a self,
        organization_id: &'a types::ListScimTokensOrganizationId,
    ) -> Result<ResponseValue<types::ScimTokenList>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_tokens",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_scim_tokens",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create a SCIM token for an organization's directory; the answer holds
    /// the token, shown only once, and the SCIM base URL
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/scim_tokens`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `body`
    pub async fn create_scim_token<'a>(
        &'a self,
        organization_id: &'a types::CreateScimTokenOrganizationId,
        body: &'a types::CreateScimToken,
    ) -> Result<ResponseValue<types::CreatedScimToken>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_tokens",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_scim_token",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke a SCIM token; the directory's next request with it is refused
    ///
    ///Sends a `POST` request to
    /// `/v1/organizations/{organization_id}/scim_tokens/{scim_token_id}/revoke`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `scim_token_id`: SCIM token id, `scimtok_...`
    pub async fn revoke_scim_token<'a>(
        &'a self,
        organization_id: &'a types::RevokeScimTokenOrganizationId,
        scim_token_id: &'a types::RevokeScimTokenScimTokenId,
    ) -> Result<ResponseValue<types::ScimToken>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/scim_tokens/{}/revoke",
            self.baseurl,
            encode_path(&organization_id.to_string()),
            encode_path(&scim_token_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_scim_token",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get an organization's SSO policy
    ///
    ///Sends a `GET` request to
    /// `/v1/organizations/{organization_id}/sso_policy`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    pub async fn get_sso_policy<'a>(
        &'a self,
        organization_id: &'a types::GetSsoPolicyOrganizationId,
    ) -> Result<ResponseValue<types::SsoPolicy>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/sso_policy",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_sso_policy",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Replace an organization's SSO policy
    ///
    ///Sends a `PUT` request to
    /// `/v1/organizations/{organization_id}/sso_policy`
    ///
    ///Arguments:
    /// - `organization_id`: Organization id, `org_...`
    /// - `body`
    pub async fn set_sso_policy<'a>(
        &'a self,
        organization_id: &'a types::SetSsoPolicyOrganizationId,
        body: &'a types::SetSsoPolicy,
    ) -> Result<ResponseValue<types::SsoPolicy>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/organizations/{}/sso_policy",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "set_sso_policy",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the project the secret key belongs to
    ///
    ///Sends a `GET` request to `/v1/project`
    pub async fn get_project<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::Project>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/project", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_project",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the project's name, redirect URIs, login methods or token
    /// lifetime
    ///
    ///Sends a `PATCH` request to `/v1/project`
    pub async fn update_project<'a>(
        &'a self,
        body: &'a types::UpdateProject,
    ) -> Result<ResponseValue<types::Project>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/project", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_project",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List roles
    ///
    ///Sends a `GET` request to `/v1/roles`
    ///
    ///Arguments:
    /// - `organization_id`: Only roles visible to this organization
    ///   (project-wide and its custom roles).
    pub async fn list_roles<'a>(
        &'a self,
        organization_id: Option<&'a types::ListRolesOrganizationId>,
    ) -> Result<ResponseValue<types::RoleList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/roles", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "organization_id",
                &organization_id,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_roles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create a project-wide role, or a custom role of one organization
    ///
    ///Sends a `POST` request to `/v1/roles`
    pub async fn create_role<'a>(
        &'a self,
        body: &'a types::CreateRole,
    ) -> Result<ResponseValue<types::Role>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/roles", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_role",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get a role
    ///
    ///Sends a `GET` request to `/v1/roles/{role_id}`
    ///
    ///Arguments:
    /// - `role_id`: Role id, `role_...`
    pub async fn get_role<'a>(
        &'a self,
        role_id: &'a types::GetRoleRoleId,
    ) -> Result<ResponseValue<types::Role>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/roles/{}",
            self.baseurl,
            encode_path(&role_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_role",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete a custom role; users holding it lose it
    ///
    ///Sends a `DELETE` request to `/v1/roles/{role_id}`
    ///
    ///Arguments:
    /// - `role_id`: Role id, `role_...`
    pub async fn delete_role<'a>(
        &'a self,
        role_id: &'a types::DeleteRoleRoleId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/roles/{}",
            self.baseurl,
            encode_path(&role_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_role",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Change a role's name, description or actions (built-in roles too)
    ///
    ///Sends a `PATCH` request to `/v1/roles/{role_id}`
    ///
    ///Arguments:
    /// - `role_id`: Role id, `role_...`
    /// - `body`
    pub async fn update_role<'a>(
        &'a self,
        role_id: &'a types::UpdateRoleRoleId,
        body: &'a types::UpdateRole,
    ) -> Result<ResponseValue<types::Role>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/roles/{}",
            self.baseurl,
            encode_path(&role_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_role",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List the project's secret keys, newest first
    ///
    ///Sends a `GET` request to `/v1/secret_keys`
    pub async fn list_secret_keys<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::SecretKeyList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/secret_keys", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_secret_keys",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create a secret key; the answer holds the secret, which is never shown
    /// again
    ///
    ///Sends a `POST` request to `/v1/secret_keys`
    pub async fn create_secret_key<'a>(
        &'a self,
        body: &'a types::CreateSecretKey,
    ) -> Result<ResponseValue<types::CreatedSecretKey>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/secret_keys", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_secret_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke a secret key at once. The project's last active key cannot be
    /// revoked
    ///
    ///Sends a `POST` request to `/v1/secret_keys/{secret_key_id}/revoke`
    ///
    ///Arguments:
    /// - `secret_key_id`: Secret key id, `skey_...`
    pub async fn revoke_secret_key<'a>(
        &'a self,
        secret_key_id: &'a types::RevokeSecretKeySecretKeyId,
    ) -> Result<ResponseValue<types::SecretKey>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/secret_keys/{}/revoke",
            self.baseurl,
            encode_path(&secret_key_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_secret_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List a user's sessions
    ///
    ///Sends a `GET` request to `/v1/sessions`
    ///
    ///Arguments:
    /// - `user_id`: The user whose sessions to list.
    pub async fn list_sessions<'a>(
        &'a self,
        user_id: &'a types::ListSessionsUserId,
    ) -> Result<ResponseValue<types::SessionList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/sessions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("user_id", &user_id))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_sessions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke a session
    ///
    ///Sends a `DELETE` request to `/v1/sessions/{session_id}`
    ///
    ///Arguments:
    /// - `session_id`: Session id, `sess_...`
    pub async fn revoke_session<'a>(
        &'a self,
        session_id: &'a types::RevokeSessionSessionId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/sessions/{}",
            self.baseurl,
            encode_path(&session_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_session",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List the project's signing keys with their states
    ///
    ///Sends a `GET` request to `/v1/signing_keys`
    pub async fn list_signing_keys<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::SigningKeyList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/signing_keys", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_signing_keys",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Schedule a new signing key: published now, signing after the pre-publish
    /// window
    ///
    ///Sends a `POST` request to `/v1/signing_keys/rotate`
    pub async fn rotate_signing_key<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::SigningKey>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/signing_keys/rotate", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "rotate_signing_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Revoke a signing key at once (suspected compromise): it leaves the JWKS
    /// now, and if it was signing, another key takes over immediately
    ///
    ///Sends a `POST` request to `/v1/signing_keys/{signing_key_id}/revoke`
    ///
    ///Arguments:
    /// - `signing_key_id`: Key id (`kid`), `jwk_...`
    pub async fn revoke_signing_key<'a>(
        &'a self,
        signing_key_id: &'a types::RevokeSigningKeySigningKeyId,
    ) -> Result<ResponseValue<types::SigningKey>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/signing_keys/{}/revoke",
            self.baseurl,
            encode_path(&signing_key_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "revoke_signing_key",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List users, oldest first, optionally filtered by organization or email
    ///
    ///Sends a `GET` request to `/v1/users`
    ///
    ///Arguments:
    /// - `email`: Only users with this email address (case-insensitive).
    /// - `limit`: Page size, 1 to 100 (default 20).
    /// - `organization_id`: Only users of this organization.
    /// - `starting_after`: Return users created after this one (`next_cursor`
    ///   of the previous page).
    pub async fn list_users<'a>(
        &'a self,
        email: Option<&'a types::ListUsersEmail>,
        limit: Option<::std::num::NonZeroU64>,
        organization_id: Option<&'a types::ListUsersOrganizationId>,
        starting_after: Option<&'a types::ListUsersStartingAfter>,
    ) -> Result<ResponseValue<types::UserList>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/users", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("email", &email))
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new(
                "organization_id",
                &organization_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "starting_after",
                &starting_after,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_users",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create a user in an organization
    ///
    ///Sends a `POST` request to `/v1/users`
    pub async fn create_user<'a>(
        &'a self,
        body: &'a types::CreateUser,
    ) -> Result<ResponseValue<types::User>, Error<types::ErrorBody>> {
        let url = format!("{}/v1/users", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get a user
    ///
    ///Sends a `GET` request to `/v1/users/{user_id}`
    ///
    ///Arguments:
    /// - `user_id`: User id, `user_...`
    pub async fn get_user<'a>(
        &'a self,
        user_id: &'a types::GetUserUserId,
    ) -> Result<ResponseValue<types::User>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete a user, with their sessions; the API keys they created through
    /// the self-serve API are revoked
    ///
    ///Sends a `DELETE` request to `/v1/users/{user_id}`
    ///
    ///Arguments:
    /// - `user_id`: User id, `user_...`
    pub async fn delete_user<'a>(
        &'a self,
        user_id: &'a types::DeleteUserUserId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update a user's email, password, name, verification state or roles.
    /// Setting a password ends every session of the user (hosted-login
    /// sessions, and token sessions with their refresh tokens)
    ///
    ///Sends a `PATCH` request to `/v1/users/{user_id}`
    ///
    ///Arguments:
    /// - `user_id`: User id, `user_...`
    /// - `body`
    pub async fn update_user<'a>(
        &'a self,
        user_id: &'a types::UpdateUserUserId,
        body: &'a types::UpdateUser,
    ) -> Result<ResponseValue<types::User>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            422u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Remove a user's second factor (a lost authenticator): their next sign-in
    /// asks them to enrol again when their organization requires one. Their
    /// sessions stay
    ///
    ///Sends a `DELETE` request to `/v1/users/{user_id}/mfa`
    ///
    ///Arguments:
    /// - `user_id`: User id, `user_...`
    pub async fn reset_user_mfa<'a>(
        &'a self,
        user_id: &'a types::ResetUserMfaUserId,
    ) -> Result<ResponseValue<()>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/v1/users/{}/mfa",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "reset_user_mfa",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
