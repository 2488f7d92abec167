"""Runs the example against a real `gatehouse dev` server (binary from GATEHOUSE_BIN or the
default cargo target directory), with a fresh data directory and a free port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

EXAMPLE = Path(__file__).resolve().parents[1]
ROOT = EXAMPLE.parents[1]
sys.path.insert(0, str(EXAMPLE))


def _binary() -> str:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return os.environ.get("GATEHOUSE_BIN") or str(target / "debug" / "gatehouse")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def dev() -> Iterator[dict[str, Any]]:
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
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gatehouse dev did not come up")
                time.sleep(0.1)
            yield json.loads((Path(data_dir) / "dev.json").read_text())
        finally:
            process.terminate()
            process.wait(timeout=10)
