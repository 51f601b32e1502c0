from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.review_read import ReviewRead
from ...types import Response


def _get_kwargs(
    review_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reviews/{review_id}".format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReviewRead | None:
    if response.status_code == 200:
        response_200 = ReviewRead.from_dict(response.json())

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
) -> Response[Problem | ReviewRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ReviewRead]:
    """Get a periodic review

     The review with both feedback forms, HR's follow-up and an `ETag` for `If-Match`. HR, the
    `reporting` account, the mentor, the mentee and the team leaders who may see them. 404 for a review
    the caller may not see.

    Args:
        review_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    review_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | ReviewRead | None:
    """Get a periodic review

     The review with both feedback forms, HR's follow-up and an `ETag` for `If-Match`. HR, the
    `reporting` account, the mentor, the mentee and the team leaders who may see them. 404 for a review
    the caller may not see.

    Args:
        review_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewRead
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    review_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ReviewRead]:
    """Get a periodic review

     The review with both feedback forms, HR's follow-up and an `ETag` for `If-Match`. HR, the
    `reporting` account, the mentor, the mentee and the team leaders who may see them. 404 for a review
    the caller may not see.

    Args:
        review_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | ReviewRead | None:
    """Get a periodic review

     The review with both feedback forms, HR's follow-up and an `ETag` for `If-Match`. HR, the
    `reporting` account, the mentor, the mentee and the team leaders who may see them. 404 for a review
    the caller may not see.

    Args:
        review_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewRead
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
        )
    ).parsed
