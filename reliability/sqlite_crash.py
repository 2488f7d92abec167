"""SQLite crash safety (issue 24 item 2): one `gatehouse serve` on SQLite under sign-in and
refresh load is SIGKILLed again and again. After each kill, before the restart, SQLite's
`PRAGMA integrity_check` must answer `ok` and every session the server had acknowledged must
be in the database; after the restart the clients carry on with the refresh tokens they hold
(a refresh token acknowledged before the kill that the database forgot fails their next
refresh). At the end every client's last token must still refresh and no token may have been
exchanged twice. Prints a JSON report; exit status 1 when a check failed.

    python3 reliability/sqlite_crash.py --bin target/debug/gatehouse [--kills 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from harness import Ledger, LoadClient, Project, Replica, Stats, call, provision, token_hash

CLIENTS = 6
USERS = 6


def integrity(path: Path) -> tuple[str, set[str]]:
    """`PRAGMA integrity_check` and the stored session ids, as a fresh process sees them."""
    db = sqlite3.connect(path)
    try:
        result = "; ".join(row[0] for row in db.execute("PRAGMA integrity_check"))
        sessions = {row[0] for row in db.execute("SELECT id FROM sessions")}
        return result, sessions
    finally:
        db.close()


async def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="gatehouse-sqlite-crash."))
    data_dir = work / "data"
    data_dir.mkdir()
    db_path = data_dir / "gatehouse.db"
    env = {
        "GATEHOUSE_DATA_DIR": str(data_dir),
        "GATEHOUSE_DATABASE_URL": f"sqlite://{db_path}?mode=rwc",
        "GATEHOUSE_MAIL_LOG": "1",
    }
    replica = Replica("sqlite", args.bin, env, work)
    replica.env["GATEHOUSE_PUBLIC_URL"] = replica.url
    created = subprocess.run(
        [args.bin, "project", "create", "--name", "Crash", "--environment", "test"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **replica.env},
    )
    project = Project(**json.loads(created.stdout))
    stats, ledger = Stats(), Ledger()
    checks: list[tuple[bool, str]] = []
    kills: list[dict] = []

    def check(ok: bool, what: str) -> None:
        checks.append((ok, what))
        print(("PASS " if ok else "FAIL ") + what, flush=True)

    rng = random.Random(args.seed)
    async with aiohttp.ClientSession() as session:
        replica.start()
        try:
            await replica.wait_healthy(session)
            await provision(session, project, USERS)
            stop = asyncio.Event()
            clients = [
                LoadClient(i, project, replica.url, session, stats, ledger, retry_budget=60)
                for i in range(CLIENTS)
            ]
            load = [asyncio.create_task(c.run(stop, relogin_every=10)) for c in clients]
            for n in range(args.kills):
                await asyncio.sleep(rng.uniform(1.5, 4.0))
                acknowledged = set(ledger.sessions)
                writes = stats.ok["refresh"] + stats.ok["login"]
                replica.kill()
                result, stored = integrity(db_path)
                lost = acknowledged - stored
                restarted = time.monotonic()
                replica.start()
                await replica.wait_healthy(session)
                kills.append(
                    {
                        "kill": n + 1,
                        "writes_acknowledged_before": writes,
                        "integrity_check": result,
                        "sessions_acknowledged": len(acknowledged),
                        "sessions_lost": len(lost),
                        "seconds_to_healthy": round(time.monotonic() - restarted, 2),
                    }
                )
                print(json.dumps(kills[-1]), flush=True)
                check(result == "ok", f"kill {n + 1}: integrity_check {result!r}")
                kept = len(acknowledged) - len(lost)
                check(not lost, f"kill {n + 1}: {kept} sessions kept, {len(lost)} lost")
            await asyncio.sleep(1)
            stop.set()
            await asyncio.gather(*load)
            lost_families = []
            for client in clients:
                answer = await call(
                    session,
                    "POST",
                    f"{client.issuer_url}/oauth/token",
                    data={"grant_type": "refresh_token", "refresh_token": client.refresh_token},
                )
                if answer.status != 200:
                    lost_families.append(answer.describe())
            check(not lost_families, f"every client's last refresh token works ({lost_families})")
        finally:
            replica.stop()
    db = sqlite3.connect(db_path)
    try:
        for sid, token in ledger.burned:
            row = db.execute(
                "SELECT used_at FROM refresh_tokens WHERE token_hash = ?", (token_hash(token),)
            ).fetchone()
            check(
                row is not None and row[0] is not None,
                f"in-doubt refresh of {sid}: the token had been consumed",
            )
    finally:
        db.close()
    exchanged = len(ledger.exchanged)
    check(not ledger.double_exchanges, f"no refresh token exchanged twice ({exchanged})")
    check(sum(stats.failures.values()) == 0, f"no request failed {stats.failure_examples[:5]}")
    check(stats.ok["refresh"] > 0, "the load ran")
    failed = [what for ok, what in checks if not ok]
    report = {
        "kills": kills,
        "acknowledged_sessions": len(ledger.sessions),
        "refresh_tokens_exchanged": len(ledger.exchanged),
        **stats.summary(),
        "checks_passed": len(checks) - len(failed),
        "checks_failed": failed,
    }
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True, help="the gatehouse binary")
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--out", help="write the JSON report here")
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
