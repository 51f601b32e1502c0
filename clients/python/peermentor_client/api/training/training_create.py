from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.peer_session_create import PeerSessionCreate
from ...models.problem import Problem
from ...models.role_training_create import RoleTrainingCreate
from ...models.training_record_read import TrainingRecordRead
from ...types import Response


def _get_kwargs(
    *,
    body: PeerSessionCreate | RoleTrainingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-records",
    }

    if isinstance(body, RoleTrainingCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingRecordRead | None:
    if response.status_code == 201:
        response_201 = TrainingRecordRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TrainingRecordRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PeerSessionCreate | RoleTrainingCreate,
) -> Response[Problem | TrainingRecordRead]:
    """Record role training or a peer session

     `role_training`: HR records mentor training or mentee orientation; it counts towards activation as
    soon as it is recorded. `peer_session`: the mentor (or HR) records a session of an active pairing
    (409 otherwise); the mentee then confirms it. 403 for anyone else; 404 for a pairing the caller may
    not see.

    Args:
        body (PeerSessionCreate | RoleTrainingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRecordRead]
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
    body: PeerSessionCreate | RoleTrainingCreate,
) -> Problem | TrainingRecordRead | None:
    """Record role training or a peer session

     `role_training`: HR records mentor training or mentee orientation; it counts towards activation as
    soon as it is recorded. `peer_session`: the mentor (or HR) records a session of an active pairing
    (409 otherwise); the mentee then confirms it. 403 for anyone else; 404 for a pairing the caller may
    not see.

    Args:
        body (PeerSessionCreate | RoleTrainingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRecordRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PeerSessionCreate | RoleTrainingCreate,
) -> Response[Problem | TrainingRecordRead]:
    """Record role training or a peer session

     `role_training`: HR records mentor training or mentee orientation; it counts towards activation as
    soon as it is recorded. `peer_session`: the mentor (or HR) records a session of an active pairing
    (409 otherwise); the mentee then confirms it. 403 for anyone else; 404 for a pairing the caller may
    not see.

    Args:
        body (PeerSessionCreate | RoleTrainingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRecordRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PeerSessionCreate | RoleTrainingCreate,
) -> Problem | TrainingRecordRead | None:
    """Record role training or a peer session

     `role_training`: HR records mentor training or mentee orientation; it counts towards activation as
    soon as it is recorded. `peer_session`: the mentor (or HR) records a session of an active pairing
    (409 otherwise); the mentee then confirms it. 403 for anyone else; 404 for a pairing the caller may
    not see.

    Args:
        body (PeerSessionCreate | RoleTrainingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRecordRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
