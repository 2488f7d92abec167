"""Every case of testdata/authenticate.json and testdata/requests.json through the Python
binding: the same principals, error codes and credentials as the Rust core and every other
binding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import gatehouse
import pytest

TESTDATA = Path(__file__).resolve().parents[2] / "testdata"
AUTHENTICATE = json.loads((TESTDATA / "authenticate.json").read_text())
REQUESTS = json.loads((TESTDATA / "requests.json").read_text())["cases"]


def principal_json(principal: gatehouse.Authentication) -> dict[str, Any]:
    return {
        "kind": principal.kind,
        "organization_id": principal.organization_id,
        "user_id": principal.user_id,
        "api_key_id": principal.api_key_id,
        "roles": principal.roles,
        "actions": principal.actions,
        "impersonator": principal.impersonator,
    }


@pytest.mark.parametrize(
    "case", AUTHENTICATE["cases"], ids=[case["name"] for case in AUTHENTICATE["cases"]]
)
def test_authenticate_vector(case: dict[str, Any]) -> None:
    answer = case["server_answer"]
    if answer != "no_answer":
        answer = (answer["status"], answer["body"].encode())
    decision = gatehouse.authenticate_with_answer(
        case["credential"],
        jwks=AUTHENTICATE["jwks"],
        server_answer=None if answer == "no_answer" else answer,
        accepts_api_keys=case["accepts_api_keys"],
        **AUTHENTICATE["options"],
    )
    assert decision.asked_server == case["asks_server"]
    if "expected_principal" in case:
        assert decision.error is None
        assert decision.principal is not None
        assert principal_json(decision.principal) == case["expected_principal"]
        for action in decision.principal.actions:
            assert decision.principal.has_permission(action)
        assert not decision.principal.has_permission("nothing:granted")
    else:
        assert decision.principal is None
        assert decision.error is not None
        assert decision.error.code == case["expected_error"]


@pytest.mark.parametrize("case", REQUESTS, ids=[case["name"] for case in REQUESTS])
def test_request_vector(case: dict[str, Any]) -> None:
    request = case["request"]
    if "expected_error" in case:
        with pytest.raises(gatehouse.AuthError) as refused:
            gatehouse.request_credential(**request)
        assert refused.value.code == case["expected_error"]
        return
    found = gatehouse.request_credential(**request)
    if case.get("expected_preflight"):
        assert found is None
    else:
        assert found == (case["expected_kind"], case["expected_credential"])
