"""Framework-neutral integration: a WSGI middleware, and the header helper it is built on.

Any WSGI application (Django, Falcon, Bottle, plain WSGI) can be wrapped::

    from gatehouse.wsgi import GatehouseMiddleware, authentication

    application = GatehouseMiddleware(application, publishable_key="pk_test_...")
    # in a view, with the WSGI environ at hand (Django: request.META):
    org_id = authentication(environ).organization_id

Frameworks that are not WSGI (FastAPI, Starlette) call the client with the request's method
and headers (``Client.authenticate_request`` releases the GIL but blocks, so run it in a worker
thread there); it returns ``None`` for a CORS preflight::

    auth = client.authenticate_request(
        method=request.method,
        authorization=request.headers.get("authorization"),
        cookie=request.headers.get("cookie"),
        origin=request.headers.get("origin"),
        access_control_request_method=request.headers.get("access-control-request-method"),
    )
"""

from __future__ import annotations

from collections.abc import Iterable
from http import HTTPStatus
from typing import Any, Callable

from gatehouse._errors import AuthError
from gatehouse._gatehouse import Authentication, Client

__all__ = ["ENVIRON_KEY", "GatehouseMiddleware", "authentication"]

ENVIRON_KEY = "gatehouse.authentication"

StartResponse = Callable[..., Any]
WSGIApplication = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class GatehouseMiddleware:
    """Refuses requests without a valid credential before they reach the wrapped application.

    Accepted requests get their ``Authentication`` in ``environ["gatehouse.authentication"]``.
    Paths in ``public_paths`` (exact matches) and CORS preflights pass unauthenticated; the
    access-token cookie counts only for safe methods (docs/sdk-contract.md).
    """

    def __init__(
        self,
        app: WSGIApplication,
        *,
        publishable_key: str | None = None,
        secret_key: str | None = None,
        api_url: str | None = None,
        client: Client | None = None,
        public_paths: Iterable[str] = (),
    ) -> None:
        if client is None:
            if not publishable_key:
                raise ValueError("a publishable key or a client is required")
            client = Client(publishable_key, secret_key=secret_key, api_url=api_url)
        self.app = app
        self.client = client
        self.public_paths = frozenset(public_paths)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "") in self.public_paths:
            return self.app(environ, start_response)
        try:
            found = self.client.authenticate_request(
                method=environ.get("REQUEST_METHOD", ""),
                authorization=environ.get("HTTP_AUTHORIZATION"),
                cookie=environ.get("HTTP_COOKIE"),
                origin=environ.get("HTTP_ORIGIN"),
                access_control_request_method=environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD"),
            )
        except AuthError as error:
            body = error.body.encode()
            headers = [*error.headers.items(), ("Content-Length", str(len(body)))]
            start_response(f"{error.status} {HTTPStatus(error.status).phrase}", headers)
            return [body]
        if found is not None:
            environ[ENVIRON_KEY] = found
        return self.app(environ, start_response)


def authentication(environ: dict[str, Any]) -> Authentication:
    """The request's authentication; raises ``RuntimeError`` when the middleware did not set it."""
    found = environ.get(ENVIRON_KEY)
    if found is None:
        raise RuntimeError("this request was not authenticated by GatehouseMiddleware")
    return found  # type: ignore[no-any-return]
