from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.matching_run_propose import MatchingRunPropose
from ...models.matching_run_proposed import MatchingRunProposed
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    run_id: int,
    *,
    body: MatchingRunPropose,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matching-runs/{run_id}/propose".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MatchingRunProposed | Problem | None:
    if response.status_code == 201:
        response_201 = MatchingRunProposed.from_dict(response.json())

        return response_201

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MatchingRunProposed | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient,
    body: MatchingRunPropose,
) -> Response[MatchingRunProposed | Problem]:
    """Propose a run's matches as pairings

     Makes the chosen proposals (`request_ids`, all when left out) pairings in `proposed`, as proposing
    each one would (both approvals are still needed), in one transaction. 409 with `requests:
    [{request_id, reasons}]` and nothing created when a request or a mentor's eligibility or free
    capacity changed since the run; 422 for a request id that is not a proposal of the run.

    Args:
        run_id (int):
        body (MatchingRunPropose):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingRunProposed | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: int,
    *,
    client: AuthenticatedClient,
    body: MatchingRunPropose,
) -> MatchingRunProposed | Problem | None:
    """Propose a run's matches as pairings

     Makes the chosen proposals (`request_ids`, all when left out) pairings in `proposed`, as proposing
    each one would (both approvals are still needed), in one transaction. 409 with `requests:
    [{request_id, reasons}]` and nothing created when a request or a mentor's eligibility or free
    capacity changed since the run; 422 for a request id that is not a proposal of the run.

    Args:
        run_id (int):
        body (MatchingRunPropose):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingRunProposed | Problem
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient,
    body: MatchingRunPropose,
) -> Response[MatchingRunProposed | Problem]:
    """Propose a run's matches as pairings

     Makes the chosen proposals (`request_ids`, all when left out) pairings in `proposed`, as proposing
    each one would (both approvals are still needed), in one transaction. 409 with `requests:
    [{request_id, reasons}]` and nothing created when a request or a mentor's eligibility or free
    capacity changed since the run; 422 for a request id that is not a proposal of the run.

    Args:
        run_id (int):
        body (MatchingRunPropose):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingRunProposed | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: int,
    *,
    client: AuthenticatedClient,
    body: MatchingRunPropose,
) -> MatchingRunProposed | Problem | None:
    """Propose a run's matches as pairings

     Makes the chosen proposals (`request_ids`, all when left out) pairings in `proposed`, as proposing
    each one would (both approvals are still needed), in one transaction. 409 with `requests:
    [{request_id, reasons}]` and nothing created when a request or a mentor's eligibility or free
    capacity changed since the run; 422 for a request id that is not a proposal of the run.

    Args:
        run_id (int):
        body (MatchingRunPropose):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingRunProposed | Problem
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
