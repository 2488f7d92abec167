"""Merges the per-database results of bench/run into JSON and a Markdown table."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    work, results_dir, seconds, concurrency = sys.argv[1:5]
    work_dir = Path(work)
    runs = []
    memory = {}
    for label in ("sqlite", "postgres"):
        runs.extend(json.loads((work_dir / f"{label}.json").read_text()))
        memory[label] = json.loads((work_dir / f"{label}.rss.json").read_text())[
            "rss_kib_after_load"
        ]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    report = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit,
        "machine": {"cpus": os.cpu_count(), "cpu_model": cpu_model()},
        "settings": {
            "seconds_per_scenario": float(seconds),
            "concurrency": int(concurrency),
            "argon2id": "m=19456 KiB, t=2, p=1 (argon2 crate defaults)",
            "load_generator": "bench/src/main.rs (reqwest, keep-alive, same machine)",
        },
        "server": runs,
        "server_rss_kib_after_load": memory,
    }
    out = Path(results_dir)
    (out / "server-latest.json").write_text(json.dumps(report, indent=2) + "\n")
    lines = [
        f"# Server benchmark ({report['date']}, commit {commit})",
        "",
        f"Machine: {report['machine']['cpus']} CPUs, {report['machine']['cpu_model']}. "
        f"Load generator on the same machine, {concurrency} clients, {seconds} s per scenario.",
        f"Password hashing: {report['settings']['argon2id']}.",
        "",
        "| scenario | database | ops/s | p50 ms | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r['scenario']} | {r['database']} | {r['ops_per_second']:.0f} | "
            f"{r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['errors']} |"
        )
    lines += [
        "",
        "Server RSS after load: " + ", ".join(f"{k} {v / 1024:.1f} MiB" for k, v in memory.items()),
    ]
    (out / "server-latest.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
