from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.service_account_read import ServiceAccountRead
from ...types import Response


def _get_kwargs(
    service_account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-accounts/{service_account_id}/deactivate".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ServiceAccountRead | None:
    if response.status_code == 200:
        response_200 = ServiceAccountRead.from_dict(response.json())

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
) -> Response[Problem | ServiceAccountRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ServiceAccountRead]:
    """Deactivate a service account

     Its tokens stop working at once and it can get no new ones. Only HR (`hr_admin`). 409 when it is
    already deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccountRead]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | ServiceAccountRead | None:
    """Deactivate a service account

     Its tokens stop working at once and it can get no new ones. Only HR (`hr_admin`). 409 when it is
    already deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccountRead
    """

    return sync_detailed(
        service_account_id=service_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ServiceAccountRead]:
    """Deactivate a service account

     Its tokens stop working at once and it can get no new ones. Only HR (`hr_admin`). 409 when it is
    already deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccountRead]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | ServiceAccountRead | None:
    """Deactivate a service account

     Its tokens stop working at once and it can get no new ones. Only HR (`hr_admin`). 409 when it is
    already deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccountRead
    """

    return (
        await asyncio_detailed(
            service_account_id=service_account_id,
            client=client,
        )
    ).parsed
