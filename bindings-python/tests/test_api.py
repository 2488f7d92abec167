"""The Python surface of the binding: errors, key sets, claims, the client, threads."""

from __future__ import annotations

import base64
import json
import pickle
import threading
from pathlib import Path
from typing import Any

import gatehouse
import pytest
from gatehouse._codes import STATUS

VECTORS = Path(__file__).resolve().parents[2] / "testdata" / "vectors.json"
AUTHENTICATE = VECTORS.with_name("authenticate.json")
CASES = {case["name"]: case for case in json.loads(VECTORS.read_text())["cases"]}

DESIGN_CODES = (
    "missing_token, malformed_token, unsupported_algorithm, unknown_key, invalid_signature, "
    "token_expired, token_not_yet_valid, wrong_issuer, wrong_audience, wrong_token_type, "
    "missing_claim, invalid_claim, jwks_unavailable, invalid_api_key, server_unavailable, "
    "forbidden"
).split(", ")

PROJECT = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2"


def publishable_key(issuer: str, project_id: str) -> str:
    encoded = base64.urlsafe_b64encode(f"{issuer}#{project_id}".encode()).decode()
    return "pk_test_" + encoded.rstrip("=")


# A project on a port nothing listens on: fetching its keys fails at once.
UNREACHABLE_KEY = publishable_key(f"http://127.0.0.1:9/p/{PROJECT}", PROJECT)


def verify(name: str, **overrides: Any) -> gatehouse.AccessTokenClaims:
    case = CASES[name]
    options = {**case["options"], **overrides}
    return gatehouse.verify_access_token(case["token"], jwks=case["jwks"], **options)


def test_codes_are_the_designs() -> None:
    assert list(gatehouse.AUTH_ERROR_CODES) == DESIGN_CODES


def test_generated_code_table_matches_the_core() -> None:
    assert list(STATUS) == list(gatehouse.AUTH_ERROR_CODES)
    for code, status in STATUS.items():
        if code not in ("forbidden", "jwks_unavailable", "server_unavailable"):
            assert status == 401, code


def test_refusal_carries_the_http_answer() -> None:
    with pytest.raises(gatehouse.AuthError) as refused:
        verify("expired")
    error = refused.value
    assert error.code == "token_expired"
    assert error.message == "the token has expired"
    assert str(error) == "token_expired: the token has expired"
    assert error.status == 401
    assert error.www_authenticate == (
        'Bearer error="invalid_token", error_description="the token has expired"'
    )
    assert json.loads(error.body) == {
        "error": "unauthorized",
        "code": "token_expired",
        "message": "the token has expired",
    }
    assert error.headers["WWW-Authenticate"] == error.www_authenticate
    assert isinstance(error, Exception)


def test_forbidden_and_missing_token_answers() -> None:
    error = gatehouse.forbidden("invoices.write")
    assert (error.code, error.status) == ("forbidden", 403)
    assert error.www_authenticate is not None
    assert error.www_authenticate.startswith('Bearer error="insufficient_scope"')
    with pytest.raises(gatehouse.AuthError) as refused:
        gatehouse.Client(UNREACHABLE_KEY).authenticate_request(method="GET")
    assert refused.value.code == "missing_token"
    assert refused.value.www_authenticate == "Bearer"


def test_auth_error_pickles() -> None:
    error = gatehouse.forbidden("invoices.write")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.message, copy.status, copy.body) == (
        error.code,
        error.message,
        error.status,
        error.body,
    )


def test_claims_accessors() -> None:
    claims = verify("valid_eddsa_full_claims")
    expected = CASES["valid_eddsa_full_claims"]["expected_claims"]
    assert claims.issuer == expected["iss"]
    assert claims.subject == claims.user_id == expected["sub"]
    assert claims.organization_id == expected["org"]["id"]
    assert claims.organization == expected["org"]
    assert claims.user == expected["user"]
    assert claims.audience == [expected["aud"]]
    assert (claims.expires_at, claims.issued_at, claims.not_before) == (
        expected["exp"],
        expected["iat"],
        expected["nbf"],
    )
    assert claims.token_id == expected["jti"]
    assert claims.session_id == expected["sid"]
    assert claims.roles == expected["roles"]
    assert claims.actions == expected["actions"]
    assert claims.authentication_methods == expected["amr"]
    assert claims.has_permission(expected["actions"][0])
    assert not claims.has_permission("nothing:granted")
    assert claims.has_role("admin") and not claims.has_role("owner")
    assert not claims.is_impersonated() and claims.actor is None
    assert claims.get("org") == expected["org"]
    assert claims.get("absent", "fallback") == "fallback"


def test_minimal_impersonated_and_custom_claims() -> None:
    minimal = verify("valid_eddsa_minimal_claims")
    assert minimal.user is None and minimal.roles == [] and minimal.token_id is None
    impersonated = verify("valid_impersonated")
    assert impersonated.is_impersonated()
    assert impersonated.actor == CASES["valid_impersonated"]["expected_claims"]["act"]
    custom = verify("valid_custom_claims")
    assert custom.to_dict() == CASES["valid_custom_claims"]["expected_claims"]


def test_leeway_and_clock_are_options() -> None:
    case = CASES["expired"]
    with pytest.raises(gatehouse.AuthError):
        verify("expired")
    claims = verify("expired", leeway=10**9)
    assert claims.expires_at < case["options"]["now"]


def test_jwks_class() -> None:
    case = CASES["valid_jwks_with_unsupported_keys"]
    jwks = gatehouse.Jwks(case["jwks"])
    assert len(jwks) == len(jwks.key_ids()) >= 1
    assert gatehouse.Jwks(jwks).key_ids() == jwks.key_ids()
    with pytest.raises(TypeError):
        gatehouse.Jwks(42)  # type: ignore[arg-type]
    with pytest.raises(gatehouse.AuthError):
        gatehouse.Jwks("not json")


def test_client_configuration() -> None:
    client = gatehouse.Client(UNREACHABLE_KEY, secret_key="sk_test_x")
    assert client.issuer == "http://127.0.0.1:9/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2"
    assert client.project_id == "proj_01j9zqk3m4n5p6q7r8s9t0v1w2"
    assert client.jwks_url == f"{client.issuer}/.well-known/jwks.json"
    assert client.api_url == "http://127.0.0.1:9"
    with pytest.raises(ValueError, match="publishable key"):
        gatehouse.Client("pk_nonsense")


def test_unreachable_server_is_jwks_unavailable() -> None:
    client = gatehouse.Client(UNREACHABLE_KEY, secret_key="sk_test_x")
    token = CASES["valid_eddsa_full_claims"]["token"]
    with pytest.raises(gatehouse.AuthError) as refused:
        client.verify_access_token(token)
    assert refused.value.code == "jwks_unavailable"
    assert refused.value.status == 503
    assert refused.value.www_authenticate is None


def test_with_the_server_stopped_api_keys_are_invalid_or_unavailable() -> None:
    """Nothing listens where the server should be: a key with a bad checksum is refused
    offline, a well-formed one cannot be checked."""
    client = gatehouse.Client(UNREACHABLE_KEY, secret_key="sk_test_x")
    authenticate = json.loads(AUTHENTICATE.read_text())["cases"]
    typo = next(c for c in authenticate if c["name"] == "api_key_bad_checksum")["credential"]
    good = next(c for c in authenticate if c["name"] == "api_key_accepted")["credential"]
    with pytest.raises(gatehouse.AuthError) as refused:
        client.authenticate_credential(typo)
    assert (refused.value.code, refused.value.status) == ("invalid_api_key", 401)
    with pytest.raises(gatehouse.AuthError) as refused:
        client.authenticate_credential(good)
    assert (refused.value.code, refused.value.status) == ("server_unavailable", 503)
    assert refused.value.www_authenticate is None


def test_api_key_without_secret_key_is_refused() -> None:
    with pytest.raises(gatehouse.AuthError) as refused:
        gatehouse.Client(UNREACHABLE_KEY).authenticate_request(
            method="GET", authorization="Bearer gh_key_abc"
        )
    assert refused.value.code == "invalid_api_key"


def test_verification_is_thread_safe() -> None:
    case = CASES["valid_es256_full_claims"]
    jwks = gatehouse.Jwks(case["jwks"])
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                claims = gatehouse.verify_access_token(case["token"], jwks=jwks, **case["options"])
                assert claims.to_dict() == case["expected_claims"]
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
