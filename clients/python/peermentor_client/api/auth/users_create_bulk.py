from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.users_bulk_create import UsersBulkCreate
from ...models.users_bulk_created import UsersBulkCreated
from ...types import Response


def _get_kwargs(
    *,
    body: UsersBulkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UsersBulkCreated | None:
    if response.status_code == 200:
        response_200 = UsersBulkCreated.from_dict(response.json())

        return response_200

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
) -> Response[Problem | UsersBulkCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UsersBulkCreate,
) -> Response[Problem | UsersBulkCreated]:
    """Create logins for several employees at once

     One login per listed employee (up to 500), with the given `role` (`employee` or `team_leader`), at
    the employee's e-mail, each with its invitation (see `users-create`). An employee who cannot get one
    is reported and skipped, the others are created: `results` answers each listed id in order,
    `created` or `skipped` with a `reason` (`unknown_employee`, `listed_twice`, `already_has_account`,
    `email_taken`, `employee_terminated`). Only HR (`hr_admin`). 200 even when every one was skipped;
    422 for an empty or too long list or a bad role.

    Args:
        body (UsersBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsersBulkCreated]
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
    body: UsersBulkCreate,
) -> Problem | UsersBulkCreated | None:
    """Create logins for several employees at once

     One login per listed employee (up to 500), with the given `role` (`employee` or `team_leader`), at
    the employee's e-mail, each with its invitation (see `users-create`). An employee who cannot get one
    is reported and skipped, the others are created: `results` answers each listed id in order,
    `created` or `skipped` with a `reason` (`unknown_employee`, `listed_twice`, `already_has_account`,
    `email_taken`, `employee_terminated`). Only HR (`hr_admin`). 200 even when every one was skipped;
    422 for an empty or too long list or a bad role.

    Args:
        body (UsersBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsersBulkCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UsersBulkCreate,
) -> Response[Problem | UsersBulkCreated]:
    """Create logins for several employees at once

     One login per listed employee (up to 500), with the given `role` (`employee` or `team_leader`), at
    the employee's e-mail, each with its invitation (see `users-create`). An employee who cannot get one
    is reported and skipped, the others are created: `results` answers each listed id in order,
    `created` or `skipped` with a `reason` (`unknown_employee`, `listed_twice`, `already_has_account`,
    `email_taken`, `employee_terminated`). Only HR (`hr_admin`). 200 even when every one was skipped;
    422 for an empty or too long list or a bad role.

    Args:
        body (UsersBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsersBulkCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UsersBulkCreate,
) -> Problem | UsersBulkCreated | None:
    """Create logins for several employees at once

     One login per listed employee (up to 500), with the given `role` (`employee` or `team_leader`), at
    the employee's e-mail, each with its invitation (see `users-create`). An employee who cannot get one
    is reported and skipped, the others are created: `results` answers each listed id in order,
    `created` or `skipped` with a `reason` (`unknown_employee`, `listed_twice`, `already_has_account`,
    `email_taken`, `employee_terminated`). Only HR (`hr_admin`). 200 even when every one was skipped;
    422 for an empty or too long list or a bad role.

    Args:
        body (UsersBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsersBulkCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
