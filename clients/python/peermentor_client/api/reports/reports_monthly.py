import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monthly_report import MonthlyReport
from ...models.problem import Problem
from ...models.report_format import ReportFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: None | ReportFormat | Unset = UNSET,
    bom: bool | Unset = False,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ReportFormat):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params["bom"] = bom

    json_department_id: int | None | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/monthly",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonthlyReport | Problem | None:
    if response.status_code == 200:
        response_200 = MonthlyReport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonthlyReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: None | ReportFormat | Unset = UNSET,
    bom: bool | Unset = False,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> Response[MonthlyReport | Problem]:
    """The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120)

     The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120). HR and the `reporting` account see the whole
    programme, a team leader the pairings of the people they may see; employees and the `hris` account
    get 403. Filter by the mentee's `department_id` and a date range (`date_from`, `date_to`, inclusive;
    `from` and `to` are accepted as well) on the report's date. Answers CSV with `Accept: text/csv` or
    `?format=csv` (cells that a spreadsheet would read as a formula are quoted); add `bom=true` for a
    file Excel opens with its accents intact.

    Args:
        format_ (None | ReportFormat | Unset): `csv` for a spreadsheet; `Accept: text/csv` does
            the same.
        bom (bool | Unset): With CSV, `true` starts the file with a UTF-8 byte order mark so that
            Excel reads accented names (Zoë) correctly when the file is opened by double-click; leave
            it out for scripts. Ignored for JSON. Default: False.
        department_id (int | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset): The same as `date_from`.
        to (datetime.date | None | Unset): The same as `date_to`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReport | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        bom=bom,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    format_: None | ReportFormat | Unset = UNSET,
    bom: bool | Unset = False,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> MonthlyReport | Problem | None:
    """The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120)

     The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120). HR and the `reporting` account see the whole
    programme, a team leader the pairings of the people they may see; employees and the `hris` account
    get 403. Filter by the mentee's `department_id` and a date range (`date_from`, `date_to`, inclusive;
    `from` and `to` are accepted as well) on the report's date. Answers CSV with `Accept: text/csv` or
    `?format=csv` (cells that a spreadsheet would read as a formula are quoted); add `bom=true` for a
    file Excel opens with its accents intact.

    Args:
        format_ (None | ReportFormat | Unset): `csv` for a spreadsheet; `Accept: text/csv` does
            the same.
        bom (bool | Unset): With CSV, `true` starts the file with a UTF-8 byte order mark so that
            Excel reads accented names (Zoë) correctly when the file is opened by double-click; leave
            it out for scripts. Ignored for JSON. Default: False.
        department_id (int | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset): The same as `date_from`.
        to (datetime.date | None | Unset): The same as `date_to`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReport | Problem
    """

    return sync_detailed(
        client=client,
        format_=format_,
        bom=bom,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: None | ReportFormat | Unset = UNSET,
    bom: bool | Unset = False,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> Response[MonthlyReport | Problem]:
    """The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120)

     The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120). HR and the `reporting` account see the whole
    programme, a team leader the pairings of the people they may see; employees and the `hris` account
    get 403. Filter by the mentee's `department_id` and a date range (`date_from`, `date_to`, inclusive;
    `from` and `to` are accepted as well) on the report's date. Answers CSV with `Accept: text/csv` or
    `?format=csv` (cells that a spreadsheet would read as a formula are quoted); add `bom=true` for a
    file Excel opens with its accents intact.

    Args:
        format_ (None | ReportFormat | Unset): `csv` for a spreadsheet; `Accept: text/csv` does
            the same.
        bom (bool | Unset): With CSV, `true` starts the file with a UTF-8 byte order mark so that
            Excel reads accented names (Zoë) correctly when the file is opened by double-click; leave
            it out for scripts. Ignored for JSON. Default: False.
        department_id (int | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset): The same as `date_from`.
        to (datetime.date | None | Unset): The same as `date_to`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReport | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        bom=bom,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: None | ReportFormat | Unset = UNSET,
    bom: bool | Unset = False,
    department_id: int | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> MonthlyReport | Problem | None:
    """The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120)

     The programme month by month: grievance SLA compliance (by the month closed), evaluations and their
    mean effectiveness, pairings started and role training recorded (the date range picks the months:
    the last 12 up to today by default, at most 120). HR and the `reporting` account see the whole
    programme, a team leader the pairings of the people they may see; employees and the `hris` account
    get 403. Filter by the mentee's `department_id` and a date range (`date_from`, `date_to`, inclusive;
    `from` and `to` are accepted as well) on the report's date. Answers CSV with `Accept: text/csv` or
    `?format=csv` (cells that a spreadsheet would read as a formula are quoted); add `bom=true` for a
    file Excel opens with its accents intact.

    Args:
        format_ (None | ReportFormat | Unset): `csv` for a spreadsheet; `Accept: text/csv` does
            the same.
        bom (bool | Unset): With CSV, `true` starts the file with a UTF-8 byte order mark so that
            Excel reads accented names (Zoë) correctly when the file is opened by double-click; leave
            it out for scripts. Ignored for JSON. Default: False.
        department_id (int | None | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        from_ (datetime.date | None | Unset): The same as `date_from`.
        to (datetime.date | None | Unset): The same as `date_to`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            bom=bom,
            department_id=department_id,
            date_from=date_from,
            date_to=date_to,
            from_=from_,
            to=to,
        )
    ).parsed
