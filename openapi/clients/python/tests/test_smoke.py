"""Smoke test of the generated client against a real `gatehouse dev`: creates an organization
and a user, pages through organizations, and reads typed error bodies (404, 401)."""

from __future__ import annotations

from http import HTTPStatus

from gatehouse_api import AuthenticatedClient
from gatehouse_api.api.organizations import (
    create_organization,
    get_organization,
    list_organizations,
)
from gatehouse_api.api.users import create_user, list_users
from gatehouse_api.models import (
    CreateOrganization,
    CreateUser,
    ErrorBody,
    Organization,
    OrganizationList,
    User,
    UserList,
)


def _create_organization(client: AuthenticatedClient, slug: str) -> Organization:
    response = create_organization.sync_detailed(
        client=client,
        body=CreateOrganization(name=f"Org {slug}", slug=slug, domains=[f"{slug}.example"]),
    )
    assert response.status_code == HTTPStatus.CREATED, response.content
    assert isinstance(response.parsed, Organization)
    return response.parsed


def test_create_organization_and_user(client: AuthenticatedClient) -> None:
    organization = _create_organization(client, "py-smoke")
    assert organization.id.startswith("org_")
    assert organization.slug == "py-smoke"
    assert organization.domains == ["py-smoke.example"]

    user = create_user.sync(
        client=client,
        body=CreateUser(organization_id=organization.id, email="Ada@Py-Smoke.example", name="Ada"),
    )
    assert isinstance(user, User)
    assert user.id.startswith("user_")
    assert user.organization_id == organization.id
    assert user.email == "ada@py-smoke.example"
    assert user.has_password is False

    listed = list_users.sync(client=client, organization_id=organization.id)
    assert isinstance(listed, UserList)
    assert [each.id for each in listed.data] == [user.id]


def test_list_organizations_page_by_page(client: AuthenticatedClient, dev: dict) -> None:
    created = [_create_organization(client, slug).id for slug in ("py-a", "py-b", "py-c")]
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(100):
        if cursor is None:
            page = list_organizations.sync(client=client, limit=2)
        else:
            page = list_organizations.sync(client=client, limit=2, starting_after=cursor)
        assert isinstance(page, OrganizationList)
        assert len(page.data) <= 2
        seen.extend(organization.id for organization in page.data)
        if not isinstance(page.next_cursor, str):
            break
        cursor = page.next_cursor
    else:
        raise AssertionError("pagination does not end")
    assert len(set(seen)) == len(seen)
    assert seen == sorted(seen)
    assert {*created, dev["demo_organization_id"]} <= set(seen)


def test_not_found_has_the_typed_error_body(client: AuthenticatedClient) -> None:
    response = get_organization.sync_detailed("org_00000000000000000000000000", client=client)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorBody)
    assert response.parsed.error == "not_found"
    assert response.parsed.code == "not_found"
    assert response.parsed.message


def test_wrong_secret_key_has_the_typed_error_body(dev: dict) -> None:
    with AuthenticatedClient(base_url=dev["base_url"], token="sk_test_wrong") as stranger:
        response = list_organizations.sync_detailed(client=stranger)
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, ErrorBody)
    assert response.parsed.code == "invalid_secret_key"
