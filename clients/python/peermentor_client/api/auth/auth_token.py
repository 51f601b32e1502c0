from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.token_problem import TokenProblem
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TokenProblem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenProblem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TokenProblem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Problem | TokenProblem | TokenResponse]:
    """Get an access token (password or client-credentials grant)

     RFC 6749: people use the password grant; service accounts the client-credentials grant,
    authenticating with HTTP Basic (client_secret_basic) or the form's client_id and client_secret
    (client_secret_post). Errors carry RFC 6749's `error` and `error_description` beside the problem's
    members. Nothing is cached. Public: no bearer token. 429 after too many failed attempts for one
    account name.

    Args:
        body (TokenRequest): The OAuth2 token request (form-encoded): `password` or
            `client_credentials` grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenProblem | TokenResponse]
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
    body: TokenRequest,
) -> Problem | TokenProblem | TokenResponse | None:
    """Get an access token (password or client-credentials grant)

     RFC 6749: people use the password grant; service accounts the client-credentials grant,
    authenticating with HTTP Basic (client_secret_basic) or the form's client_id and client_secret
    (client_secret_post). Errors carry RFC 6749's `error` and `error_description` beside the problem's
    members. Nothing is cached. Public: no bearer token. 429 after too many failed attempts for one
    account name.

    Args:
        body (TokenRequest): The OAuth2 token request (form-encoded): `password` or
            `client_credentials` grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenProblem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Problem | TokenProblem | TokenResponse]:
    """Get an access token (password or client-credentials grant)

     RFC 6749: people use the password grant; service accounts the client-credentials grant,
    authenticating with HTTP Basic (client_secret_basic) or the form's client_id and client_secret
    (client_secret_post). Errors carry RFC 6749's `error` and `error_description` beside the problem's
    members. Nothing is cached. Public: no bearer token. 429 after too many failed attempts for one
    account name.

    Args:
        body (TokenRequest): The OAuth2 token request (form-encoded): `password` or
            `client_credentials` grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenProblem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Problem | TokenProblem | TokenResponse | None:
    """Get an access token (password or client-credentials grant)

     RFC 6749: people use the password grant; service accounts the client-credentials grant,
    authenticating with HTTP Basic (client_secret_basic) or the form's client_id and client_secret
    (client_secret_post). Errors carry RFC 6749's `error` and `error_description` beside the problem's
    members. Nothing is cached. Public: no bearer token. 429 after too many failed attempts for one
    account name.

    Args:
        body (TokenRequest): The OAuth2 token request (form-encoded): `password` or
            `client_credentials` grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenProblem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
