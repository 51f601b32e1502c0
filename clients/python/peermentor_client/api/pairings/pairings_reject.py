from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pairing_read import PairingRead
from ...models.problem import Problem
from ...models.reason_body import ReasonBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pairing_id: int,
    *,
    body: ReasonBody,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pairings/{pairing_id}/reject".format(
            pairing_id=quote(str(pairing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PairingRead | Problem | None:
    if response.status_code == 200:
        response_200 = PairingRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PairingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pairing_id: int,
    *,
    client: AuthenticatedClient,
    body: ReasonBody,
    if_match: None | str | Unset = UNSET,
) -> Response[PairingRead | Problem]:
    """Reject a pairing

     HR or a team leader of the mentee's department rejects a `proposed` or `approved` pairing with a
    `reason`. 409 from any other status; 412 for a stale `If-Match`.

    Args:
        pairing_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReasonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PairingRead | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pairing_id: int,
    *,
    client: AuthenticatedClient,
    body: ReasonBody,
    if_match: None | str | Unset = UNSET,
) -> PairingRead | Problem | None:
    """Reject a pairing

     HR or a team leader of the mentee's department rejects a `proposed` or `approved` pairing with a
    `reason`. 409 from any other status; 412 for a stale `If-Match`.

    Args:
        pairing_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReasonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PairingRead | Problem
    """

    return sync_detailed(
        pairing_id=pairing_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    pairing_id: int,
    *,
    client: AuthenticatedClient,
    body: ReasonBody,
    if_match: None | str | Unset = UNSET,
) -> Response[PairingRead | Problem]:
    """Reject a pairing

     HR or a team leader of the mentee's department rejects a `proposed` or `approved` pairing with a
    `reason`. 409 from any other status; 412 for a stale `If-Match`.

    Args:
        pairing_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReasonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PairingRead | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pairing_id: int,
    *,
    client: AuthenticatedClient,
    body: ReasonBody,
    if_match: None | str | Unset = UNSET,
) -> PairingRead | Problem | None:
    """Reject a pairing

     HR or a team leader of the mentee's department rejects a `proposed` or `approved` pairing with a
    `reason`. 409 from any other status; 412 for a stale `If-Match`.

    Args:
        pairing_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReasonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PairingRead | Problem
    """

    return (
        await asyncio_detailed(
            pairing_id=pairing_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
