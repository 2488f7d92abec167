"""Fixtures: a real `gatehouse dev` server (`gatehouse.testing.dev_server`) and its API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from gatehouse.testing import dev_server
from gatehouse_sdk_server import Backend, binary


@pytest.fixture(scope="session")
def dev() -> Iterator[dict[str, Any]]:
    """The contents of dev.json of a running `gatehouse dev`."""
    with dev_server(binary()) as running:
        yield running


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
