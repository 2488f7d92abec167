"""FastAPI requests/s, unprotected vs protected by gatehouse.fastapi.

Starts `gatehouse dev` (GATEHOUSE_BIN, default $CARGO_TARGET_DIR/debug/gatehouse) and the
notes example (examples/fastapi-app) under uvicorn on loopback, signs the demo user in, then
drives `GET /healthz` (no authentication) and `GET /notes` (a verified access token) with
CONCURRENCY keep-alive connections for SECONDS each, and prints one JSON line per route:

    python3 bench/fastapi_rps.py [SECONDS] [CONCURRENCY]

Needs the gatehouse package and examples/fastapi-app/requirements.txt installed.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def gatehouse_binary() -> str:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return os.environ.get("GATEHOUSE_BIN") or str(target / "debug" / "gatehouse")


def wait_for(path: Path, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError(f"{what} did not come up")
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def drive(url: str, headers: dict[str, str], seconds: float, concurrency: int) -> dict:
    done = 0
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        end = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done, errors
            while time.perf_counter() < end:
                response = await client.get(url, headers=headers)
                if response.status_code == 200:
                    done += 1
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"requests_per_second": round(done / elapsed, 1), "errors": errors}


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    with tempfile.TemporaryDirectory() as data_dir:
        ready = Path(data_dir) / "ready.json"
        dev = subprocess.Popen(
            [
                *(gatehouse_binary(), "dev", "--data-dir", data_dir),
                *("--port", "0", "--ready-file", str(ready)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        app = None
        try:
            wait_for(ready, dev, "gatehouse dev")
            project = json.loads(Path(json.loads(ready.read_text())["dev_json"]).read_text())
            login = httpx.post(
                f"{project['issuer']}/v1/login/password",
                json={
                    "organization": "acme",
                    "email": project["demo_user_email"],
                    "password": project["demo_user_password"],
                },
                timeout=10,
            )
            login.raise_for_status()
            token = login.json()["access_token"]
            port = free_port()
            env = {
                **os.environ,
                "GATEHOUSE_PUBLISHABLE_KEY": project["publishable_key"],
                "NOTES_DATABASE": str(Path(data_dir) / "notes.sqlite3"),
            }
            app = subprocess.Popen(
                [
                    *(sys.executable, "-m", "uvicorn", "app:app_from_environment", "--factory"),
                    *("--port", str(port), "--log-level", "warning", "--no-access-log"),
                ],
                cwd=ROOT / "examples" / "fastapi-app",
                env=env,
            )
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or app.poll() is not None:
                    raise RuntimeError("uvicorn did not come up")
                time.sleep(0.1)
            routes = [
                ("unprotected", f"{base}/healthz", {}),
                ("protected", f"{base}/notes", {"Authorization": f"Bearer {token}"}),
            ]
            for name, url, headers in routes:
                # Warm-up: connections, and the first request fetches the JWKS.
                asyncio.run(drive(url, headers, min(1.0, seconds), concurrency))
                result = asyncio.run(drive(url, headers, seconds, concurrency))
                print(json.dumps({"route": name, "concurrency": concurrency, **result}))
        finally:
            if app is not None:
                app.terminate()
                app.wait(timeout=10)
            dev.terminate()
            dev.wait(timeout=10)


if __name__ == "__main__":
    main()
