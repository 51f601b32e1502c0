from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_scim_token_read import PageScimTokenRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_account_id: int,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/v1/service-accounts/{service_account_id}/scim-tokens".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageScimTokenRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageScimTokenRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageScimTokenRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageScimTokenRead | Problem]:
    """List a service account's SCIM tokens

     The SCIM tokens of a service account, revoked ones included, never their secrets. Only HR
    (`hr_admin`). 404 for an unknown account.

    Args:
        service_account_id (int):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageScimTokenRead | Problem]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageScimTokenRead | Problem | None:
    """List a service account's SCIM tokens

     The SCIM tokens of a service account, revoked ones included, never their secrets. Only HR
    (`hr_admin`). 404 for an unknown account.

    Args:
        service_account_id (int):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageScimTokenRead | Problem
    """

    return sync_detailed(
        service_account_id=service_account_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageScimTokenRead | Problem]:
    """List a service account's SCIM tokens

     The SCIM tokens of a service account, revoked ones included, never their secrets. Only HR
    (`hr_admin`). 404 for an unknown account.

    Args:
        service_account_id (int):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageScimTokenRead | Problem]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageScimTokenRead | Problem | None:
    """List a service account's SCIM tokens

     The SCIM tokens of a service account, revoked ones included, never their secrets. Only HR
    (`hr_admin`). 404 for an unknown account.

    Args:
        service_account_id (int):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageScimTokenRead | Problem
    """

    return (
        await asyncio_detailed(
            service_account_id=service_account_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
