import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_page import VisitPage
from ...models.visit_status import VisitStatus
from ...models.visit_type import VisitType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    inmate_id: None | Unset | UUID = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    status: None | Unset | VisitStatus = UNSET,
    type_: None | Unset | VisitType = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_inmate_id: None | str | Unset
    if isinstance(inmate_id, Unset):
        json_inmate_id = UNSET
    elif isinstance(inmate_id, UUID):
        json_inmate_id = str(inmate_id)
    else:
        json_inmate_id = inmate_id
    params["inmate_id"] = json_inmate_id

    json_facility_id: None | str | Unset
    if isinstance(facility_id, Unset):
        json_facility_id = UNSET
    elif isinstance(facility_id, UUID):
        json_facility_id = str(facility_id)
    else:
        json_facility_id = facility_id
    params["facility_id"] = json_facility_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, VisitStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, VisitType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_starts_from: None | str | Unset
    if isinstance(starts_from, Unset):
        json_starts_from = UNSET
    elif isinstance(starts_from, datetime.date):
        json_starts_from = starts_from.isoformat()
    else:
        json_starts_from = starts_from
    params["starts_from"] = json_starts_from

    json_starts_before: None | str | Unset
    if isinstance(starts_before, Unset):
        json_starts_before = UNSET
    elif isinstance(starts_before, datetime.date):
        json_starts_before = starts_before.isoformat()
    else:
        json_starts_before = starts_before
    params["starts_before"] = json_starts_before

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
        "url": "/api/v1/visits",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitPage | None:
    if response.status_code == 200:
        response_200 = VisitPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VisitPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    inmate_id: None | Unset | UUID = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    status: None | Unset | VisitStatus = UNSET,
    type_: None | Unset | VisitType = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VisitPage]:
    """Visits in your facilities, oldest request first

     Visits in your facilities, oldest request first.

    Args:
        inmate_id (None | Unset | UUID): Of this inmate.
        facility_id (None | Unset | UUID): In this prison.
        status (None | Unset | VisitStatus): Only in this status.
        type_ (None | Unset | VisitType): Only of this type.
        starts_from (datetime.date | None | Unset): Slots starting on or after this day.
        starts_before (datetime.date | None | Unset): Slots starting before this day.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPage]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        facility_id=facility_id,
        status=status,
        type_=type_,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    inmate_id: None | Unset | UUID = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    status: None | Unset | VisitStatus = UNSET,
    type_: None | Unset | VisitType = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VisitPage | None:
    """Visits in your facilities, oldest request first

     Visits in your facilities, oldest request first.

    Args:
        inmate_id (None | Unset | UUID): Of this inmate.
        facility_id (None | Unset | UUID): In this prison.
        status (None | Unset | VisitStatus): Only in this status.
        type_ (None | Unset | VisitType): Only of this type.
        starts_from (datetime.date | None | Unset): Slots starting on or after this day.
        starts_before (datetime.date | None | Unset): Slots starting before this day.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPage
    """

    return sync_detailed(
        client=client,
        inmate_id=inmate_id,
        facility_id=facility_id,
        status=status,
        type_=type_,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    inmate_id: None | Unset | UUID = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    status: None | Unset | VisitStatus = UNSET,
    type_: None | Unset | VisitType = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VisitPage]:
    """Visits in your facilities, oldest request first

     Visits in your facilities, oldest request first.

    Args:
        inmate_id (None | Unset | UUID): Of this inmate.
        facility_id (None | Unset | UUID): In this prison.
        status (None | Unset | VisitStatus): Only in this status.
        type_ (None | Unset | VisitType): Only of this type.
        starts_from (datetime.date | None | Unset): Slots starting on or after this day.
        starts_before (datetime.date | None | Unset): Slots starting before this day.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPage]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        facility_id=facility_id,
        status=status,
        type_=type_,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    inmate_id: None | Unset | UUID = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    status: None | Unset | VisitStatus = UNSET,
    type_: None | Unset | VisitType = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VisitPage | None:
    """Visits in your facilities, oldest request first

     Visits in your facilities, oldest request first.

    Args:
        inmate_id (None | Unset | UUID): Of this inmate.
        facility_id (None | Unset | UUID): In this prison.
        status (None | Unset | VisitStatus): Only in this status.
        type_ (None | Unset | VisitType): Only of this type.
        starts_from (datetime.date | None | Unset): Slots starting on or after this day.
        starts_before (datetime.date | None | Unset): Slots starting before this day.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPage
    """

    return (
        await asyncio_detailed(
            client=client,
            inmate_id=inmate_id,
            facility_id=facility_id,
            status=status,
            type_=type_,
            starts_from=starts_from,
            starts_before=starts_before,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
