from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_suggestions import MentorSuggestions
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    request_id: int,
    *,
    limit: int | Unset = 10,
    include_ineligible: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["include_ineligible"] = include_ineligible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mentoring-requests/{request_id}/mentor-suggestions".format(
            request_id=quote(str(request_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorSuggestions | Problem | None:
    if response.status_code == 200:
        response_200 = MentorSuggestions.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MentorSuggestions | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_ineligible: bool | Unset = False,
) -> Response[MentorSuggestions | Problem]:
    """Suggest mentors for a request

     Peers ranked by how many improvement areas they cover (proficiency at least
    `mentor_min_skill_level`), then depth of proficiency, then latest rating, then spare capacity.
    Eligible mentors always rank above ineligible ones, which are listed only with
    `include_ineligible=true`, with their reasons. HR and the mentee's team leader. 409 when the request
    is no longer pending.

    Args:
        request_id (int):
        limit (int | Unset):  Default: 10.
        include_ineligible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorSuggestions | Problem]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        limit=limit,
        include_ineligible=include_ineligible,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_ineligible: bool | Unset = False,
) -> MentorSuggestions | Problem | None:
    """Suggest mentors for a request

     Peers ranked by how many improvement areas they cover (proficiency at least
    `mentor_min_skill_level`), then depth of proficiency, then latest rating, then spare capacity.
    Eligible mentors always rank above ineligible ones, which are listed only with
    `include_ineligible=true`, with their reasons. HR and the mentee's team leader. 409 when the request
    is no longer pending.

    Args:
        request_id (int):
        limit (int | Unset):  Default: 10.
        include_ineligible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorSuggestions | Problem
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        limit=limit,
        include_ineligible=include_ineligible,
    ).parsed


async def asyncio_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_ineligible: bool | Unset = False,
) -> Response[MentorSuggestions | Problem]:
    """Suggest mentors for a request

     Peers ranked by how many improvement areas they cover (proficiency at least
    `mentor_min_skill_level`), then depth of proficiency, then latest rating, then spare capacity.
    Eligible mentors always rank above ineligible ones, which are listed only with
    `include_ineligible=true`, with their reasons. HR and the mentee's team leader. 409 when the request
    is no longer pending.

    Args:
        request_id (int):
        limit (int | Unset):  Default: 10.
        include_ineligible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorSuggestions | Problem]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        limit=limit,
        include_ineligible=include_ineligible,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_ineligible: bool | Unset = False,
) -> MentorSuggestions | Problem | None:
    """Suggest mentors for a request

     Peers ranked by how many improvement areas they cover (proficiency at least
    `mentor_min_skill_level`), then depth of proficiency, then latest rating, then spare capacity.
    Eligible mentors always rank above ineligible ones, which are listed only with
    `include_ineligible=true`, with their reasons. HR and the mentee's team leader. 409 when the request
    is no longer pending.

    Args:
        request_id (int):
        limit (int | Unset):  Default: 10.
        include_ineligible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorSuggestions | Problem
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            limit=limit,
            include_ineligible=include_ineligible,
        )
    ).parsed
