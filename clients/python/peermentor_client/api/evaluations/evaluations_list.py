import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation_outcome import EvaluationOutcome
from ...models.page_evaluation_read import PageEvaluationRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pairing_id: int | None | Unset = UNSET,
    outcome: EvaluationOutcome | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_pairing_id: int | None | Unset
    if isinstance(pairing_id, Unset):
        json_pairing_id = UNSET
    else:
        json_pairing_id = pairing_id
    params["pairing_id"] = json_pairing_id

    json_outcome: None | str | Unset
    if isinstance(outcome, Unset):
        json_outcome = UNSET
    elif isinstance(outcome, EvaluationOutcome):
        json_outcome = outcome.value
    else:
        json_outcome = outcome
    params["outcome"] = json_outcome

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
        "url": "/api/v1/evaluations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEvaluationRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageEvaluationRead.from_dict(response.json())

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
) -> Response[PageEvaluationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pairing_id: int | None | Unset = UNSET,
    outcome: EvaluationOutcome | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEvaluationRead | Problem]:
    """List evaluations

     The evaluations the caller may see, filtered by pairing, outcome and date range: HR and the
    `reporting` account all; team leaders and participants those of the pairings they may see. Not the
    `hris` account.

    Args:
        pairing_id (int | None | Unset):
        outcome (EvaluationOutcome | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEvaluationRead | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
        outcome=outcome,
        date_from=date_from,
        date_to=date_to,
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
    pairing_id: int | None | Unset = UNSET,
    outcome: EvaluationOutcome | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEvaluationRead | Problem | None:
    """List evaluations

     The evaluations the caller may see, filtered by pairing, outcome and date range: HR and the
    `reporting` account all; team leaders and participants those of the pairings they may see. Not the
    `hris` account.

    Args:
        pairing_id (int | None | Unset):
        outcome (EvaluationOutcome | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEvaluationRead | Problem
    """

    return sync_detailed(
        client=client,
        pairing_id=pairing_id,
        outcome=outcome,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pairing_id: int | None | Unset = UNSET,
    outcome: EvaluationOutcome | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEvaluationRead | Problem]:
    """List evaluations

     The evaluations the caller may see, filtered by pairing, outcome and date range: HR and the
    `reporting` account all; team leaders and participants those of the pairings they may see. Not the
    `hris` account.

    Args:
        pairing_id (int | None | Unset):
        outcome (EvaluationOutcome | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEvaluationRead | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
        outcome=outcome,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pairing_id: int | None | Unset = UNSET,
    outcome: EvaluationOutcome | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEvaluationRead | Problem | None:
    """List evaluations

     The evaluations the caller may see, filtered by pairing, outcome and date range: HR and the
    `reporting` account all; team leaders and participants those of the pairings they may see. Not the
    `hris` account.

    Args:
        pairing_id (int | None | Unset):
        outcome (EvaluationOutcome | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEvaluationRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            pairing_id=pairing_id,
            outcome=outcome,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
