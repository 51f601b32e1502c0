from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_replace_user_payload import ScimReplaceUserPayload
from ...models.scim_replace_user_response_400 import ScimReplaceUserResponse400
from ...models.scim_replace_user_response_401 import ScimReplaceUserResponse401
from ...models.scim_replace_user_response_403 import ScimReplaceUserResponse403
from ...models.scim_replace_user_response_404 import ScimReplaceUserResponse404
from ...models.scim_replace_user_response_409 import ScimReplaceUserResponse409
from ...models.scim_replace_user_response_412 import ScimReplaceUserResponse412
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: str,
    *,
    body: ScimReplaceUserPayload,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/scim/v2/Users/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
    | None
):
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ScimReplaceUserResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimReplaceUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimReplaceUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScimReplaceUserResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ScimReplaceUserResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ScimReplaceUserResponse412.from_dict(response.json())

        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
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
    body: ScimReplaceUserPayload,
    if_match: None | str | Unset = UNSET,
) -> Response[
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
]:
    """Replace a SCIM user

     RFC 7644 3.5.1: the user as sent. Left out, title, division, employeeNumber and manager are cleared;
    externalId, department and PeerMentor's extension keep their value. `active: false` terminates the
    employee (logins off, HR told). hris service accounts only. 412 for a stale If-Match; 409
    uniqueness.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.
        body (ScimReplaceUserPayload): A SCIM User (core schema, enterprise extension,
            PeerMentor's extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimReplaceUserResponse400 | ScimReplaceUserResponse401 | ScimReplaceUserResponse403 | ScimReplaceUserResponse404 | ScimReplaceUserResponse409 | ScimReplaceUserResponse412]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
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
    body: ScimReplaceUserPayload,
    if_match: None | str | Unset = UNSET,
) -> (
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
    | None
):
    """Replace a SCIM user

     RFC 7644 3.5.1: the user as sent. Left out, title, division, employeeNumber and manager are cleared;
    externalId, department and PeerMentor's extension keep their value. `active: false` terminates the
    employee (logins off, HR told). hris service accounts only. 412 for a stale If-Match; 409
    uniqueness.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.
        body (ScimReplaceUserPayload): A SCIM User (core schema, enterprise extension,
            PeerMentor's extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimReplaceUserResponse400 | ScimReplaceUserResponse401 | ScimReplaceUserResponse403 | ScimReplaceUserResponse404 | ScimReplaceUserResponse409 | ScimReplaceUserResponse412
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    body: ScimReplaceUserPayload,
    if_match: None | str | Unset = UNSET,
) -> Response[
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
]:
    """Replace a SCIM user

     RFC 7644 3.5.1: the user as sent. Left out, title, division, employeeNumber and manager are cleared;
    externalId, department and PeerMentor's extension keep their value. `active: false` terminates the
    employee (logins off, HR told). hris service accounts only. 412 for a stale If-Match; 409
    uniqueness.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.
        body (ScimReplaceUserPayload): A SCIM User (core schema, enterprise extension,
            PeerMentor's extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimReplaceUserResponse400 | ScimReplaceUserResponse401 | ScimReplaceUserResponse403 | ScimReplaceUserResponse404 | ScimReplaceUserResponse409 | ScimReplaceUserResponse412]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: str,
    *,
    client: AuthenticatedClient,
    body: ScimReplaceUserPayload,
    if_match: None | str | Unset = UNSET,
) -> (
    Any
    | ScimReplaceUserResponse400
    | ScimReplaceUserResponse401
    | ScimReplaceUserResponse403
    | ScimReplaceUserResponse404
    | ScimReplaceUserResponse409
    | ScimReplaceUserResponse412
    | None
):
    """Replace a SCIM user

     RFC 7644 3.5.1: the user as sent. Left out, title, division, employeeNumber and manager are cleared;
    externalId, department and PeerMentor's extension keep their value. `active: false` terminates the
    employee (logins off, HR told). hris service accounts only. 412 for a stale If-Match; 409
    uniqueness.

    Args:
        employee_id (str):
        if_match (None | str | Unset): The user's version (meta.version, the ETag) as read; a
            stale one is a 412.
        body (ScimReplaceUserPayload): A SCIM User (core schema, enterprise extension,
            PeerMentor's extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimReplaceUserResponse400 | ScimReplaceUserResponse401 | ScimReplaceUserResponse403 | ScimReplaceUserResponse404 | ScimReplaceUserResponse409 | ScimReplaceUserResponse412
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
