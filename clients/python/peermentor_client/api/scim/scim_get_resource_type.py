from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_get_resource_type_response_401 import ScimGetResourceTypeResponse401
from ...models.scim_get_resource_type_response_403 import ScimGetResourceTypeResponse403
from ...models.scim_get_resource_type_response_404 import ScimGetResourceTypeResponse404
from ...types import Response


def _get_kwargs(
    resource_type_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/v2/ResourceTypes/{resource_type_id}".format(
            resource_type_id=quote(str(resource_type_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = ScimGetResourceTypeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimGetResourceTypeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScimGetResourceTypeResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404]:
    """One SCIM resource type

     The User resource type. hris service accounts only. 404 for another name.

    Args:
        resource_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404]
    """

    kwargs = _get_kwargs(
        resource_type_id=resource_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_type_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404 | None:
    """One SCIM resource type

     The User resource type. hris service accounts only. 404 for another name.

    Args:
        resource_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404
    """

    return sync_detailed(
        resource_type_id=resource_type_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_type_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404]:
    """One SCIM resource type

     The User resource type. hris service accounts only. 404 for another name.

    Args:
        resource_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404]
    """

    kwargs = _get_kwargs(
        resource_type_id=resource_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_type_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404 | None:
    """One SCIM resource type

     The User resource type. hris service accounts only. 404 for another name.

    Args:
        resource_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetResourceTypeResponse401 | ScimGetResourceTypeResponse403 | ScimGetResourceTypeResponse404
    """

    return (
        await asyncio_detailed(
            resource_type_id=resource_type_id,
            client=client,
        )
    ).parsed
