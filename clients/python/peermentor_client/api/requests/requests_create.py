from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentoring_request_create import MentoringRequestCreate
from ...models.mentoring_request_read import MentoringRequestRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: MentoringRequestCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mentoring-requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentoringRequestRead | Problem | None:
    if response.status_code == 201:
        response_201 = MentoringRequestRead.from_dict(response.json())

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
) -> Response[MentoringRequestRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MentoringRequestCreate,
) -> Response[MentoringRequestRead | Problem]:
    """Raise a mentoring request

     HR or the mentee's team leader raise an `open` request; an employee raising one for themself gets
    `awaiting_supervisor` until the team leader confirms. 409 when the mentee already has a pending
    request; 422 for a mentee who is inactive or not managerial, a performance review that is not theirs
    or a future discussion date; 404 for a mentee the caller may not see.

    Args:
        body (MentoringRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentoringRequestRead | Problem]
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
    body: MentoringRequestCreate,
) -> MentoringRequestRead | Problem | None:
    """Raise a mentoring request

     HR or the mentee's team leader raise an `open` request; an employee raising one for themself gets
    `awaiting_supervisor` until the team leader confirms. 409 when the mentee already has a pending
    request; 422 for a mentee who is inactive or not managerial, a performance review that is not theirs
    or a future discussion date; 404 for a mentee the caller may not see.

    Args:
        body (MentoringRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentoringRequestRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MentoringRequestCreate,
) -> Response[MentoringRequestRead | Problem]:
    """Raise a mentoring request

     HR or the mentee's team leader raise an `open` request; an employee raising one for themself gets
    `awaiting_supervisor` until the team leader confirms. 409 when the mentee already has a pending
    request; 422 for a mentee who is inactive or not managerial, a performance review that is not theirs
    or a future discussion date; 404 for a mentee the caller may not see.

    Args:
        body (MentoringRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentoringRequestRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MentoringRequestCreate,
) -> MentoringRequestRead | Problem | None:
    """Raise a mentoring request

     HR or the mentee's team leader raise an `open` request; an employee raising one for themself gets
    `awaiting_supervisor` until the team leader confirms. 409 when the mentee already has a pending
    request; 422 for a mentee who is inactive or not managerial, a performance review that is not theirs
    or a future discussion date; 404 for a mentee the caller may not see.

    Args:
        body (MentoringRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentoringRequestRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
