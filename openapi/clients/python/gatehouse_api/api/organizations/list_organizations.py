from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.organization_list import OrganizationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    slug: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["slug"] = slug

    params["domain"] = domain

    params["user_email"] = user_email

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OrganizationList | None:
    if response.status_code == 200:
        response_200 = OrganizationList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | OrganizationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    slug: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[ErrorBody | OrganizationList]:
    """List organizations, oldest first; filter by slug, verified email domain, or the email of
    one of their users to find where a person signs in.

    Args:
        slug (str | Unset):
        domain (str | Unset):
        user_email (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OrganizationList]
    """

    kwargs = _get_kwargs(
        slug=slug,
        domain=domain,
        user_email=user_email,
        limit=limit,
        starting_after=starting_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    slug: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> ErrorBody | OrganizationList | None:
    """List organizations, oldest first; filter by slug, verified email domain, or the email of
    one of their users to find where a person signs in.

    Args:
        slug (str | Unset):
        domain (str | Unset):
        user_email (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OrganizationList
    """

    return sync_detailed(
        client=client,
        slug=slug,
        domain=domain,
        user_email=user_email,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    slug: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[ErrorBody | OrganizationList]:
    """List organizations, oldest first; filter by slug, verified email domain, or the email of
    one of their users to find where a person signs in.

    Args:
        slug (str | Unset):
        domain (str | Unset):
        user_email (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OrganizationList]
    """

    kwargs = _get_kwargs(
        slug=slug,
        domain=domain,
        user_email=user_email,
        limit=limit,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    slug: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> ErrorBody | OrganizationList | None:
    """List organizations, oldest first; filter by slug, verified email domain, or the email of
    one of their users to find where a person signs in.

    Args:
        slug (str | Unset):
        domain (str | Unset):
        user_email (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OrganizationList
    """

    return (
        await asyncio_detailed(
            client=client,
            slug=slug,
            domain=domain,
            user_email=user_email,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
