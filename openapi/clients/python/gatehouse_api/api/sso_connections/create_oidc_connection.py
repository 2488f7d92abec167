from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_oidc_connection import CreateOidcConnection
from ...models.error_body import ErrorBody
from ...models.oidc_connection import OidcConnection
from ...types import Response


def _get_kwargs(
    organization_id: str,
    *,
    body: CreateOidcConnection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{organization_id}/oidc_connections".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OidcConnection | None:
    if response.status_code == 201:
        response_201 = OidcConnection.from_dict(response.json())

        return response_201

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
) -> Response[ErrorBody | OidcConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateOidcConnection,
) -> Response[ErrorBody | OidcConnection]:
    """Create an OIDC connection for an organization; its issuer is discovered now.

    Args:
        organization_id (str):
        body (CreateOidcConnection): Body of `create_oidc_connection`. Example: {'client_id':
            '0oa1b2c3', 'client_secret': '...', 'issuer': 'https://acme.okta.com', 'name': 'Okta',
            'scopes': ['openid', 'email', 'profile', 'groups']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OidcConnection]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateOidcConnection,
) -> ErrorBody | OidcConnection | None:
    """Create an OIDC connection for an organization; its issuer is discovered now.

    Args:
        organization_id (str):
        body (CreateOidcConnection): Body of `create_oidc_connection`. Example: {'client_id':
            '0oa1b2c3', 'client_secret': '...', 'issuer': 'https://acme.okta.com', 'name': 'Okta',
            'scopes': ['openid', 'email', 'profile', 'groups']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OidcConnection
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateOidcConnection,
) -> Response[ErrorBody | OidcConnection]:
    """Create an OIDC connection for an organization; its issuer is discovered now.

    Args:
        organization_id (str):
        body (CreateOidcConnection): Body of `create_oidc_connection`. Example: {'client_id':
            '0oa1b2c3', 'client_secret': '...', 'issuer': 'https://acme.okta.com', 'name': 'Okta',
            'scopes': ['openid', 'email', 'profile', 'groups']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OidcConnection]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateOidcConnection,
) -> ErrorBody | OidcConnection | None:
    """Create an OIDC connection for an organization; its issuer is discovered now.

    Args:
        organization_id (str):
        body (CreateOidcConnection): Body of `create_oidc_connection`. Example: {'client_id':
            '0oa1b2c3', 'client_secret': '...', 'issuer': 'https://acme.okta.com', 'name': 'Okta',
            'scopes': ['openid', 'email', 'profile', 'groups']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OidcConnection
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
