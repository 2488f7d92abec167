"""Prepares the input of progenitor, the Rust client generator, from the OpenAPI 3.0 document
that openapi-down-convert made of openapi/openapi.json.

progenitor reads only OpenAPI 3.0, and this is what the down-converter leaves that it cannot
take:
- `oneOf: [{type: null}, X]` (utoipa's form of an optional reference) becomes
  `allOf: [X], nullable: true`, the OpenAPI 3.0 spelling;
- the issuer's endpoints (`/p/{project_id}/...`) are left out: progenitor needs one success
  and one error schema per operation, and they have two (304 without a body, RFC 6749 errors
  beside ErrorBody). Rust programs use an OAuth 2.0 / OpenID Connect library for them.

    python3 progenitor_input.py IN.json OUT.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

NULL = {"type": "null"}


def nullable_instead_of_null_branch(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("oneOf", "anyOf"):
            branches = node.get(key)
            if isinstance(branches, list) and NULL in branches:
                rest = [branch for branch in branches if branch != NULL]
                del node[key]
                node["nullable"] = True
                if len(rest) == 1:
                    node["allOf"] = rest
                else:
                    node[key] = rest
        for value in node.values():
            nullable_instead_of_null_branch(value)
    elif isinstance(node, list):
        for value in node:
            nullable_instead_of_null_branch(value)


def main(source: str, destination: str) -> None:
    with open(source, encoding="utf-8") as file:
        document = json.load(file)
    document["paths"] = {
        path: item for path, item in document["paths"].items() if not path.startswith("/p/")
    }
    nullable_instead_of_null_branch(document)
    with open(destination, "w", encoding="utf-8") as file:
        json.dump(document, file, indent=2)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
