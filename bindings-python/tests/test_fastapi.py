"""The FastAPI integration against a real `gatehouse dev` server: tokens and API keys, the
exact 401/403 answers (the Flask adapter's), and authentication kept off the event loop."""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Annotated, Any

import gatehouse
import httpx
import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from gatehouse import Authentication
from gatehouse.fastapi import Caller, init_app, require_permission
from gatehouse_sdk_server import Backend


def make_app(**options: Any) -> FastAPI:
    app = FastAPI()
    init_app(app, **options)

    @app.get("/healthz")
    async def healthz() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/whoami")
    async def whoami(caller: Caller) -> dict[str, Any]:
        return {
            "kind": caller.kind,
            "organization_id": caller.organization_id,
            "user_id": caller.user_id,
            "can_write": caller.has_permission("invoices.write"),
        }

    @app.post("/invoices", status_code=201)
    async def create_invoice(
        caller: Annotated[Authentication, Depends(require_permission("invoices.write"))],
    ) -> dict[str, str]:
        return {"organization_id": caller.organization_id}

    return app


@pytest.fixture(scope="module")
def client(dev: dict[str, Any]) -> Iterator[TestClient]:
    app = make_app(publishable_key=dev["publishable_key"], secret_key=dev["secret_key"])
    with TestClient(app) as client:
        yield client


def bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


def assert_refused(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["code"] == code
    assert set(body) == {"error", "code", "message"}
    challenge = response.headers["WWW-Authenticate"]
    if code == "missing_token":
        assert challenge == "Bearer"
    elif status == 403:
        assert challenge.startswith('Bearer error="insufficient_scope"')
    else:
        assert challenge.startswith('Bearer error="invalid_token"')


def test_a_token_names_its_caller(
    client: TestClient, backend: Backend, dev: dict[str, Any]
) -> None:
    response = client.get("/whoami", headers=bearer(backend.demo_token()))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["kind"] == "access_token"
    assert body["organization_id"] == dev["demo_organization_id"]
    assert body["user_id"].startswith("user_")


def test_refusals(client: TestClient, backend: Backend) -> None:
    assert_refused(client.get("/whoami"), 401, "missing_token")
    assert_refused(client.get("/whoami", headers=bearer("not.a.token")), 401, "malformed_token")
    # The demo user holds no invoices.write.
    assert_refused(client.post("/invoices", headers=bearer(backend.demo_token())), 403, "forbidden")
    # A well-formed API key with a wrong checksum is refused without asking the server.
    assert_refused(
        client.get("/whoami", headers=bearer(gatehouse.API_KEY_PREFIX + "0" * 36)),
        401,
        "invalid_api_key",
    )


def test_api_key(client: TestClient, backend: Backend, dev: dict[str, Any]) -> None:
    created = backend.create(
        "/v1/api_keys",
        organization_id=dev["demo_organization_id"],
        name="fastapi sync",
        actions=["invoices.write"],
    )
    secret = created["secret"]
    response = client.get("/whoami", headers=bearer(secret))
    assert response.status_code == 200, response.text
    assert response.json() == {
        "kind": "api_key",
        "organization_id": dev["demo_organization_id"],
        "user_id": None,
        "can_write": True,
    }
    assert client.post("/invoices", headers=bearer(secret)).status_code == 201


def test_without_init_app_the_dependency_says_so() -> None:
    app = FastAPI()

    @app.get("/whoami")
    async def whoami(caller: Caller) -> str:
        return caller.organization_id

    with TestClient(app, raise_server_exceptions=True) as client, pytest.raises(RuntimeError):
        client.get("/whoami", headers=bearer("x.y.z"))


def test_authentication_never_blocks_the_event_loop() -> None:
    """A JWKS fetch held open by the test: while the protected request waits for it, another
    request on the same event loop is answered. Were the fetch run on the loop, the second
    request could not finish before the fetch is released."""
    release = threading.Event()
    fetch_started = threading.Event()

    class StalledJwks(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            fetch_started.set()
            release.wait(timeout=30)
            body = b'{"keys": []}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), StalledJwks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    issuer = f"http://127.0.0.1:{server.server_address[1]}/p/proj_0000000000000000000000000a"
    key = base64.urlsafe_b64encode(f"{issuer}#proj_0000000000000000000000000a".encode())
    app = make_app(publishable_key="pk_test_" + key.decode().rstrip("="))
    token = "eyJhbGciOiJFZERTQSIsImtpZCI6ImsifQ.eyJzdWIiOiJ4In0.c2ln"
    order: list[str] = []

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:

            async def protected() -> None:
                response = await http.get("/whoami", headers=bearer(token))
                order.append(f"protected {response.status_code}")

            async def health() -> None:
                await asyncio.to_thread(fetch_started.wait, 30)
                response = await http.get("/healthz")
                order.append(f"health {response.status_code}")
                release.set()

            await asyncio.gather(protected(), health())

    try:
        asyncio.run(scenario())
    finally:
        release.set()
        server.shutdown()
    assert order == ["health 200", "protected 401"]
