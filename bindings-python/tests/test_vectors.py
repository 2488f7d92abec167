"""Every case of testdata/vectors.json through the Python binding: the same verdicts and error
codes as the Rust core and every other binding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import gatehouse
import pytest

VECTORS = Path(__file__).resolve().parents[2] / "testdata" / "vectors.json"
CASES = json.loads(VECTORS.read_text())["cases"]


def verify(case: dict[str, Any], jwks: Any) -> gatehouse.AccessTokenClaims:
    options = case["options"]
    return gatehouse.verify_access_token(
        case["token"],
        jwks=jwks,
        issuer=options["issuer"],
        audience=options["audience"],
        now=options["now"],
        leeway=options["leeway"],
    )


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_vector(case: dict[str, Any]) -> None:
    if "expected_claims" in case:
        claims = verify(case, case["jwks"])
        assert claims.to_dict() == case["expected_claims"]
        assert claims.organization_id == case["expected_claims"]["org"]["id"]
        assert claims.user_id == case["expected_claims"]["sub"]
    else:
        with pytest.raises(gatehouse.AuthError) as refused:
            verify(case, case["jwks"])
        assert refused.value.code == case["expected_error"]
        assert refused.value.code in gatehouse.AUTH_ERROR_CODES


@pytest.mark.parametrize("form", ["dict", "str", "bytes", "Jwks"])
def test_every_jwks_form_gives_the_same_verdicts(form: str) -> None:
    def convert(jwks: dict[str, Any]) -> Any:
        text = json.dumps(jwks)
        return {
            "dict": jwks,
            "str": text,
            "bytes": text.encode(),
            "Jwks": gatehouse.Jwks(jwks),
        }[form]

    for case in CASES:
        try:
            verdict = verify(case, convert(case["jwks"])).to_dict()
        except gatehouse.AuthError as error:
            verdict = error.code
        assert verdict == case.get("expected_claims", case.get("expected_error")), case["name"]
