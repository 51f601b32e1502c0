from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grievance_read import GrievanceRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    grievance_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/grievances/{grievance_id}".format(
            grievance_id=quote(str(grievance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GrievanceRead | Problem | None:
    if response.status_code == 200:
        response_200 = GrievanceRead.from_dict(response.json())

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
) -> Response[GrievanceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    grievance_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[GrievanceRead | Problem]:
    """Get a grievance or withdrawal

     The grievance with its due-diligence log, and its `ETag` for the `If-Match` of HR's actions and
    resolution. Only HR and the person who raised it can read it; the other participant and team leaders
    get 404, the service accounts 403.

    Args:
        grievance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrievanceRead | Problem]
    """

    kwargs = _get_kwargs(
        grievance_id=grievance_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    grievance_id: int,
    *,
    client: AuthenticatedClient,
) -> GrievanceRead | Problem | None:
    """Get a grievance or withdrawal

     The grievance with its due-diligence log, and its `ETag` for the `If-Match` of HR's actions and
    resolution. Only HR and the person who raised it can read it; the other participant and team leaders
    get 404, the service accounts 403.

    Args:
        grievance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrievanceRead | Problem
    """

    return sync_detailed(
        grievance_id=grievance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    grievance_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[GrievanceRead | Problem]:
    """Get a grievance or withdrawal

     The grievance with its due-diligence log, and its `ETag` for the `If-Match` of HR's actions and
    resolution. Only HR and the person who raised it can read it; the other participant and team leaders
    get 404, the service accounts 403.

    Args:
        grievance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrievanceRead | Problem]
    """

    kwargs = _get_kwargs(
        grievance_id=grievance_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    grievance_id: int,
    *,
    client: AuthenticatedClient,
) -> GrievanceRead | Problem | None:
    """Get a grievance or withdrawal

     The grievance with its due-diligence log, and its `ETag` for the `If-Match` of HR's actions and
    resolution. Only HR and the person who raised it can read it; the other participant and team leaders
    get 404, the service accounts 403.

    Args:
        grievance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrievanceRead | Problem
    """

    return (
        await asyncio_detailed(
            grievance_id=grievance_id,
            client=client,
        )
    ).parsed
