from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.oidc_connection import OidcConnection
from ...models.update_oidc_connection import UpdateOidcConnection
from ...types import Response


def _get_kwargs(
    organization_id: str,
    oidc_connection_id: str,
    *,
    body: UpdateOidcConnection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organizations/{organization_id}/oidc_connections/{oidc_connection_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            oidc_connection_id=quote(str(oidc_connection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OidcConnection | None:
    if response.status_code == 200:
        response_200 = OidcConnection.from_dict(response.json())

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
) -> Response[ErrorBody | OidcConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    oidc_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOidcConnection,
) -> Response[ErrorBody | OidcConnection]:
    """Change an OIDC connection.

    Args:
        organization_id (str):
        oidc_connection_id (str):
        body (UpdateOidcConnection): Body of `update_oidc_connection`: the fields to change. A new
            issuer is discovered again. Example: {'client_secret': '...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OidcConnection]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        oidc_connection_id=oidc_connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    oidc_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOidcConnection,
) -> ErrorBody | OidcConnection | None:
    """Change an OIDC connection.

    Args:
        organization_id (str):
        oidc_connection_id (str):
        body (UpdateOidcConnection): Body of `update_oidc_connection`: the fields to change. A new
            issuer is discovered again. Example: {'client_secret': '...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OidcConnection
    """

    return sync_detailed(
        organization_id=organization_id,
        oidc_connection_id=oidc_connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    oidc_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOidcConnection,
) -> Response[ErrorBody | OidcConnection]:
    """Change an OIDC connection.

    Args:
        organization_id (str):
        oidc_connection_id (str):
        body (UpdateOidcConnection): Body of `update_oidc_connection`: the fields to change. A new
            issuer is discovered again. Example: {'client_secret': '...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OidcConnection]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        oidc_connection_id=oidc_connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    oidc_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOidcConnection,
) -> ErrorBody | OidcConnection | None:
    """Change an OIDC connection.

    Args:
        organization_id (str):
        oidc_connection_id (str):
        body (UpdateOidcConnection): Body of `update_oidc_connection`: the fields to change. A new
            issuer is discovered again. Example: {'client_secret': '...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OidcConnection
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            oidc_connection_id=oidc_connection_id,
            client=client,
            body=body,
        )
    ).parsed
