"""SCIM provisioning load against a running Gatehouse server (issue 23's numbers).

    python3 bench/scim.py --fixture FIXTURE.json --users 100000 --database sqlite \
        [--concurrency 8] [--group-members 10000] [--repeats 30] --out-env scim.env

FIXTURE.json is what `gatehouse-bench provision` wrote (url, secret_key, organization_id).
The script creates a SCIM token for that organization through the backend API, then:

1. creates USERS users with `POST /scim/v2/Users` over CONCURRENCY keep-alive connections
   (what an IdP's first provisioning cycle does): users created per second, p50 and p99;
2. creates a group and fills it to GROUP_MEMBERS members with `add members` PATCHes of
   1,000 values each (Entra ID's and Okta's group push), timing each;
3. on that full group, REPEATS times: adds one more member, then removes it again by value
   filter (`members[value eq "..."]`), timing each PATCH, and checks the group still has
   exactly GROUP_MEMBERS members afterwards (a filtered removal that removed more would show);
4. writes one JSON line per measurement to stdout (kind "scim"), and the SCIM base URL, the
   token and two user names for the list-with-filter runs (bench/run drives those with oha)
   to --out-env.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
BATCH = 1000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def row(database: str, measurement: str, **fields: Any) -> None:
    print(json.dumps({"kind": "scim", "database": database, "measurement": measurement, **fields}))


def user_body(i: int) -> dict[str, Any]:
    return {
        "schemas": [CORE],
        "userName": f"scim{i}@scale.example",
        "externalId": f"ext-{i}",
        "name": {"givenName": f"Given{i}", "familyName": f"Family{i}"},
        "displayName": f"User {i}",
        "emails": [{"value": f"scim{i}@scale.example", "type": "work", "primary": True}],
        "active": True,
    }


async def create_users(
    client: httpx.AsyncClient, base: str, users: int, concurrency: int
) -> tuple[list[str], list[float], float, int]:
    ids: list[str] = [""] * users
    latencies: list[float] = []
    errors = 0
    next_index = 0

    async def worker() -> None:
        nonlocal next_index, errors
        while next_index < users:
            i = next_index
            next_index += 1
            started = time.perf_counter()
            answer = await client.post(f"{base}/Users", json=user_body(i))
            latencies.append((time.perf_counter() - started) * 1000)
            if answer.status_code == 201:
                ids[i] = answer.json()["id"]
            else:
                errors += 1
                if errors <= 3:
                    print(
                        f"create answered {answer.status_code}: {answer.text[:300]}",
                        file=sys.stderr,
                    )

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return ids, latencies, time.perf_counter() - started, errors


async def patch(client: httpx.AsyncClient, url: str, operations: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    answer = await client.patch(url, json={"schemas": [PATCH], "Operations": operations})
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status_code not in (200, 204):
        raise RuntimeError(f"PATCH answered {answer.status_code}: {answer.text[:300]}")
    return elapsed


async def member_count(client: httpx.AsyncClient, url: str) -> int:
    answer = await client.get(url, params={"attributes": "members"})
    answer.raise_for_status()
    return len(answer.json().get("members", []))


async def run(args: argparse.Namespace) -> None:
    fixture = json.loads(Path(args.fixture).read_text())
    admin = {"Authorization": f"Bearer {fixture['secret_key']}"}
    created = httpx.post(
        f"{fixture['url']}/v1/organizations/{fixture['organization_id']}/scim_tokens",
        json={"name": "bench"},
        headers=admin,
        timeout=30,
    )
    created.raise_for_status()
    base, token = created.json()["base_url"], created.json()["secret"]
    members = min(args.group_members, max(0, args.users - 1))

    limits = httpx.Limits(
        max_connections=args.concurrency, max_keepalive_connections=args.concurrency
    )
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"}
    async with httpx.AsyncClient(limits=limits, timeout=120, headers=headers) as client:
        ids, latencies, elapsed, errors = await create_users(
            client, base, args.users, args.concurrency
        )
        row(
            args.database,
            "users_create",
            users=args.users,
            concurrency=args.concurrency,
            ops_per_second=round(args.users / elapsed, 1),
            p50_ms=round(percentile(latencies, 0.5), 2),
            p99_ms=round(percentile(latencies, 0.99), 2),
            errors=errors,
        )
        if errors:
            raise SystemExit(f"{errors} user creations failed")

        group = await client.post(
            f"{base}/Groups", json={"schemas": [GROUP], "displayName": "bench"}
        )
        group.raise_for_status()
        group_url = f"{base}/Groups/{group.json()['id']}"
        fill: list[float] = []
        for start in range(0, members, BATCH):
            values = [{"value": v} for v in ids[start : min(members, start + BATCH)]]
            fill.append(
                await patch(client, group_url, [{"op": "add", "path": "members", "value": values}])
            )
        row(
            args.database,
            "group_fill",
            members=members,
            batch=BATCH,
            patches=len(fill),
            total_s=round(sum(fill) / 1000, 2),
            p50_ms=round(statistics.median(fill), 1) if fill else 0,
            max_ms=round(max(fill), 1) if fill else 0,
        )

        adds: list[float] = []
        removes: list[float] = []
        extra = ids[members]
        for _ in range(args.repeats):
            adds.append(
                await patch(
                    client,
                    group_url,
                    [{"op": "add", "path": "members", "value": [{"value": extra}]}],
                )
            )
            removes.append(
                await patch(
                    client, group_url, [{"op": "remove", "path": f'members[value eq "{extra}"]'}]
                )
            )
        left = await member_count(client, group_url)
        if left != members:
            raise SystemExit(
                f"the group has {left} members after the add/remove cycles, not {members}"
            )
        for name, values in (("member_add", adds), ("member_remove", removes)):
            row(
                args.database,
                name,
                group_members=members,
                repeats=args.repeats,
                p50_ms=round(percentile(values, 0.5), 2),
                p99_ms=round(percentile(values, 0.99), 2),
                max_ms=round(max(values), 2),
            )

    Path(args.out_env).write_text(
        json.dumps(
            {
                "base_url": base,
                "token": token,
                "user_name_middle": f"scim{args.users // 2}@scale.example",
                "users": args.users,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--group-members", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--out-env", required=True)
    args = parser.parse_args()
    if args.users < 2:
        parser.error("--users must be at least 2")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
