"""Starts a throwaway `gatehouse dev` for the smoke test: a fresh data directory, a free port.

The binary comes from GATEHOUSE_BIN, else $CARGO_TARGET_DIR/debug/gatehouse, else the
repository's target/debug/gatehouse.
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

import httpx
import pytest

from gatehouse_api import AuthenticatedClient

ROOT = Path(__file__).resolve().parents[4]


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
def dev() -> Iterator[dict]:
    """dev.json of a running `gatehouse dev`, with its origin under `base_url`."""
    with tempfile.TemporaryDirectory() as data_dir:
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        process = subprocess.Popen(
            [_binary(), "dev", "--data-dir", data_dir, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base_url}/healthz", timeout=1).is_success:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gatehouse dev did not come up")
                time.sleep(0.1)
            project = json.loads((Path(data_dir) / "dev.json").read_text())
            yield {**project, "base_url": base_url}
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture
def client(dev: dict) -> Iterator[AuthenticatedClient]:
    """A client authenticated with the dev project's secret key."""
    with AuthenticatedClient(base_url=dev["base_url"], token=dev["secret_key"]) as client:
        yield client
