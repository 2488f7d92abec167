"""Python SDK benchmark: `gatehouse.verify_access_token` against PyJWT (with `cryptography`)
on the same EdDSA and ES256 tokens with the same checks, side by side in one run; then Flask
requests/s on a route behind `require_auth` and on an unprotected one.

    python3 bench/python_verify.py [--seconds 3] [--gatehouse-bin target/debug/gatehouse]
    python3 bench/python_verify.py --json out.json --skip-flask   # what bench/run does

With `--json` and a `gatehouse` binary it also times `Client.verify_access_token` of a token
seen before, against a real `gatehouse dev`.

Needs `pip install ./bindings-python 'pyjwt[crypto]==2.15.1' cryptography==50.0.2 flask`.
The verification part uses the shared vectors (testdata/vectors.json). The Flask part needs a
`gatehouse` binary (the flag, GATEHOUSE_BIN, or the default cargo target directory) for real
tokens, and is skipped without one. Single thread; requests go through Flask's test client,
so they measure the framework and the SDK, not a network stack.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import time
from pathlib import Path
from typing import Any, Callable

import gatehouse
import jwt
import requests
from flask import Flask, jsonify
from gatehouse.flask import organization_id, require_auth
from gatehouse.testing import dev_server

ROOT = Path(__file__).resolve().parents[1]
VECTORS = {c["name"]: c for c in json.loads((ROOT / "testdata/vectors.json").read_text())["cases"]}


def rate(work: Callable[[], Any], seconds: float) -> float:
    """Calls per second of `work`, measured in batches for `seconds` after a warm-up."""
    for _ in range(200):
        work()
    calls, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        for _ in range(200):
            work()
        calls += 200
    return calls / elapsed


def measure(work: Callable[[], Any], seconds: float) -> dict[str, float]:
    """Calls/s and p50/p99 latency of `work`, timing every call, after a warm-up of a tenth."""
    warm = time.perf_counter()
    while time.perf_counter() - warm < seconds / 10:
        work()
    nanos: list[int] = []
    clock = time.perf_counter_ns
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        t = clock()
        work()
        nanos.append(clock() - t)
    elapsed = time.perf_counter() - started
    nanos.sort()

    def at(p: float) -> float:
        return nanos[round(p / 100 * (len(nanos) - 1))] / 1000

    return {
        "ops_per_second": len(nanos) / elapsed,
        "p50_us": at(50),
        "p99_us": at(99),
        "calls": len(nanos),
    }


def bench_latency(seconds: float) -> list[dict[str, Any]]:
    """Per-call ops/s and p99 of both sides, each side's better of two alternating rounds."""
    rows = []
    for algorithm, name in (
        ("EdDSA", "valid_eddsa_full_claims"),
        ("ES256", "valid_es256_full_claims"),
    ):
        case = VECTORS[name]
        token, options = case["token"], case["options"]
        jwks = gatehouse.Jwks(case["jwks"])
        pyjwt_verify = pyjwt_verifier(case)
        assert gatehouse.verify_access_token(token, jwks=jwks, **options).to_dict() == (
            pyjwt_verify(token)
        )
        sides = {
            "gatehouse (Python binding)": functools.partial(
                gatehouse.verify_access_token, token, jwks=jwks, **options
            ),
            "PyJWT + cryptography": functools.partial(pyjwt_verify, token),
        }
        rounds: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        for _ in range(2):
            for side, work in sides.items():
                rounds[side].append(measure(work, seconds / 2))
        for side, results in rounds.items():
            best = max(results, key=lambda r: r["ops_per_second"])
            rows.append(
                {"language": "python", "algorithm": algorithm, "implementation": side, **best}
            )
    return rows


def pyjwt_verifier(case: dict[str, Any]) -> Callable[[str], dict[str, Any]]:
    """PyJWT doing what the core does: key by `kid`, `typ` at+jwt, algorithm of the key,
    signature, iss, aud, exp/nbf with the same leeway, required claims and their types."""
    keys = {jwk["kid"]: jwt.PyJWK(jwk) for jwk in case["jwks"]["keys"] if "kid" in jwk}
    options = case["options"]
    # PyJWT reads the system clock; move the leeway so its exp check sees the vectors' "now".
    leeway = options["leeway"] + max(0, int(time.time()) - options["now"])

    def verify(token: str) -> dict[str, Any]:
        header = jwt.get_unverified_header(token)
        if header.get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise jwt.InvalidTokenError("typ")
        if "crit" in header:
            raise jwt.InvalidTokenError("crit")
        key = keys[header["kid"]]
        claims = jwt.decode(
            token,
            key=key,
            algorithms=[key.algorithm_name],
            audience=options["audience"],
            issuer=options["issuer"],
            leeway=leeway,
            options={"require": ["iss", "sub", "aud", "exp", "iat"]},
        )
        org = claims.get("org")
        if not isinstance(org, dict) or not isinstance(org.get("id"), str):
            raise jwt.InvalidTokenError("org")
        if not isinstance(claims["sub"], str) or not isinstance(claims["iat"], int):
            raise jwt.InvalidTokenError("claims")
        for name in ("roles", "actions", "amr"):
            value = claims.get(name, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise jwt.InvalidTokenError(name)
        return claims

    return verify


def bench_verification(seconds: float) -> list[dict[str, Any]]:
    rows = []
    for algorithm, name in (
        ("EdDSA", "valid_eddsa_full_claims"),
        ("ES256", "valid_es256_full_claims"),
    ):
        case = VECTORS[name]
        token, options = case["token"], case["options"]
        jwks = gatehouse.Jwks(case["jwks"])
        pyjwt_verify = pyjwt_verifier(case)
        # Both must accept the token, with the same claims, before they are timed.
        ours = gatehouse.verify_access_token(token, jwks=jwks, **options).to_dict()
        assert ours == pyjwt_verify(token) == case["expected_claims"]

        ours_call = functools.partial(gatehouse.verify_access_token, token, jwks=jwks, **options)
        ours_rate = rate(ours_call, seconds)
        ours_dict_rate = rate(lambda call=ours_call: call().to_dict(), seconds)
        pyjwt_rate = rate(functools.partial(pyjwt_verify, token), seconds)
        rows.append(
            {
                "algorithm": algorithm,
                "gatehouse": ours_rate,
                "gatehouse_with_dict": ours_dict_rate,
                "pyjwt": pyjwt_rate,
                "speedup": ours_rate / pyjwt_rate,
                "speedup_with_dict": ours_dict_rate / pyjwt_rate,
            }
        )
    return rows


def _binary(explicit: str | None) -> str | None:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for candidate in (explicit, os.environ.get("GATEHOUSE_BIN"), target / "debug/gatehouse"):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


def demo_token(dev: dict[str, Any]) -> str:
    """An access token of the demo user of a running `gatehouse dev`."""
    return requests.post(
        f"{dev['issuer']}/v1/login/password",
        json={
            "organization": "acme",
            "email": dev["demo_user_email"],
            "password": dev["demo_user_password"],
        },
        timeout=10,
    ).json()["access_token"]


def bench_flask(binary: str, seconds: float) -> dict[str, float]:
    with dev_server(binary) as dev:
        token = demo_token(dev)

        open_app = Flask("open")
        open_app.add_url_rule("/me", "me", lambda: jsonify(organization_id="org_fixed"))
        protected_app = Flask("protected")
        protected_app.add_url_rule("/me", "me", lambda: jsonify(organization_id=organization_id()))
        require_auth(protected_app, publishable_key=dev["publishable_key"])

        open_client, protected_client = open_app.test_client(), protected_app.test_client()
        headers = {"Authorization": f"Bearer {token}"}
        assert protected_client.get("/me", headers=headers).status_code == 200
        assert protected_client.get("/me").status_code == 401
        return {
            "unprotected": rate(lambda: open_client.get("/me", headers=headers), seconds),
            "require_auth": rate(lambda: protected_client.get("/me", headers=headers), seconds),
        }


def bench_seen(binary: str, seconds: float) -> list[dict[str, Any]]:
    """`Client.verify_access_token` of one token again and again against a real `gatehouse
    dev`: the common case of one token on every request of its lifetime, answered from the
    core's verified-token cache (sdk-core/src/token_cache.rs) with the clock checks rerun."""
    with dev_server(binary) as dev:
        token = demo_token(dev)
        client = gatehouse.Client(dev["publishable_key"])
        first = client.verify_access_token(token).to_dict()
        assert client.verify_access_token(token).to_dict() == first
        result = measure(functools.partial(client.verify_access_token, token), seconds)
    return [
        {
            "language": "python",
            "algorithm": "EdDSA",
            "implementation": "gatehouse Client, token seen before",
            **result,
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per case")
    parser.add_argument("--gatehouse-bin", help="gatehouse binary for the Flask part")
    parser.add_argument("--json", help="write per-call ops/s and p50/p99 (JSON) here and stop")
    parser.add_argument("--skip-flask", action="store_true", help="leave out the Flask part")
    args = parser.parse_args()

    if args.json:
        rows = bench_latency(args.seconds)
        binary = _binary(args.gatehouse_bin)
        if binary is not None:
            rows += bench_seen(binary, args.seconds)
        Path(args.json).write_text(
            json.dumps({"python": platform.python_version(), "rows": rows}, indent=2) + "\n"
        )
        for row in rows:
            print(
                f"{row['algorithm']} {row['implementation']}: {row['ops_per_second']:,.0f}/s "
                f"p99 {row['p99_us']:.1f} us"
            )
        return

    print(f"# Python SDK benchmark ({platform.python_version()}, {os.cpu_count()} CPUs, 1 thread)")
    print()
    print("| algorithm | gatehouse verify/s | + to_dict() | PyJWT verify/s | speed-up |")
    print("|---|---:|---:|---:|---:|")
    for row in bench_verification(args.seconds):
        print(
            f"| {row['algorithm']} | {row['gatehouse']:,.0f} | {row['gatehouse_with_dict']:,.0f} "
            f"| {row['pyjwt']:,.0f} | {row['speedup']:.1f}x ({row['speedup_with_dict']:.1f}x) |"
        )
    binary = _binary(args.gatehouse_bin)
    print()
    if args.skip_flask:
        return
    if binary is None:
        print("Flask: skipped (no gatehouse binary; pass --gatehouse-bin or set GATEHOUSE_BIN)")
        return
    flask_rates = bench_flask(binary, args.seconds)
    print("| Flask route (test client) | requests/s |")
    print("|---|---:|")
    for name, value in flask_rates.items():
        print(f"| {name} | {value:,.0f} |")


if __name__ == "__main__":
    main()
