from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_eligibility import MentorEligibility
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/mentor-eligibility".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorEligibility | Problem | None:
    if response.status_code == 200:
        response_200 = MentorEligibility.from_dict(response.json())

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
) -> Response[MentorEligibility | Problem]:
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
) -> Response[MentorEligibility | Problem]:
    """Check whether an employee may mentor

     `eligible` and the `reasons` why not (`low_rating`, `no_rating`, `short_tenure`, `not_available`,
    `at_capacity`, `not_managerial`, `inactive`). HR, the `reporting` account, the employee and the team
    leaders who may see them. 404 for an employee the caller may not see.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorEligibility | Problem]
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
) -> MentorEligibility | Problem | None:
    """Check whether an employee may mentor

     `eligible` and the `reasons` why not (`low_rating`, `no_rating`, `short_tenure`, `not_available`,
    `at_capacity`, `not_managerial`, `inactive`). HR, the `reporting` account, the employee and the team
    leaders who may see them. 404 for an employee the caller may not see.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorEligibility | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[MentorEligibility | Problem]:
    """Check whether an employee may mentor

     `eligible` and the `reasons` why not (`low_rating`, `no_rating`, `short_tenure`, `not_available`,
    `at_capacity`, `not_managerial`, `inactive`). HR, the `reporting` account, the employee and the team
    leaders who may see them. 404 for an employee the caller may not see.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorEligibility | Problem]
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
) -> MentorEligibility | Problem | None:
    """Check whether an employee may mentor

     `eligible` and the `reasons` why not (`low_rating`, `no_rating`, `short_tenure`, `not_available`,
    `at_capacity`, `not_managerial`, `inactive`). HR, the `reporting` account, the employee and the team
    leaders who may see them. 404 for an employee the caller may not see.

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorEligibility | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
        )
    ).parsed
