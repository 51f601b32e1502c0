import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_event_read import PageAuditEventRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity: None | str | Unset = UNSET,
    entity_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity: None | str | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    else:
        json_entity = entity
    params["entity"] = json_entity

    json_entity_id: int | None | Unset
    if isinstance(entity_id, Unset):
        json_entity_id = UNSET
    else:
        json_entity_id = entity_id
    params["entity_id"] = json_entity_id

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAuditEventRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEventRead.from_dict(response.json())

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
) -> Response[PageAuditEventRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditEventRead | Problem]:
    """Read the audit log

     Every write, newest first, filtered by entity, entity id, actor (e.g. `user:3`), action and time
    range. Only HR (`hr_admin`).

    Args:
        entity (None | str | Unset):
        entity_id (int | None | Unset):
        actor (None | str | Unset): e.g. "user:3"
        action (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventRead | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
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
    entity: None | str | Unset = UNSET,
    entity_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditEventRead | Problem | None:
    """Read the audit log

     Every write, newest first, filtered by entity, entity id, actor (e.g. `user:3`), action and time
    range. Only HR (`hr_admin`).

    Args:
        entity (None | str | Unset):
        entity_id (int | None | Unset):
        actor (None | str | Unset): e.g. "user:3"
        action (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventRead | Problem
    """

    return sync_detailed(
        client=client,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditEventRead | Problem]:
    """Read the audit log

     Every write, newest first, filtered by entity, entity id, actor (e.g. `user:3`), action and time
    range. Only HR (`hr_admin`).

    Args:
        entity (None | str | Unset):
        entity_id (int | None | Unset):
        actor (None | str | Unset): e.g. "user:3"
        action (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventRead | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditEventRead | Problem | None:
    """Read the audit log

     Every write, newest first, filtered by entity, entity id, actor (e.g. `user:3`), action and time
    range. Only HR (`hr_admin`).

    Args:
        entity (None | str | Unset):
        entity_id (int | None | Unset):
        actor (None | str | Unset): e.g. "user:3"
        action (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            entity=entity,
            entity_id=entity_id,
            actor=actor,
            action=action,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
