"""Reads the JSON of `npm audit` and `pip-audit` for `scripts/test-audit`, applies the
exceptions of `audit-allow.toml`, and says which of three things happened: the service
answered and nothing unexcused was found (exit 0), it answered with findings that are not
excused (exit 1), or it did not answer (exit 3), in which case nothing was checked and the
output says why. A silent pass when the vulnerability service is out of reach is what this
avoids: pip-audit, for one, lists every package as skipped and still prints "No known
vulnerabilities found".

    python3 scripts/lib/audit_report.py npm PACKAGE_DIR AUDIT_JSON
    python3 scripts/lib/audit_report.py pypi AUDIT_JSON
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
UNAVAILABLE = 3


def allowed(ecosystem: str) -> dict[str, dict]:
    entries = tomllib.loads((ROOT / "audit-allow.toml").read_text()).get(ecosystem, [])
    for entry in entries:
        missing = {"id", "package", "reason"} - set(entry)
        if missing or not str(entry.get("reason", "")).strip():
            raise SystemExit(f"audit-allow.toml: {ecosystem} entry {entry} lacks {missing}")
    return {entry["id"]: entry for entry in entries}


def npm(package_dir: str, report_path: str) -> int:
    report = json.loads(Path(report_path).read_text() or "{}")
    error = report.get("error")
    if error:
        summary = error.get("summary", "") if isinstance(error, dict) else str(error)
        message = report.get("message") or summary or "no details"
        print(f"{package_dir}: npm audit did not get an answer: {message.splitlines()[0]}")
        return UNAVAILABLE
    counts = report.get("metadata", {}).get("dependencies", {})
    if counts.get("prod", 0) <= 1:
        # npm counts the package itself; with nothing else there was nothing to ask about.
        print(f"{package_dir}: no runtime dependencies, nothing to audit")
        return 0
    excused = allowed("npm")
    findings = []
    for name, vuln in report.get("vulnerabilities", {}).items():
        for via in vuln.get("via", []):
            if isinstance(via, dict):
                advisory = via.get("url", "").rsplit("/", 1)[-1] or str(via.get("source"))
                findings.append((advisory, name, via.get("severity", "?"), via.get("title", "")))
    return conclude(package_dir, findings, excused)


def pypi(report_path: str) -> int:
    report = json.loads(Path(report_path).read_text())
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    if skipped:
        reason = skipped[0]["skip_reason"]
        print(f"pip-audit could not audit {len(skipped)} of {len(dependencies)} packages: {reason}")
        return UNAVAILABLE
    excused = allowed("pypi")
    findings = [
        (v["id"], d["name"], d["version"], ", ".join(v.get("aliases", [])))
        for d in dependencies
        for v in d.get("vulns", [])
    ]
    return conclude(f"{len(dependencies)} PyPI packages", findings, excused)


def conclude(what: str, findings: list[tuple[str, str, str, str]], excused: dict) -> int:
    unexcused = []
    for advisory, package, detail, title in findings:
        entry = excused.get(advisory)
        if entry and entry["package"] == package:
            print(f"  excused {advisory} in {package}: {entry['reason']}")
        else:
            unexcused.append(f"  {advisory} in {package} ({detail}) {title}")
    print(f"{what}: {len(findings)} advisories, {len(unexcused)} not excused")
    print("\n".join(unexcused))
    return 1 if unexcused else 0


def main() -> int:
    if sys.argv[1:2] == ["npm"] and len(sys.argv) == 4:
        return npm(sys.argv[2], sys.argv[3])
    if sys.argv[1:2] == ["pypi"] and len(sys.argv) == 3:
        return pypi(sys.argv[2])
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
