from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    service_account_id: int,
    scim_token_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/service-accounts/{service_account_id}/scim-tokens/{scim_token_id}".format(
            service_account_id=quote(str(service_account_id), safe=""),
            scim_token_id=quote(str(scim_token_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_account_id: int,
    scim_token_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Revoke a SCIM token

     The token stops working at once. Revoking a revoked token changes nothing. Only HR (`hr_admin`). 404
    for an unknown token or one of another service account.

    Args:
        service_account_id (int):
        scim_token_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        scim_token_id=scim_token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_account_id: int,
    scim_token_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Revoke a SCIM token

     The token stops working at once. Revoking a revoked token changes nothing. Only HR (`hr_admin`). 404
    for an unknown token or one of another service account.

    Args:
        service_account_id (int):
        scim_token_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        service_account_id=service_account_id,
        scim_token_id=scim_token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_account_id: int,
    scim_token_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Revoke a SCIM token

     The token stops working at once. Revoking a revoked token changes nothing. Only HR (`hr_admin`). 404
    for an unknown token or one of another service account.

    Args:
        service_account_id (int):
        scim_token_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        service_account_id=service_account_id,
        scim_token_id=scim_token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_account_id: int,
    scim_token_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Revoke a SCIM token

     The token stops working at once. Revoking a revoked token changes nothing. Only HR (`hr_admin`). 404
    for an unknown token or one of another service account.

    Args:
        service_account_id (int):
        scim_token_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            service_account_id=service_account_id,
            scim_token_id=scim_token_id,
            client=client,
        )
    ).parsed
