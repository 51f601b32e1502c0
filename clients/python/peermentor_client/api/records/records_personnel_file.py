from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_personnel_file_entry_read import PagePersonnelFileEntryRead
from ...models.problem import Problem
from ...models.records_personnel_file_document_type_type_0 import RecordsPersonnelFileDocumentTypeType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: int,
    *,
    document_type: None | RecordsPersonnelFileDocumentTypeType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_document_type: None | str | Unset
    if isinstance(document_type, Unset):
        json_document_type = UNSET
    elif isinstance(document_type, RecordsPersonnelFileDocumentTypeType0):
        json_document_type = document_type.value
    else:
        json_document_type = document_type
    params["document_type"] = json_document_type

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/personnel-file".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePersonnelFileEntryRead | Problem | None:
    if response.status_code == 200:
        response_200 = PagePersonnelFileEntryRead.from_dict(response.json())

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
) -> Response[PagePersonnelFileEntryRead | Problem]:
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
    document_type: None | RecordsPersonnelFileDocumentTypeType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePersonnelFileEntryRead | Problem]:
    """Read an employee's personnel file

     The documents filed for the employee (requests, agreements, acknowledgements, training, review
    forms, evaluations, grievance outcomes), optionally of one `document_type`. HR, the employee and
    their team leader read it; the service accounts get 403. Entries reference the filed documents;
    grievance outcomes never carry the grievance's text. 404 for an employee the caller may not see.

    Args:
        employee_id (int):
        document_type (None | RecordsPersonnelFileDocumentTypeType0 | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePersonnelFileEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        document_type=document_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    document_type: None | RecordsPersonnelFileDocumentTypeType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePersonnelFileEntryRead | Problem | None:
    """Read an employee's personnel file

     The documents filed for the employee (requests, agreements, acknowledgements, training, review
    forms, evaluations, grievance outcomes), optionally of one `document_type`. HR, the employee and
    their team leader read it; the service accounts get 403. Entries reference the filed documents;
    grievance outcomes never carry the grievance's text. 404 for an employee the caller may not see.

    Args:
        employee_id (int):
        document_type (None | RecordsPersonnelFileDocumentTypeType0 | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePersonnelFileEntryRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        document_type=document_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    document_type: None | RecordsPersonnelFileDocumentTypeType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePersonnelFileEntryRead | Problem]:
    """Read an employee's personnel file

     The documents filed for the employee (requests, agreements, acknowledgements, training, review
    forms, evaluations, grievance outcomes), optionally of one `document_type`. HR, the employee and
    their team leader read it; the service accounts get 403. Entries reference the filed documents;
    grievance outcomes never carry the grievance's text. 404 for an employee the caller may not see.

    Args:
        employee_id (int):
        document_type (None | RecordsPersonnelFileDocumentTypeType0 | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePersonnelFileEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        document_type=document_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: int,
    *,
    client: AuthenticatedClient,
    document_type: None | RecordsPersonnelFileDocumentTypeType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePersonnelFileEntryRead | Problem | None:
    """Read an employee's personnel file

     The documents filed for the employee (requests, agreements, acknowledgements, training, review
    forms, evaluations, grievance outcomes), optionally of one `document_type`. HR, the employee and
    their team leader read it; the service accounts get 403. Entries reference the filed documents;
    grievance outcomes never carry the grievance's text. 404 for an employee the caller may not see.

    Args:
        employee_id (int):
        document_type (None | RecordsPersonnelFileDocumentTypeType0 | Unset):
        limit (int | Unset): Page size (max 500). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePersonnelFileEntryRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            document_type=document_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
