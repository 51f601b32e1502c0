from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_get_schema_response_401 import ScimGetSchemaResponse401
from ...models.scim_get_schema_response_403 import ScimGetSchemaResponse403
from ...models.scim_get_schema_response_404 import ScimGetSchemaResponse404
from ...types import Response


def _get_kwargs(
    schema_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/v2/Schemas/{schema_id}".format(
            schema_id=quote(str(schema_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = ScimGetSchemaResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimGetSchemaResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScimGetSchemaResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404]:
    """One SCIM schema

     A schema by its URN. hris service accounts only. 404 for an unknown URN.

    Args:
        schema_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schema_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404 | None:
    """One SCIM schema

     A schema by its URN. hris service accounts only. 404 for an unknown URN.

    Args:
        schema_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404
    """

    return sync_detailed(
        schema_id=schema_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404]:
    """One SCIM schema

     A schema by its URN. hris service accounts only. 404 for an unknown URN.

    Args:
        schema_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schema_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404 | None:
    """One SCIM schema

     A schema by its URN. hris service accounts only. 404 for an unknown URN.

    Args:
        schema_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetSchemaResponse401 | ScimGetSchemaResponse403 | ScimGetSchemaResponse404
    """

    return (
        await asyncio_detailed(
            schema_id=schema_id,
            client=client,
        )
    ).parsed
