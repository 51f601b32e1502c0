from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_feed_created import CalendarFeedCreated
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/calendar-feeds",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarFeedCreated | Problem | None:
    if response.status_code == 201:
        response_201 = CalendarFeedCreated.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarFeedCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarFeedCreated | Problem]:
    """Create (or rotate) the caller's calendar feed

     Answers the feed's secret URL once. Calling it again issues a new URL and the previous one stops
    working. People's accounts only (HR, team leaders, employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedCreated | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CalendarFeedCreated | Problem | None:
    """Create (or rotate) the caller's calendar feed

     Answers the feed's secret URL once. Calling it again issues a new URL and the previous one stops
    working. People's accounts only (HR, team leaders, employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedCreated | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarFeedCreated | Problem]:
    """Create (or rotate) the caller's calendar feed

     Answers the feed's secret URL once. Calling it again issues a new URL and the previous one stops
    working. People's accounts only (HR, team leaders, employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedCreated | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CalendarFeedCreated | Problem | None:
    """Create (or rotate) the caller's calendar feed

     Answers the feed's secret URL once. Calling it again issues a new URL and the previous one stops
    working. People's accounts only (HR, team leaders, employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedCreated | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
