from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_read import DepartmentRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    department_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/departments/{department_id}".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepartmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = DepartmentRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[DepartmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DepartmentRead | Problem]:
    """Get a department

     Any authenticated caller. 404 when there is no such department.

    Args:
        department_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    department_id: int,
    *,
    client: AuthenticatedClient,
) -> DepartmentRead | Problem | None:
    """Get a department

     Any authenticated caller. 404 when there is no such department.

    Args:
        department_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentRead | Problem
    """

    return sync_detailed(
        department_id=department_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    department_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DepartmentRead | Problem]:
    """Get a department

     Any authenticated caller. 404 when there is no such department.

    Args:
        department_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    department_id: int,
    *,
    client: AuthenticatedClient,
) -> DepartmentRead | Problem | None:
    """Get a department

     Any authenticated caller. 404 when there is no such department.

    Args:
        department_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentRead | Problem
    """

    return (
        await asyncio_detailed(
            department_id=department_id,
            client=client,
        )
    ).parsed
