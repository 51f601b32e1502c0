from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_profile_read import MentorProfileRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/mentor-profile".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorProfileRead | Problem | None:
    if response.status_code == 200:
        response_200 = MentorProfileRead.from_dict(response.json())

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
) -> Response[MentorProfileRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[MentorProfileRead | Problem]:
    """Get an employee's mentor profile

     Whether they are available to mentor, their capacity, bio and the skills they offer. HR, the
    `reporting` account, the employee and the team leaders who may see them. 404 when the employee is
    not visible or has no profile.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> MentorProfileRead | Problem | None:
    """Get an employee's mentor profile

     Whether they are available to mentor, their capacity, bio and the skills they offer. HR, the
    `reporting` account, the employee and the team leaders who may see them. 404 when the employee is
    not visible or has no profile.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorProfileRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[MentorProfileRead | Problem]:
    """Get an employee's mentor profile

     Whether they are available to mentor, their capacity, bio and the skills they offer. HR, the
    `reporting` account, the employee and the team leaders who may see them. 404 when the employee is
    not visible or has no profile.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> MentorProfileRead | Problem | None:
    """Get an employee's mentor profile

     Whether they are available to mentor, their capacity, bio and the skills they offer. HR, the
    `reporting` account, the employee and the team leaders who may see them. 404 when the employee is
    not visible or has no profile.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorProfileRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
        )
    ).parsed
