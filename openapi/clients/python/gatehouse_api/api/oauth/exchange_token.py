from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_error_body import OAuthErrorBody
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/p/{project_id}/oauth/token".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OAuthErrorBody | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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
) -> Response[ErrorBody | OAuthErrorBody | TokenResponse]:
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
    body: TokenRequest,
) -> Response[ErrorBody | OAuthErrorBody | TokenResponse]:
    """The token endpoint: exchange an authorization code (with its PKCE verifier) for access,
    refresh and ID tokens, or a refresh token for new tokens. Refresh tokens are single use:
    presenting one again revokes its session.

    Args:
        project_id (str):
        body (TokenRequest): Form body of the token endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthErrorBody | TokenResponse]
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
    body: TokenRequest,
) -> ErrorBody | OAuthErrorBody | TokenResponse | None:
    """The token endpoint: exchange an authorization code (with its PKCE verifier) for access,
    refresh and ID tokens, or a refresh token for new tokens. Refresh tokens are single use:
    presenting one again revokes its session.

    Args:
        project_id (str):
        body (TokenRequest): Form body of the token endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthErrorBody | TokenResponse
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
    body: TokenRequest,
) -> Response[ErrorBody | OAuthErrorBody | TokenResponse]:
    """The token endpoint: exchange an authorization code (with its PKCE verifier) for access,
    refresh and ID tokens, or a refresh token for new tokens. Refresh tokens are single use:
    presenting one again revokes its session.

    Args:
        project_id (str):
        body (TokenRequest): Form body of the token endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthErrorBody | TokenResponse]
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
    body: TokenRequest,
) -> ErrorBody | OAuthErrorBody | TokenResponse | None:
    """The token endpoint: exchange an authorization code (with its PKCE verifier) for access,
    refresh and ID tokens, or a refresh token for new tokens. Refresh tokens are single use:
    presenting one again revokes its session.

    Args:
        project_id (str):
        body (TokenRequest): Form body of the token endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthErrorBody | TokenResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
