from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intake_summary_page import IntakeSummaryPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    facility_id: None | Unset | UUID = UNSET,
    incomplete: bool | Unset = False,
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

    params["incomplete"] = incomplete

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
        "url": "/api/v1/intakes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntakeSummaryPage | Problem | None:
    if response.status_code == 200:
        response_200 = IntakeSummaryPage.from_dict(response.json())

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
) -> Response[IntakeSummaryPage | Problem]:
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
    incomplete: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[IntakeSummaryPage | Problem]:
    """Intakes of inmates in custody, oldest first

     Intakes of inmates in custody, oldest first.

    Args:
        facility_id (None | Unset | UUID):
        incomplete (bool | Unset): Only intakes with steps missing. Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeSummaryPage | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        incomplete=incomplete,
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
    incomplete: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> IntakeSummaryPage | Problem | None:
    """Intakes of inmates in custody, oldest first

     Intakes of inmates in custody, oldest first.

    Args:
        facility_id (None | Unset | UUID):
        incomplete (bool | Unset): Only intakes with steps missing. Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeSummaryPage | Problem
    """

    return sync_detailed(
        client=client,
        facility_id=facility_id,
        incomplete=incomplete,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    incomplete: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[IntakeSummaryPage | Problem]:
    """Intakes of inmates in custody, oldest first

     Intakes of inmates in custody, oldest first.

    Args:
        facility_id (None | Unset | UUID):
        incomplete (bool | Unset): Only intakes with steps missing. Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeSummaryPage | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        incomplete=incomplete,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    incomplete: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> IntakeSummaryPage | Problem | None:
    """Intakes of inmates in custody, oldest first

     Intakes of inmates in custody, oldest first.

    Args:
        facility_id (None | Unset | UUID):
        incomplete (bool | Unset): Only intakes with steps missing. Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeSummaryPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            facility_id=facility_id,
            incomplete=incomplete,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
