from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_list_emails_kind_type_0 import EmailListEmailsKindType0
from ...models.email_list_emails_status_type_0 import EmailListEmailsStatusType0
from ...models.page_notification_email_read import PageNotificationEmailRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: EmailListEmailsStatusType0 | None | Unset = UNSET,
    kind: EmailListEmailsKindType0 | None | Unset = UNSET,
    to_address: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EmailListEmailsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, EmailListEmailsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_to_address: None | str | Unset
    if isinstance(to_address, Unset):
        json_to_address = UNSET
    else:
        json_to_address = to_address
    params["to_address"] = json_to_address

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
        "url": "/api/v1/notification-emails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageNotificationEmailRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageNotificationEmailRead.from_dict(response.json())

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
) -> Response[PageNotificationEmailRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: EmailListEmailsStatusType0 | None | Unset = UNSET,
    kind: EmailListEmailsKindType0 | None | Unset = UNSET,
    to_address: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageNotificationEmailRead | Problem]:
    """List the e-mail outbox

     What was sent to whom, what failed and why, newest first, filtered by status, kind and recipient. A
    `failed` e-mail with a 5xx `last_error` is a bounce (e.g. `550` for an unknown mailbox): correct the
    person's address. A `skipped` one was not sent because the recipient turned the kind off or e-mail
    is not configured. Only HR (`hr_admin`).

    Args:
        status (EmailListEmailsStatusType0 | None | Unset):
        kind (EmailListEmailsKindType0 | None | Unset):
        to_address (None | str | Unset): Exact address.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageNotificationEmailRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        to_address=to_address,
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
    status: EmailListEmailsStatusType0 | None | Unset = UNSET,
    kind: EmailListEmailsKindType0 | None | Unset = UNSET,
    to_address: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageNotificationEmailRead | Problem | None:
    """List the e-mail outbox

     What was sent to whom, what failed and why, newest first, filtered by status, kind and recipient. A
    `failed` e-mail with a 5xx `last_error` is a bounce (e.g. `550` for an unknown mailbox): correct the
    person's address. A `skipped` one was not sent because the recipient turned the kind off or e-mail
    is not configured. Only HR (`hr_admin`).

    Args:
        status (EmailListEmailsStatusType0 | None | Unset):
        kind (EmailListEmailsKindType0 | None | Unset):
        to_address (None | str | Unset): Exact address.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageNotificationEmailRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        kind=kind,
        to_address=to_address,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: EmailListEmailsStatusType0 | None | Unset = UNSET,
    kind: EmailListEmailsKindType0 | None | Unset = UNSET,
    to_address: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageNotificationEmailRead | Problem]:
    """List the e-mail outbox

     What was sent to whom, what failed and why, newest first, filtered by status, kind and recipient. A
    `failed` e-mail with a 5xx `last_error` is a bounce (e.g. `550` for an unknown mailbox): correct the
    person's address. A `skipped` one was not sent because the recipient turned the kind off or e-mail
    is not configured. Only HR (`hr_admin`).

    Args:
        status (EmailListEmailsStatusType0 | None | Unset):
        kind (EmailListEmailsKindType0 | None | Unset):
        to_address (None | str | Unset): Exact address.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageNotificationEmailRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        to_address=to_address,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: EmailListEmailsStatusType0 | None | Unset = UNSET,
    kind: EmailListEmailsKindType0 | None | Unset = UNSET,
    to_address: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageNotificationEmailRead | Problem | None:
    """List the e-mail outbox

     What was sent to whom, what failed and why, newest first, filtered by status, kind and recipient. A
    `failed` e-mail with a 5xx `last_error` is a bounce (e.g. `550` for an unknown mailbox): correct the
    person's address. A `skipped` one was not sent because the recipient turned the kind off or e-mail
    is not configured. Only HR (`hr_admin`).

    Args:
        status (EmailListEmailsStatusType0 | None | Unset):
        kind (EmailListEmailsKindType0 | None | Unset):
        to_address (None | str | Unset): Exact address.
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageNotificationEmailRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            kind=kind,
            to_address=to_address,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
