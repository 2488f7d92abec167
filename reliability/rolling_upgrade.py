"""Rolling upgrade on PostgreSQL (issue 24 item 8): the previous version and this one side by
side on one database while the new one's migrations run, under sign-in, refresh and
authenticate load through the round-robin proxy of `reliability/proxy.py`.

1. Two replicas of the OLD binary migrate the database and serve; load starts.
2. A replica of the NEW binary starts: it applies its migrations while the old replicas
   keep serving, and joins the proxy.
3. Tokens cross versions: a session opened on an old replica is refreshed on the new one and
   back, and its access tokens are authenticated by both.
4. The old replicas are replaced one at a time by new ones (SIGTERM, then start).

Checks: the new binary applied at least one migration the old one did not have (otherwise the
run proves nothing and fails); no request failed once retried; no refresh token was answered
200 twice; every cross-version step succeeded; every client's last refresh token still
refreshes at the end. A JSON report is printed (and written to `--out`).

    python3 reliability/rolling_upgrade.py --old-bin OLD --new-bin NEW --database-url URL

`scripts/test-rolling-upgrade` builds the old version and starts PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from harness import PASSWORD, Ledger, LoadClient, Project, Replica, Stats, call, provision
from proxy import RoundRobinProxy
from replicas import gatehouse_json, psql

CLIENTS = 6
USERS = 6
# Seconds of load in each phase.
PHASE = 8


class Upgrade:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="gatehouse-upgrade."))
        self.stats = Stats()
        self.ledger = Ledger()
        self.checks: list[tuple[bool, str]] = []
        self.events: list[dict] = []
        self.t0 = time.monotonic()

    def note(self, event: str, **fields) -> None:
        entry = {"t": round(time.monotonic() - self.t0, 2), "event": event, **fields}
        self.events.append(entry)
        print(json.dumps(entry), flush=True)

    def check(self, ok: bool, what: str) -> None:
        self.checks.append((ok, what))
        print(("PASS " if ok else "FAIL ") + what, flush=True)

    def applied(self) -> list[int]:
        rows = psql(
            self.args.database_url,
            "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version",
        )
        return [int(row[0]) for row in rows]

    def replica(self, name: str, binary: str) -> Replica:
        data_dir = self.work / name
        data_dir.mkdir()
        env = {
            **self.env,
            "GATEHOUSE_DATA_DIR": str(data_dir),
            "GATEHOUSE_MASTER_KEY": self.master_key,
            "GATEHOUSE_LOG": "info,sqlx=warn",
            "GATEHOUSE_MAIL_LOG": "1",
        }
        return Replica(name, binary, env, self.work)

    async def cross_versions(
        self, session: aiohttp.ClientSession, old: Replica, new: Replica
    ) -> None:
        """Sign in on `old`, refresh on `new`, refresh on `old` again, authenticate each
        access token on both."""
        project = self.project
        login = await call(
            session,
            "POST",
            f"{old.url}/p/{project.project_id}/v1/login/password",
            json={
                "organization": project.org_slug,
                "email": project.emails[0],
                "password": PASSWORD,
            },
        )
        self.check(login.status == 200, f"sign-in on the old version: {login.describe()[:120]}")
        if login.status != 200:
            return
        tokens = login.body
        for step, replica in (("new", new), ("old", old)):
            refreshed = await call(
                session,
                "POST",
                f"{replica.url}/p/{project.project_id}/oauth/token",
                data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
            )
            self.check(
                refreshed.status == 200,
                f"refresh on the {step} version of a token the other issued: "
                f"{refreshed.describe()[:120]}",
            )
            if refreshed.status != 200:
                return
            tokens = refreshed.body
            for name, other in (("old", old), ("new", new)):
                checked = await call(
                    session,
                    "POST",
                    f"{other.url}/v1/authenticate",
                    json={"credential": tokens["access_token"]},
                    headers=project.auth,
                )
                self.check(
                    checked.status == 200,
                    f"an access token issued by the {step} version authenticated by the "
                    f"{name} one: {checked.describe()[:120]}",
                )

    async def run(self) -> int:
        old_bin, new_bin = self.args.old_bin, self.args.new_bin
        proxy = RoundRobinProxy([])
        proxy_port = await proxy.start()
        self.env = {
            "GATEHOUSE_DATABASE_URL": self.args.database_url,
            "GATEHOUSE_DATA_DIR": str(self.work / "cli"),
            "GATEHOUSE_PUBLIC_URL": f"http://127.0.0.1:{proxy_port}",
        }
        subprocess.run([old_bin, "migrate"], check=True, env={**os.environ, **self.env})
        before = self.applied()
        self.project = Project(
            **gatehouse_json(old_bin, "project", "create", "--name", "Upgrade", env=self.env)
        )
        self.master_key = base64.b64encode(os.urandom(32)).decode()
        olds = [self.replica(f"old{i}", old_bin) for i in range(2)]
        news: list[Replica] = []
        stop = asyncio.Event()
        async with aiohttp.ClientSession() as session:
            try:
                for replica in olds:
                    replica.start()
                await asyncio.gather(*(r.wait_healthy(session) for r in olds))
                proxy.upstream_ports.extend(r.port for r in olds)
                self.note("old_replicas_healthy", migrations=before)
                await provision(session, self.project, USERS)
                clients = [
                    LoadClient(i, self.project, self.env["GATEHOUSE_PUBLIC_URL"], session,
                               self.stats, self.ledger)
                    for i in range(CLIENTS)
                ]  # fmt: skip
                load = [asyncio.create_task(c.run(stop)) for c in clients]
                await asyncio.sleep(PHASE)

                new0 = self.replica("new0", new_bin)
                news.append(new0)
                new0.start()
                seconds = await new0.wait_healthy(session, timeout=120)
                after = self.applied()
                added = [v for v in after if v not in before]
                self.note("new_replica_healthy", seconds=round(seconds, 2), migrations_added=added)
                self.check(
                    bool(added),
                    f"the new version applied migrations the old one lacks: {added}",
                )
                proxy.upstream_ports.append(new0.port)
                ok_before_mixed = sum(self.stats.ok.values())
                await self.cross_versions(session, olds[0], new0)
                await asyncio.sleep(PHASE)
                self.check(
                    all(r.alive() for r in olds),
                    "the old replicas kept running on the migrated schema",
                )
                self.note("mixed_phase", requests_ok=sum(self.stats.ok.values()) - ok_before_mixed)

                for i, old in enumerate(olds, start=1):
                    proxy.upstream_ports.remove(old.port)
                    old.stop()
                    replacement = self.replica(f"new{i}", new_bin)
                    news.append(replacement)
                    replacement.start()
                    await replacement.wait_healthy(session)
                    proxy.upstream_ports.append(replacement.port)
                    self.note("replaced", old=old.name, new=replacement.name)
                    await asyncio.sleep(PHASE / 2)
                await asyncio.sleep(PHASE / 2)
                stop.set()
                await asyncio.gather(*load)

                # Every client's last refresh token still works on the new version.
                for index, (_, token) in sorted(self.ledger.holders.items()):
                    answer = await call(
                        session,
                        "POST",
                        f"{news[-1].url}/p/{self.project.project_id}/oauth/token",
                        data={"grant_type": "refresh_token", "refresh_token": token},
                    )
                    self.check(
                        answer.status == 200,
                        f"client {index}'s last refresh token refreshes on the new version",
                    )
            finally:
                stop.set()
                for replica in olds + news:
                    replica.stop()
                await proxy.close()

        summary = self.stats.summary()
        self.check(summary["failures_total"] == 0, f"no request failed: {summary['failures']}")
        self.check(
            not self.ledger.double_exchanges,
            f"no refresh token answered twice ({len(self.ledger.double_exchanges)})",
        )
        passed = all(ok for ok, _ in self.checks)
        report = {
            "old_bin": old_bin,
            "new_bin": new_bin,
            "migrations_before": before,
            "events": self.events,
            "load": summary,
            "checks": [{"ok": ok, "what": what} for ok, what in self.checks],
            "passed": passed,
        }
        print(json.dumps(report, indent=2))
        if self.args.out:
            Path(self.args.out).write_text(json.dumps(report, indent=2) + "\n")
        return 0 if passed else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old-bin", required=True)
    parser.add_argument("--new-bin", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--out")
    return asyncio.run(Upgrade(parser.parse_args()).run())


if __name__ == "__main__":
    sys.exit(main())
