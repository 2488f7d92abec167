"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_list import ActionList
from .api_key import ApiKey
from .api_key_list import ApiKeyList
from .attribute_preset import AttributePreset
from .audit_event import AuditEvent
from .audit_event_details import AuditEventDetails
from .audit_event_list import AuditEventList
from .authenticate_request import AuthenticateRequest
from .authenticated import Authenticated
from .authenticated_claims_type_0 import AuthenticatedClaimsType0
from .client_type import ClientType
from .create_action import CreateAction
from .create_api_key import CreateApiKey
from .create_domain_verification import CreateDomainVerification
from .create_invitation import CreateInvitation
from .create_o_auth_client import CreateOAuthClient
from .create_oidc_connection import CreateOidcConnection
from .create_oidc_connection_group_roles_type_0 import CreateOidcConnectionGroupRolesType0
from .create_organization import CreateOrganization
from .create_organization_api_key import CreateOrganizationApiKey
from .create_role import CreateRole
from .create_saml_connection import CreateSamlConnection
from .create_saml_connection_group_roles_type_0 import CreateSamlConnectionGroupRolesType0
from .create_scim_token import CreateScimToken
from .create_secret_key import CreateSecretKey
from .create_user import CreateUser
from .created_api_key import CreatedApiKey
from .created_o_auth_client import CreatedOAuthClient
from .created_scim_token import CreatedScimToken
from .created_secret_key import CreatedSecretKey
from .credential_kind import CredentialKind
from .domain_verification_body import DomainVerificationBody
from .domain_verification_list import DomainVerificationList
from .environment import Environment
from .error_body import ErrorBody
from .get_jwks_response_200 import GetJwksResponse200
from .get_openid_configuration_response_200 import GetOpenidConfigurationResponse200
from .health import Health
from .hosted_login import HostedLogin
from .hosted_login_signup import HostedLoginSignup
from .hosted_login_theme import HostedLoginTheme
from .invitation_body import InvitationBody
from .invitation_list import InvitationList
from .invitation_status import InvitationStatus
from .login_method import LoginMethod
from .o_auth_client_body import OAuthClientBody
from .o_auth_client_list import OAuthClientList
from .o_auth_error_body import OAuthErrorBody
from .oidc_connection import OidcConnection
from .oidc_connection_group_roles import OidcConnectionGroupRoles
from .oidc_connection_list import OidcConnectionList
from .organization import Organization
from .organization_list import OrganizationList
from .password_login import PasswordLogin
from .profile_mapping_body import ProfileMappingBody
from .project import Project
from .revoke_reason import RevokeReason
from .revoke_request import RevokeRequest
from .role import Role
from .role_list import RoleList
from .saml_connection import SamlConnection
from .saml_connection_group_roles import SamlConnectionGroupRoles
from .saml_connection_list import SamlConnectionList
from .scim_group_roles import ScimGroupRoles
from .scim_group_roles_list import ScimGroupRolesList
from .scim_token import ScimToken
from .scim_token_list import ScimTokenList
from .secret_key import SecretKey
from .secret_key_list import SecretKeyList
from .session import Session
from .session_list import SessionList
from .set_scim_group_roles import SetScimGroupRoles
from .set_sso_policy import SetSsoPolicy
from .signing_algorithm import SigningAlgorithm
from .signing_key import SigningKey
from .signing_key_list import SigningKeyList
from .signing_key_public_jwk import SigningKeyPublicJwk
from .signing_key_state import SigningKeyState
from .sso_policy import SsoPolicy
from .token_request import TokenRequest
from .token_response import TokenResponse
from .update_api_key import UpdateApiKey
from .update_o_auth_client import UpdateOAuthClient
from .update_oidc_connection import UpdateOidcConnection
from .update_oidc_connection_group_roles_type_0 import UpdateOidcConnectionGroupRolesType0
from .update_organization import UpdateOrganization
from .update_project import UpdateProject
from .update_role import UpdateRole
from .update_saml_connection import UpdateSamlConnection
from .update_saml_connection_group_roles_type_0 import UpdateSamlConnectionGroupRolesType0
from .update_user import UpdateUser
from .user import User
from .user_info import UserInfo
from .user_list import UserList

__all__ = (
    "Action",
    "ActionList",
    "ApiKey",
    "ApiKeyList",
    "AttributePreset",
    "AuditEvent",
    "AuditEventDetails",
    "AuditEventList",
    "AuthenticateRequest",
    "Authenticated",
    "AuthenticatedClaimsType0",
    "ClientType",
    "CreateAction",
    "CreateApiKey",
    "CreateDomainVerification",
    "CreateInvitation",
    "CreateOAuthClient",
    "CreateOidcConnection",
    "CreateOidcConnectionGroupRolesType0",
    "CreateOrganization",
    "CreateOrganizationApiKey",
    "CreateRole",
    "CreateSamlConnection",
    "CreateSamlConnectionGroupRolesType0",
    "CreateScimToken",
    "CreateSecretKey",
    "CreateUser",
    "CreatedApiKey",
    "CreatedOAuthClient",
    "CreatedScimToken",
    "CreatedSecretKey",
    "CredentialKind",
    "DomainVerificationBody",
    "DomainVerificationList",
    "Environment",
    "ErrorBody",
    "GetJwksResponse200",
    "GetOpenidConfigurationResponse200",
    "Health",
    "HostedLogin",
    "HostedLoginSignup",
    "HostedLoginTheme",
    "InvitationBody",
    "InvitationList",
    "InvitationStatus",
    "LoginMethod",
    "OAuthClientBody",
    "OAuthClientList",
    "OAuthErrorBody",
    "OidcConnection",
    "OidcConnectionGroupRoles",
    "OidcConnectionList",
    "Organization",
    "OrganizationList",
    "PasswordLogin",
    "ProfileMappingBody",
    "Project",
    "RevokeReason",
    "RevokeRequest",
    "Role",
    "RoleList",
    "SamlConnection",
    "SamlConnectionGroupRoles",
    "SamlConnectionList",
    "ScimGroupRoles",
    "ScimGroupRolesList",
    "ScimToken",
    "ScimTokenList",
    "SecretKey",
    "SecretKeyList",
    "Session",
    "SessionList",
    "SetScimGroupRoles",
    "SetSsoPolicy",
    "SigningAlgorithm",
    "SigningKey",
    "SigningKeyList",
    "SigningKeyPublicJwk",
    "SigningKeyState",
    "SsoPolicy",
    "TokenRequest",
    "TokenResponse",
    "UpdateApiKey",
    "UpdateOAuthClient",
    "UpdateOidcConnection",
    "UpdateOidcConnectionGroupRolesType0",
    "UpdateOrganization",
    "UpdateProject",
    "UpdateRole",
    "UpdateSamlConnection",
    "UpdateSamlConnectionGroupRolesType0",
    "UpdateUser",
    "User",
    "UserInfo",
    "UserList",
)
