from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.programme_settings_read import ProgrammeSettingsRead
from ...models.programme_settings_update import ProgrammeSettingsUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: ProgrammeSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/programme-settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgrammeSettingsRead | None:
    if response.status_code == 200:
        response_200 = ProgrammeSettingsRead.from_dict(response.json())

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
) -> Response[Problem | ProgrammeSettingsRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProgrammeSettingsUpdate,
) -> Response[Problem | ProgrammeSettingsRead]:
    """Change the programme settings

     Fields left out keep their value. Due dates already computed (reviews, evaluations, grievances) do
    not move when the settings change. Only HR (`hr_admin`).

    Args:
        body (ProgrammeSettingsUpdate): Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgrammeSettingsRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProgrammeSettingsUpdate,
) -> Problem | ProgrammeSettingsRead | None:
    """Change the programme settings

     Fields left out keep their value. Due dates already computed (reviews, evaluations, grievances) do
    not move when the settings change. Only HR (`hr_admin`).

    Args:
        body (ProgrammeSettingsUpdate): Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgrammeSettingsRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProgrammeSettingsUpdate,
) -> Response[Problem | ProgrammeSettingsRead]:
    """Change the programme settings

     Fields left out keep their value. Due dates already computed (reviews, evaluations, grievances) do
    not move when the settings change. Only HR (`hr_admin`).

    Args:
        body (ProgrammeSettingsUpdate): Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgrammeSettingsRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProgrammeSettingsUpdate,
) -> Problem | ProgrammeSettingsRead | None:
    """Change the programme settings

     Fields left out keep their value. Due dates already computed (reviews, evaluations, grievances) do
    not move when the settings change. Only HR (`hr_admin`).

    Args:
        body (ProgrammeSettingsUpdate): Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgrammeSettingsRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
