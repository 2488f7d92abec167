"""The notes API end to end: real tokens from `gatehouse dev`, two organizations that must
not see each other's notes, and the permission needed to delete."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from app import create_app
from flask import Flask
from flask.testing import FlaskClient


class Server:
    def __init__(self, dev: dict[str, Any]) -> None:
        self.dev = dev
        self.admin = {"Authorization": f"Bearer {dev['secret_key']}"}

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = requests.post(
            f"{self.dev['api_url']}{path}", json=body, headers=self.admin, timeout=10
        )
        assert response.status_code in (200, 201), response.text
        return dict(response.json())

    def login(self, organization: str, email: str, password: str) -> dict[str, str]:
        response = requests.post(
            f"{self.dev['issuer']}/v1/login/password",
            json={"organization": organization, "email": email, "password": password},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="module")
def server(dev: dict[str, Any]) -> Server:
    return Server(dev)


@pytest.fixture(scope="module")
def app(dev: dict[str, Any]) -> Flask:
    return create_app(publishable_key=dev["publishable_key"], secret_key=dev["secret_key"])


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="module")
def acme(server: Server) -> dict[str, str]:
    dev = server.dev
    return server.login("acme", dev["demo_user_email"], dev["demo_user_password"])


@pytest.fixture(scope="module")
def globex(server: Server) -> dict[str, str]:
    org = server.post("/v1/organizations", {"name": "Globex", "slug": "globex"})
    email, password = "hank@globex.test", "correct horse battery staple"
    server.post(
        "/v1/users",
        {
            "organization_id": org["id"],
            "email": email,
            "password": password,
            "email_verified": True,
        },
    )
    return server.login("globex", email, password)


def test_health_is_public(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"ok": True}


def test_notes_need_a_token(client: FlaskClient) -> None:
    response = client.get("/notes")
    assert response.status_code == 401
    assert response.get_json()["code"] == "missing_token"
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_notes_belong_to_the_callers_organization(
    client: FlaskClient, acme: dict[str, str], globex: dict[str, str], dev: dict[str, Any]
) -> None:
    created = client.post("/notes", json={"title": "Q3 plan", "body": "ship"}, headers=acme)
    assert created.status_code == 201, created.get_data(as_text=True)
    note = created.get_json()
    assert note["organization_id"] == dev["demo_organization_id"]
    assert note["author_id"].startswith("user_")

    assert [n["id"] for n in client.get("/notes", headers=acme).get_json()["data"]] == [note["id"]]
    assert client.get("/notes", headers=globex).get_json()["data"] == []
    assert client.get(f"/notes/{note['id']}", headers=globex).status_code == 404
    assert client.get(f"/notes/{note['id']}", headers=acme).get_json()["title"] == "Q3 plan"


def test_invalid_note_is_422(client: FlaskClient, acme: dict[str, str]) -> None:
    assert client.post("/notes", json={"body": "no title"}, headers=acme).status_code == 422


def test_delete_needs_the_permission(client: FlaskClient, acme: dict[str, str]) -> None:
    note = client.post("/notes", json={"title": "temp"}, headers=acme).get_json()
    response = client.delete(f"/notes/{note['id']}", headers=acme)
    assert response.status_code == 403
    assert response.get_json()["code"] == "forbidden"
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="insufficient_scope"')


def test_tampered_token_is_refused(client: FlaskClient, acme: dict[str, str]) -> None:
    token = acme["Authorization"].removeprefix("Bearer ")
    head, payload, signature = token.split(".")
    forged = (
        f"{head}.{payload}.{signature[:10]}{'A' if signature[10] != 'A' else 'B'}{signature[11:]}"
    )
    response = client.get("/notes", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
    assert response.get_json()["code"] == "invalid_signature"


def test_a_new_role_takes_effect_at_the_next_refresh(
    client: FlaskClient, server: Server, dev: dict[str, Any]
) -> None:
    """Roles end to end: a member cannot delete; an administrator gives them a custom role
    holding `notes.delete`; their current token still cannot, the token from their next
    refresh can. (Last in the file: cataloguing `notes.delete` also grants it to owners.)"""
    org = server.post("/v1/organizations", {"name": "Initech", "slug": "initech"})
    email, password = "peter@initech.test", "correct horse battery staple"
    user = server.post(
        "/v1/users",
        {
            "organization_id": org["id"],
            "email": email,
            "password": password,
            "email_verified": True,
        },
    )
    response = requests.post(
        f"{dev['issuer']}/v1/login/password",
        json={"organization": "initech", "email": email, "password": password},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    tokens = response.json()
    before = {"Authorization": f"Bearer {tokens['access_token']}"}
    note = client.post("/notes", json={"title": "TPS report"}, headers=before).get_json()
    assert client.delete(f"/notes/{note['id']}", headers=before).status_code == 403

    server.post("/v1/actions", {"name": "notes.delete", "description": "Delete notes"})
    server.post(
        "/v1/roles",
        {
            "key": "note-admin",
            "name": "Note admin",
            "actions": ["notes.delete"],
            "organization_id": org["id"],
        },
    )
    changed = requests.patch(
        f"{dev['api_url']}/v1/users/{user['id']}",
        json={"roles": ["member", "note-admin"]},
        headers=server.admin,
        timeout=10,
    )
    assert changed.status_code == 200, changed.text
    assert client.delete(f"/notes/{note['id']}", headers=before).status_code == 403

    refreshed = requests.post(
        f"{dev['issuer']}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        timeout=10,
    )
    assert refreshed.status_code == 200, refreshed.text
    after = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    assert client.delete(f"/notes/{note['id']}", headers=after).status_code in (200, 204)
    assert client.get("/notes", headers=after).get_json() == {"data": []}
