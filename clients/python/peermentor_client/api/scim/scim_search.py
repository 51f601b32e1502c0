from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_search_payload import ScimSearchPayload
from ...models.scim_search_response_400 import ScimSearchResponse400
from ...models.scim_search_response_401 import ScimSearchResponse401
from ...models.scim_search_response_403 import ScimSearchResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: ScimSearchPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/v2/.search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ScimSearchResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimSearchResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimSearchResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimSearchPayload,
) -> Response[Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403]:
    """Search all SCIM resources (POST)

     RFC 7644 3.4.3 at the root: Users are the only resources served. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403]
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
    body: ScimSearchPayload,
) -> Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403 | None:
    """Search all SCIM resources (POST)

     RFC 7644 3.4.3 at the root: Users are the only resources served. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimSearchPayload,
) -> Response[Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403]:
    """Search all SCIM resources (POST)

     RFC 7644 3.4.3 at the root: Users are the only resources served. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimSearchPayload,
) -> Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403 | None:
    """Search all SCIM resources (POST)

     RFC 7644 3.4.3 at the root: Users are the only resources served. hris service accounts only. 400
    invalidFilter, invalidValue.

    Args:
        body (ScimSearchPayload): An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`,
            `attributes`, `excludedAttributes`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimSearchResponse400 | ScimSearchResponse401 | ScimSearchResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
