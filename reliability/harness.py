"""Shared parts of the fault harnesses (`reliability/replicas.py`, `reliability/sqlite_crash.py`):
`gatehouse serve` processes that can be SIGKILLed and restarted on the same address, and the
load clients that sign in, refresh and authenticate through them while keeping a ledger of
what the server acknowledged.

The ledger is what the checks compare the database against. A request is *acknowledged* when
its answer reached the client; a refresh whose answer was lost (connection reset, 502 from the
proxy, 5xx) is *in doubt*: the client retries it with the same token, as an OAuth client
would. If the first attempt had committed, the retry is reuse and the server revokes the
session (`server/domain/src/tokens.rs`); the client then signs in again, and the checks verify from
the `refresh_tokens` rows that every such revocation follows a consumption the client never
saw acknowledged.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import random
import signal
import socket
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

RETRYABLE_STATUSES = {500, 502, 503, 504}
PASSWORD = "reliability harness password 1"


def free_port() -> int:
    """A loopback port that was free a moment ago. Replicas keep their port across restarts
    (the proxy and the clients address them by it), which `gatehouse serve --listen` needs
    fixed in advance."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def token_hash(token: str) -> str:
    """The digest the server stores for a refresh token (`server/domain/src/secrets.rs`)."""
    return hashlib.sha256(token.encode()).hexdigest()


def unverified_claims(jwt: str) -> dict:
    """The payload of a token the harness itself just received from the server, for
    bookkeeping only (`sid`, `kid`); verification is the SDK's job."""
    payload = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def unverified_kid(jwt: str) -> str:
    header = jwt.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))["kid"]


class Replica:
    """One `gatehouse serve` process on a fixed loopback port, logging JSON lines to a file
    that survives its restarts (the job checks read every run's records)."""

    def __init__(self, name: str, binary: str, env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.binary = binary
        self.port = free_port()
        self.env = env
        self.log_path = log_dir / f"{name}.log"
        self.process: subprocess.Popen | None = None
        self.kills = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, **self.env, "GATEHOUSE_LISTEN": f"127.0.0.1:{self.port}"}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "--log-format", "json", "serve"],
                env=env,
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
            )

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, in-flight requests are cut."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.kills += 1

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    async def wait_healthy(self, session: aiohttp.ClientSession, timeout: float = 60) -> float:
        """Seconds until `/healthz` answered 200."""
        started = time.monotonic()
        while True:
            if not self.alive():
                raise RuntimeError(f"{self.name} exited; see {self.log_path}")
            try:
                async with session.get(
                    f"{self.url}/healthz", timeout=aiohttp.ClientTimeout(total=2)
                ) as r:
                    if r.status == 200:
                        return time.monotonic() - started
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"{self.name} not healthy after {timeout} s")
            await asyncio.sleep(0.05)

    def records(self) -> list[dict]:
        """Every JSON log record of every run of this replica."""
        out = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue  # a line cut by SIGKILL
        return out


@dataclass
class Stats:
    """Counts of one run, by operation and outcome."""

    ok: Counter = field(default_factory=Counter)
    retries: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    expected_refusals: Counter = field(default_factory=Counter)
    in_doubt_consumed: int = 0
    relogins_after_doubt: int = 0
    failure_examples: list[str] = field(default_factory=list)

    def fail(self, kind: str, detail: str) -> None:
        self.failures[kind] += 1
        if len(self.failure_examples) < 20:
            self.failure_examples.append(f"{kind}: {detail}")

    def summary(self) -> dict:
        return {
            "requests_ok": dict(self.ok),
            "requests_ok_total": sum(self.ok.values()),
            "retries": dict(self.retries),
            "retries_total": sum(self.retries.values()),
            "failures": dict(self.failures),
            "failures_total": sum(self.failures.values()),
            "expected_refusals": dict(self.expected_refusals),
            "in_doubt_refreshes_consumed": self.in_doubt_consumed,
            "relogins_after_in_doubt_refresh": self.relogins_after_doubt,
            "failure_examples": self.failure_examples,
        }


@dataclass
class Ledger:
    """What the server acknowledged to the clients."""

    sessions: set[str] = field(default_factory=set)
    # Refresh tokens that were answered 200 when presented: each must appear once.
    exchanged: set[str] = field(default_factory=set)
    double_exchanges: list[str] = field(default_factory=list)
    # Tokens presented, answered ambiguously, then refused as reused on retry.
    burned: list[tuple[str, str]] = field(default_factory=list)  # (session id, token)
    # Per client: its session and the last refresh token it holds (acknowledged).
    holders: dict[int, tuple[str, str]] = field(default_factory=dict)
    kids_seen: Counter = field(default_factory=Counter)


class Answer:
    """An HTTP answer, or the absence of one."""

    def __init__(self, status: int | None, body: dict | None, error: str | None = None) -> None:
        self.status = status
        self.body = body or {}
        self.error = error

    @property
    def ambiguous(self) -> bool:
        return self.status is None or self.status in RETRYABLE_STATUSES

    def describe(self) -> str:
        return self.error or f"{self.status} {json.dumps(self.body)[:200]}"


async def call(
    session: aiohttp.ClientSession, method: str, url: str, timeout: float = 10, **kwargs
) -> Answer:
    try:
        async with session.request(
            method, url, timeout=aiohttp.ClientTimeout(total=timeout), **kwargs
        ) as r:
            text = await r.text()
            try:
                body = json.loads(text) if text else {}
            except json.JSONDecodeError:
                body = {"text": text[:200]}
            return Answer(r.status, body if isinstance(body, dict) else {"value": body})
    except (aiohttp.ClientError, asyncio.TimeoutError) as err:
        return Answer(None, None, f"{type(err).__name__}: {err}")


@dataclass
class Project:
    api_url: str
    issuer: str
    project_id: str
    publishable_key: str
    secret_key: str
    org_slug: str = ""
    org_id: str = ""
    emails: list[str] = field(default_factory=list)

    @property
    def auth(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.secret_key}"}


async def provision(session: aiohttp.ClientSession, project: Project, users: int) -> None:
    """An organization and `users` users with passwords, through the API."""
    project.org_slug = "reliability"
    org = await call(
        session,
        "POST",
        f"{project.api_url}/v1/organizations",
        json={"name": "Reliability Inc.", "slug": project.org_slug},
        headers=project.auth,
    )
    if org.status != 201 and org.status != 200:
        raise RuntimeError(f"creating the organization: {org.describe()}")
    project.org_id = org.body["id"]
    for i in range(users):
        email = f"user{i}@reliability.example"
        created = await call(
            session,
            "POST",
            f"{project.api_url}/v1/users",
            json={
                "organization_id": project.org_id,
                "email": email,
                "password": PASSWORD,
                "email_verified": True,
            },
            headers=project.auth,
        )
        if created.status not in (200, 201):
            raise RuntimeError(f"creating {email}: {created.describe()}")
        project.emails.append(email)


class LoadClient:
    """One simulated application: signs in, then refreshes and authenticates in a loop
    (signing in again now and then), retrying what was not answered, through `base_url`."""

    def __init__(
        self,
        index: int,
        project: Project,
        base_url: str,
        session: aiohttp.ClientSession,
        stats: Stats,
        ledger: Ledger,
        verifier=None,
        retry_budget: float = 90,
    ) -> None:
        self.index = index
        self.project = project
        self.base_url = base_url
        self.session = session
        self.stats = stats
        self.ledger = ledger
        self.verifier = verifier
        self.retry_budget = retry_budget
        self.email = project.emails[index % len(project.emails)]
        self.refresh_token: str | None = None
        self.access_token: str | None = None
        self.sid: str | None = None
        self.rng = random.Random(index)
        # Kids revoked so far (shared), to tell a correct refusal from a failure.
        self.revoked_kids: set[str] = set()

    @property
    def issuer_url(self) -> str:
        return f"{self.base_url}/p/{self.project.project_id}"

    async def _retrying(self, op: str, send):
        """Sends until an answer that is not ambiguous, within the retry budget."""
        deadline = time.monotonic() + self.retry_budget
        attempts = 0
        while True:
            answer = await send()
            attempts += 1
            if not answer.ambiguous or time.monotonic() > deadline:
                return answer, attempts
            self.stats.retries[op] += 1
            await asyncio.sleep(min(0.05 * 2 ** min(attempts, 5), 1.0))

    async def login(self) -> bool:
        answer, _ = await self._retrying(
            "login",
            lambda: call(
                self.session,
                "POST",
                f"{self.issuer_url}/v1/login/password",
                json={
                    "organization": self.project.org_slug,
                    "email": self.email,
                    "password": PASSWORD,
                },
            ),
        )
        if answer.status != 200:
            self.stats.fail("login", answer.describe())
            return False
        self.stats.ok["login"] += 1
        self._accept(answer.body)
        return True

    def _accept(self, tokens: dict) -> None:
        self.access_token = tokens["access_token"]
        self.refresh_token = tokens["refresh_token"]
        self.sid = unverified_claims(self.access_token)["sid"]
        self.ledger.sessions.add(self.sid)
        self.ledger.holders[self.index] = (self.sid, self.refresh_token)
        self.ledger.kids_seen[unverified_kid(self.access_token)] += 1

    async def refresh(self) -> bool:
        """One refresh grant. False when the client had to sign in again or failed."""
        presented = self.refresh_token
        assert presented is not None
        answer, attempts = await self._retrying(
            "refresh",
            lambda: call(
                self.session,
                "POST",
                f"{self.issuer_url}/oauth/token",
                data={"grant_type": "refresh_token", "refresh_token": presented},
            ),
        )
        if answer.status == 200:
            if presented in self.ledger.exchanged:
                self.ledger.double_exchanges.append(presented)
            self.ledger.exchanged.add(presented)
            self.stats.ok["refresh"] += 1
            self._accept(answer.body)
            return True
        if answer.status == 400 and answer.body.get("error") == "invalid_grant" and attempts > 1:
            # An attempt that got no answer had consumed the token; the retry is reuse and
            # the session is gone. The checks confirm this from the database.
            self.ledger.burned.append((self.sid or "", presented))
            self.stats.in_doubt_consumed += 1
            if await self.login():
                self.stats.relogins_after_doubt += 1
            return False
        self.stats.fail("refresh", answer.describe())
        await self.login()
        return False

    async def authenticate(self) -> None:
        token = self.access_token
        assert token is not None
        kid = unverified_kid(token)
        answer, _ = await self._retrying(
            "authenticate",
            lambda: call(
                self.session,
                "POST",
                f"{self.project.api_url}/v1/authenticate",
                json={"credential": token},
                headers=self.project.auth,
            ),
        )
        if answer.status == 200:
            self.stats.ok["authenticate"] += 1
        elif answer.status == 401 and kid in self.revoked_kids:
            self.stats.expected_refusals["authenticate_revoked_key"] += 1
        else:
            self.stats.fail("authenticate", f"kid {kid}: {answer.describe()}")

    async def verify(self) -> None:
        """The Python SDK's verifier, following the JWKS behind the proxy."""
        if self.verifier is None:
            return
        token = self.access_token
        assert token is not None
        kid = unverified_kid(token)
        try:
            claims = await asyncio.to_thread(self.verifier.verify_access_token, token)
        except Exception as err:
            code = getattr(err, "code", type(err).__name__)
            # A token signed by a key revoked meanwhile is refused once the verifier has
            # refetched the JWKS: that is the revocation working, not a failure.
            if kid in self.revoked_kids and code in ("unknown_key", "invalid_signature"):
                self.stats.expected_refusals["sdk_verify_revoked_key"] += 1
            else:
                self.stats.fail("sdk_verify", f"kid {kid}: {code}: {err}")
            return
        if claims.session_id != unverified_claims(token)["sid"]:
            self.stats.fail("sdk_verify", "claims differ from the token")
            return
        self.stats.ok["sdk_verify"] += 1

    async def run(self, stop: asyncio.Event, relogin_every: int = 25) -> None:
        if not await self.login():
            return
        n = 0
        while not stop.is_set():
            n += 1
            if n % relogin_every == 0:
                await self.login()
            else:
                await self.refresh()
            await self.authenticate()
            await self.verify()
            await asyncio.sleep(self.rng.uniform(0, 0.02))
