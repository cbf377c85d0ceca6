import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_session_page import TrainingSessionPage
from ...models.training_status import TrainingStatus
from ...models.training_topic import TrainingTopic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | TrainingStatus | Unset = UNSET,
    topic: None | TrainingTopic | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, TrainingStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_topic: None | str | Unset
    if isinstance(topic, Unset):
        json_topic = UNSET
    elif isinstance(topic, TrainingTopic):
        json_topic = topic.value
    else:
        json_topic = topic
    params["topic"] = json_topic

    json_facility_id: None | str | Unset
    if isinstance(facility_id, Unset):
        json_facility_id = UNSET
    elif isinstance(facility_id, UUID):
        json_facility_id = str(facility_id)
    else:
        json_facility_id = facility_id
    params["facility_id"] = json_facility_id

    json_organisation_id: None | str | Unset
    if isinstance(organisation_id, Unset):
        json_organisation_id = UNSET
    elif isinstance(organisation_id, UUID):
        json_organisation_id = str(organisation_id)
    else:
        json_organisation_id = organisation_id
    params["organisation_id"] = json_organisation_id

    json_starts_from: None | str | Unset
    if isinstance(starts_from, Unset):
        json_starts_from = UNSET
    elif isinstance(starts_from, datetime.date):
        json_starts_from = starts_from.isoformat()
    else:
        json_starts_from = starts_from
    params["starts_from"] = json_starts_from

    json_starts_until: None | str | Unset
    if isinstance(starts_until, Unset):
        json_starts_until = UNSET
    elif isinstance(starts_until, datetime.date):
        json_starts_until = starts_until.isoformat()
    else:
        json_starts_until = starts_until
    params["starts_until"] = json_starts_until

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
        "url": "/api/v1/training-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingSessionPage | None:
    if response.status_code == 200:
        response_200 = TrainingSessionPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TrainingSessionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | TrainingStatus | Unset = UNSET,
    topic: None | TrainingTopic | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TrainingSessionPage]:
    """List the sessions you may see, oldest first

     List the sessions you may see, oldest first: a partner those it organises or
    co-organises; staff those of their facilities (national staff all, also at outside venues).

    Args:
        status (None | TrainingStatus | Unset): Only in this status.
        topic (None | TrainingTopic | Unset): Only on this topic.
        facility_id (None | Unset | UUID): Only in this prison.
        organisation_id (None | Unset | UUID): Only organised or co-organised by it.
        starts_from (datetime.date | None | Unset): Starting on or after.
        starts_until (datetime.date | None | Unset): Starting on or before.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSessionPage]
    """

    kwargs = _get_kwargs(
        status=status,
        topic=topic,
        facility_id=facility_id,
        organisation_id=organisation_id,
        starts_from=starts_from,
        starts_until=starts_until,
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
    status: None | TrainingStatus | Unset = UNSET,
    topic: None | TrainingTopic | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TrainingSessionPage | None:
    """List the sessions you may see, oldest first

     List the sessions you may see, oldest first: a partner those it organises or
    co-organises; staff those of their facilities (national staff all, also at outside venues).

    Args:
        status (None | TrainingStatus | Unset): Only in this status.
        topic (None | TrainingTopic | Unset): Only on this topic.
        facility_id (None | Unset | UUID): Only in this prison.
        organisation_id (None | Unset | UUID): Only organised or co-organised by it.
        starts_from (datetime.date | None | Unset): Starting on or after.
        starts_until (datetime.date | None | Unset): Starting on or before.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSessionPage
    """

    return sync_detailed(
        client=client,
        status=status,
        topic=topic,
        facility_id=facility_id,
        organisation_id=organisation_id,
        starts_from=starts_from,
        starts_until=starts_until,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | TrainingStatus | Unset = UNSET,
    topic: None | TrainingTopic | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TrainingSessionPage]:
    """List the sessions you may see, oldest first

     List the sessions you may see, oldest first: a partner those it organises or
    co-organises; staff those of their facilities (national staff all, also at outside venues).

    Args:
        status (None | TrainingStatus | Unset): Only in this status.
        topic (None | TrainingTopic | Unset): Only on this topic.
        facility_id (None | Unset | UUID): Only in this prison.
        organisation_id (None | Unset | UUID): Only organised or co-organised by it.
        starts_from (datetime.date | None | Unset): Starting on or after.
        starts_until (datetime.date | None | Unset): Starting on or before.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSessionPage]
    """

    kwargs = _get_kwargs(
        status=status,
        topic=topic,
        facility_id=facility_id,
        organisation_id=organisation_id,
        starts_from=starts_from,
        starts_until=starts_until,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | TrainingStatus | Unset = UNSET,
    topic: None | TrainingTopic | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TrainingSessionPage | None:
    """List the sessions you may see, oldest first

     List the sessions you may see, oldest first: a partner those it organises or
    co-organises; staff those of their facilities (national staff all, also at outside venues).

    Args:
        status (None | TrainingStatus | Unset): Only in this status.
        topic (None | TrainingTopic | Unset): Only on this topic.
        facility_id (None | Unset | UUID): Only in this prison.
        organisation_id (None | Unset | UUID): Only organised or co-organised by it.
        starts_from (datetime.date | None | Unset): Starting on or after.
        starts_until (datetime.date | None | Unset): Starting on or before.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSessionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            topic=topic,
            facility_id=facility_id,
            organisation_id=organisation_id,
            starts_from=starts_from,
            starts_until=starts_until,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
