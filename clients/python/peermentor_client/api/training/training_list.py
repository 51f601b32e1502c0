import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_training_record_read import PageTrainingRecordRead
from ...models.problem import Problem
from ...models.training_kind import TrainingKind
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int | None | Unset = UNSET,
    pairing_id: int | None | Unset = UNSET,
    kind: None | TrainingKind | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_id: int | None | Unset
    if isinstance(employee_id, Unset):
        json_employee_id = UNSET
    else:
        json_employee_id = employee_id
    params["employee_id"] = json_employee_id

    json_pairing_id: int | None | Unset
    if isinstance(pairing_id, Unset):
        json_pairing_id = UNSET
    else:
        json_pairing_id = pairing_id
    params["pairing_id"] = json_pairing_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, TrainingKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

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

    json_department_id: int | None | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

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
        "url": "/api/v1/training-records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTrainingRecordRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageTrainingRecordRead.from_dict(response.json())

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
) -> Response[PageTrainingRecordRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: int | None | Unset = UNSET,
    pairing_id: int | None | Unset = UNSET,
    kind: None | TrainingKind | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTrainingRecordRead | Problem]:
    """List training records

     Role training and peer sessions the caller may see, filtered by employee, pairing, kind, the
    trainee's `department_id` and date range: HR and the `reporting` account all; a team leader those of
    the people they may see; an employee their own; a trainer those they recorded. Not the `hris`
    account.

    Args:
        employee_id (int | None | Unset):
        pairing_id (int | None | Unset):
        kind (None | TrainingKind | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTrainingRecordRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        pairing_id=pairing_id,
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        department_id=department_id,
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
    employee_id: int | None | Unset = UNSET,
    pairing_id: int | None | Unset = UNSET,
    kind: None | TrainingKind | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTrainingRecordRead | Problem | None:
    """List training records

     Role training and peer sessions the caller may see, filtered by employee, pairing, kind, the
    trainee's `department_id` and date range: HR and the `reporting` account all; a team leader those of
    the people they may see; an employee their own; a trainer those they recorded. Not the `hris`
    account.

    Args:
        employee_id (int | None | Unset):
        pairing_id (int | None | Unset):
        kind (None | TrainingKind | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTrainingRecordRead | Problem
    """

    return sync_detailed(
        client=client,
        employee_id=employee_id,
        pairing_id=pairing_id,
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        department_id=department_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: int | None | Unset = UNSET,
    pairing_id: int | None | Unset = UNSET,
    kind: None | TrainingKind | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTrainingRecordRead | Problem]:
    """List training records

     Role training and peer sessions the caller may see, filtered by employee, pairing, kind, the
    trainee's `department_id` and date range: HR and the `reporting` account all; a team leader those of
    the people they may see; an employee their own; a trainer those they recorded. Not the `hris`
    account.

    Args:
        employee_id (int | None | Unset):
        pairing_id (int | None | Unset):
        kind (None | TrainingKind | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTrainingRecordRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        pairing_id=pairing_id,
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        department_id=department_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: int | None | Unset = UNSET,
    pairing_id: int | None | Unset = UNSET,
    kind: None | TrainingKind | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTrainingRecordRead | Problem | None:
    """List training records

     Role training and peer sessions the caller may see, filtered by employee, pairing, kind, the
    trainee's `department_id` and date range: HR and the `reporting` account all; a team leader those of
    the people they may see; an employee their own; a trainer those they recorded. Not the `hris`
    account.

    Args:
        employee_id (int | None | Unset):
        pairing_id (int | None | Unset):
        kind (None | TrainingKind | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        department_id (int | None | Unset): Only records of people in this department (the
            mentee's, or the trainee's).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTrainingRecordRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            pairing_id=pairing_id,
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            department_id=department_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
