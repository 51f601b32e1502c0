from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_list_schemas_response_401 import ScimListSchemasResponse401
from ...models.scim_list_schemas_response_403 import ScimListSchemasResponse403
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/v2/Schemas",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimListSchemasResponse401 | ScimListSchemasResponse403 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = ScimListSchemasResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimListSchemasResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimListSchemasResponse401 | ScimListSchemasResponse403]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimListSchemasResponse401 | ScimListSchemasResponse403]:
    """SCIM schemas

     RFC 7643 7: the User schema, the enterprise extension and PeerMentor's extension. hris service
    accounts only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimListSchemasResponse401 | ScimListSchemasResponse403]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | ScimListSchemasResponse401 | ScimListSchemasResponse403 | None:
    """SCIM schemas

     RFC 7643 7: the User schema, the enterprise extension and PeerMentor's extension. hris service
    accounts only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimListSchemasResponse401 | ScimListSchemasResponse403
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimListSchemasResponse401 | ScimListSchemasResponse403]:
    """SCIM schemas

     RFC 7643 7: the User schema, the enterprise extension and PeerMentor's extension. hris service
    accounts only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimListSchemasResponse401 | ScimListSchemasResponse403]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | ScimListSchemasResponse401 | ScimListSchemasResponse403 | None:
    """SCIM schemas

     RFC 7643 7: the User schema, the enterprise extension and PeerMentor's extension. hris service
    accounts only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimListSchemasResponse401 | ScimListSchemasResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
