from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_delete_user_response_401 import ScimDeleteUserResponse401
from ...models.scim_delete_user_response_403 import ScimDeleteUserResponse403
from ...models.scim_delete_user_response_404 import ScimDeleteUserResponse404
from ...models.scim_delete_user_response_412 import ScimDeleteUserResponse412
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: str,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/v2/Users/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ScimDeleteUserResponse401
    | ScimDeleteUserResponse403
    | ScimDeleteUserResponse404
    | ScimDeleteUserResponse412
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ScimDeleteUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimDeleteUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScimDeleteUserResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = ScimDeleteUserResponse412.from_dict(response.json())

        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412
]:
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
    if_match: None | str | Unset = UNSET,
) -> Response[
    Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412
]:
    """Deprovision a SCIM user

     RFC 7644 3.6: never a hard delete. The employee is terminated (logins off, HR told of open
    pairings), kept for the records, and is no longer a SCIM resource (404 afterwards). hris service
    accounts only. 412 for a stale If-Match.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> (
    Any
    | ScimDeleteUserResponse401
    | ScimDeleteUserResponse403
    | ScimDeleteUserResponse404
    | ScimDeleteUserResponse412
    | None
):
    """Deprovision a SCIM user

     RFC 7644 3.6: never a hard delete. The employee is terminated (logins off, HR told of open
    pairings), kept for the records, and is no longer a SCIM resource (404 afterwards). hris service
    accounts only. 412 for a stale If-Match.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[
    Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412
]:
    """Deprovision a SCIM user

     RFC 7644 3.6: never a hard delete. The employee is terminated (logins off, HR told of open
    pairings), kept for the records, and is no longer a SCIM resource (404 afterwards). hris service
    accounts only. 412 for a stale If-Match.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> (
    Any
    | ScimDeleteUserResponse401
    | ScimDeleteUserResponse403
    | ScimDeleteUserResponse404
    | ScimDeleteUserResponse412
    | None
):
    """Deprovision a SCIM user

     RFC 7644 3.6: never a hard delete. The employee is terminated (logins off, HR told of open
    pairings), kept for the records, and is no longer a SCIM resource (404 afterwards). hris service
    accounts only. 412 for a stale If-Match.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimDeleteUserResponse401 | ScimDeleteUserResponse403 | ScimDeleteUserResponse404 | ScimDeleteUserResponse412
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
