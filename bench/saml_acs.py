#!/usr/bin/env python3
"""Prepares the SAML ACS benchmark (bench/run): a SAML connection on the benchmark project and
signed responses for it, each posted once by `gatehouse-bench post-forms`.

The connection accepts IdP-initiated responses, so every post is one full ACS request without
a browser flow before it: form parsing, the response's checks and its RSA-SHA256 signature
verified against the pinned certificate (samael/xmlsec), the assertion id stored for replay
protection, a pending request written and the 303 to `sso/complete`. The responses are built
and signed by scripts/generate-saml-fixtures' own functions with the committed test IdP key
(testdata/saml/keys/), each with its own assertion id (a replay would be refused).

    python3 bench/saml_acs.py --fixture F --count N --bodies OUT --label sqlite

Prints the ACS URL.
"""

from __future__ import annotations

import argparse
import base64
import importlib.machinery
import importlib.util
import json
import secrets
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IDP_ENTITY = "https://idp.bench.example/saml"


def fixtures_module():
    path = ROOT / "scripts" / "generate-saml-fixtures"
    loader = importlib.machinery.SourceFileLoader("generate_saml_fixtures", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def api(fixture: dict, method: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        fixture["url"] + path,
        method=method,
        data=json.dumps(body).encode(),
        headers={
            "authorization": f"Bearer {fixture['secret_key']}",
            "content-type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fixture", required=True, type=Path)
    parser.add_argument("--count", required=True, type=int)
    parser.add_argument("--bodies", required=True, type=Path)
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    fixture = json.loads(args.fixture.read_text())
    gen = fixtures_module()
    certificate = (ROOT / "testdata/saml/keys/idp.crt.pem").read_text()
    organization = api(
        fixture,
        "POST",
        "/v1/organizations",
        {"name": "SAML bench", "slug": f"saml-bench-{args.label}"},
    )
    connection = api(
        fixture,
        "POST",
        f"/v1/organizations/{organization['id']}/saml_connections",
        {
            "name": "bench",
            "idp_entity_id": IDP_ENTITY,
            "idp_sso_url": IDP_ENTITY + "/sso",
            "idp_certificates": [certificate],
            "allow_idp_initiated": True,
        },
    )
    gen.SP_ENTITY, gen.ACS_URL, gen.IDP_ENTITY = (
        connection["sp_entity_id"],
        connection["acs_url"],
        IDP_ENTITY,
    )
    # Issued now: valid from a minute ago for five minutes (response_xml's window).
    gen.FIXTURE_TIME = int(time.time())
    key, cert = gen.ensure_key("idp", "Gatehouse test IdP")
    signer = gen.Signer(key, cert)
    started = time.monotonic()
    with args.bodies.open("w") as out:
        for _ in range(args.count):
            tag = secrets.token_hex(12)
            root = gen.signed_assertion(
                signer, response_id=f"_r{tag}", assertion_id=f"_a{tag}", in_response_to=None
            )
            response = base64.b64encode(gen.to_text(root).encode()).decode()
            out.write(urllib.parse.urlencode({"SAMLResponse": response}) + "\n")
    print(
        f"prepared {args.count} signed responses in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    print(connection["acs_url"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
