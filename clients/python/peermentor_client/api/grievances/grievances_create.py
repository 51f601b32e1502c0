from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grievance_create import GrievanceCreate
from ...models.grievance_read import GrievanceRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: GrievanceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/grievances",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GrievanceRead | Problem | None:
    if response.status_code == 201:
        response_201 = GrievanceRead.from_dict(response.json())

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
) -> Response[GrievanceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GrievanceCreate,
) -> Response[GrievanceRead | Problem]:
    """Raise a grievance or withdrawal

     The mentor or mentee raises one on their own approved or active pairing (`raised_on` is today); HR
    may record one received earlier on their behalf (`raised_by`, `raised_on` today or in the past). The
    due date is the `grievance_sla_working_days`-th working day after `raised_on` (weekends, public
    holidays of `holiday_country` and organisation holidays excluded) and is fixed when raised: holidays
    added later do not move it. 409 for a pairing that is not approved or active; 404 for a pairing the
    caller may not see; team leaders get 403.

    Args:
        body (GrievanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrievanceRead | Problem]
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
    body: GrievanceCreate,
) -> GrievanceRead | Problem | None:
    """Raise a grievance or withdrawal

     The mentor or mentee raises one on their own approved or active pairing (`raised_on` is today); HR
    may record one received earlier on their behalf (`raised_by`, `raised_on` today or in the past). The
    due date is the `grievance_sla_working_days`-th working day after `raised_on` (weekends, public
    holidays of `holiday_country` and organisation holidays excluded) and is fixed when raised: holidays
    added later do not move it. 409 for a pairing that is not approved or active; 404 for a pairing the
    caller may not see; team leaders get 403.

    Args:
        body (GrievanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrievanceRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GrievanceCreate,
) -> Response[GrievanceRead | Problem]:
    """Raise a grievance or withdrawal

     The mentor or mentee raises one on their own approved or active pairing (`raised_on` is today); HR
    may record one received earlier on their behalf (`raised_by`, `raised_on` today or in the past). The
    due date is the `grievance_sla_working_days`-th working day after `raised_on` (weekends, public
    holidays of `holiday_country` and organisation holidays excluded) and is fixed when raised: holidays
    added later do not move it. 409 for a pairing that is not approved or active; 404 for a pairing the
    caller may not see; team leaders get 403.

    Args:
        body (GrievanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrievanceRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GrievanceCreate,
) -> GrievanceRead | Problem | None:
    """Raise a grievance or withdrawal

     The mentor or mentee raises one on their own approved or active pairing (`raised_on` is today); HR
    may record one received earlier on their behalf (`raised_by`, `raised_on` today or in the past). The
    due date is the `grievance_sla_working_days`-th working day after `raised_on` (weekends, public
    holidays of `holiday_country` and organisation holidays excluded) and is fixed when raised: holidays
    added later do not move it. 409 for a pairing that is not approved or active; 404 for a pairing the
    caller may not see; team leaders get 403.

    Args:
        body (GrievanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrievanceRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
