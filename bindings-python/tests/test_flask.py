"""The Flask integration against a real `gatehouse dev` server: real tokens from the password
login, real API keys, and the exact 401/403 answers."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import gatehouse
import pytest
import requests
from flask import Flask, jsonify
from gatehouse.flask import (
    access_token_claims,
    credentials,
    has_permission,
    has_role,
    init_app,
    is_impersonated,
    organization_id,
    public,
    require_auth,
    require_permission,
    user_id,
)
from gatehouse_sdk_server import Backend, create_project
from werkzeug.serving import make_server


def make_app(**options: Any) -> Flask:
    app = Flask(__name__)

    @app.get("/whoami")
    def whoami() -> Any:
        claims = access_token_claims()
        return jsonify(
            organization_id=organization_id(),
            user_id=user_id(),
            credentials=credentials(),
            email=claims.user["email"] if claims and claims.user else None,
            can_write=has_permission("invoices.write"),
            is_member=has_role("member"),
            impersonated=is_impersonated(),
        )

    @app.post("/invoices")
    @require_permission("invoices.write")
    def create_invoice() -> Any:
        return jsonify(created=True, organization_id=organization_id()), 201

    @app.get("/healthz")
    @public
    def healthz() -> Any:
        return jsonify(ok=True)

    require_auth(app, **options)
    return app


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_refused(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert body["code"] == code
    assert body["error"] == ("forbidden" if status == 403 else "unauthorized")
    assert isinstance(body["message"], str) and body["message"]
    challenge = response.headers["WWW-Authenticate"]
    if code == "missing_token":
        assert challenge == "Bearer"
    elif status == 403:
        assert challenge.startswith('Bearer error="insufficient_scope", error_description="')
    else:
        assert challenge.startswith('Bearer error="invalid_token", error_description="')
    assert response.mimetype == "application/json"


@pytest.fixture(scope="module")
def app(dev: dict[str, Any], short_lived_token: dict[str, Any]) -> Flask:
    # Depends on the short-lived token only to start its clock before these tests run.
    return make_app(publishable_key=dev["publishable_key"], secret_key=dev["secret_key"])


@pytest.fixture(scope="module")
def token(backend: Backend) -> str:
    return backend.demo_token()


def test_valid_token_answers_with_its_organization(
    app: Flask, dev: dict[str, Any], token: str
) -> None:
    response = app.test_client().get("/whoami", headers=bearer(token))
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["organization_id"] == dev["demo_organization_id"]
    assert body["user_id"].startswith("user_")
    assert body["credentials"] == token
    assert body["email"] == dev["demo_user_email"]
    assert body["is_member"] is not None
    assert body["impersonated"] is False


def test_cookie_is_accepted(app: Flask, dev: dict[str, Any], token: str) -> None:
    client = app.test_client()
    client.set_cookie(gatehouse.ACCESS_TOKEN_COOKIE, token)
    response = client.get("/whoami")
    assert response.status_code == 200
    assert response.get_json()["organization_id"] == dev["demo_organization_id"]


def test_missing_credential(app: Flask) -> None:
    assert_refused(app.test_client().get("/whoami"), 401, "missing_token")
    assert_refused(
        app.test_client().get("/whoami", headers={"Authorization": "Basic dXNlcjpwYXNz"}),
        401,
        "missing_token",
    )


def test_public_view_and_preflight_need_no_credential(app: Flask) -> None:
    assert app.test_client().get("/healthz").status_code == 200
    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    assert app.test_client().options("/whoami", headers=preflight).status_code == 200
    assert app.test_client().options("/invoices", headers=preflight).status_code == 200


def test_options_without_preflight_headers_is_authenticated(app: Flask) -> None:
    client = app.test_client()
    assert_refused(client.options("/whoami"), 401, "missing_token")
    origin_only = {"Origin": "https://app.example"}
    assert_refused(client.options("/whoami", headers=origin_only), 401, "missing_token")


def test_cookie_only_on_safe_methods(app: Flask, token: str) -> None:
    """CSRF: a browser sends the cookie along with any cross-site POST, so an unsafe request
    must carry its token in Authorization."""
    client = app.test_client()
    client.set_cookie(gatehouse.ACCESS_TOKEN_COOKIE, token)
    assert client.get("/whoami").status_code == 200
    assert_refused(client.post("/invoices"), 401, "missing_token")


def test_tampered_token(app: Flask, token: str) -> None:
    head, payload, signature = token.split(".")
    middle = len(signature) // 2
    flipped = "A" if signature[middle] != "A" else "B"
    forged_signature = signature[:middle] + flipped + signature[middle + 1 :]
    response = app.test_client().get(
        "/whoami", headers=bearer(f"{head}.{payload}.{forged_signature}")
    )
    assert_refused(response, 401, "invalid_signature")

    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["org"]["id"] = "org_someone_else"
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    response = app.test_client().get(
        "/whoami", headers=bearer(f"{head}.{forged_payload}.{signature}")
    )
    assert_refused(response, 401, "invalid_signature")


def test_garbage_token(app: Flask) -> None:
    assert_refused(
        app.test_client().get("/whoami", headers=bearer("not-a-jwt")), 401, "malformed_token"
    )


def test_token_of_another_project(dev: dict[str, Any], token: str) -> None:
    other = create_project(dev, "Other product")
    other_app = make_app(publishable_key=other["publishable_key"])
    response = other_app.test_client().get("/whoami", headers=bearer(token))
    assert_refused(response, 401, "unknown_key")


def test_missing_permission_is_403(app: Flask, token: str) -> None:
    assert_refused(app.test_client().post("/invoices", headers=bearer(token)), 403, "forbidden")


def test_granted_permission(app: Flask, backend: Backend, dev: dict[str, Any]) -> None:
    if backend.request("GET", "/v1/roles").status_code == 404:
        pytest.skip("this server has no roles API yet")
    backend.create("/v1/actions", name="invoices.write", description="Create invoices")
    backend.create("/v1/roles", key="billing", name="Billing", actions=["invoices.write"])
    email, password = "billing@acme.test", "correct horse battery staple"
    backend.create(
        "/v1/users",
        organization_id=dev["demo_organization_id"],
        email=email,
        password=password,
        email_verified=True,
        roles=["billing"],
    )
    token = backend.login("acme", email, password)["access_token"]
    response = app.test_client().post("/invoices", headers=bearer(token))
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["organization_id"] == dev["demo_organization_id"]


API_KEYS_MISSING = "POST /v1/api_keys answers 404 route_not_found on this server"


def api_keys_missing(backend: Backend) -> bool:
    response = backend.request("POST", "/v1/api_keys")
    return response.status_code == 404 and response.json().get("code") == "route_not_found"


def test_api_key(app: Flask, backend: Backend, dev: dict[str, Any]) -> None:
    if api_keys_missing(backend):
        pytest.skip(API_KEYS_MISSING)
    created = backend.create(
        "/v1/api_keys",
        organization_id=dev["demo_organization_id"],
        name="billing sync",
        actions=["invoices.write"],
    )
    secret = created["secret"]
    assert secret.startswith(gatehouse.API_KEY_PREFIX)
    client = app.test_client()
    response = client.get("/whoami", headers=bearer(secret))
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["credentials"] == secret
    assert body["organization_id"] == dev["demo_organization_id"]
    assert body["user_id"] is None and body["email"] is None
    assert body["can_write"] is True
    assert client.post("/invoices", headers=bearer(secret)).status_code == 201

    forged = secret[:-4] + ("aaaa" if not secret.endswith("aaaa") else "bbbb")
    assert_refused(client.get("/whoami", headers=bearer(forged)), 401, "invalid_api_key")


def test_api_key_needs_the_secret_key(dev: dict[str, Any]) -> None:
    app = make_app(publishable_key=dev["publishable_key"])
    response = app.test_client().get("/whoami", headers=bearer("gh_key_whatever"))
    assert_refused(response, 401, "invalid_api_key")


def test_decorator_with_app_config(dev: dict[str, Any], token: str) -> None:
    app = Flask(__name__)
    app.config["GATEHOUSE_PUBLISHABLE_KEY"] = dev["publishable_key"]

    @app.get("/private")
    @require_auth
    def private() -> Any:
        return jsonify(organization_id=organization_id())

    @app.get("/open")
    def open_view() -> Any:
        return jsonify(ok=True)

    client = app.test_client()
    assert client.get("/open").status_code == 200
    assert_refused(client.get("/private"), 401, "missing_token")
    response = client.get("/private", headers=bearer(token))
    assert response.get_json() == {"organization_id": dev["demo_organization_id"]}


def test_auth_error_raised_in_a_view(dev: dict[str, Any], token: str) -> None:
    app = Flask(__name__)
    init_app(app, publishable_key=dev["publishable_key"])

    @app.get("/raise")
    @require_auth
    def raising() -> Any:
        raise gatehouse.forbidden("reports.read")

    assert_refused(app.test_client().get("/raise", headers=bearer(token)), 403, "forbidden")


def test_accessors_outside_a_request_fail_loudly(app: Flask) -> None:
    with app.test_request_context("/"), pytest.raises(RuntimeError):
        organization_id()


@pytest.fixture(scope="module")
def served(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def test_threaded_server(served: str, dev: dict[str, Any], token: str) -> None:
    results: list[Any] = []

    def call(index: int) -> None:
        headers = bearer(token) if index % 3 else {}
        response = requests.get(f"{served}/whoami", headers=headers, timeout=10)
        results.append((index % 3 != 0, response.status_code, response.json()))

    threads = [threading.Thread(target=call, args=(index,)) for index in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 30
    for authenticated, status, body in results:
        if authenticated:
            assert (status, body["organization_id"]) == (200, dev["demo_organization_id"])
        else:
            assert (status, body["code"]) == (401, "missing_token")


def test_expired_token(dev: dict[str, Any], short_lived_token: dict[str, Any]) -> None:
    # Leeway 0 so the wait is the token's 60 s lifetime (mostly spent by the tests before).
    app = make_app(client=gatehouse.Client(dev["publishable_key"], leeway=0))
    client = app.test_client()
    headers = bearer(short_lived_token["token"])
    remaining = short_lived_token["expires_at"] - time.time()
    if remaining > 2:
        assert client.get("/whoami", headers=headers).status_code == 200
    time.sleep(max(0.0, remaining + 1.5))
    assert_refused(client.get("/whoami", headers=headers), 401, "token_expired")
