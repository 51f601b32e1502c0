from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_export import DataExport
from ...models.privacy_data_export_format import PrivacyDataExportFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: int,
    *,
    format_: PrivacyDataExportFormat | Unset = PrivacyDataExportFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/data-export".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataExport | Problem | None:
    if response.status_code == 200:
        response_200 = DataExport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataExport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    format_: PrivacyDataExportFormat | Unset = PrivacyDataExportFormat.JSON,
) -> Response[DataExport | Problem]:
    """Export everything held about an employee

     For a subject access request: JSON, or with `?format=html` a self-contained, printable HTML page.
    Audited as `employee.data_export`. Only HR (`hr_admin`). 404 for an unknown employee.

    Args:
        employee_id (int):
        format_ (PrivacyDataExportFormat | Unset): `json` (default) or `html`. Default:
            PrivacyDataExportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataExport | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    format_: PrivacyDataExportFormat | Unset = PrivacyDataExportFormat.JSON,
) -> DataExport | Problem | None:
    """Export everything held about an employee

     For a subject access request: JSON, or with `?format=html` a self-contained, printable HTML page.
    Audited as `employee.data_export`. Only HR (`hr_admin`). 404 for an unknown employee.

    Args:
        employee_id (int):
        format_ (PrivacyDataExportFormat | Unset): `json` (default) or `html`. Default:
            PrivacyDataExportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataExport | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    format_: PrivacyDataExportFormat | Unset = PrivacyDataExportFormat.JSON,
) -> Response[DataExport | Problem]:
    """Export everything held about an employee

     For a subject access request: JSON, or with `?format=html` a self-contained, printable HTML page.
    Audited as `employee.data_export`. Only HR (`hr_admin`). 404 for an unknown employee.

    Args:
        employee_id (int):
        format_ (PrivacyDataExportFormat | Unset): `json` (default) or `html`. Default:
            PrivacyDataExportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataExport | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    format_: PrivacyDataExportFormat | Unset = PrivacyDataExportFormat.JSON,
) -> DataExport | Problem | None:
    """Export everything held about an employee

     For a subject access request: JSON, or with `?format=html` a self-contained, printable HTML page.
    Audited as `employee.data_export`. Only HR (`hr_admin`). 404 for an unknown employee.

    Args:
        employee_id (int):
        format_ (PrivacyDataExportFormat | Unset): `json` (default) or `html`. Default:
            PrivacyDataExportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataExport | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            format_=format_,
        )
    ).parsed
