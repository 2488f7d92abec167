"""Bulk loader for the scale benchmark: adds users and sessions straight into a Gatehouse
database (SQLite or PostgreSQL), next to an organization that `gatehouse-bench provision`
created through the API.

    python3 bench/seed.py --database sqlite:///path/gatehouse.db --users 100000 --sessions 10000
    python3 bench/seed.py --database postgres://postgres@127.0.0.1:5432/db --users 1000000

It tops the tables up to the totals given, so it is called once per step with growing numbers.
Seeded users are `user{i}@scale.example` in the organization of `bench@bench.example`, and all
share that user's stored password credential (`user_credentials`): hashing a million passwords
with argon2id (19 MiB, two passes) would take hours, and a login costs one verification
whichever hash it meets. Sessions
belong to seeded users, each with one live refresh token (a digest of a random value nobody
holds), so they grow the tables the refresh grant reads and writes. Identifiers follow the
server's format (prefix and lowercase ULID). SQLite is written with Python's `sqlite3`,
PostgreSQL with `psql` and `COPY`, in batches, while the server keeps running. Prints one JSON
object: what was added, how long it took and the database size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
SEED_EMAIL = "bench@bench.example"
BATCH = 50_000


def ulid(millis: int, serial: int) -> str:
    """A lowercase ULID: 48-bit time, then 80 bits from `serial` (unique per row)."""
    value = (millis << 80) | (serial & ((1 << 80) - 1))
    chars = []
    for _ in range(26):
        chars.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def user_id(i: int, millis: int) -> str:
    return "user_" + ulid(millis, (1 << 79) | i)


def user_rows(start: int, end: int, project: str, org: str, now: int) -> Iterator[tuple]:
    millis = now * 1000
    for i in range(start, end):
        yield (
            user_id(i, millis),
            project,
            org,
            f"user{i}@scale.example",
            1,
            now,
            now,
        )


def credential_rows(
    start: int, end: int, project: str, password: tuple[str, str, str], now: int
) -> Iterator[tuple]:
    """Password credentials of seeded users, with ids derived from theirs (as migration 0014
    derives them)."""
    millis = now * 1000
    for i in range(start, end):
        user = user_id(i, millis)
        yield ("cred_" + user.removeprefix("user_"), project, user, "password", *password, now, now)


def session_rows(
    start: int, end: int, users: int, project: str, org: str, now: int, first_user_millis: int
) -> Iterator[tuple[tuple, tuple]]:
    millis = now * 1000
    for i in range(start, end):
        session = "sess_" + ulid(millis, (1 << 78) | i)
        digest = hashlib.sha256(os.urandom(32)).hexdigest()
        yield (
            (
                session,
                project,
                org,
                user_id(i % users, first_user_millis),
                '["pwd"]',
                now,
                now,
                now + 30 * 86400,
            ),
            (digest, session, project, now),
        )


USER_COLUMNS = "id, project_id, organization_id, email, email_verified, created_at, updated_at"
CREDENTIAL_COLUMNS = (
    "id, project_id, user_id, kind, secret, algorithm, params, created_at, updated_at"
)
SESSION_COLUMNS = (
    "id, project_id, organization_id, user_id, amr, created_at, last_seen_at, expires_at"
)
TOKEN_COLUMNS = "token_hash, session_id, project_id, created_at"


class Sqlite:
    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=60)
        self.db.execute("PRAGMA busy_timeout = 60000")

    def one(self, sql: str, *args: object) -> tuple:
        row = self.db.execute(sql.replace("%s", "?"), args).fetchone()
        if row is None:
            raise SystemExit(f"no row for {sql}")
        return row

    def insert(self, table: str, columns: str, rows: list[tuple]) -> None:
        marks = ", ".join("?" * len(rows[0]))
        with self.db:
            self.db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)

    def finish(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def size(self) -> int:
        return sum(
            Path(self.path + suffix).stat().st_size
            for suffix in ("", "-wal")
            if Path(self.path + suffix).exists()
        )


class Postgres:
    def __init__(self, url: str) -> None:
        self.url = url

    def psql(self, *args: str, stdin: str | None = None) -> str:
        return subprocess.run(
            ["psql", self.url, "-v", "ON_ERROR_STOP=1", "-qAtX", *args],
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def one(self, sql: str, *args: object) -> tuple:
        # Only called with values this script controls (numbers, fixed emails).
        for arg in args:
            sql = sql.replace("%s", "'" + str(arg).replace("'", "''") + "'", 1)
        out = self.psql("-F", "\t", "-c", sql)
        if not out:
            raise SystemExit(f"no row for {sql}")
        return tuple(out.splitlines()[0].split("\t"))

    def insert(self, table: str, columns: str, rows: list[tuple]) -> None:
        lines = "\n".join("\t".join(str(v) for v in row) for row in rows) + "\n"
        self.psql("-c", f"COPY {table} ({columns}) FROM STDIN", stdin=lines)

    def finish(self) -> None:
        self.psql("-c", "ANALYZE")

    def size(self) -> int:
        return int(self.psql("-c", "SELECT pg_database_size(current_database())"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="sqlite:///path or postgres://...")
    parser.add_argument("--users", type=int, required=True, help="total seeded users wanted")
    parser.add_argument("--sessions", type=int, default=0, help="total seeded sessions wanted")
    args = parser.parse_args()

    if args.database.startswith("sqlite:"):
        db: Sqlite | Postgres = Sqlite(urlparse(args.database).path)
    else:
        db = Postgres(args.database)
    project, org, phc, algorithm, params = db.one(
        "SELECT u.project_id, u.organization_id, c.secret, c.algorithm, c.params FROM users u "
        "JOIN user_credentials c ON c.user_id = u.id AND c.kind = 'password' WHERE u.email = %s",
        SEED_EMAIL,
    )
    (have_users,) = db.one("SELECT count(*) FROM users WHERE email LIKE %s", "%@scale.example")
    (have_sessions,) = db.one(
        "SELECT count(*) FROM sessions WHERE user_agent = %s", "gatehouse-bench seed"
    )
    have_users, have_sessions = int(have_users), int(have_sessions)
    # Every seeded user id carries the same time part, so sessions can name users by index.
    first_millis_row = db.one(
        "SELECT coalesce(min(created_at), 0) FROM users WHERE email LIKE %s", "%@scale.example"
    )
    now = int(time.time())
    first = int(first_millis_row[0])
    user_millis = first * 1000 if first else now * 1000
    started = time.perf_counter()

    for start in range(have_users, args.users, BATCH):
        end = min(start + BATCH, args.users)
        rows = list(user_rows(start, end, project, org, user_millis // 1000))
        db.insert("users", USER_COLUMNS, rows)
        credentials = credential_rows(
            start, end, project, (phc, algorithm, params), user_millis // 1000
        )
        db.insert("user_credentials", CREDENTIAL_COLUMNS, list(credentials))
    users_seconds = time.perf_counter() - started

    total_users = max(args.users, have_users)
    for start in range(have_sessions, args.sessions, BATCH):
        end = min(start + BATCH, args.sessions)
        pairs = list(session_rows(start, end, total_users, project, org, now, user_millis))
        db.insert(
            "sessions",
            SESSION_COLUMNS + ", user_agent",
            [(*s, "gatehouse-bench seed") for s, _ in pairs],
        )
        db.insert("refresh_tokens", TOKEN_COLUMNS, [t for _, t in pairs])
    db.finish()
    print(
        json.dumps(
            {
                "users": total_users,
                "sessions": max(args.sessions, have_sessions),
                "added_users": max(0, args.users - have_users),
                "added_sessions": max(0, args.sessions - have_sessions),
                "seed_seconds": round(time.perf_counter() - started, 2),
                "users_seed_seconds": round(users_seconds, 2),
                "database_bytes": db.size(),
            }
        )
    )


if __name__ == "__main__":
    main()
