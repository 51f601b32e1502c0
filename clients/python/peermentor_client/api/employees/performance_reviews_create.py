from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.performance_review_create import PerformanceReviewCreate
from ...models.performance_review_read import PerformanceReviewRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: int,
    *,
    body: PerformanceReviewCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employees/{employee_id}/performance-reviews".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PerformanceReviewRead | Problem | None:
    if response.status_code == 201:
        response_201 = PerformanceReviewRead.from_dict(response.json())

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
) -> Response[PerformanceReviewRead | Problem]:
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
    body: PerformanceReviewCreate,
) -> Response[PerformanceReviewRead | Problem]:
    """Record a performance review

     Records a rated review (1-5) with its improvement areas for an employee. Only HR (`hr_admin`); the
    HRIS sends reviews through the HRIS sync. 409 when another review has the `external_id`; 404 for an
    unknown employee.

    Args:
        employee_id (int):
        body (PerformanceReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PerformanceReviewRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    body: PerformanceReviewCreate,
) -> PerformanceReviewRead | Problem | None:
    """Record a performance review

     Records a rated review (1-5) with its improvement areas for an employee. Only HR (`hr_admin`); the
    HRIS sends reviews through the HRIS sync. 409 when another review has the `external_id`; 404 for an
    unknown employee.

    Args:
        employee_id (int):
        body (PerformanceReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PerformanceReviewRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    body: PerformanceReviewCreate,
) -> Response[PerformanceReviewRead | Problem]:
    """Record a performance review

     Records a rated review (1-5) with its improvement areas for an employee. Only HR (`hr_admin`); the
    HRIS sends reviews through the HRIS sync. 409 when another review has the `external_id`; 404 for an
    unknown employee.

    Args:
        employee_id (int):
        body (PerformanceReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PerformanceReviewRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    body: PerformanceReviewCreate,
) -> PerformanceReviewRead | Problem | None:
    """Record a performance review

     Records a rated review (1-5) with its improvement areas for an employee. Only HR (`hr_admin`); the
    HRIS sends reviews through the HRIS sync. 409 when another review has the `external_id`; 404 for an
    unknown employee.

    Args:
        employee_id (int):
        body (PerformanceReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PerformanceReviewRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
