from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_user_read import PageUserRead
from ...models.problem import Problem
from ...models.users_list_role_type_0 import UsersListRoleType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: None | Unset | UsersListRoleType0 = UNSET,
    is_active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, UsersListRoleType0):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_is_active: bool | None | Unset
    if isinstance(is_active, Unset):
        json_is_active = UNSET
    else:
        json_is_active = is_active
    params["is_active"] = json_is_active

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageUserRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageUserRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageUserRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Unset | UsersListRoleType0 = UNSET,
    is_active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUserRead | Problem]:
    """List user accounts

     The people's accounts, filtered by `role` and `is_active`, a page at a time. Only HR (`hr_admin`).

    Args:
        role (None | Unset | UsersListRoleType0):
        is_active (bool | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserRead | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        is_active=is_active,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    role: None | Unset | UsersListRoleType0 = UNSET,
    is_active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageUserRead | Problem | None:
    """List user accounts

     The people's accounts, filtered by `role` and `is_active`, a page at a time. Only HR (`hr_admin`).

    Args:
        role (None | Unset | UsersListRoleType0):
        is_active (bool | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserRead | Problem
    """

    return sync_detailed(
        client=client,
        role=role,
        is_active=is_active,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Unset | UsersListRoleType0 = UNSET,
    is_active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUserRead | Problem]:
    """List user accounts

     The people's accounts, filtered by `role` and `is_active`, a page at a time. Only HR (`hr_admin`).

    Args:
        role (None | Unset | UsersListRoleType0):
        is_active (bool | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserRead | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        is_active=is_active,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    role: None | Unset | UsersListRoleType0 = UNSET,
    is_active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageUserRead | Problem | None:
    """List user accounts

     The people's accounts, filtered by `role` and `is_active`, a page at a time. Only HR (`hr_admin`).

    Args:
        role (None | Unset | UsersListRoleType0):
        is_active (bool | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            is_active=is_active,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
