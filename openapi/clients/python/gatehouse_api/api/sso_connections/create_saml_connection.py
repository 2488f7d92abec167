from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_saml_connection import CreateSamlConnection
from ...models.error_body import ErrorBody
from ...models.saml_connection import SamlConnection
from ...types import Response


def _get_kwargs(
    organization_id: str,
    *,
    body: CreateSamlConnection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{organization_id}/saml_connections".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SamlConnection | None:
    if response.status_code == 201:
        response_201 = SamlConnection.from_dict(response.json())

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
) -> Response[ErrorBody | SamlConnection]:
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
    body: CreateSamlConnection,
) -> Response[ErrorBody | SamlConnection]:
    """Create a SAML connection for an organization. The IdP's metadata URL, if given, is fetched
    now and only now; the connection is refused without a signing certificate to pin.

    Args:
        organization_id (str):
        body (CreateSamlConnection): Body of `create_saml_connection`: the IdP as metadata XML, as
            a metadata URL, or as entity
            id + SSO URL + certificates (exactly one of the three). Example: {'attribute_preset':
            'entra', 'group_roles': {'<group object id>': ['admin']}, 'idp_metadata_url': 'https://log
            in.microsoftonline.com/<tenant>/federationmetadata/2007-06/federationmetadata.xml',
            'name': 'Entra ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SamlConnection]
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
    body: CreateSamlConnection,
) -> ErrorBody | SamlConnection | None:
    """Create a SAML connection for an organization. The IdP's metadata URL, if given, is fetched
    now and only now; the connection is refused without a signing certificate to pin.

    Args:
        organization_id (str):
        body (CreateSamlConnection): Body of `create_saml_connection`: the IdP as metadata XML, as
            a metadata URL, or as entity
            id + SSO URL + certificates (exactly one of the three). Example: {'attribute_preset':
            'entra', 'group_roles': {'<group object id>': ['admin']}, 'idp_metadata_url': 'https://log
            in.microsoftonline.com/<tenant>/federationmetadata/2007-06/federationmetadata.xml',
            'name': 'Entra ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SamlConnection
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
    body: CreateSamlConnection,
) -> Response[ErrorBody | SamlConnection]:
    """Create a SAML connection for an organization. The IdP's metadata URL, if given, is fetched
    now and only now; the connection is refused without a signing certificate to pin.

    Args:
        organization_id (str):
        body (CreateSamlConnection): Body of `create_saml_connection`: the IdP as metadata XML, as
            a metadata URL, or as entity
            id + SSO URL + certificates (exactly one of the three). Example: {'attribute_preset':
            'entra', 'group_roles': {'<group object id>': ['admin']}, 'idp_metadata_url': 'https://log
            in.microsoftonline.com/<tenant>/federationmetadata/2007-06/federationmetadata.xml',
            'name': 'Entra ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SamlConnection]
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
    body: CreateSamlConnection,
) -> ErrorBody | SamlConnection | None:
    """Create a SAML connection for an organization. The IdP's metadata URL, if given, is fetched
    now and only now; the connection is refused without a signing certificate to pin.

    Args:
        organization_id (str):
        body (CreateSamlConnection): Body of `create_saml_connection`: the IdP as metadata XML, as
            a metadata URL, or as entity
            id + SSO URL + certificates (exactly one of the three). Example: {'attribute_preset':
            'entra', 'group_roles': {'<group object id>': ['admin']}, 'idp_metadata_url': 'https://log
            in.microsoftonline.com/<tenant>/federationmetadata/2007-06/federationmetadata.xml',
            'name': 'Entra ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SamlConnection
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
