from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifications_read_all import NotificationsReadAll
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/notifications/read-all",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationsReadAll | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationsReadAll.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotificationsReadAll | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[NotificationsReadAll | Problem]:
    """Mark all the caller's notifications read

     Every unread notification addressed to the caller, and to their role's shared inbox (HR's), is
    marked read at once; the answer says how many. Any authenticated caller; calling it again marks
    nothing (`marked: 0`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsReadAll | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> NotificationsReadAll | Problem | None:
    """Mark all the caller's notifications read

     Every unread notification addressed to the caller, and to their role's shared inbox (HR's), is
    marked read at once; the answer says how many. Any authenticated caller; calling it again marks
    nothing (`marked: 0`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsReadAll | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[NotificationsReadAll | Problem]:
    """Mark all the caller's notifications read

     Every unread notification addressed to the caller, and to their role's shared inbox (HR's), is
    marked read at once; the answer says how many. Any authenticated caller; calling it again marks
    nothing (`marked: 0`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsReadAll | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> NotificationsReadAll | Problem | None:
    """Mark all the caller's notifications read

     Every unread notification addressed to the caller, and to their role's shared inbox (HR's), is
    marked read at once; the answer says how many. Any authenticated caller; calling it again marks
    nothing (`marked: 0`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsReadAll | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
