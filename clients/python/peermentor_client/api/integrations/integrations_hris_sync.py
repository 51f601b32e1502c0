from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hris_sync_request import HrisSyncRequest
from ...models.hris_sync_result import HrisSyncResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: HrisSyncRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/hris/sync",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HrisSyncResult | Problem | None:
    if response.status_code == 200:
        response_200 = HrisSyncResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HrisSyncResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HrisSyncRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[HrisSyncResult | Problem]:
    """Sync departments, employees and performance reviews from the HRIS

     One bulk, idempotent upsert keyed by `external_id`, applied in dependency order (departments,
    employees, reviews) in one transaction. A row for a record sent before may be sparse: a field left
    out keeps its stored value and `null` clears an optional one; a new record must be whole. An invalid
    row is reported in `errors` by its index and skipped; the valid rows land. Nothing is deleted: a
    leaver is `status: terminated`. With an `Idempotency-Key`, a repeat answers the stored result. The
    `hris` account and HR (`hr_admin`). 413 for a body over the size limit; 422 for a malformed body or
    a key reused with another payload.

    Args:
        idempotency_key (None | str | Unset): Replays the stored answer when the same payload is
            sent again with it.
        body (HrisSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HrisSyncResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: HrisSyncRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> HrisSyncResult | Problem | None:
    """Sync departments, employees and performance reviews from the HRIS

     One bulk, idempotent upsert keyed by `external_id`, applied in dependency order (departments,
    employees, reviews) in one transaction. A row for a record sent before may be sparse: a field left
    out keeps its stored value and `null` clears an optional one; a new record must be whole. An invalid
    row is reported in `errors` by its index and skipped; the valid rows land. Nothing is deleted: a
    leaver is `status: terminated`. With an `Idempotency-Key`, a repeat answers the stored result. The
    `hris` account and HR (`hr_admin`). 413 for a body over the size limit; 422 for a malformed body or
    a key reused with another payload.

    Args:
        idempotency_key (None | str | Unset): Replays the stored answer when the same payload is
            sent again with it.
        body (HrisSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HrisSyncResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HrisSyncRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[HrisSyncResult | Problem]:
    """Sync departments, employees and performance reviews from the HRIS

     One bulk, idempotent upsert keyed by `external_id`, applied in dependency order (departments,
    employees, reviews) in one transaction. A row for a record sent before may be sparse: a field left
    out keeps its stored value and `null` clears an optional one; a new record must be whole. An invalid
    row is reported in `errors` by its index and skipped; the valid rows land. Nothing is deleted: a
    leaver is `status: terminated`. With an `Idempotency-Key`, a repeat answers the stored result. The
    `hris` account and HR (`hr_admin`). 413 for a body over the size limit; 422 for a malformed body or
    a key reused with another payload.

    Args:
        idempotency_key (None | str | Unset): Replays the stored answer when the same payload is
            sent again with it.
        body (HrisSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HrisSyncResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HrisSyncRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> HrisSyncResult | Problem | None:
    """Sync departments, employees and performance reviews from the HRIS

     One bulk, idempotent upsert keyed by `external_id`, applied in dependency order (departments,
    employees, reviews) in one transaction. A row for a record sent before may be sparse: a field left
    out keeps its stored value and `null` clears an optional one; a new record must be whole. An invalid
    row is reported in `errors` by its index and skipped; the valid rows land. Nothing is deleted: a
    leaver is `status: terminated`. With an `Idempotency-Key`, a repeat answers the stored result. The
    `hris` account and HR (`hr_admin`). 413 for a body over the size limit; 422 for a malformed body or
    a key reused with another payload.

    Args:
        idempotency_key (None | str | Unset): Replays the stored answer when the same payload is
            sent again with it.
        body (HrisSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HrisSyncResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
