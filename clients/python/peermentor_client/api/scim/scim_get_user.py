from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_get_user_response_400 import ScimGetUserResponse400
from ...models.scim_get_user_response_401 import ScimGetUserResponse401
from ...models.scim_get_user_response_403 import ScimGetUserResponse403
from ...models.scim_get_user_response_404 import ScimGetUserResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: str,
    *,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_attributes: None | str | Unset
    if isinstance(attributes, Unset):
        json_attributes = UNSET
    else:
        json_attributes = attributes
    params["attributes"] = json_attributes

    json_excluded_attributes: None | str | Unset
    if isinstance(excluded_attributes, Unset):
        json_excluded_attributes = UNSET
    else:
        json_excluded_attributes = excluded_attributes
    params["excludedAttributes"] = json_excluded_attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/v2/Users/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ScimGetUserResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimGetUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimGetUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScimGetUserResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Response[Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404]:
    """Get a SCIM user

     One employee as a SCIM user, with its version as `ETag`. hris service accounts only. 404 for an
    unknown or SCIM-deleted user.

    Args:
        employee_id (str):
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404 | None:
    """Get a SCIM user

     One employee as a SCIM user, with its version as `ETag`. hris service accounts only. 404 for an
    unknown or SCIM-deleted user.

    Args:
        employee_id (str):
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    ).parsed


async def asyncio_detailed(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Response[Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404]:
    """Get a SCIM user

     One employee as a SCIM user, with its version as `ETag`. hris service accounts only. 404 for an
    unknown or SCIM-deleted user.

    Args:
        employee_id (str):
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404 | None:
    """Get a SCIM user

     One employee as a SCIM user, with its version as `ETag`. hris service accounts only. 404 for an
    unknown or SCIM-deleted user.

    Args:
        employee_id (str):
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimGetUserResponse400 | ScimGetUserResponse401 | ScimGetUserResponse403 | ScimGetUserResponse404
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
    ).parsed
