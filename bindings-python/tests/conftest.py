"""Fixtures: a real `gatehouse dev` server, and helpers to call its API and sign in.

The server binary comes from GATEHOUSE_BIN (set by scripts/test) or the default cargo target
directory. Each test session gets a fresh data directory and a free port.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def _binary() -> str:
    explicit = os.environ.get("GATEHOUSE_BIN")
    if explicit:
        return explicit
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "debug" / "gatehouse")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def dev() -> Iterator[dict[str, Any]]:
    """The contents of dev.json of a running `gatehouse dev`."""
    with tempfile.TemporaryDirectory() as data_dir:
        port = _free_port()
        process = subprocess.Popen(
            [_binary(), "dev", "--data-dir", data_dir, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                        break
                except requests.ConnectionError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gatehouse dev did not come up")
                time.sleep(0.1)
            yield {**json.loads((Path(data_dir) / "dev.json").read_text()), "data_dir": data_dir}
        finally:
            process.terminate()
            process.wait(timeout=10)


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


@pytest.fixture(scope="session")
def backend(dev: dict[str, Any]) -> Backend:
    return Backend(dev)


@pytest.fixture(scope="session")
def short_lived_token(backend: Backend) -> dict[str, Any]:
    """A demo-user token with the shortest lifetime the server allows (60 s), taken as soon as
    the server is up so the test that waits for it to expire waits as little as possible."""
    backend.request("PATCH", "/v1/project", access_token_lifetime_seconds=60).raise_for_status()
    try:
        dev = backend.dev
        tokens = backend.login("acme", dev["demo_user_email"], dev["demo_user_password"])
    finally:
        backend.request("PATCH", "/v1/project", access_token_lifetime_seconds=300)
    return {"token": tokens["access_token"], "expires_at": time.time() + tokens["expires_in"]}


def create_project(dev: dict[str, Any], name: str) -> dict[str, Any]:
    """Another project on the same server (`gatehouse project create`), with its keys."""
    output = subprocess.run(
        [_binary(), "project", "create", "--name", name, "--data-dir", dev["data_dir"]],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return dict(json.loads(output))
