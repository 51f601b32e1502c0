from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task_list import TaskList
from ...models.tasks_list_kind_type_0 import TasksListKindType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | TasksListKindType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, TasksListKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/api/v1/me/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | TasksListKindType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TaskList]:
    """List what the caller must do now

     The caller's inbox, computed from the records' state on every request (a task disappears as soon as
    it is done): soonest `due_date` first, so the overdue ones lead, then the tasks without a deadline;
    `counts` (by kind) and `total` are complete whatever page or `kind` is asked for. Each person gets
    only what they must act on:

    - the mentee's team leader: `confirm_request` (a self-service request awaiting them),
    `match_request` (an open request with no pairing proposed), `approve_pairing` (their approval is
    missing), `activate_pairing` (approved, acknowledged by both, both role-trained; due on the start
    date);
    - HR (`hr_admin`): `match_request`, `approve_pairing`, `activate_pairing` as well, `confirm_request`
    only for a mentee without an active team leader, `record_role_training` (a mentor or mentee of a
    proposed or approved pairing without their role training), `follow_up_concern` (a review form
    flagged a concern and HR has not followed up), `handle_grievance` (open or under review; due on its
    SLA due date), `run_evaluation` (an active pairing at or past its evaluation date without an
    evaluation), `terminated_participant` (an open pairing whose mentor or mentee has left);
    - the mentor and the mentee themselves, whatever their role: `acknowledge_agreement`,
    `confirm_session` (the mentee, a peer session recorded by the mentor), `fill_review_form` (their
    form of a review of an active pairing, from the day they are reminded of it until it is submitted;
    overdue after its due date).

    `overdue`: the due date is before today in the organisation's time zone. Service accounts (`hris`,
    `reporting`) have no inbox: 403, so that an integration calling it by mistake learns so at once
    instead of reading an empty list. 422 for an unknown query parameter or a cursor this endpoint did
    not issue.

    Args:
        kind (None | TasksListKindType0 | Unset): Only the items of this kind (counts stay
            complete).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskList]
    """

    kwargs = _get_kwargs(
        kind=kind,
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
    kind: None | TasksListKindType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TaskList | None:
    """List what the caller must do now

     The caller's inbox, computed from the records' state on every request (a task disappears as soon as
    it is done): soonest `due_date` first, so the overdue ones lead, then the tasks without a deadline;
    `counts` (by kind) and `total` are complete whatever page or `kind` is asked for. Each person gets
    only what they must act on:

    - the mentee's team leader: `confirm_request` (a self-service request awaiting them),
    `match_request` (an open request with no pairing proposed), `approve_pairing` (their approval is
    missing), `activate_pairing` (approved, acknowledged by both, both role-trained; due on the start
    date);
    - HR (`hr_admin`): `match_request`, `approve_pairing`, `activate_pairing` as well, `confirm_request`
    only for a mentee without an active team leader, `record_role_training` (a mentor or mentee of a
    proposed or approved pairing without their role training), `follow_up_concern` (a review form
    flagged a concern and HR has not followed up), `handle_grievance` (open or under review; due on its
    SLA due date), `run_evaluation` (an active pairing at or past its evaluation date without an
    evaluation), `terminated_participant` (an open pairing whose mentor or mentee has left);
    - the mentor and the mentee themselves, whatever their role: `acknowledge_agreement`,
    `confirm_session` (the mentee, a peer session recorded by the mentor), `fill_review_form` (their
    form of a review of an active pairing, from the day they are reminded of it until it is submitted;
    overdue after its due date).

    `overdue`: the due date is before today in the organisation's time zone. Service accounts (`hris`,
    `reporting`) have no inbox: 403, so that an integration calling it by mistake learns so at once
    instead of reading an empty list. 422 for an unknown query parameter or a cursor this endpoint did
    not issue.

    Args:
        kind (None | TasksListKindType0 | Unset): Only the items of this kind (counts stay
            complete).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskList
    """

    return sync_detailed(
        client=client,
        kind=kind,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | TasksListKindType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TaskList]:
    """List what the caller must do now

     The caller's inbox, computed from the records' state on every request (a task disappears as soon as
    it is done): soonest `due_date` first, so the overdue ones lead, then the tasks without a deadline;
    `counts` (by kind) and `total` are complete whatever page or `kind` is asked for. Each person gets
    only what they must act on:

    - the mentee's team leader: `confirm_request` (a self-service request awaiting them),
    `match_request` (an open request with no pairing proposed), `approve_pairing` (their approval is
    missing), `activate_pairing` (approved, acknowledged by both, both role-trained; due on the start
    date);
    - HR (`hr_admin`): `match_request`, `approve_pairing`, `activate_pairing` as well, `confirm_request`
    only for a mentee without an active team leader, `record_role_training` (a mentor or mentee of a
    proposed or approved pairing without their role training), `follow_up_concern` (a review form
    flagged a concern and HR has not followed up), `handle_grievance` (open or under review; due on its
    SLA due date), `run_evaluation` (an active pairing at or past its evaluation date without an
    evaluation), `terminated_participant` (an open pairing whose mentor or mentee has left);
    - the mentor and the mentee themselves, whatever their role: `acknowledge_agreement`,
    `confirm_session` (the mentee, a peer session recorded by the mentor), `fill_review_form` (their
    form of a review of an active pairing, from the day they are reminded of it until it is submitted;
    overdue after its due date).

    `overdue`: the due date is before today in the organisation's time zone. Service accounts (`hris`,
    `reporting`) have no inbox: 403, so that an integration calling it by mistake learns so at once
    instead of reading an empty list. 422 for an unknown query parameter or a cursor this endpoint did
    not issue.

    Args:
        kind (None | TasksListKindType0 | Unset): Only the items of this kind (counts stay
            complete).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskList]
    """

    kwargs = _get_kwargs(
        kind=kind,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | TasksListKindType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TaskList | None:
    """List what the caller must do now

     The caller's inbox, computed from the records' state on every request (a task disappears as soon as
    it is done): soonest `due_date` first, so the overdue ones lead, then the tasks without a deadline;
    `counts` (by kind) and `total` are complete whatever page or `kind` is asked for. Each person gets
    only what they must act on:

    - the mentee's team leader: `confirm_request` (a self-service request awaiting them),
    `match_request` (an open request with no pairing proposed), `approve_pairing` (their approval is
    missing), `activate_pairing` (approved, acknowledged by both, both role-trained; due on the start
    date);
    - HR (`hr_admin`): `match_request`, `approve_pairing`, `activate_pairing` as well, `confirm_request`
    only for a mentee without an active team leader, `record_role_training` (a mentor or mentee of a
    proposed or approved pairing without their role training), `follow_up_concern` (a review form
    flagged a concern and HR has not followed up), `handle_grievance` (open or under review; due on its
    SLA due date), `run_evaluation` (an active pairing at or past its evaluation date without an
    evaluation), `terminated_participant` (an open pairing whose mentor or mentee has left);
    - the mentor and the mentee themselves, whatever their role: `acknowledge_agreement`,
    `confirm_session` (the mentee, a peer session recorded by the mentor), `fill_review_form` (their
    form of a review of an active pairing, from the day they are reminded of it until it is submitted;
    overdue after its due date).

    `overdue`: the due date is before today in the organisation's time zone. Service accounts (`hris`,
    `reporting`) have no inbox: 403, so that an integration calling it by mistake learns so at once
    instead of reading an empty list. 422 for an unknown query parameter or a cursor this endpoint did
    not issue.

    Args:
        kind (None | TasksListKindType0 | Unset): Only the items of this kind (counts stay
            complete).
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
