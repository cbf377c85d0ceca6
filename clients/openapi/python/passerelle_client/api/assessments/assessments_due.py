import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.due_review import DueReview
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    facility_id: None | Unset | UUID = UNSET,
    before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 100,
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

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.date):
        json_before = before.isoformat()
    else:
        json_before = before
    params["before"] = json_before

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assessments/due",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[DueReview] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DueReview.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[DueReview]]:
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
    before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | list[DueReview]]:
    """Inmates whose review is due or overdue, and those never assessed and verified

     Inmates whose review is due or overdue, and those never assessed and verified: the
    never-assessed first, then by due date.

    Args:
        facility_id (None | Unset | UUID):
        before (datetime.date | None | Unset): Default: today.
        limit (int | Unset): The most urgent first. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DueReview]]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        before=before,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Problem | list[DueReview] | None:
    """Inmates whose review is due or overdue, and those never assessed and verified

     Inmates whose review is due or overdue, and those never assessed and verified: the
    never-assessed first, then by due date.

    Args:
        facility_id (None | Unset | UUID):
        before (datetime.date | None | Unset): Default: today.
        limit (int | Unset): The most urgent first. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DueReview]
    """

    return sync_detailed(
        client=client,
        facility_id=facility_id,
        before=before,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | list[DueReview]]:
    """Inmates whose review is due or overdue, and those never assessed and verified

     Inmates whose review is due or overdue, and those never assessed and verified: the
    never-assessed first, then by due date.

    Args:
        facility_id (None | Unset | UUID):
        before (datetime.date | None | Unset): Default: today.
        limit (int | Unset): The most urgent first. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DueReview]]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        before=before,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    facility_id: None | Unset | UUID = UNSET,
    before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Problem | list[DueReview] | None:
    """Inmates whose review is due or overdue, and those never assessed and verified

     Inmates whose review is due or overdue, and those never assessed and verified: the
    never-assessed first, then by due date.

    Args:
        facility_id (None | Unset | UUID):
        before (datetime.date | None | Unset): Default: today.
        limit (int | Unset): The most urgent first. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DueReview]
    """

    return (
        await asyncio_detailed(
            client=client,
            facility_id=facility_id,
            before=before,
            limit=limit,
        )
    ).parsed
