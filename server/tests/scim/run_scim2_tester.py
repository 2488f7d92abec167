"""Runs scim2-tester (a SCIM checker nobody here wrote) against a running Gatehouse.

Usage: run_scim2_tester.py BASE_URL TOKEN

Prints every check and exits non-zero when any check did not succeed, so the SCIM server is
held to zero failures (scripts/test-scim).
"""

import sys

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server


def main() -> int:
    base_url, token = sys.argv[1], sys.argv[2]
    http = Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    results = check_server(SyncSCIMClient(http))
    failed = 0
    for result in results:
        ok = result.status in (Status.SUCCESS, Status.SKIPPED)
        failed += 0 if ok else 1
        line = f"{result.status.name:8} {result.title}"
        if not ok:
            line += f": {result.reason}"
        print(line)
    print(f"{len(results)} checks, {failed} not successful")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
