from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    id_token_hint: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    post_logout_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id_token_hint"] = id_token_hint

    params["client_id"] = client_id

    params["post_logout_redirect_uri"] = post_logout_redirect_uri

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/p/{project_id}/oauth/logout".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
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
    id_token_hint: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    post_logout_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Sign out of the hosted login (OpenID Connect RP-Initiated Logout): ends the browser's
    hosted-login session and the sessions it started. With a valid `id_token_hint` for the
    current user it acts at once; otherwise it asks the person to confirm. Afterwards it
    redirects to `post_logout_redirect_uri` (exact match with the client's registered
    values) with `state`, or shows a signed-out page.

    Args:
        project_id (str):
        id_token_hint (str | Unset):
        client_id (str | Unset):
        post_logout_redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id_token_hint=id_token_hint,
        client_id=client_id,
        post_logout_redirect_uri=post_logout_redirect_uri,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    id_token_hint: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    post_logout_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Sign out of the hosted login (OpenID Connect RP-Initiated Logout): ends the browser's
    hosted-login session and the sessions it started. With a valid `id_token_hint` for the
    current user it acts at once; otherwise it asks the person to confirm. Afterwards it
    redirects to `post_logout_redirect_uri` (exact match with the client's registered
    values) with `state`, or shows a signed-out page.

    Args:
        project_id (str):
        id_token_hint (str | Unset):
        client_id (str | Unset):
        post_logout_redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        id_token_hint=id_token_hint,
        client_id=client_id,
        post_logout_redirect_uri=post_logout_redirect_uri,
        state=state,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    id_token_hint: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    post_logout_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Sign out of the hosted login (OpenID Connect RP-Initiated Logout): ends the browser's
    hosted-login session and the sessions it started. With a valid `id_token_hint` for the
    current user it acts at once; otherwise it asks the person to confirm. Afterwards it
    redirects to `post_logout_redirect_uri` (exact match with the client's registered
    values) with `state`, or shows a signed-out page.

    Args:
        project_id (str):
        id_token_hint (str | Unset):
        client_id (str | Unset):
        post_logout_redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id_token_hint=id_token_hint,
        client_id=client_id,
        post_logout_redirect_uri=post_logout_redirect_uri,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    id_token_hint: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    post_logout_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Sign out of the hosted login (OpenID Connect RP-Initiated Logout): ends the browser's
    hosted-login session and the sessions it started. With a valid `id_token_hint` for the
    current user it acts at once; otherwise it asks the person to confirm. Afterwards it
    redirects to `post_logout_redirect_uri` (exact match with the client's registered
    values) with `state`, or shows a signed-out page.

    Args:
        project_id (str):
        id_token_hint (str | Unset):
        client_id (str | Unset):
        post_logout_redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            id_token_hint=id_token_hint,
            client_id=client_id,
            post_logout_redirect_uri=post_logout_redirect_uri,
            state=state,
        )
    ).parsed
