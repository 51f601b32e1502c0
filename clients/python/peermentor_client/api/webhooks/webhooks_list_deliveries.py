from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_status import DeliveryStatus
from ...models.page_delivery_read import PageDeliveryRead
from ...models.problem import Problem
from ...models.webhooks_list_deliveries_event_type_type_0 import WebhooksListDeliveriesEventTypeType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    webhook_id: int,
    *,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | Unset | WebhooksListDeliveriesEventTypeType0 = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DeliveryStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, WebhooksListDeliveriesEventTypeType0):
        json_event_type = event_type.value
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

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
        "url": "/api/v1/webhooks/{webhook_id}/deliveries".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageDeliveryRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageDeliveryRead.from_dict(response.json())

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
) -> Response[PageDeliveryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | Unset | WebhooksListDeliveriesEventTypeType0 = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDeliveryRead | Problem]:
    """List a webhook's deliveries

     Newest first, each with every attempt made, filtered by status and event type. Only HR (`hr_admin`).
    404 for an unknown webhook.

    Args:
        webhook_id (int):
        status (DeliveryStatus | None | Unset):
        event_type (None | Unset | WebhooksListDeliveriesEventTypeType0):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDeliveryRead | Problem]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        status=status,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | Unset | WebhooksListDeliveriesEventTypeType0 = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDeliveryRead | Problem | None:
    """List a webhook's deliveries

     Newest first, each with every attempt made, filtered by status and event type. Only HR (`hr_admin`).
    404 for an unknown webhook.

    Args:
        webhook_id (int):
        status (DeliveryStatus | None | Unset):
        event_type (None | Unset | WebhooksListDeliveriesEventTypeType0):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDeliveryRead | Problem
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        status=status,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | Unset | WebhooksListDeliveriesEventTypeType0 = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDeliveryRead | Problem]:
    """List a webhook's deliveries

     Newest first, each with every attempt made, filtered by status and event type. Only HR (`hr_admin`).
    404 for an unknown webhook.

    Args:
        webhook_id (int):
        status (DeliveryStatus | None | Unset):
        event_type (None | Unset | WebhooksListDeliveriesEventTypeType0):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDeliveryRead | Problem]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        status=status,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | Unset | WebhooksListDeliveriesEventTypeType0 = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDeliveryRead | Problem | None:
    """List a webhook's deliveries

     Newest first, each with every attempt made, filtered by status and event type. Only HR (`hr_admin`).
    404 for an unknown webhook.

    Args:
        webhook_id (int):
        status (DeliveryStatus | None | Unset):
        event_type (None | Unset | WebhooksListDeliveriesEventTypeType0):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDeliveryRead | Problem
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            status=status,
            event_type=event_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
