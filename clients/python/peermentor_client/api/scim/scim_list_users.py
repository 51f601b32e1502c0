from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_list_users_response_400 import ScimListUsersResponse400
from ...models.scim_list_users_response_401 import ScimListUsersResponse401
from ...models.scim_list_users_response_403 import ScimListUsersResponse403
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: None | str | Unset = UNSET,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params["startIndex"] = start_index

    params["count"] = count

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
        "url": "/scim/v2/Users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ScimListUsersResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimListUsersResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimListUsersResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: None | str | Unset = UNSET,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Response[Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403]:
    """List or find SCIM users

     RFC 7644 3.4.2: employees as SCIM users, by id. `filter` takes `eq`, `ne`, `co`, `sw`, `ew`, `pr`,
    `gt`/`ge`/`lt`/`le`, `and`, `or`, `not` and `emails[...]` on userName, externalId, emails(.value),
    displayName, title, active, the enterprise employeeNumber, division and manager.value, and meta
    dates; `startIndex` (from 1) and `count` (at most 200) page. hris service accounts only. 400
    invalidFilter.

    Args:
        filter_ (None | str | Unset): An RFC 7644 filter.
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        start_index=start_index,
        count=count,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: None | str | Unset = UNSET,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403 | None:
    """List or find SCIM users

     RFC 7644 3.4.2: employees as SCIM users, by id. `filter` takes `eq`, `ne`, `co`, `sw`, `ew`, `pr`,
    `gt`/`ge`/`lt`/`le`, `and`, `or`, `not` and `emails[...]` on userName, externalId, emails(.value),
    displayName, title, active, the enterprise employeeNumber, division and manager.value, and meta
    dates; `startIndex` (from 1) and `count` (at most 200) page. hris service accounts only. 400
    invalidFilter.

    Args:
        filter_ (None | str | Unset): An RFC 7644 filter.
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        start_index=start_index,
        count=count,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: None | str | Unset = UNSET,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Response[Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403]:
    """List or find SCIM users

     RFC 7644 3.4.2: employees as SCIM users, by id. `filter` takes `eq`, `ne`, `co`, `sw`, `ew`, `pr`,
    `gt`/`ge`/`lt`/`le`, `and`, `or`, `not` and `emails[...]` on userName, externalId, emails(.value),
    displayName, title, active, the enterprise employeeNumber, division and manager.value, and meta
    dates; `startIndex` (from 1) and `count` (at most 200) page. hris service accounts only. 400
    invalidFilter.

    Args:
        filter_ (None | str | Unset): An RFC 7644 filter.
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        start_index=start_index,
        count=count,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: None | str | Unset = UNSET,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    attributes: None | str | Unset = UNSET,
    excluded_attributes: None | str | Unset = UNSET,
) -> Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403 | None:
    """List or find SCIM users

     RFC 7644 3.4.2: employees as SCIM users, by id. `filter` takes `eq`, `ne`, `co`, `sw`, `ew`, `pr`,
    `gt`/`ge`/`lt`/`le`, `and`, `or`, `not` and `emails[...]` on userName, externalId, emails(.value),
    displayName, title, active, the enterprise employeeNumber, division and manager.value, and meta
    dates; `startIndex` (from 1) and `count` (at most 200) page. hris service accounts only. 400
    invalidFilter.

    Args:
        filter_ (None | str | Unset): An RFC 7644 filter.
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        attributes (None | str | Unset): Attributes to return, comma-separated.
        excluded_attributes (None | str | Unset): Attributes to leave out, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimListUsersResponse400 | ScimListUsersResponse401 | ScimListUsersResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            start_index=start_index,
            count=count,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
    ).parsed
