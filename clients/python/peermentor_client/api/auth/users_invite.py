from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invitation_created import InvitationCreated
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/{user_id}/invitation".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvitationCreated | Problem | None:
    if response.status_code == 201:
        response_201 = InvitationCreated.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvitationCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[InvitationCreated | Problem]:
    """Send a new set-password link (reset)

     A new one-time link for an existing account, answered once and e-mailed like a new account's (see
    `users-create`); the account's older links stop working. The current password, if any, keeps working
    until the person sets a new one: to stop it at once, deactivate the account. Only HR (`hr_admin`).
    404 for an unknown account; 409 for a deactivated one (reason `account_deactivated`: reactivate it
    first).

    Args:
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationCreated | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> InvitationCreated | Problem | None:
    """Send a new set-password link (reset)

     A new one-time link for an existing account, answered once and e-mailed like a new account's (see
    `users-create`); the account's older links stop working. The current password, if any, keeps working
    until the person sets a new one: to stop it at once, deactivate the account. Only HR (`hr_admin`).
    404 for an unknown account; 409 for a deactivated one (reason `account_deactivated`: reactivate it
    first).

    Args:
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationCreated | Problem
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[InvitationCreated | Problem]:
    """Send a new set-password link (reset)

     A new one-time link for an existing account, answered once and e-mailed like a new account's (see
    `users-create`); the account's older links stop working. The current password, if any, keeps working
    until the person sets a new one: to stop it at once, deactivate the account. Only HR (`hr_admin`).
    404 for an unknown account; 409 for a deactivated one (reason `account_deactivated`: reactivate it
    first).

    Args:
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationCreated | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> InvitationCreated | Problem | None:
    """Send a new set-password link (reset)

     A new one-time link for an existing account, answered once and e-mailed like a new account's (see
    `users-create`); the account's older links stop working. The current password, if any, keeps working
    until the person sets a new one: to stop it at once, deactivate the account. Only HR (`hr_admin`).
    404 for an unknown account; 409 for a deactivated one (reason `account_deactivated`: reactivate it
    first).

    Args:
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationCreated | Problem
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
