from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences import NotificationPreferences
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/notification-preferences",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreferences | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferences.from_dict(response.json())

        return response_200

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
) -> Response[NotificationPreferences | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[NotificationPreferences | Problem]:
    """Get the caller's e-mail preferences

     Every kind of notification, with whether it is `mandatory` (the HR policy requires it: always
    e-mailed) and whether the caller gets it by `email`. People's accounts only (HR, team leaders,
    employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferences | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> NotificationPreferences | Problem | None:
    """Get the caller's e-mail preferences

     Every kind of notification, with whether it is `mandatory` (the HR policy requires it: always
    e-mailed) and whether the caller gets it by `email`. People's accounts only (HR, team leaders,
    employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferences | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[NotificationPreferences | Problem]:
    """Get the caller's e-mail preferences

     Every kind of notification, with whether it is `mandatory` (the HR policy requires it: always
    e-mailed) and whether the caller gets it by `email`. People's accounts only (HR, team leaders,
    employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferences | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> NotificationPreferences | Problem | None:
    """Get the caller's e-mail preferences

     Every kind of notification, with whether it is `mandatory` (the HR policy requires it: always
    e-mailed) and whether the caller gets it by `email`. People's accounts only (HR, team leaders,
    employees); service accounts get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferences | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
