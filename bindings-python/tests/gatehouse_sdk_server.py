"""Helpers for tests against a real `gatehouse dev` server: its binary, its backend API,
sign-in, and extra projects.

The binary comes from GATEHOUSE_BIN (set by scripts/test) or the default cargo target
directory.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]


def binary() -> str:
    explicit = os.environ.get("GATEHOUSE_BIN")
    if explicit:
        return explicit
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "debug" / "gatehouse")


class Backend:
    """The backend API of the dev server, authenticated with its secret key."""

    def __init__(self, dev: dict[str, Any]) -> None:
        self.dev = dev
        self.url = dev["api_url"]
        self.headers = {"Authorization": f"Bearer {dev['secret_key']}"}

    def request(self, method: str, path: str, **body: Any) -> requests.Response:
        return requests.request(
            method, f"{self.url}{path}", json=body or None, headers=self.headers, timeout=10
        )

    def create(self, path: str, **body: Any) -> dict[str, Any]:
        response = self.request("POST", path, **body)
        assert response.status_code in (200, 201), response.text
        return response.json()

    def login(self, organization: str, email: str, password: str) -> dict[str, Any]:
        response = requests.post(
            f"{self.dev['issuer']}/v1/login/password",
            json={"organization": organization, "email": email, "password": password},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def demo_token(self) -> str:
        dev = self.dev
        tokens = self.login("acme", dev["demo_user_email"], dev["demo_user_password"])
        return str(tokens["access_token"])


def create_project(dev: dict[str, Any], name: str) -> dict[str, Any]:
    """Another project on the same server (`gatehouse project create`), with its keys."""
    output = subprocess.run(
        [
            binary(),
            *("project", "create", "--name", name, "--environment", "test"),
            *("--public-url", dev["api_url"], "--data-dir", dev["data_dir"]),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return dict(json.loads(output))
