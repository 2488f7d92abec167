"""Type stubs of the native module (the Rust half of the SDK)."""

from typing import Any, TypedDict, final

from gatehouse._errors import AuthError

__all__ = [
    "ACCESS_TOKEN_COOKIE",
    "API_KEY_PREFIX",
    "AUTH_ERROR_CODES",
    "AccessTokenClaims",
    "Authentication",
    "Client",
    "Decision",
    "Jwks",
    "authenticate_with_answer",
    "forbidden",
    "request_credential",
    "verify_access_token",
]

AUTH_ERROR_CODES: tuple[str, ...]
API_KEY_PREFIX: str
ACCESS_TOKEN_COOKIE: str

class OrganizationClaim(TypedDict):
    id: str
    slug: str | None
    name: str | None

class UserClaim(TypedDict):
    id: str | None
    email: str | None
    email_verified: bool | None
    name: str | None

class ActorClaim(TypedDict):
    sub: str
    email: str | None

@final
class Jwks:
    """A parsed JSON Web Key Set (RFC 7517); unusable entries are skipped."""

    def __new__(cls, document: Jwks | str | bytes | dict[str, Any]) -> Jwks: ...
    def key_ids(self) -> list[str]: ...
    def __len__(self) -> int: ...

@final
class AccessTokenClaims:
    """The claims of a verified access token."""

    @property
    def issuer(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def organization_id(self) -> str: ...
    @property
    def organization(self) -> OrganizationClaim: ...
    @property
    def user(self) -> UserClaim | None: ...
    @property
    def actor(self) -> ActorClaim | None: ...
    @property
    def audience(self) -> list[str]: ...
    @property
    def expires_at(self) -> int: ...
    @property
    def issued_at(self) -> int: ...
    @property
    def not_before(self) -> int | None: ...
    @property
    def token_id(self) -> str | None: ...
    @property
    def session_id(self) -> str | None: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def actions(self) -> list[str]: ...
    @property
    def authentication_methods(self) -> list[str]: ...
    def has_permission(self, action: str) -> bool: ...
    def has_role(self, role: str) -> bool: ...
    def is_impersonated(self) -> bool: ...
    def get(self, name: str, default: Any = None) -> Any: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Authentication:
    """An authenticated credential: a verified access token or a server-checked API key."""

    @property
    def kind(self) -> str: ...
    @property
    def credential(self) -> str: ...
    @property
    def organization_id(self) -> str: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def api_key_id(self) -> str | None: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def actions(self) -> list[str]: ...
    @property
    def claims(self) -> AccessTokenClaims | None: ...
    @property
    def impersonator(self) -> dict[str, str | None] | None: ...
    def has_permission(self, action: str) -> bool: ...
    def has_role(self, role: str) -> bool: ...
    def is_impersonated(self) -> bool: ...

@final
class Decision:
    """What ``authenticate_with_answer`` decided."""

    @property
    def principal(self) -> Authentication | None: ...
    @property
    def error(self) -> AuthError | None: ...
    @property
    def asked_server(self) -> bool: ...

@final
class Client:
    """Verifies requests for one project; thread-safe, share one per process."""

    def __new__(
        cls,
        publishable_key: str,
        *,
        secret_key: str | None = None,
        api_url: str | None = None,
        audience: str | None = None,
        leeway: int = 30,
        api_key_cache_ttl: float = 30.0,
    ) -> Client: ...
    @property
    def issuer(self) -> str: ...
    @property
    def project_id(self) -> str: ...
    @property
    def jwks_url(self) -> str: ...
    @property
    def api_url(self) -> str | None: ...
    def verify_access_token(self, token: str) -> AccessTokenClaims: ...
    def authenticate_credential(self, credential: str) -> Authentication: ...
    def authenticate_request(
        self,
        *,
        method: str,
        authorization: str | None = None,
        cookie: str | None = None,
        origin: str | None = None,
        access_control_request_method: str | None = None,
    ) -> Authentication | None: ...

def request_credential(
    *,
    method: str,
    authorization: str | None = None,
    cookie: str | None = None,
    origin: str | None = None,
    access_control_request_method: str | None = None,
) -> tuple[str, str] | None: ...
def authenticate_with_answer(
    credential: str,
    *,
    jwks: Jwks | str | bytes | dict[str, Any],
    issuer: str,
    audience: str,
    server_answer: tuple[int, bytes] | None,
    accepts_api_keys: bool = True,
    now: int | None = None,
    leeway: int = 30,
) -> Decision: ...
def verify_access_token(
    token: str,
    *,
    jwks: Jwks | str | bytes | dict[str, Any],
    issuer: str,
    audience: str,
    now: int | None = None,
    leeway: int = 30,
) -> AccessTokenClaims: ...
def forbidden(action: str) -> AuthError: ...
