"""Replica harness (issue 24 item 1): PostgreSQL and three `gatehouse serve` replicas sharing
one master key, behind the round-robin proxy of `reliability/proxy.py`, under sign-in,
refresh and authenticate load, while it:

- SIGKILLs a replica and restarts it on the same port;
- rotates the signing key and revokes the signing key twice (once promoting the scheduled
  successor, once with none, so a brand-new key signs at once), with the Python SDK's
  verifier following the JWKS through the proxy; the first revocation goes to one replica,
  and the other two are asked to authenticate a token of the revoked key until they refuse
  it: each must within the key-set bound of docs/operations.md ("Signing keys across
  replicas");
- stops PostgreSQL for a few seconds and starts it again, polling each replica's `/healthz`;
- races one refresh token on all three replicas at once;
- queues invitation mail, backdates signing keys of other projects so automatic rotation is
  due, and plants expired rows for the sweeper, to show each background job ran once.

Then it checks the ledger of the load clients against the database and the replicas' logs and
prints a JSON report (also written to `--out`). Exit status 1 when a check failed.

    python3 reliability/replicas.py --bin target/debug/gatehouse --pg-dir DIR ... [--long]

`scripts/test-replicas` starts PostgreSQL and calls it.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import aiohttp
from harness import (
    PASSWORD,
    Answer,
    Ledger,
    LoadClient,
    Project,
    Replica,
    Stats,
    call,
    provision,
    token_hash,
    unverified_claims,
    unverified_kid,
)
from proxy import RoundRobinProxy

CLIENTS = 8
# docs/operations.md, "Signing keys across replicas": another replica's revocation reaches a
# replica's key set within 1 s. The check allows polling and scheduling slack on top.
REVOCATION_REACH_BOUND = 1.0
REVOCATION_REACH_SLACK = 1.5
USERS = 8
ROTATION_PROJECTS = 3
PLANTED_SWEEP_ROWS = 40
INVITATIONS_PER_CYCLE = 10
REUSE_RACES_PER_CYCLE = 10
# The SDK refetches the JWKS for an unknown `kid` at most once per 30 s
# (`sdk-core/src/fetch.rs`); events that bring a new signing key are spaced further apart.
NEW_KEY_SPACING = 33
# `server/domain/src/workers/sweep.rs`: EVERY_SECONDS.
SWEEP_EVERY = 300


class Postgres:
    """The cluster `scripts/lib/postgres.sh` started, stopped and started again with the
    options it was started with (`postmaster.opts`)."""

    def __init__(self, bindir: str, data_dir: str) -> None:
        self.bindir = bindir
        self.data_dir = data_dir
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        opts = shlex.split(Path(data_dir, "postmaster.opts").read_text())
        self.options = shlex.join(opts[1:])

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.as_pg, f"{self.bindir}/pg_ctl", "-D", self.data_dir, *args],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        log = str(Path(self.data_dir).parent / "server.log")
        self._pg_ctl("-l", log, "-w", "-t", "60", "-o", self.options, "start")


def psql(url: str, sql: str) -> list[list[str]]:
    out = subprocess.run(
        ["psql", url, "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def gatehouse_json(binary: str, *args: str, env: dict[str, str]) -> dict:
    out = subprocess.run(
        [binary, *args], check=True, capture_output=True, text=True, env={**os.environ, **env}
    )
    return json.loads(out.stdout)


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="gatehouse-replicas."))
        self.db_url = args.database_url
        self.pg = Postgres(args.pg_bindir, args.pg_data)
        self.stats = Stats()
        self.ledger = Ledger()
        self.revoked_kids: set[str] = set()
        self.revocation_reach: list[dict] = []
        self.clients: list[LoadClient] = []
        self.events: list[dict] = []
        self.checks: list[tuple[bool, str]] = []
        self.t0 = 0.0

    def note(self, event: str, **fields) -> None:
        entry = {"t": round(time.monotonic() - self.t0, 2), "event": event, **fields}
        self.events.append(entry)
        print(json.dumps(entry), flush=True)

    def check(self, ok: bool, what: str) -> None:
        self.checks.append((ok, what))
        print(("PASS " if ok else "FAIL ") + what, flush=True)

    # -- setup -------------------------------------------------------------------------------

    async def setup(self, session: aiohttp.ClientSession) -> None:
        self.proxy = RoundRobinProxy([])
        proxy_port = await self.proxy.start()
        self.public_url = f"http://127.0.0.1:{proxy_port}"
        env = {
            "GATEHOUSE_DATABASE_URL": self.db_url,
            "GATEHOUSE_DATA_DIR": str(self.work / "cli"),
            "GATEHOUSE_PUBLIC_URL": self.public_url,
        }
        subprocess.run([self.args.bin, "migrate"], check=True, env={**os.environ, **env})
        created = gatehouse_json(
            self.args.bin, "project", "create", "--name", "Reliability", "--environment",
            "test", env=env,
        )  # fmt: skip
        self.project = Project(**created)
        self.rotation_projects = [
            gatehouse_json(self.args.bin, "project", "create", "--name", f"Rotation {i}", env=env)[
                "project_id"
            ]
            for i in range(ROTATION_PROJECTS)
        ]
        self.plant_sweep_rows("first")
        master_key = base64.b64encode(os.urandom(32)).decode()
        self.replicas = []
        for i in range(3):
            data_dir = self.work / f"replica{i}"
            data_dir.mkdir()
            replica_env = {
                **env,
                "GATEHOUSE_DATA_DIR": str(data_dir),
                "GATEHOUSE_MASTER_KEY": master_key,
                "GATEHOUSE_MAIL_LOG": "1",
                "GATEHOUSE_LOG": "info,sqlx=warn",
            }
            self.replicas.append(Replica(f"replica{i}", self.args.bin, replica_env, self.work))
        self.proxy.upstream_ports.extend(r.port for r in self.replicas)
        # All three start together, so they race for the first sweep.
        for replica in self.replicas:
            replica.start()
        await asyncio.gather(*(r.wait_healthy(session) for r in self.replicas))
        self.t0 = time.monotonic()
        self.note("replicas_healthy", ports=[r.port for r in self.replicas])
        await provision(session, self.project, USERS)
        await self.make_rotation_due(session)

    def plant_sweep_rows(self, batch: str) -> None:
        """Throttle rows two days past their window: the next sweep deletes them."""
        values = ", ".join(
            f"('reliability-sweep-{batch}-{i}', 1, {int(time.time()) - 2 * 86400}, NULL)"
            for i in range(PLANTED_SWEEP_ROWS)
        )
        psql(
            self.db_url,
            "INSERT INTO login_throttle (throttle_key, failures, window_started_at, "
            f"locked_until) VALUES {values}",
        )

    async def make_rotation_due(self, session: aiohttp.ClientSession) -> None:
        """Gives each rotation project a key (its first JWKS read creates one), then moves
        that key's activation 31 days back, past the 30-day rotation age."""
        for project_id in self.rotation_projects:
            answer = await call(
                session, "GET", f"{self.public_url}/p/{project_id}/.well-known/jwks.json"
            )
            if answer.status != 200:
                raise RuntimeError(f"JWKS of {project_id}: {answer.describe()}")
        ids = ", ".join(f"'{p}'" for p in self.rotation_projects)
        psql(
            self.db_url,
            "UPDATE signing_keys SET created_at = created_at - 2678400, "
            f"activates_at = activates_at - 2678400 WHERE project_id IN ({ids})",
        )
        self.note("rotation_made_due", projects=len(self.rotation_projects))

    # -- faults ------------------------------------------------------------------------------

    async def kill_and_restart(self, session: aiohttp.ClientSession, index: int) -> None:
        replica = self.replicas[index]
        replica.kill()
        self.note("replica_killed", replica=replica.name)
        await asyncio.sleep(1.5)
        restarted = time.monotonic()
        replica.start()
        await replica.wait_healthy(session)
        self.note(
            "replica_recovered",
            replica=replica.name,
            seconds_from_restart_to_healthy=round(time.monotonic() - restarted, 2),
        )

    async def signing_keys(self, session: aiohttp.ClientSession) -> list[dict]:
        answer = await self.admin(session, "GET", "/v1/signing_keys")
        return answer.body["data"]

    async def admin(self, session: aiohttp.ClientSession, method: str, path: str, **kw) -> Answer:
        """An operator's API call through the proxy, retried while unanswered."""
        for _ in range(100):
            answer = await call(
                session, method, f"{self.public_url}{path}", headers=self.project.auth, **kw
            )
            if not answer.ambiguous:
                return answer
            await asyncio.sleep(0.2)
        raise RuntimeError(f"{method} {path}: {answer.describe()}")

    async def rotate(self, session: aiohttp.ClientSession) -> None:
        answer = await self.admin(session, "POST", "/v1/signing_keys/rotate")
        self.note("key_rotation_scheduled", status=answer.status, kid=answer.body.get("id"))

    async def revoke_active(self, session: aiohttp.ClientSession) -> None:
        active = [k["id"] for k in await self.signing_keys(session) if k["state"] == "active"]
        for kid in active:
            self.revoked_kids.add(kid)
            answer = await self.admin(session, "POST", f"/v1/signing_keys/{kid}/revoke")
            self.note("key_revoked", kid=kid, status=answer.status)

    async def revoke_through_one_replica(self, session: aiohttp.ClientSession) -> None:
        """Revokes the signing key through replica 0 and times how long replicas 1 and 2
        still accept a token it signed (`POST /v1/authenticate`, polled every 50 ms)."""
        active = [k["id"] for k in await self.signing_keys(session) if k["state"] == "active"]
        tokens = {
            unverified_kid(c.access_token): c.access_token for c in self.clients if c.access_token
        }
        probe = next((tokens[kid] for kid in active if kid in tokens), None)
        if probe is None:
            self.note("revocation_reach_skipped", reason="no load token of the active key")
            await self.revoke_active(session)
            return
        kid = unverified_kid(probe)
        others = self.replicas[1:]
        for replica in others:
            answer = await self.authenticate_at(session, replica, probe)
            if answer.status != 200:
                self.note("revocation_reach_skipped", reason=f"{replica.name}: {answer.describe()}")
                await self.revoke_active(session)
                return
        self.revoked_kids.add(kid)
        answer = await call(
            session,
            "POST",
            f"{self.replicas[0].url}/v1/signing_keys/{kid}/revoke",
            headers=self.project.auth,
        )
        revoked = time.monotonic()
        self.note("key_revoked", kid=kid, status=answer.status, via=self.replicas[0].name)
        if answer.status != 200:
            via = self.replicas[0].name
            self.check(False, f"revoking {kid} through {via}: {answer.describe()}")
            return

        async def until_refused(replica: Replica) -> dict:
            deadline = revoked + REVOCATION_REACH_BOUND + REVOCATION_REACH_SLACK + 5
            while time.monotonic() < deadline:
                answer = await self.authenticate_at(session, replica, probe)
                if answer.status == 401:
                    code = answer.body.get("code") if isinstance(answer.body, dict) else None
                    return {
                        "replica": replica.name,
                        "seconds": round(time.monotonic() - revoked, 3),
                        "code": code,
                    }
                await asyncio.sleep(0.05)
            return {"replica": replica.name, "seconds": None, "code": None}

        reach = await asyncio.gather(*(until_refused(r) for r in others))
        self.revocation_reach.extend(reach)
        self.note("revocation_reach", kid=kid, replicas=reach)
        for row in reach:
            self.check(
                row["seconds"] is not None
                and row["seconds"] <= REVOCATION_REACH_BOUND + REVOCATION_REACH_SLACK
                and row["code"] in ("unknown_key", "invalid_signature"),
                f"{row['replica']} refused a token of the key revoked through "
                f"{self.replicas[0].name} after {row['seconds']} s ({row['code']}; bound "
                f"{REVOCATION_REACH_BOUND} s + {REVOCATION_REACH_SLACK} s slack)",
            )

    async def authenticate_at(
        self, session: aiohttp.ClientSession, replica: Replica, token: str
    ) -> Answer:
        return await call(
            session,
            "POST",
            f"{replica.url}/v1/authenticate",
            json={"credential": token},
            headers=self.project.auth,
        )

    async def restart_postgres(self, session: aiohttp.ClientSession) -> None:
        seen: dict[str, list[int | None]] = {r.name: [] for r in self.replicas}
        first_503: dict[str, float] = {}
        self.pg.stop()
        stopped = time.monotonic()
        self.note("postgres_stopped")
        while time.monotonic() - stopped < self.args.pg_outage:
            answers = await asyncio.gather(
                *(call(session, "GET", f"{r.url}/healthz", timeout=5) for r in self.replicas)
            )
            for replica, answer in zip(self.replicas, answers):
                seen[replica.name].append(answer.status)
                if answer.status == 503 and replica.name not in first_503:
                    first_503[replica.name] = round(time.monotonic() - stopped, 2)
            await asyncio.sleep(0.2)
        self.pg.start()
        started = time.monotonic()
        self.note("postgres_started")
        for replica in self.replicas:
            await replica.wait_healthy(session)
        recovery = time.monotonic() - started
        ok_before = sum(self.stats.ok.values())
        while sum(self.stats.ok.values()) == ok_before:
            await asyncio.sleep(0.05)
        self.note(
            "postgres_recovered",
            seconds_to_all_healthy=round(recovery, 2),
            seconds_to_first_success=round(time.monotonic() - started, 2),
            seconds_from_stop_to_first_503=first_503,
            healthz_during_outage={
                name: {str(k): statuses.count(k) for k in set(statuses)}
                for name, statuses in seen.items()
            },
        )
        for name, statuses in seen.items():
            # The first polls may still find a pooled connection the stop has not cut yet.
            late = statuses[len(statuses) // 4 :]
            self.check(
                bool(late) and all(s == 503 for s in late),
                f"{name} /healthz answered 503 during the outage ({statuses.count(503)} of "
                f"{len(statuses)} polls; the rest {sorted(set(statuses) - {503}, key=str)})",
            )

    async def reuse_race(self, session: aiohttp.ClientSession, round_no: int) -> None:
        """One refresh token presented to the three replicas at the same moment."""
        email = self.project.emails[round_no % len(self.project.emails)]
        issuer_path = f"/p/{self.project.project_id}"
        login = await call(
            session,
            "POST",
            f"{self.replicas[round_no % 3].url}{issuer_path}/v1/login/password",
            json={"organization": self.project.org_slug, "email": email,
                  "password": PASSWORD},
        )  # fmt: skip
        if login.status != 200:
            self.stats.fail("reuse_race_login", login.describe())
            return
        token = login.body["refresh_token"]
        answers = await asyncio.gather(
            *(
                call(
                    session,
                    "POST",
                    f"{r.url}{issuer_path}/oauth/token",
                    data={"grant_type": "refresh_token", "refresh_token": token},
                )
                for r in self.replicas
            )
        )
        winners = [a for a in answers if a.status == 200]
        losers = [a for a in answers if a.status == 400 and a.body.get("error") == "invalid_grant"]
        self.stats.ok["reuse_race"] += 1
        if len(winners) > 1 or len(winners) + len(losers) != 3:
            self.stats.fail("reuse_race", " | ".join(a.describe() for a in answers))
            return
        if winners:
            # The family is revoked: the winner's successor is refused too.
            follow = await call(
                session,
                "POST",
                f"{self.public_url}{issuer_path}/oauth/token",
                data={"grant_type": "refresh_token",
                      "refresh_token": winners[0].body["refresh_token"]},
            )  # fmt: skip
            if follow.status != 400:
                self.stats.fail("reuse_race_successor", follow.describe())
        sid = unverified_claims(login.body["access_token"])["sid"]
        self.race_sessions.append(sid)

    async def invite(self, session: aiohttp.ClientSession, cycle: int) -> None:
        for i in range(INVITATIONS_PER_CYCLE):
            email = f"invitee{cycle}-{i}@reliability.example"
            answer = await self.admin(
                session,
                "POST",
                f"/v1/organizations/{self.project.org_id}/invitations",
                json={"email": email},
            )
            if answer.status not in (200, 201):
                self.stats.fail("invite", answer.describe())
            else:
                self.invitees.append(email)
        self.note("invitations_created", count=INVITATIONS_PER_CYCLE)

    # -- the run -----------------------------------------------------------------------------

    async def cycle(self, session: aiohttp.ClientSession, n: int, start: float) -> None:
        async def at(offset: float) -> None:
            await asyncio.sleep(max(0.0, start + offset - time.monotonic()))

        await at(6)
        await self.kill_and_restart(session, n % 3)
        await at(14)
        await self.rotate(session)
        await at(18)
        for i in range(REUSE_RACES_PER_CYCLE):
            await self.reuse_race(session, n * REUSE_RACES_PER_CYCLE + i)
        self.note("reuse_races_done", count=REUSE_RACES_PER_CYCLE)
        await at(24)
        await self.invite(session, n)
        await at(14 + NEW_KEY_SPACING)
        await self.revoke_through_one_replica(session)
        await at(58)
        await self.restart_postgres(session)
        await at(14 + 2 * NEW_KEY_SPACING + 2)
        await self.revoke_active(session)
        await at(92)
        await self.kill_and_restart(session, (n + 1) % 3)
        await at(100)

    async def main(self) -> int:
        import gatehouse

        self.race_sessions: list[str] = []
        self.invitees: list[str] = []
        connector = aiohttp.TCPConnector(limit=64)
        async with aiohttp.ClientSession(connector=connector) as session:
            try:
                await self.setup(session)
                verifier = gatehouse.Client(self.project.publishable_key)
                stop = asyncio.Event()
                clients = []
                for i in range(CLIENTS):
                    client = LoadClient(
                        i, self.project, self.public_url, session, self.stats, self.ledger,
                        verifier=verifier,
                    )  # fmt: skip
                    client.revoked_kids = self.revoked_kids
                    clients.append(client)
                self.clients = clients
                load = [asyncio.create_task(c.run(stop)) for c in clients]
                await asyncio.sleep(2)
                cycles = self.args.cycles
                for n in range(cycles):
                    if n > 0 and n * 100 >= 200 and not getattr(self, "second_batch", False):
                        # After the first sweep and before the next due time (5 minutes).
                        self.plant_sweep_rows("second")
                        self.second_batch = True
                        self.note("sweep_rows_planted", batch="second")
                    await self.cycle(session, n, time.monotonic())
                if getattr(self, "second_batch", False):
                    await self.wait_for_second_sweep()
                stop.set()
                await asyncio.gather(*load)
                self.note("load_stopped")
                await self.final_refresh(session, clients)
                self.verify_database()
                self.verify_jobs()
            finally:
                for replica in self.replicas if hasattr(self, "replicas") else []:
                    replica.stop()
                await self.proxy.close()
        return self.report()

    async def wait_for_second_sweep(self) -> None:
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline:
            rows = psql(
                self.db_url,
                "SELECT count(*) FROM login_throttle WHERE throttle_key LIKE "
                "'reliability-sweep-second-%'",
            )
            if rows[0][0] == "0":
                return
            await asyncio.sleep(5)

    async def final_refresh(self, session: aiohttp.ClientSession, clients: list) -> None:
        """Every client's last acknowledged refresh token still works: no family was lost."""
        lost = []
        for client in clients:
            if client.refresh_token is None:
                continue
            answer = await call(
                session,
                "POST",
                f"{client.issuer_url}/oauth/token",
                data={"grant_type": "refresh_token", "refresh_token": client.refresh_token},
            )
            if answer.status != 200:
                lost.append(answer.describe())
        self.check(not lost, f"every client's last refresh token still refreshes ({lost[:3]})")

    def verify_database(self) -> None:
        ledger = self.ledger
        self.check(
            not ledger.double_exchanges,
            f"no refresh token was exchanged twice ({len(ledger.exchanged)} exchanged, "
            f"{len(ledger.double_exchanges)} twice)",
        )
        ids = list(ledger.sessions)
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ", ".join(f"'{s}'" for s in ids[start : start + 500])
            for sid, revoked, reason in psql(
                self.db_url,
                "SELECT id, coalesce(revoked_at::text, ''), coalesce(revoked_reason, '') "
                f"FROM sessions WHERE id IN ({chunk})",
            ):
                found[sid] = (revoked, reason)
        missing = [s for s in ids if s not in found]
        self.check(
            not missing, f"every acknowledged session is stored ({len(ids)}, {len(missing)} lost)"
        )
        burned_sessions = {sid for sid, _ in ledger.burned}
        unexplained = [
            s for s, (revoked, _) in found.items() if revoked and s not in burned_sessions
        ]
        self.check(
            not unexplained,
            f"no load session was revoked except after an in-doubt refresh ({unexplained[:3]})",
        )
        for sid, token in ledger.burned:
            rows = psql(
                self.db_url,
                f"SELECT coalesce(used_at::text, '') FROM refresh_tokens "
                f"WHERE token_hash = '{token_hash(token)}'",
            )
            reason = found.get(sid, ("", ""))[1]
            self.check(
                bool(rows) and rows[0][0] != "" and reason == "refresh_token_reuse",
                f"in-doubt refresh of {sid}: the token had been consumed and the session "
                f"was revoked for reuse ({rows}, {reason!r})",
            )
        chunk = ", ".join(f"'{s}'" for s in self.race_sessions) or "''"
        race_rows = psql(
            self.db_url,
            f"SELECT count(*) FROM sessions WHERE id IN ({chunk}) "
            "AND revoked_reason = 'refresh_token_reuse'",
        )
        self.check(
            int(race_rows[0][0]) == len(self.race_sessions),
            f"every raced session was revoked for reuse ({race_rows[0][0]} of "
            f"{len(self.race_sessions)})",
        )
        self.check(
            sum(self.stats.failures.values()) == 0,
            f"no request failed ({dict(self.stats.failures)}; {self.stats.failure_examples[:5]})",
        )
        self.check(
            self.stats.ok["sdk_verify"] > 0 and self.stats.ok["refresh"] > 0,
            "the load ran (refreshes and SDK verifications succeeded)",
        )
        kids = set(ledger.kids_seen)
        self.check(
            len(kids) >= 1 + len(self.revoked_kids),
            f"tokens were signed by {len(kids)} keys across the rotations",
        )

    def verify_jobs(self) -> None:
        records = [(r.name, rec) for r in self.replicas for rec in r.records()]

        def message(rec: dict) -> str:
            return str(rec.get("fields", {}).get("message", ""))

        # Outbox: each invitation mail sent exactly once across the replicas.
        sent: dict[str, int] = {}
        for _, rec in records:
            if message(rec).startswith("email (not sent"):
                to = rec["fields"].get("to", "")
                sent[to] = sent.get(to, 0) + 1
        counts = [sent.get(e, 0) for e in self.invitees]
        self.check(
            bool(counts) and all(c == 1 for c in counts),
            f"each of {len(self.invitees)} invitation mails was sent exactly once "
            f"(send counts {sorted(set(counts))})",
        )
        rows = psql(
            self.db_url,
            "SELECT count(*), count(delivered_at), coalesce(max(attempts), 0) FROM outbox "
            "WHERE kind = 'mail'",
        )
        total, delivered, max_attempts = map(int, rows[0])
        self.check(
            total == len(self.invitees) and delivered == total and max_attempts == 1,
            f"outbox: {delivered} of {total} mail rows delivered, at most {max_attempts} attempt",
        )
        # Sweeps: runs at least SWEEP_EVERY apart (one per due time), and the planted rows of
        # each batch deleted by exactly one run.
        runs = []
        for name, rec in records:
            if message(rec) == "sweep finished":
                report = str(rec["fields"].get("report", ""))
                found = re.search(r'"login_throttle", (\d+)', report)
                at = datetime.fromisoformat(rec["timestamp"]).timestamp()
                runs.append((at, name, int(found.group(1)) if found else 0))
        runs.sort()
        gaps = [round(b[0] - a[0], 1) for a, b in zip(runs, runs[1:])]
        batches = 2 if getattr(self, "second_batch", False) else 1
        planted = [n for _, _, n in runs if n > 0]
        self.check(
            bool(runs) and all(g >= SWEEP_EVERY - 1 for g in gaps),
            f"the sweep ran once per due time: {len(runs)} runs on "
            f"{sorted({n for _, n, _ in runs})}, {gaps} s apart",
        )
        self.check(
            planted == [PLANTED_SWEEP_ROWS] * batches,
            f"each planted batch was deleted by one run ({planted}, {batches} batches)",
        )
        left = psql(
            self.db_url,
            "SELECT count(*) FROM login_throttle WHERE throttle_key LIKE 'reliability-sweep-%'",
        )
        self.check(left[0][0] == "0", f"planted expired rows are gone ({left[0][0]} left)")
        # Rotation: each due project rotated once, whichever replica saw it first.
        rotations: dict[str, int] = {}
        for _, rec in records:
            if message(rec) == "automatic key rotation":
                project = rec["fields"].get("project", "")
                rotations[project] = rotations.get(project, 0) + 1
        for project_id in self.rotation_projects:
            keys = psql(
                self.db_url, f"SELECT count(*) FROM signing_keys WHERE project_id = '{project_id}'"
            )
            self.check(
                rotations.get(project_id) == 1 and keys[0][0] == "2",
                f"{project_id}: rotated once ({rotations.get(project_id, 0)} rotations, "
                f"{keys[0][0]} keys)",
            )

    def report(self) -> int:
        failed = [what for ok, what in self.checks if not ok]
        report = {
            "mode": "long" if self.args.cycles > 1 else "ci",
            "cycles": self.args.cycles,
            "clients": CLIENTS,
            "replica_kills": sum(r.kills for r in self.replicas),
            "proxy": dict(self.proxy.counts),
            "signing_keys_seen": len(self.ledger.kids_seen),
            "revoked_keys": len(self.revoked_kids),
            "revocation_reach_seconds": self.revocation_reach,
            "acknowledged_sessions": len(self.ledger.sessions),
            "refresh_tokens_exchanged": len(self.ledger.exchanged),
            "reuse_races": len(self.race_sessions),
            "invitation_mails": len(self.invitees),
            **self.stats.summary(),
            "events": self.events,
            "checks_passed": len(self.checks) - len(failed),
            "checks_failed": failed,
        }
        if self.args.out:
            Path(self.args.out).write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps({k: v for k, v in report.items() if k != "events"}, indent=2))
        return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True, help="the gatehouse binary")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--pg-bindir", required=True)
    parser.add_argument("--pg-data", required=True, help="the cluster's data directory")
    parser.add_argument("--cycles", type=int, default=1, help="fault cycles of 100 s each")
    parser.add_argument("--pg-outage", type=float, default=5.0, help="seconds PostgreSQL is down")
    parser.add_argument("--out", help="write the JSON report here")
    args = parser.parse_args()
    return asyncio.run(Run(args).main())


if __name__ == "__main__":
    sys.exit(main())
