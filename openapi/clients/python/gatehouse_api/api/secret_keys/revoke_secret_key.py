from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.secret_key import SecretKey
from ...types import Response


def _get_kwargs(
    secret_key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/secret_keys/{secret_key_id}/revoke".format(
            secret_key_id=quote(str(secret_key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SecretKey | None:
    if response.status_code == 200:
        response_200 = SecretKey.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | SecretKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    secret_key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | SecretKey]:
    """Revoke a secret key at once. The project's last active key cannot be revoked.

    Args:
        secret_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SecretKey]
    """

    kwargs = _get_kwargs(
        secret_key_id=secret_key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_key_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | SecretKey | None:
    """Revoke a secret key at once. The project's last active key cannot be revoked.

    Args:
        secret_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SecretKey
    """

    return sync_detailed(
        secret_key_id=secret_key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    secret_key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | SecretKey]:
    """Revoke a secret key at once. The project's last active key cannot be revoked.

    Args:
        secret_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SecretKey]
    """

    kwargs = _get_kwargs(
        secret_key_id=secret_key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_key_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | SecretKey | None:
    """Revoke a secret key at once. The project's last active key cannot be revoked.

    Args:
        secret_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SecretKey
    """

    return (
        await asyncio_detailed(
            secret_key_id=secret_key_id,
            client=client,
        )
    ).parsed
