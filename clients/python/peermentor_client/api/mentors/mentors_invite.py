from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_invitation_create import MentorInvitationCreate
from ...models.mentor_invitation_read import MentorInvitationRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: int,
    *,
    body: MentorInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employees/{employee_id}/mentor-invitation".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorInvitationRead | Problem | None:
    if response.status_code == 201:
        response_201 = MentorInvitationRead.from_dict(response.json())

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
) -> Response[MentorInvitationRead | Problem]:
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
    body: MentorInvitationCreate,
) -> Response[MentorInvitationRead | Problem]:
    """Invite an employee to opt in as a mentor

     Sends the employee a notification (and an e-mail, unless they turned that kind off) asking them to
    opt in on their mentor profile, with an optional personal `message`. A team leader, for the people
    they may see (their department and the people they lead), or HR. 403 for other roles; 404 for an
    employee the caller may not see; 409 with a reason: `already_available` (they already offer to
    mentor), `already_invited` (an invitation they have not read yet), `inactive` (they left) or
    `self_invitation`.

    Args:
        employee_id (int):
        body (MentorInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorInvitationRead | Problem]
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
    body: MentorInvitationCreate,
) -> MentorInvitationRead | Problem | None:
    """Invite an employee to opt in as a mentor

     Sends the employee a notification (and an e-mail, unless they turned that kind off) asking them to
    opt in on their mentor profile, with an optional personal `message`. A team leader, for the people
    they may see (their department and the people they lead), or HR. 403 for other roles; 404 for an
    employee the caller may not see; 409 with a reason: `already_available` (they already offer to
    mentor), `already_invited` (an invitation they have not read yet), `inactive` (they left) or
    `self_invitation`.

    Args:
        employee_id (int):
        body (MentorInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorInvitationRead | Problem
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
    body: MentorInvitationCreate,
) -> Response[MentorInvitationRead | Problem]:
    """Invite an employee to opt in as a mentor

     Sends the employee a notification (and an e-mail, unless they turned that kind off) asking them to
    opt in on their mentor profile, with an optional personal `message`. A team leader, for the people
    they may see (their department and the people they lead), or HR. 403 for other roles; 404 for an
    employee the caller may not see; 409 with a reason: `already_available` (they already offer to
    mentor), `already_invited` (an invitation they have not read yet), `inactive` (they left) or
    `self_invitation`.

    Args:
        employee_id (int):
        body (MentorInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorInvitationRead | Problem]
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
    body: MentorInvitationCreate,
) -> MentorInvitationRead | Problem | None:
    """Invite an employee to opt in as a mentor

     Sends the employee a notification (and an e-mail, unless they turned that kind off) asking them to
    opt in on their mentor profile, with an optional personal `message`. A team leader, for the people
    they may see (their department and the people they lead), or HR. 403 for other roles; 404 for an
    employee the caller may not see; 409 with a reason: `already_available` (they already offer to
    mentor), `already_invited` (an invitation they have not read yet), `inactive` (they left) or
    `self_invitation`.

    Args:
        employee_id (int):
        body (MentorInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorInvitationRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
