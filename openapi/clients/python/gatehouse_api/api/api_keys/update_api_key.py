from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.error_body import ErrorBody
from ...models.update_api_key import UpdateApiKey
from ...types import Response


def _get_kwargs(
    api_key_id: str,
    *,
    body: UpdateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/api_keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKey | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> Response[ApiKey | ErrorBody]:
    """Rename an API key or change its roles and actions (effective within the SDKs' cache TTL).
    Setting roles or actions makes a self-serve key the organization's: it no longer depends
    on its creator's rights (`created_by_user_id` becomes null).

    Args:
        api_key_id (str):
        body (UpdateApiKey): Body of `update_api_key`; absent fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorBody]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> ApiKey | ErrorBody | None:
    """Rename an API key or change its roles and actions (effective within the SDKs' cache TTL).
    Setting roles or actions makes a self-serve key the organization's: it no longer depends
    on its creator's rights (`created_by_user_id` becomes null).

    Args:
        api_key_id (str):
        body (UpdateApiKey): Body of `update_api_key`; absent fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorBody
    """

    return sync_detailed(
        api_key_id=api_key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> Response[ApiKey | ErrorBody]:
    """Rename an API key or change its roles and actions (effective within the SDKs' cache TTL).
    Setting roles or actions makes a self-serve key the organization's: it no longer depends
    on its creator's rights (`created_by_user_id` becomes null).

    Args:
        api_key_id (str):
        body (UpdateApiKey): Body of `update_api_key`; absent fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorBody]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> ApiKey | ErrorBody | None:
    """Rename an API key or change its roles and actions (effective within the SDKs' cache TTL).
    Setting roles or actions makes a self-serve key the organization's: it no longer depends
    on its creator's rights (`created_by_user_id` becomes null).

    Args:
        api_key_id (str):
        body (UpdateApiKey): Body of `update_api_key`; absent fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorBody
    """

    return (
        await asyncio_detailed(
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    ).parsed
