import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_mentoring_request_read import PageMentoringRequestRead
from ...models.problem import Problem
from ...models.request_status import RequestStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | RequestStatus | Unset = UNSET,
    mentee_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RequestStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_mentee_id: int | None | Unset
    if isinstance(mentee_id, Unset):
        json_mentee_id = UNSET
    else:
        json_mentee_id = mentee_id
    params["mentee_id"] = json_mentee_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_department_id: int | None | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mentoring-requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageMentoringRequestRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageMentoringRequestRead.from_dict(response.json())

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
) -> Response[PageMentoringRequestRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | RequestStatus | Unset = UNSET,
    mentee_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[PageMentoringRequestRead | Problem]:
    """List mentoring requests

     The requests the caller may see, filtered by `status`, `mentee_id`, the mentee's `department_id` and
    the performance discussion's date (`date_from`, `date_to`, inclusive): HR and the `reporting`
    account all; a team leader those of their department and the people they lead; an employee their
    own. Not the `hris` account.

    Args:
        status (None | RequestStatus | Unset):
        mentee_id (int | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        date_from (datetime.date | None | Unset): Only records dated on or after this day
            (inclusive).
        date_to (datetime.date | None | Unset): Only records dated on or before this day
            (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMentoringRequestRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        mentee_id=mentee_id,
        limit=limit,
        cursor=cursor,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | RequestStatus | Unset = UNSET,
    mentee_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> PageMentoringRequestRead | Problem | None:
    """List mentoring requests

     The requests the caller may see, filtered by `status`, `mentee_id`, the mentee's `department_id` and
    the performance discussion's date (`date_from`, `date_to`, inclusive): HR and the `reporting`
    account all; a team leader those of their department and the people they lead; an employee their
    own. Not the `hris` account.

    Args:
        status (None | RequestStatus | Unset):
        mentee_id (int | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        date_from (datetime.date | None | Unset): Only records dated on or after this day
            (inclusive).
        date_to (datetime.date | None | Unset): Only records dated on or before this day
            (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMentoringRequestRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        mentee_id=mentee_id,
        limit=limit,
        cursor=cursor,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | RequestStatus | Unset = UNSET,
    mentee_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[PageMentoringRequestRead | Problem]:
    """List mentoring requests

     The requests the caller may see, filtered by `status`, `mentee_id`, the mentee's `department_id` and
    the performance discussion's date (`date_from`, `date_to`, inclusive): HR and the `reporting`
    account all; a team leader those of their department and the people they lead; an employee their
    own. Not the `hris` account.

    Args:
        status (None | RequestStatus | Unset):
        mentee_id (int | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        date_from (datetime.date | None | Unset): Only records dated on or after this day
            (inclusive).
        date_to (datetime.date | None | Unset): Only records dated on or before this day
            (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMentoringRequestRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        mentee_id=mentee_id,
        limit=limit,
        cursor=cursor,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | RequestStatus | Unset = UNSET,
    mentee_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> PageMentoringRequestRead | Problem | None:
    """List mentoring requests

     The requests the caller may see, filtered by `status`, `mentee_id`, the mentee's `department_id` and
    the performance discussion's date (`date_from`, `date_to`, inclusive): HR and the `reporting`
    account all; a team leader those of their department and the people they lead; an employee their
    own. Not the `hris` account.

    Args:
        status (None | RequestStatus | Unset):
        mentee_id (int | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        date_from (datetime.date | None | Unset): Only records dated on or after this day
            (inclusive).
        date_to (datetime.date | None | Unset): Only records dated on or before this day
            (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMentoringRequestRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            mentee_id=mentee_id,
            limit=limit,
            cursor=cursor,
            department_id=department_id,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
