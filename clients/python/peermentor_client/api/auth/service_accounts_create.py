from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.service_account_create import ServiceAccountCreate
from ...models.service_account_created import ServiceAccountCreated
from ...types import Response


def _get_kwargs(
    *,
    body: ServiceAccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ServiceAccountCreated | None:
    if response.status_code == 201:
        response_201 = ServiceAccountCreated.from_dict(response.json())

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
) -> Response[Problem | ServiceAccountCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ServiceAccountCreate,
) -> Response[Problem | ServiceAccountCreated]:
    """Create a service account

     Creates an `hris` or `reporting` service account for the client-credentials grant. The answer shows
    the `client_secret` once (never cached); it is stored hashed. Only HR (`hr_admin`).

    Args:
        body (ServiceAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccountCreated]
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
    body: ServiceAccountCreate,
) -> Problem | ServiceAccountCreated | None:
    """Create a service account

     Creates an `hris` or `reporting` service account for the client-credentials grant. The answer shows
    the `client_secret` once (never cached); it is stored hashed. Only HR (`hr_admin`).

    Args:
        body (ServiceAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccountCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ServiceAccountCreate,
) -> Response[Problem | ServiceAccountCreated]:
    """Create a service account

     Creates an `hris` or `reporting` service account for the client-credentials grant. The answer shows
    the `client_secret` once (never cached); it is stored hashed. Only HR (`hr_admin`).

    Args:
        body (ServiceAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccountCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ServiceAccountCreate,
) -> Problem | ServiceAccountCreated | None:
    """Create a service account

     Creates an `hris` or `reporting` service account for the client-credentials grant. The answer shows
    the `client_secret` once (never cached); it is stored hashed. Only HR (`hr_admin`).

    Args:
        body (ServiceAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccountCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
