//! What happened: one enum for every event the server records, declared once here. Each
//! change writes its event to the audit log and to the outbox in the change's own
//! transaction (`db/audit.rs`), so a committed change always has its event and a rolled-back
//! one never does; the webhooks delivery will read the outbox's `event` messages.

use serde::Serialize;

macro_rules! events {
    ($($variant:ident => $name:literal: $doc:literal,)*) => {
        /// An event, written as its dotted name (`user.created`) in the audit log, the
        /// outbox and the API.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Event {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        impl Event {
            /// Every event.
            pub const ALL: &'static [Event] = &[$(Event::$variant),*];

            /// The dotted name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Event::$variant => $name,)*
                }
            }

            /// The event named `name`, if there is one.
            pub fn parse(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(Event::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

events! {
    ApiKeyCreated => "api_key.created": "An API key was created.",
    ApiKeyRevoked => "api_key.revoked": "An API key was revoked.",
    ApiKeyUpdated => "api_key.updated": "An API key's name, roles or actions changed.",
    GroupCreated => "group.created": "A directory group was provisioned over SCIM.",
    GroupDeleted => "group.deleted": "A directory group was deleted over SCIM.",
    GroupRolesUpdated => "group.roles_updated": "The roles a directory group gives were replaced; its members' roles were derived again.",
    GroupUpdated => "group.updated": "A directory group or its members were changed over SCIM.",
    InvitationAccepted => "invitation.accepted": "An invitation was accepted.",
    InvitationCreated => "invitation.created": "An invitation was created.",
    InvitationResent => "invitation.resent": "An invitation was sent again.",
    InvitationRevoked => "invitation.revoked": "An invitation was revoked.",
    OauthClientCreated => "oauth_client.created": "An OAuth client was registered.",
    OauthClientDeleted => "oauth_client.deleted": "An OAuth client was deleted.",
    OauthClientSecretRotated => "oauth_client.secret_rotated": "An OAuth client's secret was rotated.",
    OauthClientUpdated => "oauth_client.updated": "An OAuth client was changed.",
    OrganizationCreated => "organization.created": "An organization was created.",
    OrganizationDeleted => "organization.deleted": "An organization was deleted.",
    OrganizationDomainVerified => "organization.domain_verified": "An organization proved a domain.",
    OrganizationSsoPolicyUpdated => "organization.sso_policy_updated": "An organization's SSO policy (required, break-glass users) was replaced.",
    OrganizationUpdated => "organization.updated": "An organization was changed.",
    RoleCreated => "role.created": "A role was created.",
    RoleDeleted => "role.deleted": "A role was deleted.",
    RoleUpdated => "role.updated": "A role was changed.",
    ScimTokenCreated => "scim_token.created": "An organization's SCIM token was created.",
    ScimTokenRevoked => "scim_token.revoked": "An organization's SCIM token was revoked.",
    SessionLogout => "session.logout": "A token session was ended by its user.",
    SessionRefreshTokenReused => "session.refresh_token_reused": "A used refresh token was presented again; its session was revoked.",
    SessionRevoked => "session.revoked": "A session was revoked by an administrator.",
    SsoConnectionCreated => "sso_connection.created": "An organization's SAML or OIDC connection was created.",
    SsoConnectionDeleted => "sso_connection.deleted": "An organization's SAML or OIDC connection was deleted.",
    SsoConnectionUpdated => "sso_connection.updated": "An organization's SAML or OIDC connection was changed.",
    UserBreakGlassLogin => "user.break_glass_login": "A break-glass user signed in with a password while their organization requires SSO.",
    UserCreated => "user.created": "A user was created.",
    UserDeactivated => "user.deactivated": "A user was deactivated by their directory; their sessions ended.",
    UserDeleted => "user.deleted": "A user was deleted.",
    UserEmailVerified => "user.email_verified": "A user confirmed their email address.",
    UserLogin => "user.login": "A user signed in.",
    UserLoginFailed => "user.login_failed": "A sign-in failed.",
    UserLogout => "user.logout": "A user signed out of the hosted login.",
    UserMfaEnrolled => "user.mfa_enrolled": "A user enrolled a second factor.",
    UserMfaReset => "user.mfa_reset": "An administrator removed a user's second factor.",
    UserPasswordReset => "user.password_reset": "A user reset their password.",
    UserReactivated => "user.reactivated": "A deactivated user was made active again by their directory.",
    UserSignedUp => "user.signed_up": "A person signed up.",
    UserUpdated => "user.updated": "A user was changed.",
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Event;

    #[test]
    fn names_are_unique_dotted_and_parse_back() {
        let mut seen = std::collections::HashSet::new();
        for event in Event::ALL {
            let name = event.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert_eq!(name.matches('.').count(), 1, "{name}");
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_')
            );
            assert_eq!(Event::parse(name), Some(*event));
        }
        assert_eq!(Event::parse("user.hacked"), None);
    }
}
