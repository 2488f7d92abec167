"""Turns the raw measurements of bench/run into bench/results/latest.json, latest.md and charts.

    python3 bench/summarize.py WORK_DIR RESULTS_DIR
    python3 bench/summarize.py --render RESULTS_DIR   # latest.md and charts again from latest.json

WORK_DIR holds what bench/run collected: raw.jsonl (one measurement a line: load scenarios,
memory samples, scale steps), notes.jsonl (machine, versions, parameters, skipped parts) and
verify-*.json (SDK verification per language). Every comparison is a ratio of two numbers
measured in the same run on the same machine and tokens.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

GATEHOUSE_ARGON2 = "argon2id m=19456 KiB, t=2, p=1 (argon2 crate defaults, OWASP minimum)"
SERVER_SCENARIOS = [
    "jwks_get",
    "discovery_get",
    "authenticate",
    "api_key_authenticate_server",
    "api_key_authenticate_sdk_cached",
    "refresh_grant",
    "password_login",
    "authorization_code_flow",
    "saml_acs",
]
SYSTEMS = [
    ("gatehouse", "sqlite"),
    ("gatehouse", "postgres"),
    ("oidc-provider", "memory"),
    ("keycloak", "h2"),
]
# Our verifier and the library it is compared with, per language.
SDK_PAIRS = {
    "rust": ("gatehouse-core", "jsonwebtoken"),
    "python": ("gatehouse (Python binding)", "PyJWT + cryptography"),
    "node": ("@gatehouse/node", "jose"),
    "wasm": ("@gatehouse/wasm", "jose"),
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_verification(work: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    cache: list[dict[str, Any]] = []
    for path in sorted(work.glob("verify-*.json")):
        data = json.loads(path.read_text())
        if isinstance(data, list):  # Go prints a bare array
            rows += data
        else:
            rows += data.get("rows", []) + data.get("verification", [])
            cache += data.get("jwks_cache", [])
    return rows, cache


def label(product: str, database: str) -> str:
    return f"{product} ({database})"


def fmt(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def server_tables(load: list[dict[str, Any]]) -> list[str]:
    by_key = {(r["product"], r["database"], r["scenario"]): r for r in load}
    present = [s for s in SYSTEMS if any(k[:2] == s for k in by_key)]
    lines = [
        "## Server throughput (requests or flows per second; p50 / p99 ms)",
        "",
        "| scenario | " + " | ".join(label(*s) for s in present) + " |",
        "|---|" + "---:|" * len(present),
    ]
    for scenario in SERVER_SCENARIOS:
        cells = []
        for system in present:
            r = by_key.get((*system, scenario))
            cells.append(
                "n/a"
                if r is None
                else f"{fmt(r['ops_per_second'])} ({r['p50_ms']:.2f} / {r['p99_ms']:.2f})"
                + (f", {r['errors']} errors" if r["errors"] else "")
            )
        if any(c != "n/a" for c in cells):
            lines.append(f"| {scenario} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "### Ratios: Gatehouse (SQLite) ÷ peer, same scenario, same run",
        "",
        "| scenario | vs oidc-provider | vs Keycloak |",
        "|---|---:|---:|",
    ]
    for scenario in SERVER_SCENARIOS:
        ours = by_key.get(("gatehouse", "sqlite", scenario))
        if ours is None:
            continue
        cells = []
        for peer in (("oidc-provider", "memory"), ("keycloak", "h2")):
            theirs = by_key.get((*peer, scenario))
            cells.append(
                f"{ours['ops_per_second'] / theirs['ops_per_second']:.2f}x"
                if theirs and theirs["ops_per_second"]
                else "n/a"
            )
        if any(c != "n/a" for c in cells):
            lines.append(f"| {scenario} | " + " | ".join(cells) + " |")
    return lines


def password_table(load: list[dict[str, Any]]) -> list[str]:
    """Password logins against the raw argon2id rate of the same parameters, same run."""
    raw = next(
        (r for r in load if r["product"] == "argon2id" and r["scenario"] == "password_hash"), None
    )
    if raw is None:
        return []
    lines = [
        "## Password logins against raw argon2id (same parameters, same cores, same run)",
        "",
        f"Raw: {fmt(raw['ops_per_second'])} hashes/s on {raw['concurrency']} threads "
        f"(p50 {raw['p50_ms']:.1f} ms), `gatehouse-bench argon2`; a login costs one hash.",
        "",
        "| server | logins/s | ÷ raw hashes/s |",
        "|---|---:|---:|",
    ]
    for r in load:
        if r["product"] == "gatehouse" and r["scenario"] == "password_login":
            ratio = r["ops_per_second"] / raw["ops_per_second"] if raw["ops_per_second"] else 0
            lines.append(
                f"| {label(r['product'], r['database'])} | {fmt(r['ops_per_second'])} "
                f"| {ratio:.2f} |"
            )
    return lines


def memory_table(rss: list[dict[str, Any]]) -> list[str]:
    table: dict[tuple[str, str], dict[str, int]] = {}
    for r in rss:
        table.setdefault((r["product"], r["database"]), {})[r["when"]] = r["rss_kib"]
    lines = [
        "## Server memory (RSS, MiB)",
        "",
        "| server | idle after start | peak under load | after load | 25 s without logins |",
        "|---|---:|---:|---:|---:|",
    ]
    for (product, database), when in table.items():
        if database.startswith("scale-"):
            continue
        cells = [
            fmt(when[k] / 1024, 1) if k in when else "-"
            for k in ("idle", "peak_under_load", "after_load", "settled")
        ]
        lines.append(f"| {label(product, database)} | " + " | ".join(cells) + " |")
    return lines


def soak_table(soak: list[dict[str, Any]]) -> list[str]:
    """RSS and each scenario's p99 minute by minute under the soak's steady load."""
    if not soak:
        return []
    scenarios = ("refresh_grant", "authenticate", "password_login")
    lines = [
        "## Soak: steady load (refresh 200/s, authenticate 300/s, logins 2/s), minute by minute",
        "",
        "| server | minute | RSS MiB | "
        + " | ".join(f"{s} /s | {s} p99 ms | {s} errors" for s in scenarios)
        + " |",
        "|---|---:|---:|" + "---:|---:|---:|" * len(scenarios),
    ]
    for row in sorted(soak, key=lambda r: (r["database"], r["minute"])):
        cells = [row["database"], str(row["minute"]), fmt(row["rss_kib"] / 1024, 1)]
        for scenario in scenarios:
            m = row.get(scenario)
            cells += (
                [fmt(m["ops_per_second"]), fmt(m["p99_ms"], 2), str(m["errors"])]
                if m
                else ["-", "-", "-"]
            )
        lines.append("| " + " | ".join(cells) + " |")
    minutes = [r for r in soak if r["minute"] > 0 and r.get("refresh_grant")]
    if len(minutes) >= 2:
        first, last = minutes[0], minutes[-1]
        drift = ", ".join(
            f"{s} p99 {fmt(first[s]['p99_ms'], 2)} → {fmt(last[s]['p99_ms'], 2)} ms"
            for s in scenarios
        )
        lines += [
            "",
            f"From minute {first['minute']} to {last['minute']}: RSS "
            f"{fmt(first['rss_kib'] / 1024, 1)} → {fmt(last['rss_kib'] / 1024, 1)} MiB; {drift}.",
        ]
    return lines


def sdk_tables(rows: list[dict[str, Any]], cache: list[dict[str, Any]]) -> list[str]:
    lines = [
        "## SDK verification, one core (ops/s; p99 µs)",
        "",
        "Same tokens everywhere (testdata/vectors.json), same checks on both sides, each side "
        "timed per call; ratio = ours ÷ theirs.",
        "",
        "| language | algorithm | ours | theirs | ours ops/s (p99 µs) "
        "| theirs ops/s (p99 µs) | ratio |",
        "|---|---|---|---|---:|---:|---:|",
    ]
    index = {(r["language"], r["algorithm"], r["implementation"]): r for r in rows}
    for language, (ours_name, theirs_name) in SDK_PAIRS.items():
        for algorithm in ("EdDSA", "ES256"):
            ours = index.get((language, algorithm, ours_name))
            theirs = index.get((language, algorithm, theirs_name))
            if not ours or not theirs:
                continue
            lines.append(
                f"| {language} | {algorithm} | {ours_name} | {theirs_name} | "
                f"{fmt(ours['ops_per_second'])} ({fmt(ours['p99_us'], 1)}) | "
                f"{fmt(theirs['ops_per_second'])} ({fmt(theirs['p99_us'], 1)}) | "
                f"{ours['ops_per_second'] / theirs['ops_per_second']:.2f}x |"
            )
    for r in rows:
        if r["language"] == "go":
            lines.append(
                f"| go (reference) | {r['algorithm']} | - | {r['implementation']} | - | "
                f"{fmt(r['ops_per_second'])} ({fmt(r['p99_us'], 1)}) | - |"
            )
    if any(r["p99_us"] is None for r in rows):
        lines += [
            "",
            'A p99 of "-": throughput only. In the browser rows one call is too short for '
            "Chromium's coarsened `performance.now()`, so calls are timed in batches.",
        ]
    if cache:
        lines += [
            "",
            "### The core's JWKS cache (Rust `Verifier`, a real server's token, loopback)",
            "",
            "| case | ops/s | p50 µs | p99 µs |",
            "|---|---:|---:|---:|",
        ]
        for r in cache:
            lines.append(
                f"| {r['case']} | {fmt(r['ops_per_second'])} | {r['p50_us']:.1f} | "
                f"{r['p99_us']:.1f} |"
            )
    seen = [r for r in rows if str(r["implementation"]).endswith("token seen before")]
    hit = next((r for r in cache if r["case"] == "cached_jwks_hit"), None)
    if seen or hit:
        lines += [
            "",
            "### A token seen before (one token on every request of its lifetime)",
            "",
            "The client of each binding against a real server, the token verified once "
            "before; the core answers from its verified-token cache, the clock checks rerun.",
            "",
            "| language | call | ops/s | p50 µs | p99 µs |",
            "|---|---|---:|---:|---:|",
        ]
        if hit:
            lines.append(
                f"| rust | `Verifier::verify` | {fmt(hit['ops_per_second'])} | "
                f"{hit['p50_us']:.1f} | {hit['p99_us']:.1f} |"
            )
        for r in seen:
            lines.append(
                f"| {r['language']} | {r['implementation']} | {fmt(r['ops_per_second'])} | "
                f"{r['p50_us']:.1f} | {r['p99_us']:.1f} |"
            )
    return lines


def scale_table(scale: list[dict[str, Any]]) -> list[str]:
    lines = [
        "## Scale: Gatehouse as the tables grow",
        "",
        "| database | users | sessions | DB size MiB | logins/s (p99 ms) | refresh/s (p99 ms) "
        "| RSS idle MiB | RSS peak MiB | seeding s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in scale:
        login = r.get("password_login", {})
        refresh = r.get("refresh_grant", {})
        lines.append(
            f"| {r['database']} | {r['users']:,} | {r['sessions']:,} | "
            f"{r['database_bytes'] / 2**20:,.1f} | "
            f"{fmt(login.get('ops_per_second'))} ({login.get('p99_ms', 0):.1f}) | "
            f"{fmt(refresh.get('ops_per_second'))} ({refresh.get('p99_ms', 0):.1f}) | "
            f"{r['rss_idle_kib'] / 1024:.1f} | {r['rss_peak_kib'] / 1024:.1f} | "
            f"{r['seed_seconds']:.1f} |"
        )
    return lines


def scim_table(scim: list[dict[str, Any]], load: list[dict[str, Any]]) -> list[str]:
    """bench/scim.py's rows and the list-with-filter oha runs (scenario `scim_list_*`)."""
    by = {(r["database"], r["measurement"]): r for r in scim}
    lists = {(r["database"], r["scenario"]): r for r in load if r["scenario"].startswith("scim_")}
    databases = [d for d in ("sqlite", "postgres") if any(k[0] == d for k in by)]
    if not databases:
        return []

    def cell(database: str, key: str) -> str:
        r = by.get((database, key))
        if r is None:
            return "n/a"
        if key == "users_create":
            return f"{fmt(r['ops_per_second'])}/s ({r['p50_ms']:.1f} / {r['p99_ms']:.1f})"
        if key == "group_fill":
            return f"{r['patches']} x {r['batch']:,}: {r['total_s']:.1f} s (max {r['max_ms']:.0f})"
        return f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f}"

    def list_cell(database: str, scenario: str) -> str:
        r = lists.get((database, scenario))
        if r is None:
            return "n/a"
        return f"{fmt(r['ops_per_second'])}/s ({r['p50_ms']:.2f} / {r['p99_ms']:.2f})" + (
            f", {r['errors']} errors" if r["errors"] else ""
        )

    first = by.get((databases[0], "users_create"), {})
    members = by.get((databases[0], "member_add"), {}).get("group_members", 0)
    lines = [
        f"## SCIM provisioning ({first.get('users', 0):,} users, a {members:,}-member group; "
        "p50 / p99 ms)",
        "",
        "| measurement | " + " | ".join(databases) + " |",
        "|---|" + "---:|" * len(databases),
    ]
    rows = [
        ("users created (`POST /Users`)", cell, "users_create"),
        ("group filled (`add members` PATCHes)", cell, "group_fill"),
        ("add one member to the full group", cell, "member_add"),
        ("remove it (`members[value eq ...]`)", cell, "member_remove"),
        ('list, `userName eq "..."`', list_cell, "scim_list_eq"),
        ('list, `userName sw "..."`, count 100', list_cell, "scim_list_sw"),
    ]
    for what, show, key in rows:
        lines.append(f"| {what} | " + " | ".join(show(d, key) for d in databases) + " |")
    return lines


def fastapi_table(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    by = {r["route"]: r for r in rows}
    lines = [
        "## FastAPI example under uvicorn (one worker), requests/s",
        "",
        "| route | requests/s | errors |",
        "|---|---:|---:|",
    ]
    for route, what in (
        ("unprotected", "`GET /healthz` (no authentication)"),
        ("protected", "`GET /notes` (gatehouse.fastapi verifies the access token)"),
    ):
        if route in by:
            lines.append(
                f"| {what} | {fmt(by[route]['requests_per_second'])} | {by[route]['errors']} |"
            )
    if "unprotected" in by and "protected" in by and by["unprotected"]["requests_per_second"]:
        ratio = by["protected"]["requests_per_second"] / by["unprotected"]["requests_per_second"]
        lines += ["", f"Protected ÷ unprotected: {ratio:.2f}."]
    return lines


def save(fig: Any, out: Path, name: str) -> list[str]:
    fig.tight_layout()
    for ext in ("png", "svg"):
        fig.savefig(out / f"{name}.{ext}", dpi=110)
    plt.close(fig)
    return [f"![{name}]({name}.png) ([SVG]({name}.svg))", ""]


def charts(
    out: Path,
    load: list[dict[str, Any]],
    rss: list[dict[str, Any]],
    sdk: list[dict[str, Any]],
    scale: list[dict[str, Any]],
) -> list[str]:
    lines = ["## Charts", ""]
    by_key = {(r["product"], r["database"], r["scenario"]): r for r in load}
    present = [s for s in SYSTEMS if any(k[:2] == s for k in by_key)]
    scenarios = [
        s
        for s in SERVER_SCENARIOS
        if s != "api_key_authenticate_sdk_cached" and any(k[2] == s for k in by_key)
    ]
    if scenarios:
        for metric, title, name in (
            ("ops_per_second", "Throughput (log scale, higher is better)", "server_throughput"),
            ("p99_ms", "p99 latency, ms (log scale, lower is better)", "server_p99"),
        ):
            fig, ax = plt.subplots(figsize=(11, 4.5))
            width = 0.8 / max(1, len(present))
            for i, system in enumerate(present):
                values = [by_key.get((*system, s), {}).get(metric, 0) for s in scenarios]
                ax.bar(
                    [x + i * width for x in range(len(scenarios))],
                    values,
                    width,
                    label=label(*system),
                )
            ax.set_xticks([x + width * (len(present) - 1) / 2 for x in range(len(scenarios))])
            ax.set_xticklabels(scenarios, rotation=15)
            ax.set_yscale("log")
            ax.set_title(title)
            ax.legend()
            lines += save(fig, out, name)
    if sdk:
        # One bar a line, language by language, ours above the library it is compared with.
        ours = {pair[0] for pair in SDK_PAIRS.values()}
        order = ["rust", "python", "node", "wasm", "go"]
        rows = sorted(
            sdk,
            key=lambda r: (
                order.index(r["language"]) if r["language"] in order else len(order),
                r["algorithm"],
                r["implementation"] not in ours,
            ),
        )
        fig, ax = plt.subplots(figsize=(9, 0.32 * len(rows) + 1.2))
        ax.barh(
            range(len(rows)),
            [r["ops_per_second"] for r in rows],
            color=["tab:blue" if r["implementation"] in ours else "tab:gray" for r in rows],
        )
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels(
            [f"{r['language']} {r['algorithm']}: {r['implementation']}" for r in rows], fontsize=8
        )
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.set_title("Token verifications per second, one core (blue: Gatehouse; log scale)")
        fig.tight_layout()
        lines += save(fig, out, "sdk_verify")
    if scale:
        fig, axes = plt.subplots(1, 3, figsize=(13, 4))
        for database in sorted({r["database"] for r in scale}):
            rows = [r for r in scale if r["database"] == database]
            users = [r["users"] for r in rows]
            for scenario, marker in (("password_login", "o"), ("refresh_grant", "s")):
                axes[0].plot(
                    users,
                    [r.get(scenario, {}).get("ops_per_second", 0) for r in rows],
                    marker=marker,
                    label=f"{scenario} {database}",
                )
            axes[1].plot(
                users, [r["database_bytes"] / 2**20 for r in rows], marker="o", label=database
            )
            for key, marker, when in (("rss_idle_kib", "o", "idle"), ("rss_peak_kib", "^", "load")):
                axes[2].plot(
                    users,
                    [r[key] / 1024 for r in rows],
                    marker=marker,
                    label=f"{when} {database}",
                )
        for ax, title in zip(
            axes, ("ops/s vs users", "database size MiB vs users", "server RSS MiB vs users")
        ):
            ax.set_xscale("log")
            ax.set_title(title)
            ax.legend(fontsize=7)
        axes[0].set_yscale("log")
        lines += save(fig, out, "scale")
    memory = [r for r in rss if not r["database"].startswith("scale-")]
    if memory:
        systems = list(dict.fromkeys((r["product"], r["database"]) for r in memory))
        fig, ax = plt.subplots(figsize=(9, 4))
        whens = ("idle", "peak_under_load")
        width = 0.35
        for i, when in enumerate(whens):
            values = [
                next(
                    (
                        r["rss_kib"] / 1024
                        for r in memory
                        if (r["product"], r["database"]) == s and r["when"] == when
                    ),
                    0,
                )
                for s in systems
            ]
            ax.bar([x + i * width for x in range(len(systems))], values, width, label=when)
        ax.set_xticks([x + width / 2 for x in range(len(systems))])
        ax.set_xticklabels([label(*s) for s in systems])
        ax.set_title("Server RSS, MiB")
        ax.legend()
        lines += save(fig, out, "memory")
    return lines


def collect(work: Path) -> dict[str, Any]:
    """The report (what latest.json holds) from bench/run's raw files."""
    raw = read_jsonl(work / "raw.jsonl")
    notes: dict[str, Any] = {}
    for note in read_jsonl(work / "notes.jsonl"):
        notes.update(note)
    load = [r for r in raw if r["kind"] == "load"]
    rss = [r for r in raw if r["kind"] == "rss"]
    scale = [r for r in raw if r["kind"] == "scale"]
    scim = [r for r in raw if r["kind"] == "scim"]
    fastapi = [r for r in raw if r["kind"] == "fastapi"]
    soak = [r for r in raw if r["kind"] == "soak"]
    sdk, jwks_cache = load_verification(work)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    machine = notes.pop("machine", {})
    machine["loadavg_end"] = notes.pop("loadavg_end", "")
    report = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit,
        "machine": machine,
        "settings": {**notes.pop("settings", {}), "gatehouse_password_hashing": GATEHOUSE_ARGON2},
        "notes": notes,
        "server": load,
        "memory": rss,
        "sdk_verification": sdk,
        "jwks_cache": jwks_cache,
        "scale": scale,
        "scim": scim,
        "fastapi": fastapi,
        "soak": soak,
    }
    return report


def render(report: dict[str, Any], out: Path) -> None:
    """latest.md and the charts of a report."""
    machine, settings, notes = report["machine"], report["settings"], report["notes"]
    load, rss, scale = report["server"], report["memory"], report["scale"]
    sdk, jwks_cache, commit = report["sdk_verification"], report["jwks_cache"], report["commit"]
    lines = [
        f"# Gatehouse benchmark results ({report['date']}, commit {commit})",
        "",
        "Written by `bench/run`; how to read it: [bench/README.md](../README.md).",
        "",
        f"- Machine: {machine.get('cpus')} CPUs ({machine.get('cpu_model')}), "
        f"{machine.get('memory_mib')} MiB, kernel {machine.get('kernel')}.",
        f"- Load average (1/5/15 min) at start: `{machine.get('loadavg_start')}`, at end: "
        f"`{machine.get('loadavg_end')}`. Anything above 0 means other work shared the CPUs: "
        "read ratios, not absolute numbers.",
        f"- Load: {settings.get('seconds_per_scenario')} s per scenario, "
        f"{settings.get('concurrency')} keep-alive connections, load generator on the same "
        "machine (oha, or gatehouse-bench where a request depends on the previous answer).",
        f"- Gatehouse password hashing: {GATEHOUSE_ARGON2}.",
    ]
    if "keycloak_password_hash" in notes:
        kc = notes["keycloak_password_hash"]
        extra = kc.get("additionalParameters", {})
        lines.append(
            f"- Keycloak password hashing (its default, read back from the stored credential): "
            f"{kc.get('algorithm')} {''.join(extra.get('type', []))}, "
            f"m={''.join(extra.get('memory', []))} KiB, t={kc.get('hashIterations')}, "
            f"p={''.join(extra.get('parallelism', []))}."
        )
    if "keycloak" in notes:
        kc = notes["keycloak"]
        lines.append(
            f"- Keycloak {kc['version']} in dev mode (embedded H2), {kc['java']}, started in "
            f"{kc['startup_seconds']} s."
        )
    if "merged_from" in notes:
        lines.append(f"- Put together from two runs: {notes['merged_from']}.")
    for key in ("keycloak_skipped", "wasm_skipped", "peers_skipped", "authcode_skipped"):
        if key in notes:
            lines.append(f"- Not measured ({key.removesuffix('_skipped')}): {notes[key]}.")
    if "postgres" in notes:
        lines.append(
            f"- PostgreSQL {notes['postgres']['version']}: {notes['postgres']['settings']}."
        )
    if "tools" in notes:
        lines.append("- Tools: " + ", ".join(f"{k} {v}" for k, v in notes["tools"].items()) + ".")
    lines.append("")
    lines += [*server_tables(load), "", *password_table(load), "", *memory_table(rss), ""]
    lines += [*sdk_tables(sdk, jwks_cache), ""]
    lines += [*fastapi_table(report.get("fastapi", [])), ""]
    lines += [*scim_table(report.get("scim", []), load), ""]
    if scale:
        lines += [*scale_table(scale), ""]
    if report.get("soak"):
        lines += [*soak_table(report["soak"]), ""]
    lines += charts(out, load, rss, sdk, scale)
    (out / "latest.md").write_text("\n".join(lines).rstrip() + "\n")
    print("\n".join(lines))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--render":
        out = Path(sys.argv[2])
        report = json.loads((out / "latest.json").read_text())
    elif len(sys.argv) == 3:
        work, out = Path(sys.argv[1]), Path(sys.argv[2])
        report = collect(work)
        # Written first: a rendering failure must not lose the measurements.
        (out / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    else:
        sys.exit(__doc__)
    render(report, out)


if __name__ == "__main__":
    main()
