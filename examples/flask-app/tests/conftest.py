"""Runs the example against a real `gatehouse dev` server (binary from GATEHOUSE_BIN or the
default cargo target directory), with a fresh data directory, through
`gatehouse.testing.dev_server`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gatehouse.testing import dev_server

EXAMPLE = Path(__file__).resolve().parents[1]
ROOT = EXAMPLE.parents[1]
sys.path.insert(0, str(EXAMPLE))


def _binary() -> str:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return os.environ.get("GATEHOUSE_BIN") or str(target / "debug" / "gatehouse")


@pytest.fixture(scope="session")
def dev() -> Iterator[dict[str, Any]]:
    with dev_server(_binary()) as running:
        yield running
