from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anonymisation_result import AnonymisationResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employees/{employee_id}/anonymise".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnonymisationResult | Problem | None:
    if response.status_code == 200:
        response_200 = AnonymisationResult.from_dict(response.json())

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
) -> Response[AnonymisationResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AnonymisationResult | Problem]:
    """Anonymise a departed employee

     Replaces a terminated employee's personal data in their records once the retention period has
    passed. Only HR (`hr_admin`). 409 with `reasons`: `already_anonymised`, `not_terminated`,
    `open_pairing` or `retention_period` (the programme setting `data_retention_months` since
    termination or the end of their last pairing, whichever is later, has not passed).

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymisationResult | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> AnonymisationResult | Problem | None:
    """Anonymise a departed employee

     Replaces a terminated employee's personal data in their records once the retention period has
    passed. Only HR (`hr_admin`). 409 with `reasons`: `already_anonymised`, `not_terminated`,
    `open_pairing` or `retention_period` (the programme setting `data_retention_months` since
    termination or the end of their last pairing, whichever is later, has not passed).

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymisationResult | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AnonymisationResult | Problem]:
    """Anonymise a departed employee

     Replaces a terminated employee's personal data in their records once the retention period has
    passed. Only HR (`hr_admin`). 409 with `reasons`: `already_anonymised`, `not_terminated`,
    `open_pairing` or `retention_period` (the programme setting `data_retention_months` since
    termination or the end of their last pairing, whichever is later, has not passed).

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymisationResult | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: int,
    *,
    client: AuthenticatedClient,
) -> AnonymisationResult | Problem | None:
    """Anonymise a departed employee

     Replaces a terminated employee's personal data in their records once the retention period has
    passed. Only HR (`hr_admin`). 409 with `reasons`: `already_anonymised`, `not_terminated`,
    `open_pairing` or `retention_period` (the programme setting `data_retention_months` since
    termination or the end of their last pairing, whichever is later, has not passed).

    Args:
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymisationResult | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
        )
    ).parsed
