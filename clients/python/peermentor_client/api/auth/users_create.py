from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.user_create import UserCreate
from ...models.user_created import UserCreated
from ...types import Response


def _get_kwargs(
    *,
    body: UserCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserCreated | None:
    if response.status_code == 201:
        response_201 = UserCreated.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | UserCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserCreate,
) -> Response[Problem | UserCreated]:
    """Create a user account

     Creates a person's login with a role; team leaders and employees must be linked to an employee
    (`employee_id`). With a `password` the login works at once. Without one the account has no password
    yet and the answer's `invitation` carries a one-time link (`set_password_path`, `set_password_url`)
    with which the person sets theirs: it works once, until `expires_at`
    (`PEERMENTOR_INVITATION_TTL_HOURS`, default 72), and is e-mailed to the account's address when
    e-mail is on (`email_queued`). The link is shown only in this answer (never cached); a lost one is
    replaced with `POST /users/{user_id}/invitation`. Only HR (`hr_admin`). 409 when the e-mail is taken
    (reason `email_taken`) or the employee already has an account (`employee_has_account`) or has left
    (`employee_terminated`); 422 for an unknown employee or a password shorter than 12 characters.

    Args:
        body (UserCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserCreated]
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
    body: UserCreate,
) -> Problem | UserCreated | None:
    """Create a user account

     Creates a person's login with a role; team leaders and employees must be linked to an employee
    (`employee_id`). With a `password` the login works at once. Without one the account has no password
    yet and the answer's `invitation` carries a one-time link (`set_password_path`, `set_password_url`)
    with which the person sets theirs: it works once, until `expires_at`
    (`PEERMENTOR_INVITATION_TTL_HOURS`, default 72), and is e-mailed to the account's address when
    e-mail is on (`email_queued`). The link is shown only in this answer (never cached); a lost one is
    replaced with `POST /users/{user_id}/invitation`. Only HR (`hr_admin`). 409 when the e-mail is taken
    (reason `email_taken`) or the employee already has an account (`employee_has_account`) or has left
    (`employee_terminated`); 422 for an unknown employee or a password shorter than 12 characters.

    Args:
        body (UserCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserCreate,
) -> Response[Problem | UserCreated]:
    """Create a user account

     Creates a person's login with a role; team leaders and employees must be linked to an employee
    (`employee_id`). With a `password` the login works at once. Without one the account has no password
    yet and the answer's `invitation` carries a one-time link (`set_password_path`, `set_password_url`)
    with which the person sets theirs: it works once, until `expires_at`
    (`PEERMENTOR_INVITATION_TTL_HOURS`, default 72), and is e-mailed to the account's address when
    e-mail is on (`email_queued`). The link is shown only in this answer (never cached); a lost one is
    replaced with `POST /users/{user_id}/invitation`. Only HR (`hr_admin`). 409 when the e-mail is taken
    (reason `email_taken`) or the employee already has an account (`employee_has_account`) or has left
    (`employee_terminated`); 422 for an unknown employee or a password shorter than 12 characters.

    Args:
        body (UserCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserCreate,
) -> Problem | UserCreated | None:
    """Create a user account

     Creates a person's login with a role; team leaders and employees must be linked to an employee
    (`employee_id`). With a `password` the login works at once. Without one the account has no password
    yet and the answer's `invitation` carries a one-time link (`set_password_path`, `set_password_url`)
    with which the person sets theirs: it works once, until `expires_at`
    (`PEERMENTOR_INVITATION_TTL_HOURS`, default 72), and is e-mailed to the account's address when
    e-mail is on (`email_queued`). The link is shown only in this answer (never cached); a lost one is
    replaced with `POST /users/{user_id}/invitation`. Only HR (`hr_admin`). 409 when the e-mail is taken
    (reason `email_taken`) or the employee already has an account (`employee_has_account`) or has left
    (`employee_terminated`); 422 for an unknown employee or a password shorter than 12 characters.

    Args:
        body (UserCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
