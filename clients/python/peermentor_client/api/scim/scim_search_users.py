from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_search_users_payload import ScimSearchUsersPayload
from ...models.scim_search_users_response_400 import ScimSearchUsersResponse400
from ...models.scim_search_users_response_401 import ScimSearchUsersResponse401
from ...models.scim_search_users_response_403 import ScimSearchUsersResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: ScimSearchUsersPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/v2/Users/.search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ScimSearchUsersResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimSearchUsersResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimSearchUsersResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimSearchUsersPayload,
) -> Response[Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403]:
    """Search SCIM users (POST)

     RFC 7644 3.4.3: the query of GET /Users in a SearchRequest body. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchUsersPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403]
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
    body: ScimSearchUsersPayload,
) -> Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403 | None:
    """Search SCIM users (POST)

     RFC 7644 3.4.3: the query of GET /Users in a SearchRequest body. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchUsersPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimSearchUsersPayload,
) -> Response[Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403]:
    """Search SCIM users (POST)

     RFC 7644 3.4.3: the query of GET /Users in a SearchRequest body. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchUsersPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimSearchUsersPayload,
) -> Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403 | None:
    """Search SCIM users (POST)

     RFC 7644 3.4.3: the query of GET /Users in a SearchRequest body. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchUsersPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimSearchUsersResponse400 | ScimSearchUsersResponse401 | ScimSearchUsersResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
