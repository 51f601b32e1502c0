from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invitation_redeem import InvitationRedeem
from ...models.invitation_redeemed import InvitationRedeemed
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: InvitationRedeem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/account-invitations/redeem",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvitationRedeemed | Problem | None:
    if response.status_code == 200:
        response_200 = InvitationRedeemed.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvitationRedeemed | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvitationRedeem,
) -> Response[InvitationRedeemed | Problem]:
    """Set a password with an invitation's one-time token

     Public (no bearer token): the token is the credential. Sets the account's password (at least 12
    characters, like every password) and uses the token up; then the person signs in with the answered
    `email`. Attempts are throttled per client like sign-ins (429 with Retry-After). Errors, as problems
    with `reasons`: 400 `invitation_invalid` (no such token: mistyped or cut), 410 `invitation_used`,
    `invitation_expired` or `invitation_superseded` (a newer link was sent) for a link that will never
    work again, 409 `account_deactivated`, 422 for a too short password or a malformed body. Nothing is
    cached; neither token nor password is logged or audited.

    Args:
        body (InvitationRedeem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationRedeemed | Problem]
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
    body: InvitationRedeem,
) -> InvitationRedeemed | Problem | None:
    """Set a password with an invitation's one-time token

     Public (no bearer token): the token is the credential. Sets the account's password (at least 12
    characters, like every password) and uses the token up; then the person signs in with the answered
    `email`. Attempts are throttled per client like sign-ins (429 with Retry-After). Errors, as problems
    with `reasons`: 400 `invitation_invalid` (no such token: mistyped or cut), 410 `invitation_used`,
    `invitation_expired` or `invitation_superseded` (a newer link was sent) for a link that will never
    work again, 409 `account_deactivated`, 422 for a too short password or a malformed body. Nothing is
    cached; neither token nor password is logged or audited.

    Args:
        body (InvitationRedeem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationRedeemed | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvitationRedeem,
) -> Response[InvitationRedeemed | Problem]:
    """Set a password with an invitation's one-time token

     Public (no bearer token): the token is the credential. Sets the account's password (at least 12
    characters, like every password) and uses the token up; then the person signs in with the answered
    `email`. Attempts are throttled per client like sign-ins (429 with Retry-After). Errors, as problems
    with `reasons`: 400 `invitation_invalid` (no such token: mistyped or cut), 410 `invitation_used`,
    `invitation_expired` or `invitation_superseded` (a newer link was sent) for a link that will never
    work again, 409 `account_deactivated`, 422 for a too short password or a malformed body. Nothing is
    cached; neither token nor password is logged or audited.

    Args:
        body (InvitationRedeem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationRedeemed | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InvitationRedeem,
) -> InvitationRedeemed | Problem | None:
    """Set a password with an invitation's one-time token

     Public (no bearer token): the token is the credential. Sets the account's password (at least 12
    characters, like every password) and uses the token up; then the person signs in with the answered
    `email`. Attempts are throttled per client like sign-ins (429 with Retry-After). Errors, as problems
    with `reasons`: 400 `invitation_invalid` (no such token: mistyped or cut), 410 `invitation_used`,
    `invitation_expired` or `invitation_superseded` (a newer link was sent) for a link that will never
    work again, 409 `account_deactivated`, 422 for a too short password or a malformed body. Nothing is
    cached; neither token nor password is logged or audited.

    Args:
        body (InvitationRedeem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationRedeemed | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
