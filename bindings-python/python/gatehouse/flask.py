"""Flask integration: protect a whole app or single views, and read the caller inside a view.

Protect every route of an app (views marked ``@public`` and CORS preflights excepted)::

    from gatehouse.flask import require_auth, organization_id

    require_auth(app, publishable_key="pk_test_...", secret_key="sk_test_...")

or single views, with the keys set once by ``init_app`` (or in ``app.config`` as
``GATEHOUSE_PUBLISHABLE_KEY``, ``GATEHOUSE_SECRET_KEY`` and ``GATEHOUSE_API_URL``)::

    @app.get("/invoices")
    @require_auth
    def invoices(): ...

Refusals answer exactly as every Gatehouse SDK does: 401 (or 403 for a missing permission,
503 when the signing keys cannot be fetched) with ``WWW-Authenticate`` per RFC 6750 and the
JSON body ``{"error": ..., "code": ..., "message": ...}``. The state of a request lives in
``flask.g``, so this works under threaded and multi-process servers alike.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar, cast, overload

from flask import Flask, Response, current_app, g, request

from gatehouse._errors import AuthError
from gatehouse._gatehouse import AccessTokenClaims, Authentication, Client, forbidden

__all__ = [
    "access_token_claims",
    "authentication",
    "credentials",
    "has_permission",
    "has_role",
    "init_app",
    "is_impersonated",
    "organization_id",
    "public",
    "require_auth",
    "require_permission",
    "user_id",
]

F = TypeVar("F", bound=Callable[..., Any])

_EXTENSION = "gatehouse"
_PUBLIC = "_gatehouse_public"


def init_app(
    app: Flask,
    *,
    publishable_key: str | None = None,
    secret_key: str | None = None,
    api_url: str | None = None,
    client: Client | None = None,
) -> Client:
    """Configures Gatehouse for ``app`` without protecting any route, and returns its client.

    Keys not given are read from ``app.config`` (``GATEHOUSE_PUBLISHABLE_KEY``,
    ``GATEHOUSE_SECRET_KEY``, ``GATEHOUSE_API_URL``). The secret key is only needed to accept
    organization API keys. Also makes an ``AuthError`` raised in a view answer as Gatehouse
    refusals do.
    """
    if client is None:
        client = _client_from_config(app, publishable_key, secret_key, api_url)
    app.extensions[_EXTENSION] = client
    app.register_error_handler(AuthError, _refusal)
    return client


@overload
def require_auth(app_or_view: Flask, **options: Any) -> Flask: ...
@overload
def require_auth(app_or_view: F) -> F: ...
def require_auth(app_or_view: Flask | F, **options: Any) -> Flask | F:
    """Requires a valid credential: on every route of an app, or on one view as a decorator.

    ``require_auth(app, publishable_key=..., secret_key=None, api_url=None, client=None)``
    configures the app (see ``init_app``) and checks every request before its view runs,
    except views marked ``@public`` and CORS preflights (``OPTIONS`` with ``Origin`` and
    ``Access-Control-Request-Method``, which carry no credentials). ``@require_auth`` on a view
    checks only that view. The access-token cookie counts only for safe methods (GET, HEAD,
    OPTIONS): an unsafe request must send ``Authorization: Bearer`` (docs/sdk-contract.md).
    """
    if isinstance(app_or_view, Flask):
        app = app_or_view
        init_app(app, **options)
        app.before_request(_authenticate_unless_public)
        return app
    if options:
        raise TypeError(
            "options are given to require_auth(app, ...) or init_app, not the decorator"
        )
    view = app_or_view

    @functools.wraps(view)
    def protected(*args: Any, **kwargs: Any) -> Any:
        refusal = _authenticate()
        if refusal is not None:
            return refusal
        return view(*args, **kwargs)

    return cast(F, protected)


def require_permission(action: str) -> Callable[[F], F]:
    """Decorator: the view requires a credential granting ``action`` (else 403 ``forbidden``).

    Authenticates the request first when nothing has yet, so it also works without
    ``require_auth``.
    """

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            refusal = _authenticate()
            if refusal is not None:
                return refusal
            if g.get("_gatehouse_authentication") is None:
                # A CORS preflight: no caller to check, and the view answers it.
                return view(*args, **kwargs)
            if not authentication().has_permission(action):
                return _refusal(forbidden(action))
            return view(*args, **kwargs)

        return cast(F, guarded)

    return decorate


def public(view: F) -> F:
    """Marks a view as open to everyone when ``require_auth(app)`` protects the app."""
    setattr(view, _PUBLIC, True)
    return view


def authentication() -> Authentication:
    """The current request's authentication; raises ``RuntimeError`` outside one."""
    found = g.get("_gatehouse_authentication")
    if found is None:
        raise RuntimeError("this request was not authenticated by gatehouse.flask")
    return cast(Authentication, found)


def organization_id() -> str:
    """The organization (tenant) the caller belongs to."""
    return authentication().organization_id


def user_id() -> str | None:
    """The signed-in user's id; ``None`` when the caller used an API key."""
    return authentication().user_id


def access_token_claims() -> AccessTokenClaims | None:
    """The verified access-token claims; ``None`` when the caller used an API key."""
    return authentication().claims


def credentials() -> str:
    """The credential the request carried: the access token or the API key."""
    return authentication().credential


def has_permission(action: str) -> bool:
    """Whether the caller's credential grants ``action``."""
    return authentication().has_permission(action)


def has_role(role: str) -> bool:
    """Whether the caller's credential holds ``role``."""
    return authentication().has_role(role)


def is_impersonated() -> bool:
    """Whether a staff member is acting as the user."""
    return authentication().is_impersonated()


def _client_from_config(
    app: Flask,
    publishable_key: str | None = None,
    secret_key: str | None = None,
    api_url: str | None = None,
) -> Client:
    publishable_key = publishable_key or app.config.get("GATEHOUSE_PUBLISHABLE_KEY")
    if not publishable_key:
        raise ValueError("a publishable key is required (or GATEHOUSE_PUBLISHABLE_KEY)")
    return Client(
        publishable_key,
        secret_key=secret_key or app.config.get("GATEHOUSE_SECRET_KEY"),
        api_url=api_url or app.config.get("GATEHOUSE_API_URL"),
    )


def _client() -> Client:
    client = current_app.extensions.get(_EXTENSION)
    if client is None:
        # Decorators used without init_app: configure from app.config on first use. Two
        # threads may both get here; either client is equivalent.
        client = current_app.extensions.setdefault(_EXTENSION, _client_from_config(current_app))
    return cast(Client, client)


def _authenticate() -> Response | None:
    """Authenticates the request once; returns the refusal to send, if any. A CORS preflight
    passes unauthenticated (the core decides what is one)."""
    if g.get("_gatehouse_authentication") is not None:
        return None
    headers = request.headers
    try:
        found = _client().authenticate_request(
            method=request.method,
            authorization=headers.get("Authorization"),
            cookie=headers.get("Cookie"),
            origin=headers.get("Origin"),
            access_control_request_method=headers.get("Access-Control-Request-Method"),
        )
    except AuthError as error:
        return _refusal(error)
    if found is not None:
        g._gatehouse_authentication = found
    return None


def _authenticate_unless_public() -> Response | None:
    view = current_app.view_functions.get(request.endpoint or "")
    if view is not None and getattr(view, _PUBLIC, False):
        return None
    return _authenticate()


def _refusal(error: AuthError) -> Response:
    return Response(error.body, status=error.status, headers=error.headers)
