from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.review_form_input import ReviewFormInput
from ...models.review_read import ReviewRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    review_id: int,
    *,
    body: ReviewFormInput,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/reviews/{review_id}/forms/mentor".format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ReviewFormInput,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ReviewRead]:
    """Fill in the mentor's review form

     Only the mentor fills it, or HR on their behalf with `on_behalf_note`. A form with `concern: true`
    notifies HR. The review is `submitted` once both forms are in. 409 when the review was cancelled or
    the pairing is not active; 412 for a stale `If-Match`.

    Args:
        review_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReviewFormInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    review_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewFormInput,
    if_match: None | str | Unset = UNSET,
) -> Problem | ReviewRead | None:
    """Fill in the mentor's review form

     Only the mentor fills it, or HR on their behalf with `on_behalf_note`. A form with `concern: true`
    notifies HR. The review is `submitted` once both forms are in. 409 when the review was cancelled or
    the pairing is not active; 412 for a stale `If-Match`.

    Args:
        review_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReviewFormInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewRead
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    review_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewFormInput,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ReviewRead]:
    """Fill in the mentor's review form

     Only the mentor fills it, or HR on their behalf with `on_behalf_note`. A form with `concern: true`
    notifies HR. The review is `submitted` once both forms are in. 409 when the review was cancelled or
    the pairing is not active; 412 for a stale `If-Match`.

    Args:
        review_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReviewFormInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewFormInput,
    if_match: None | str | Unset = UNSET,
) -> Problem | ReviewRead | None:
    """Fill in the mentor's review form

     Only the mentor fills it, or HR on their behalf with `on_behalf_note`. A form with `concern: true`
    notifies HR. The review is `submitted` once both forms are in. 409 when the review was cancelled or
    the pairing is not active; 412 for a stale `If-Match`.

    Args:
        review_id (int):
        if_match (None | str | Unset): The record's ETag as read (strong comparison); a stale one
            is answered 412. Without it the write applies to the record as it is.
        body (ReviewFormInput):

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
            body=body,
            if_match=if_match,
        )
    ).parsed
