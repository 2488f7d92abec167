from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.project import Project
from ...models.update_project import UpdateProject
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateProject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/project",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | Project | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

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
) -> Response[ErrorBody | Project]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateProject,
) -> Response[ErrorBody | Project]:
    """Update the project's name, redirect URIs, login methods or token lifetime.

    Args:
        body (UpdateProject): Body of `update_project`; absent fields are left unchanged. Example:
            {'access_token_lifetime_seconds': 300, 'login_methods': ['password', 'magic_link'],
            'redirect_uris': ['https://app.example.com/callback', 'http://localhost:5173/callback']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Project]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateProject,
) -> ErrorBody | Project | None:
    """Update the project's name, redirect URIs, login methods or token lifetime.

    Args:
        body (UpdateProject): Body of `update_project`; absent fields are left unchanged. Example:
            {'access_token_lifetime_seconds': 300, 'login_methods': ['password', 'magic_link'],
            'redirect_uris': ['https://app.example.com/callback', 'http://localhost:5173/callback']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Project
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateProject,
) -> Response[ErrorBody | Project]:
    """Update the project's name, redirect URIs, login methods or token lifetime.

    Args:
        body (UpdateProject): Body of `update_project`; absent fields are left unchanged. Example:
            {'access_token_lifetime_seconds': 300, 'login_methods': ['password', 'magic_link'],
            'redirect_uris': ['https://app.example.com/callback', 'http://localhost:5173/callback']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Project]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateProject,
) -> ErrorBody | Project | None:
    """Update the project's name, redirect URIs, login methods or token lifetime.

    Args:
        body (UpdateProject): Body of `update_project`; absent fields are left unchanged. Example:
            {'access_token_lifetime_seconds': 300, 'login_methods': ['password', 'magic_link'],
            'redirect_uris': ['https://app.example.com/callback', 'http://localhost:5173/callback']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
