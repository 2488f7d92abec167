"""FastAPI integration: a dependency that authenticates the request and returns the caller.

Configure once, then depend on ``authenticate`` (or the ``Caller`` alias) in any route::

    from fastapi import Depends, FastAPI
    from gatehouse.fastapi import Caller, init_app, require_permission

    app = FastAPI()
    init_app(app, publishable_key="pk_test_...", secret_key="sk_test_...")

    @app.get("/invoices")
    async def invoices(caller: Caller): ...

    @app.delete("/invoices/{id}", dependencies=[Depends(require_permission("invoices.delete"))])
    async def delete_invoice(id: str): ...

Refusals answer exactly as every Gatehouse SDK does (and as ``gatehouse.flask``): 401 (403 for a
missing permission, 503 when the signing keys or the server cannot be reached) with
``WWW-Authenticate`` per RFC 6750 and the JSON body ``{"error": ..., "code": ..., "message": ...}``.
The access-token cookie counts only for safe methods (docs/sdk-contract.md).

Authenticating may block: fetching the signing keys, asking the server about an API key. So the
native call runs in Starlette's thread pool, never on the event loop, and releases the GIL
while it works.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from gatehouse._errors import AuthError
from gatehouse._gatehouse import Authentication, Client, forbidden, request_credential

__all__ = [
    "Caller",
    "authenticate",
    "client",
    "init_app",
    "refusal_response",
    "require_permission",
]

_STATE = "gatehouse"


def init_app(
    app: FastAPI,
    *,
    publishable_key: str | None = None,
    secret_key: str | None = None,
    api_url: str | None = None,
    client: Client | None = None,
) -> Client:
    """Configures Gatehouse for ``app`` and returns its client; protects no route by itself.

    Keys not given are read from the environment (``GATEHOUSE_PUBLISHABLE_KEY``,
    ``GATEHOUSE_SECRET_KEY``, ``GATEHOUSE_API_URL``); the secret key is only needed to accept
    organization API keys. Also makes an ``AuthError`` raised anywhere in the app answer as a
    Gatehouse refusal.
    """
    if client is None:
        publishable_key = publishable_key or os.environ.get("GATEHOUSE_PUBLISHABLE_KEY")
        if not publishable_key:
            raise ValueError("a publishable key is required (or GATEHOUSE_PUBLISHABLE_KEY)")
        client = Client(
            publishable_key,
            secret_key=secret_key or os.environ.get("GATEHOUSE_SECRET_KEY") or None,
            api_url=api_url or os.environ.get("GATEHOUSE_API_URL") or None,
        )
    setattr(app.state, _STATE, client)
    app.add_exception_handler(AuthError, _refusal_handler)
    return client


def client(request: Request) -> Client:
    """The client ``init_app`` configured for the request's app."""
    found = getattr(request.app.state, _STATE, None)
    if not isinstance(found, Client):
        raise RuntimeError("gatehouse.fastapi.init_app(app, ...) has not configured this app")
    return found


async def authenticate(request: Request) -> Authentication:
    """Dependency: the authenticated caller, or a refusal (``AuthError``) answered by the
    handler ``init_app`` installs.

    A CORS preflight carries no credential and names no caller, so it is refused here like any
    request without one: answer preflights with Starlette's ``CORSMiddleware``, which replies
    before any route runs.
    """
    headers = request.headers
    found = await run_in_threadpool(
        lambda: client(request).authenticate_request(
            method=request.method,
            authorization=headers.get("authorization"),
            cookie=headers.get("cookie"),
            origin=headers.get("origin"),
            access_control_request_method=headers.get("access-control-request-method"),
        )
    )
    if found is None:
        raise _missing_token()
    return found


Caller = Annotated[Authentication, Depends(authenticate)]
"""A route parameter annotated ``Caller`` receives the authenticated caller."""


def require_permission(action: str) -> Callable[..., Coroutine[None, None, Authentication]]:
    """Dependency factory: the caller, who must hold ``action`` (else 403 ``forbidden``).

    Use it as a parameter (``caller: Annotated[Authentication, Depends(require_permission(...))]``)
    or in ``dependencies=[...]``; FastAPI authenticates the request once however many
    dependencies ask for the caller.
    """

    async def permitted(caller: Caller) -> Authentication:
        if not caller.has_permission(action):
            raise forbidden(action)
        return caller

    permitted.__name__ = f"require_permission_{action}"
    return permitted


def refusal_response(error: AuthError) -> Response:
    """The HTTP answer for a refusal: its status, headers and JSON body."""
    return Response(content=error.body, status_code=error.status, headers=error.headers)


async def _refusal_handler(request: Request, error: Exception) -> Response:
    if not isinstance(error, AuthError):
        raise error
    return refusal_response(error)


def _missing_token() -> AuthError:
    """The core's own refusal for a request without a credential (no I/O)."""
    try:
        request_credential(method="GET")
    except AuthError as error:
        return error
    raise RuntimeError("the core found a credential in a request without one")
