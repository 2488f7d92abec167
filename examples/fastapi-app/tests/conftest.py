"""Runs the example against a real `gatehouse dev` (binary from GATEHOUSE_BIN or the default
cargo target directory) on a free port it picks itself, with a fresh data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).resolve().parents[1]
ROOT = EXAMPLE.parents[1]
sys.path.insert(0, str(EXAMPLE))


def binary() -> str:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return os.environ.get("GATEHOUSE_BIN") or str(target / "debug" / "gatehouse")


class Dev:
    """A running `gatehouse dev`: its dev.json (project keys, demo user) and data directory."""

    def __init__(self, project: dict[str, Any], data_dir: str) -> None:
        self.project = project
        self.data_dir = data_dir

    def create_project(self, name: str) -> dict[str, Any]:
        """A second project on the same server, through `gatehouse project create`."""
        output = subprocess.run(
            [
                *(binary(), "project", "create", "--name", name, "--environment", "test"),
                *("--public-url", self.project["api_url"], "--data-dir", self.data_dir),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return dict(json.loads(output.stdout))


@pytest.fixture(scope="session")
def dev() -> Iterator[Dev]:
    with tempfile.TemporaryDirectory() as data_dir:
        ready = Path(data_dir) / "ready.json"
        process = subprocess.Popen(
            [binary(), "dev", "--data-dir", data_dir, "--port", "0", "--ready-file", str(ready)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while not ready.exists():
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gatehouse dev did not come up")
                time.sleep(0.05)
            # Written through a rename once the server listens, so it is whole when it exists.
            announced = json.loads(ready.read_text())
            project = json.loads(Path(announced["dev_json"]).read_text())
            yield Dev(project, data_dir)
        finally:
            process.terminate()
            process.wait(timeout=10)
