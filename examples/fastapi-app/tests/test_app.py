"""The notes API end to end against a real `gatehouse dev`: no token, a valid token, a
tampered one, another project's, a missing permission, and two organizations that must not
see each other's notes. The answers are the ones the Flask adapter gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from app import create_app
from conftest import Dev
from fastapi.testclient import TestClient
from gatehouse import ACCESS_TOKEN_COOKIE

PASSWORD = "correct horse battery staple"


def admin(project: dict[str, Any], path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = requests.post(
        f"{project['api_url']}{path}",
        json=body,
        headers={"Authorization": f"Bearer {project['secret_key']}"},
        timeout=10,
    )
    assert response.status_code in (200, 201), response.text
    return dict(response.json())


def login(project: dict[str, Any], organization: str, email: str, password: str) -> dict[str, str]:
    response = requests.post(
        f"{project['issuer']}/v1/login/password",
        json={"organization": organization, "email": email, "password": password},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def user_in_new_organization(project: dict[str, Any], slug: str) -> dict[str, str]:
    org = admin(project, "/v1/organizations", {"name": slug.title(), "slug": slug})
    email = f"someone@{slug}.test"
    user = {"organization_id": org["id"], "email": email, "password": PASSWORD}
    admin(project, "/v1/users", {**user, "email_verified": True})
    return login(project, slug, email, PASSWORD)


@pytest.fixture(scope="module")
def client(dev: Dev) -> Iterator[TestClient]:
    app = create_app(
        publishable_key=dev.project["publishable_key"], secret_key=dev.project["secret_key"]
    )
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def acme(dev: Dev) -> dict[str, str]:
    project = dev.project
    return login(project, "acme", project["demo_user_email"], project["demo_user_password"])


def test_health_is_public(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"ok": True}


def test_no_token_is_401(client: TestClient) -> None:
    response = client.get("/notes")
    assert response.status_code == 401
    assert response.json() == {
        "error": "unauthorized",
        "code": "missing_token",
        "message": response.json()["message"],
    }
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_valid_token_is_200(client: TestClient, acme: dict[str, str], dev: Dev) -> None:
    created = client.post("/notes", json={"title": "Q3 plan", "body": "ship"}, headers=acme)
    assert created.status_code == 201, created.text
    note = created.json()
    assert note["organization_id"] == dev.project["demo_organization_id"]
    assert note["author_id"].startswith("user_")
    listed = client.get("/notes", headers=acme)
    assert listed.status_code == 200
    assert note["id"] in [n["id"] for n in listed.json()["data"]]


def test_tampered_token_is_401_invalid_signature(client: TestClient, acme: dict[str, str]) -> None:
    token = acme["Authorization"].removeprefix("Bearer ")
    head, payload, signature = token.split(".")
    flipped = "A" if signature[10] != "A" else "B"
    forged = f"{head}.{payload}.{signature[:10]}{flipped}{signature[11:]}"
    response = client.get("/notes", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_signature"
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')


def test_another_projects_token_is_401(client: TestClient, dev: Dev) -> None:
    other = dev.create_project("Other")
    foreign = user_in_new_organization(other, "elsewhere")
    response = client.get("/notes", headers=foreign)
    assert response.status_code == 401, response.text
    assert response.json()["code"] == "unknown_key"
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')


def test_a_missing_permission_is_403(client: TestClient, acme: dict[str, str]) -> None:
    note = client.post("/notes", json={"title": "temp"}, headers=acme).json()
    response = client.delete(f"/notes/{note['id']}", headers=acme)
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="insufficient_scope"')
    assert client.get(f"/notes/{note['id']}", headers=acme).status_code == 200


def test_organizations_do_not_see_each_others_notes(
    client: TestClient, acme: dict[str, str], dev: Dev
) -> None:
    globex = user_in_new_organization(dev.project, "globex")
    note = client.post("/notes", json={"title": "acme only"}, headers=acme).json()
    assert client.get("/notes", headers=globex).json() == {"data": []}
    assert client.get(f"/notes/{note['id']}", headers=globex).status_code == 404
    assert client.delete(f"/notes/{note['id']}", headers=globex).status_code == 403


def test_an_invalid_note_is_422(client: TestClient, acme: dict[str, str]) -> None:
    assert client.post("/notes", json={"body": "no title"}, headers=acme).status_code == 422
    assert client.post("/notes", json={"title": "   "}, headers=acme).status_code == 422


def test_unsafe_requests_need_a_bearer_not_the_cookie(
    client: TestClient, acme: dict[str, str]
) -> None:
    token = acme["Authorization"].removeprefix("Bearer ")
    cookie = {"Cookie": f"{ACCESS_TOKEN_COOKIE}={token}"}
    assert client.get("/notes", headers=cookie).status_code == 200
    response = client.post("/notes", json={"title": "csrf"}, headers=cookie)
    assert response.status_code == 401
    assert response.json()["code"] == "missing_token"
