from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scim_token_create import ScimTokenCreate
from ...models.scim_token_created import ScimTokenCreated
from ...types import Response


def _get_kwargs(
    service_account_id: int,
    *,
    body: ScimTokenCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-accounts/{service_account_id}/scim-tokens".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScimTokenCreated | None:
    if response.status_code == 201:
        response_201 = ScimTokenCreated.from_dict(response.json())

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
) -> Response[Problem | ScimTokenCreated]:
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
    body: ScimTokenCreate,
) -> Response[Problem | ScimTokenCreated]:
    """Issue a SCIM token for an hris service account

     A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), which is
    configured with a static token. The answer shows the `token` once (never cached); only its hash is
    stored. The token works on `/scim/v2` only, and only while the service account is active and the
    token not revoked. Only HR (`hr_admin`). 409 for a service account that is not `hris` or is
    deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):
        body (ScimTokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScimTokenCreated]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    body: ScimTokenCreate,
) -> Problem | ScimTokenCreated | None:
    """Issue a SCIM token for an hris service account

     A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), which is
    configured with a static token. The answer shows the `token` once (never cached); only its hash is
    stored. The token works on `/scim/v2` only, and only while the service account is active and the
    token not revoked. Only HR (`hr_admin`). 409 for a service account that is not `hris` or is
    deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):
        body (ScimTokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScimTokenCreated
    """

    return sync_detailed(
        service_account_id=service_account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    body: ScimTokenCreate,
) -> Response[Problem | ScimTokenCreated]:
    """Issue a SCIM token for an hris service account

     A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), which is
    configured with a static token. The answer shows the `token` once (never cached); only its hash is
    stored. The token works on `/scim/v2` only, and only while the service account is active and the
    token not revoked. Only HR (`hr_admin`). 409 for a service account that is not `hris` or is
    deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):
        body (ScimTokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScimTokenCreated]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_account_id: int,
    *,
    client: AuthenticatedClient,
    body: ScimTokenCreate,
) -> Problem | ScimTokenCreated | None:
    """Issue a SCIM token for an hris service account

     A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), which is
    configured with a static token. The answer shows the `token` once (never cached); only its hash is
    stored. The token works on `/scim/v2` only, and only while the service account is active and the
    token not revoked. Only HR (`hr_admin`). 409 for a service account that is not `hris` or is
    deactivated; 404 for an unknown account.

    Args:
        service_account_id (int):
        body (ScimTokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScimTokenCreated
    """

    return (
        await asyncio_detailed(
            service_account_id=service_account_id,
            client=client,
            body=body,
        )
    ).parsed
