from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.matching_run_create import MatchingRunCreate
from ...models.matching_run_read import MatchingRunRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: MatchingRunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matching-runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MatchingRunRead | Problem | None:
    if response.status_code == 201:
        response_201 = MatchingRunRead.from_dict(response.json())

        return response_201

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
) -> Response[MatchingRunRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MatchingRunCreate,
) -> Response[MatchingRunRead | Problem]:
    """Run matching

     Matches every `open` request in scope that has no open pairing with the eligible mentors' free slots
    (their capacity minus approved and active pairings), under the rules of the mentor suggestions, and
    keeps the run. The score of a pair is its suggestion score. `best_coverage` maximises the sum of
    scores, then the number matched; `most_matched` the number matched, then the sum of scores; the
    result is optimal, and the same for the same data. Unmatched requests say why (`no_eligible_mentor`,
    `mentors_taken`). HR matches the whole programme or one `department_id`; a team leader the requests
    of the people they lead. `request_ids` narrows the scope: each must be such a request (422
    otherwise).

    Args:
        body (MatchingRunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingRunRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MatchingRunCreate,
) -> MatchingRunRead | Problem | None:
    """Run matching

     Matches every `open` request in scope that has no open pairing with the eligible mentors' free slots
    (their capacity minus approved and active pairings), under the rules of the mentor suggestions, and
    keeps the run. The score of a pair is its suggestion score. `best_coverage` maximises the sum of
    scores, then the number matched; `most_matched` the number matched, then the sum of scores; the
    result is optimal, and the same for the same data. Unmatched requests say why (`no_eligible_mentor`,
    `mentors_taken`). HR matches the whole programme or one `department_id`; a team leader the requests
    of the people they lead. `request_ids` narrows the scope: each must be such a request (422
    otherwise).

    Args:
        body (MatchingRunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingRunRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MatchingRunCreate,
) -> Response[MatchingRunRead | Problem]:
    """Run matching

     Matches every `open` request in scope that has no open pairing with the eligible mentors' free slots
    (their capacity minus approved and active pairings), under the rules of the mentor suggestions, and
    keeps the run. The score of a pair is its suggestion score. `best_coverage` maximises the sum of
    scores, then the number matched; `most_matched` the number matched, then the sum of scores; the
    result is optimal, and the same for the same data. Unmatched requests say why (`no_eligible_mentor`,
    `mentors_taken`). HR matches the whole programme or one `department_id`; a team leader the requests
    of the people they lead. `request_ids` narrows the scope: each must be such a request (422
    otherwise).

    Args:
        body (MatchingRunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingRunRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MatchingRunCreate,
) -> MatchingRunRead | Problem | None:
    """Run matching

     Matches every `open` request in scope that has no open pairing with the eligible mentors' free slots
    (their capacity minus approved and active pairings), under the rules of the mentor suggestions, and
    keeps the run. The score of a pair is its suggestion score. `best_coverage` maximises the sum of
    scores, then the number matched; `most_matched` the number matched, then the sum of scores; the
    result is optimal, and the same for the same data. Unmatched requests say why (`no_eligible_mentor`,
    `mentors_taken`). HR matches the whole programme or one `department_id`; a team leader the requests
    of the people they lead. `request_ids` narrows the scope: each must be such a request (422
    otherwise).

    Args:
        body (MatchingRunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingRunRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
