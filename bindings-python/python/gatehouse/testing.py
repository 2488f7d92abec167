"""A real Gatehouse server for your tests: `gatehouse dev` on a fresh SQLite data directory.

    from gatehouse.testing import dev_server

    with dev_server() as dev:
        dev["issuer"], dev["secret_key"], dev["demo_user_email"], ...

The server listens on a port the operating system picks (`--port 0`) and announces itself
through `--ready-file`, so nothing probes for a free port or polls a health check. The binary
is `binary` if given, else `$GATEHOUSE_BIN`, else `gatehouse` on the `PATH`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["DevServerError", "dev_server", "gatehouse_binary"]


class DevServerError(RuntimeError):
    """`gatehouse dev` could not be started, or did not become ready in time."""


def gatehouse_binary(binary: str | None = None) -> str:
    """The `gatehouse` executable to run: `binary`, `$GATEHOUSE_BIN` or the one on `PATH`."""
    found = binary or os.environ.get("GATEHOUSE_BIN") or shutil.which("gatehouse")
    if not found:
        raise DevServerError("no gatehouse binary: pass binary= or set GATEHOUSE_BIN")
    return found


@contextlib.contextmanager
def dev_server(
    binary: str | None = None, timeout: float = 60.0, args: tuple[str, ...] = ()
) -> Iterator[dict[str, Any]]:
    """Runs `gatehouse dev` until the block ends and yields the contents of its dev.json
    (URLs, keys, the demo user) plus `data_dir` and `base_url`. `args` are passed on to
    `gatehouse dev`."""
    executable = gatehouse_binary(binary)
    with tempfile.TemporaryDirectory(prefix="gatehouse-dev-") as data_dir:
        ready = Path(data_dir) / "ready.json"
        command = [executable, "dev", "--data-dir", data_dir, "--port", "0"]
        command += ["--ready-file", str(ready), *args]
        try:
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
        except OSError as error:
            raise DevServerError(f"cannot run {executable}: {error}") from error
        try:
            deadline = time.monotonic() + timeout
            while not ready.exists():
                if process.poll() is not None:
                    stderr = process.stderr.read() if process.stderr else ""
                    raise DevServerError(f"gatehouse dev exited early: {stderr.strip()}")
                if time.monotonic() > deadline:
                    raise DevServerError(f"gatehouse dev not ready after {timeout} s")
                time.sleep(0.05)
            announced = json.loads(ready.read_text())
            dev = json.loads(Path(announced["dev_json"]).read_text())
            yield {**dev, "data_dir": data_dir, "base_url": announced["base_url"]}
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stderr:
                process.stderr.close()
