from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.without_contact_page import WithoutContactPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    facility_id: None | Unset | UUID = UNSET,
    days: int | Unset = 90,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_facility_id: None | str | Unset
    if isinstance(facility_id, Unset):
        json_facility_id = UNSET
    elif isinstance(facility_id, UUID):
        json_facility_id = str(facility_id)
    else:
        json_facility_id = facility_id
    params["facility_id"] = json_facility_id

    params["days"] = days

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
        "url": "/api/v1/visits/without-contact",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WithoutContactPage | None:
    if response.status_code == 200:
        response_200 = WithoutContactPage.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | WithoutContactPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    days: int | Unset = 90,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | WithoutContactPage]:
    """Inmates held who have had no visit and no dialogue session for more than `days` days

     Inmates held who have had no visit and no dialogue session for more than `days`
    days — counted from admission for those never visited while held — the longest
    without first. An inmate whose last contact was exactly `days` days ago is not
    listed.

    Args:
        facility_id (None | Unset | UUID): In this prison (default: all of yours).
        days (int | Unset): Without contact for more than this many days. Default: 90.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WithoutContactPage]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        days=days,
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
    facility_id: None | Unset | UUID = UNSET,
    days: int | Unset = 90,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | WithoutContactPage | None:
    """Inmates held who have had no visit and no dialogue session for more than `days` days

     Inmates held who have had no visit and no dialogue session for more than `days`
    days — counted from admission for those never visited while held — the longest
    without first. An inmate whose last contact was exactly `days` days ago is not
    listed.

    Args:
        facility_id (None | Unset | UUID): In this prison (default: all of yours).
        days (int | Unset): Without contact for more than this many days. Default: 90.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WithoutContactPage
    """

    return sync_detailed(
        client=client,
        facility_id=facility_id,
        days=days,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    days: int | Unset = 90,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | WithoutContactPage]:
    """Inmates held who have had no visit and no dialogue session for more than `days` days

     Inmates held who have had no visit and no dialogue session for more than `days`
    days — counted from admission for those never visited while held — the longest
    without first. An inmate whose last contact was exactly `days` days ago is not
    listed.

    Args:
        facility_id (None | Unset | UUID): In this prison (default: all of yours).
        days (int | Unset): Without contact for more than this many days. Default: 90.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WithoutContactPage]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        days=days,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    days: int | Unset = 90,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | WithoutContactPage | None:
    """Inmates held who have had no visit and no dialogue session for more than `days` days

     Inmates held who have had no visit and no dialogue session for more than `days`
    days — counted from admission for those never visited while held — the longest
    without first. An inmate whose last contact was exactly `days` days ago is not
    listed.

    Args:
        facility_id (None | Unset | UUID): In this prison (default: all of yours).
        days (int | Unset): Without contact for more than this many days. Default: 90.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WithoutContactPage
    """

    return (
        await asyncio_detailed(
            client=client,
            facility_id=facility_id,
            days=days,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
