from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_error_body import OAuthErrorBody
from ...models.revoke_request import RevokeRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: RevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/p/{project_id}/oauth/revoke".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | OAuthErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = OAuthErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | OAuthErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
) -> Response[Any | ErrorBody | OAuthErrorBody]:
    """Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
    error, so the endpoint reveals nothing about which tokens exist. A confidential client
    authenticates as at the token endpoint and may revoke only the tokens issued to it; tokens
    of public clients and of the first-party password API need only the token itself.

    Args:
        project_id (str):
        body (RevokeRequest): Form body of the revocation endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | OAuthErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
) -> Any | ErrorBody | OAuthErrorBody | None:
    """Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
    error, so the endpoint reveals nothing about which tokens exist. A confidential client
    authenticates as at the token endpoint and may revoke only the tokens issued to it; tokens
    of public clients and of the first-party password API need only the token itself.

    Args:
        project_id (str):
        body (RevokeRequest): Form body of the revocation endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | OAuthErrorBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
) -> Response[Any | ErrorBody | OAuthErrorBody]:
    """Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
    error, so the endpoint reveals nothing about which tokens exist. A confidential client
    authenticates as at the token endpoint and may revoke only the tokens issued to it; tokens
    of public clients and of the first-party password API need only the token itself.

    Args:
        project_id (str):
        body (RevokeRequest): Form body of the revocation endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | OAuthErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
) -> Any | ErrorBody | OAuthErrorBody | None:
    """Revoke a token (RFC 7009): a refresh token ends its session. Unknown tokens are not an
    error, so the endpoint reveals nothing about which tokens exist. A confidential client
    authenticates as at the token endpoint and may revoke only the tokens issued to it; tokens
    of public clients and of the first-party password API need only the token itself.

    Args:
        project_id (str):
        body (RevokeRequest): Form body of the revocation endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | OAuthErrorBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
