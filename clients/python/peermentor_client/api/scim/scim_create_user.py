from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_create_user_payload import ScimCreateUserPayload
from ...models.scim_create_user_response_400 import ScimCreateUserResponse400
from ...models.scim_create_user_response_401 import ScimCreateUserResponse401
from ...models.scim_create_user_response_403 import ScimCreateUserResponse403
from ...models.scim_create_user_response_409 import ScimCreateUserResponse409
from ...types import Response


def _get_kwargs(
    *,
    body: ScimCreateUserPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/v2/Users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ScimCreateUserResponse400
    | ScimCreateUserResponse401
    | ScimCreateUserResponse403
    | ScimCreateUserResponse409
    | None
):
    if response.status_code == 201:
        response_201 = response.json()
        return response_201

    if response.status_code == 400:
        response_400 = ScimCreateUserResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScimCreateUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScimCreateUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ScimCreateUserResponse409.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimCreateUserPayload,
) -> Response[
    Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409
]:
    """Provision a SCIM user (a new employee)

     RFC 7644 3.3: creates the employee through the employee service (validated and audited like the REST
    API). The enterprise `department` is required (created by name when new); without PeerMentor's
    extension the grade is `UNGRADED`, not managerial, hired today. hris service accounts only. 409
    uniqueness; 400 invalidValue.

    Args:
        body (ScimCreateUserPayload): A SCIM User (core schema, enterprise extension, PeerMentor's
            extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409]
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
    body: ScimCreateUserPayload,
) -> (
    Any
    | ScimCreateUserResponse400
    | ScimCreateUserResponse401
    | ScimCreateUserResponse403
    | ScimCreateUserResponse409
    | None
):
    """Provision a SCIM user (a new employee)

     RFC 7644 3.3: creates the employee through the employee service (validated and audited like the REST
    API). The enterprise `department` is required (created by name when new); without PeerMentor's
    extension the grade is `UNGRADED`, not managerial, hired today. hris service accounts only. 409
    uniqueness; 400 invalidValue.

    Args:
        body (ScimCreateUserPayload): A SCIM User (core schema, enterprise extension, PeerMentor's
            extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimCreateUserPayload,
) -> Response[
    Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409
]:
    """Provision a SCIM user (a new employee)

     RFC 7644 3.3: creates the employee through the employee service (validated and audited like the REST
    API). The enterprise `department` is required (created by name when new); without PeerMentor's
    extension the grade is `UNGRADED`, not managerial, hired today. hris service accounts only. 409
    uniqueness; 400 invalidValue.

    Args:
        body (ScimCreateUserPayload): A SCIM User (core schema, enterprise extension, PeerMentor's
            extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimCreateUserPayload,
) -> (
    Any
    | ScimCreateUserResponse400
    | ScimCreateUserResponse401
    | ScimCreateUserResponse403
    | ScimCreateUserResponse409
    | None
):
    """Provision a SCIM user (a new employee)

     RFC 7644 3.3: creates the employee through the employee service (validated and audited like the REST
    API). The enterprise `department` is required (created by name when new); without PeerMentor's
    extension the grade is `UNGRADED`, not managerial, hired today. hris service accounts only. 409
    uniqueness; 400 invalidValue.

    Args:
        body (ScimCreateUserPayload): A SCIM User (core schema, enterprise extension, PeerMentor's
            extension `urn:peermentor:params:scim:schemas:extension:2.0:User`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ScimCreateUserResponse400 | ScimCreateUserResponse401 | ScimCreateUserResponse403 | ScimCreateUserResponse409
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
