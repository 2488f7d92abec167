"""Gatehouse SDK for Python.

Verifies Gatehouse access tokens with the same Rust core every Gatehouse SDK uses, checks
organization API keys with the server, and integrates with Flask (``gatehouse.flask``) and any
WSGI application (``gatehouse.wsgi``).
"""

from gatehouse._codes import AuthErrorCode
from gatehouse._errors import AuthError
from gatehouse._gatehouse import (
    ACCESS_TOKEN_COOKIE,
    API_KEY_PREFIX,
    AUTH_ERROR_CODES,
    AccessTokenClaims,
    Authentication,
    Client,
    Decision,
    Jwks,
    authenticate_with_answer,
    forbidden,
    request_credential,
    verify_access_token,
)

__all__ = [
    "ACCESS_TOKEN_COOKIE",
    "API_KEY_PREFIX",
    "AUTH_ERROR_CODES",
    "AccessTokenClaims",
    "AuthError",
    "AuthErrorCode",
    "Authentication",
    "Client",
    "Decision",
    "Jwks",
    "authenticate_with_answer",
    "forbidden",
    "request_credential",
    "verify_access_token",
]
