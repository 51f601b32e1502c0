from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_status import EmployeeStatus
from ...models.page_employee_read import PageEmployeeRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    department_id: int | None | Unset = UNSET,
    team_leader_id: int | None | Unset = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    is_managerial: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_department_id: int | None | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    json_team_leader_id: int | None | Unset
    if isinstance(team_leader_id, Unset):
        json_team_leader_id = UNSET
    else:
        json_team_leader_id = team_leader_id
    params["team_leader_id"] = json_team_leader_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EmployeeStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

    json_is_managerial: bool | None | Unset
    if isinstance(is_managerial, Unset):
        json_is_managerial = UNSET
    else:
        json_is_managerial = is_managerial
    params["is_managerial"] = json_is_managerial

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_external_id: None | str | Unset
    if isinstance(external_id, Unset):
        json_external_id = UNSET
    else:
        json_external_id = external_id
    params["external_id"] = json_external_id

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
        "url": "/api/v1/employees",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEmployeeRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageEmployeeRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageEmployeeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    department_id: int | None | Unset = UNSET,
    team_leader_id: int | None | Unset = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    is_managerial: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEmployeeRead | Problem]:
    """List employees

     The employees the caller may see, filtered by department, team leader, status, grade, managerial
    cadre, `external_id` or search text. HR and the `hris` and `reporting` accounts see everyone; a team
    leader their department and the people they lead; an employee themself.

    Args:
        department_id (int | None | Unset):
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | None | Unset):
        level (None | str | Unset):
        is_managerial (bool | None | Unset):
        q (None | str | Unset): Search text.
        external_id (None | str | Unset): Only the record with this HRIS `external_id`.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        team_leader_id=team_leader_id,
        status=status,
        level=level,
        is_managerial=is_managerial,
        q=q,
        external_id=external_id,
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
    department_id: int | None | Unset = UNSET,
    team_leader_id: int | None | Unset = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    is_managerial: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEmployeeRead | Problem | None:
    """List employees

     The employees the caller may see, filtered by department, team leader, status, grade, managerial
    cadre, `external_id` or search text. HR and the `hris` and `reporting` accounts see everyone; a team
    leader their department and the people they lead; an employee themself.

    Args:
        department_id (int | None | Unset):
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | None | Unset):
        level (None | str | Unset):
        is_managerial (bool | None | Unset):
        q (None | str | Unset): Search text.
        external_id (None | str | Unset): Only the record with this HRIS `external_id`.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEmployeeRead | Problem
    """

    return sync_detailed(
        client=client,
        department_id=department_id,
        team_leader_id=team_leader_id,
        status=status,
        level=level,
        is_managerial=is_managerial,
        q=q,
        external_id=external_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    department_id: int | None | Unset = UNSET,
    team_leader_id: int | None | Unset = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    is_managerial: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEmployeeRead | Problem]:
    """List employees

     The employees the caller may see, filtered by department, team leader, status, grade, managerial
    cadre, `external_id` or search text. HR and the `hris` and `reporting` accounts see everyone; a team
    leader their department and the people they lead; an employee themself.

    Args:
        department_id (int | None | Unset):
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | None | Unset):
        level (None | str | Unset):
        is_managerial (bool | None | Unset):
        q (None | str | Unset): Search text.
        external_id (None | str | Unset): Only the record with this HRIS `external_id`.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        team_leader_id=team_leader_id,
        status=status,
        level=level,
        is_managerial=is_managerial,
        q=q,
        external_id=external_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    department_id: int | None | Unset = UNSET,
    team_leader_id: int | None | Unset = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    is_managerial: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEmployeeRead | Problem | None:
    """List employees

     The employees the caller may see, filtered by department, team leader, status, grade, managerial
    cadre, `external_id` or search text. HR and the `hris` and `reporting` accounts see everyone; a team
    leader their department and the people they lead; an employee themself.

    Args:
        department_id (int | None | Unset):
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | None | Unset):
        level (None | str | Unset):
        is_managerial (bool | None | Unset):
        q (None | str | Unset): Search text.
        external_id (None | str | Unset): Only the record with this HRIS `external_id`.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEmployeeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            department_id=department_id,
            team_leader_id=team_leader_id,
            status=status,
            level=level,
            is_managerial=is_managerial,
            q=q,
            external_id=external_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
