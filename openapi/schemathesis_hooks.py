"""Schemathesis hooks of scripts/test-schemathesis: a user's access token for the operations
that take one (the first-party and self-serve endpoints).

A token fixed before the run does not last through the stateful phase: it follows links
from `list_users` and `list_organizations` to `update_user` (a new password ends every
session of the user), `delete_user` and `delete_organization`, so the demo user's token was
soon revoked and those operations only ever answered 401. Instead, each token belongs to an
organization and an owner created for it through the backend API with the secret key, and a
401 (Schemathesis re-fetches on it) gets a fresh organization, owner and token.

The secret key of the run is never revoked: Schemathesis reuses identifiers it saw in
responses (the key list names this key), so any phase may ask to revoke it, and every later
request would then be a 401. That one request is sent for an unknown key instead (404).
"""

import functools
import json
import os
import secrets
import urllib.request

import schemathesis

API_URL = os.environ["GATEHOUSE_API_URL"]
ISSUER = os.environ["GATEHOUSE_ISSUER"]
SECRET_KEY = os.environ["GATEHOUSE_SECRET_KEY"]

ACCESS_TOKEN_OPERATIONS = [
    "get_userinfo",
    "post_userinfo",
    "logout",
    "list_organization_api_keys",
    "create_organization_api_key",
    "revoke_organization_api_key",
    "list_organization_invitations",
    "create_organization_invitation",
    "revoke_organization_invitation",
]


def _call(method: str, url: str, body: dict | None, key: str | None = None) -> dict:
    headers = {"content-type": "application/json"}
    if key is not None:
        headers["authorization"] = f"Bearer {key}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def _post(url: str, body: dict, key: str | None = None) -> dict:
    return _call("POST", url, body, key)


def allow_password_sign_in() -> None:
    """Undoes what the stateful phase may have changed in the project that stops an owner
    from signing in with a password here: password sign-in switched off, or a custom issuer
    (tokens then name an issuer this server is not reached at)."""
    project = _call("GET", f"{API_URL}/v1/project", None, SECRET_KEY)
    methods = project.get("login_methods") or []
    if "password" not in methods or project.get("issuer_url") is not None:
        _call(
            "PATCH",
            f"{API_URL}/v1/project",
            {"login_methods": [*methods, "password"], "issuer_url": None},
            SECRET_KEY,
        )


def new_owner_token() -> str:
    """An organization, its owner (password sign-in) and the owner's access token."""
    allow_password_sign_in()
    suffix = secrets.token_hex(6)
    organization = _post(
        f"{API_URL}/v1/organizations",
        {"name": f"Schemathesis {suffix}", "slug": f"st-{suffix}"},
        SECRET_KEY,
    )
    password = secrets.token_urlsafe(18)
    email = f"owner-{suffix}@schemathesis.example"
    _post(
        f"{API_URL}/v1/users",
        {
            "organization_id": organization["id"],
            "email": email,
            "password": password,
            "email_verified": True,
            "roles": ["owner"],
        },
        SECRET_KEY,
    )
    login = _post(
        f"{ISSUER}/v1/login/password",
        {"organization": organization["id"], "email": email, "password": password},
    )
    return login["access_token"]


@schemathesis.auth().apply_to(operation_id=ACCESS_TOKEN_OPERATIONS)
class OwnerAccessToken:
    def get(self, case, context):
        return new_owner_token()

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


@functools.cache
def own_secret_key_id() -> str:
    """The id of the secret key this run authenticates with."""
    keys = _call("GET", f"{API_URL}/v1/secret_keys", None, SECRET_KEY)["data"]
    return next(k["id"] for k in keys if SECRET_KEY.startswith(k["display_prefix"]))


@schemathesis.hook
def before_call(context, case, kwargs):
    parameters = case.path_parameters
    if (
        case.operation.path == "/v1/secret_keys/{secret_key_id}/revoke"
        and parameters
        and parameters.get("secret_key_id") == own_secret_key_id()
    ):
        parameters["secret_key_id"] = "skey_" + "0" * 26


# Every other operation takes the project's secret key (fixed for the run: never revoked,
# see `before_call` above and openapi/schemathesis.toml).
@schemathesis.auth(refresh_interval=None, retry_on=[]).skip_for(
    operation_id=ACCESS_TOKEN_OPERATIONS
)
class SecretKey:
    def get(self, case, context):
        return SECRET_KEY

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"
