"""Fixtures: a real `gatehouse dev` server (fresh data directory, free port) and its API."""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from gatehouse_sdk_server import Backend, binary, free_port


@pytest.fixture(scope="session")
def dev() -> Iterator[dict[str, Any]]:
    """The contents of dev.json of a running `gatehouse dev`."""
    with tempfile.TemporaryDirectory() as data_dir:
        port = free_port()
        process = subprocess.Popen(
            [binary(), "dev", "--data-dir", data_dir, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gatehouse dev did not come up")
                time.sleep(0.1)
            yield {**json.loads((Path(data_dir) / "dev.json").read_text()), "data_dir": data_dir}
        finally:
            process.terminate()
            process.wait(timeout=10)


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
