"""Gatehouse access tokens verified by PyJWT, a JOSE library we do not write.

This proves the tokens are standard: the JWKS is usable by a stock client, the signature
verifies, and every registered claim passes PyJWT's own checks.
"""

from __future__ import annotations

import jwt
import pytest
import requests


def login(dev: dict) -> dict:
    response = requests.post(
        f"{dev['issuer']}/v1/login/password",
        json={
            "organization": "acme",
            "email": dev["demo_user_email"],
            "password": dev["demo_user_password"],
        },
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_access_token_verifies_with_pyjwt_and_the_jwks(dev: dict) -> None:
    tokens = login(dev)
    access = tokens["access_token"]

    header = jwt.get_unverified_header(access)
    assert header["typ"] == "at+jwt"
    assert header["alg"] == "EdDSA"

    discovery = requests.get(f"{dev['issuer']}/.well-known/openid-configuration", timeout=10).json()
    assert discovery["issuer"] == dev["issuer"]
    signing_key = jwt.PyJWKClient(discovery["jwks_uri"]).get_signing_key_from_jwt(access)

    claims = jwt.decode(
        access,
        key=signing_key.key,
        algorithms=["EdDSA", "ES256"],
        audience=dev["project_id"],
        issuer=dev["issuer"],
        options={"require": ["exp", "iat", "nbf", "iss", "aud", "sub", "jti"]},
    )
    assert claims["sub"].startswith("user_")
    assert claims["org"]["id"] == dev["demo_organization_id"]
    assert claims["org"]["slug"] == "acme"
    assert claims["user"]["email"] == dev["demo_user_email"]
    assert claims["sid"].startswith("sess_")
    assert claims["client_id"] == dev["publishable_key"]
    assert claims["amr"] == ["pwd"]
    assert claims["roles"] == ["owner"]
    assert isinstance(claims["actions"], list)
    assert claims["exp"] - claims["iat"] == tokens["expires_in"]


def test_pyjwt_rejects_tampering_and_wrong_audience(dev: dict) -> None:
    access = login(dev)["access_token"]
    jwks_client = jwt.PyJWKClient(f"{dev['issuer']}/.well-known/jwks.json")
    key = jwks_client.get_signing_key_from_jwt(access).key
    head, payload, signature = access.split(".")
    # One character in the middle changes: never a no-op (the last ones may carry padding bits).
    middle = len(payload) // 2
    flipped = "A" if payload[middle] != "A" else "B"
    tampered = f"{head}.{payload[:middle]}{flipped}{payload[middle + 1 :]}.{signature}"
    with pytest.raises(jwt.InvalidTokenError):
        jwt.decode(tampered, key=key, algorithms=["EdDSA"], audience=dev["project_id"])
    with pytest.raises(jwt.InvalidAudienceError):
        jwt.decode(access, key=key, algorithms=["EdDSA"], audience="proj_someone_else")


def test_es256_tokens_verify_after_rotation(dev: dict) -> None:
    auth = {"Authorization": f"Bearer {dev['secret_key']}"}
    api = dev["api_url"]
    assert requests.patch(
        f"{api}/v1/project",
        json={"signing_algorithm": "ES256"},
        headers=auth,
        timeout=10,
    ).ok
    rotated = requests.post(f"{api}/v1/signing_keys/rotate", headers=auth, timeout=10)
    assert rotated.status_code == 200, rotated.text
    new_key = rotated.json()
    assert new_key["algorithm"] == "ES256"
    # The pending ES256 key is published before it signs: PyJWT can already load it.
    keys = {
        k.key_id: k
        for k in jwt.PyJWKClient(f"{dev['issuer']}/.well-known/jwks.json").get_signing_keys()
    }
    assert new_key["id"] in keys
    assert keys[new_key["id"]].algorithm_name == "ES256"
    # Until the pre-publish window has passed, the previous EdDSA key keeps signing.
    assert jwt.get_unverified_header(login(dev)["access_token"])["alg"] == "EdDSA"
