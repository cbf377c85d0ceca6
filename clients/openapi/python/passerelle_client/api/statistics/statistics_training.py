import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dimension import Dimension
from ...models.interval import Interval
from ...models.problem import Problem
from ...models.stats_format import StatsFormat
from ...models.stats_table import StatsTable
from ...models.training_measure import TrainingMeasure
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    measure: TrainingMeasure | Unset = UNSET,
    group_by: list[Dimension] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: Interval | None | Unset = UNSET,
    format_: StatsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_measure: str | Unset = UNSET
    if not isinstance(measure, Unset):
        json_measure = measure.value

    params["measure"] = json_measure

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item = group_by_item_data.value
            json_group_by.append(group_by_item)

    params["group_by"] = json_group_by

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

    json_interval: None | str | Unset
    if isinstance(interval, Unset):
        json_interval = UNSET
    elif isinstance(interval, Interval):
        json_interval = interval.value
    else:
        json_interval = interval
    params["interval"] = json_interval

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/training",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StatsTable | None:
    if response.status_code == 200:
        response_200 = StatsTable.from_dict(response.json())

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
) -> Response[Problem | StatsTable]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    measure: TrainingMeasure | Unset = UNSET,
    group_by: list[Dimension] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: Interval | None | Unset = UNSET,
    format_: StatsFormat | Unset = UNSET,
) -> Response[Problem | StatsTable]:
    """Training `sessions`, `participants`, `participant_hours` by topic, organiser and participant
    category

     Training `sessions`, `participants`, `participant_hours` by topic, organiser and
    participant category; the `attendance_rate`; the mean pre/post `score_change`.

    Args:
        measure (TrainingMeasure | Unset):
        group_by (list[Dimension] | Unset): Dimensions to break the figure down by (repeat the
            parameter; at most 3); each measure lists those it has.
        from_ (datetime.date | None | Unset): First day of the period: the 1st of a month.
        to (datetime.date | None | Unset): Last day of the period: the last of a month.
        interval (Interval | None | Unset): `month`: a time series, one cell a month.
        format_ (StatsFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatsTable]
    """

    kwargs = _get_kwargs(
        measure=measure,
        group_by=group_by,
        from_=from_,
        to=to,
        interval=interval,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    measure: TrainingMeasure | Unset = UNSET,
    group_by: list[Dimension] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: Interval | None | Unset = UNSET,
    format_: StatsFormat | Unset = UNSET,
) -> Problem | StatsTable | None:
    """Training `sessions`, `participants`, `participant_hours` by topic, organiser and participant
    category

     Training `sessions`, `participants`, `participant_hours` by topic, organiser and
    participant category; the `attendance_rate`; the mean pre/post `score_change`.

    Args:
        measure (TrainingMeasure | Unset):
        group_by (list[Dimension] | Unset): Dimensions to break the figure down by (repeat the
            parameter; at most 3); each measure lists those it has.
        from_ (datetime.date | None | Unset): First day of the period: the 1st of a month.
        to (datetime.date | None | Unset): Last day of the period: the last of a month.
        interval (Interval | None | Unset): `month`: a time series, one cell a month.
        format_ (StatsFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatsTable
    """

    return sync_detailed(
        client=client,
        measure=measure,
        group_by=group_by,
        from_=from_,
        to=to,
        interval=interval,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    measure: TrainingMeasure | Unset = UNSET,
    group_by: list[Dimension] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: Interval | None | Unset = UNSET,
    format_: StatsFormat | Unset = UNSET,
) -> Response[Problem | StatsTable]:
    """Training `sessions`, `participants`, `participant_hours` by topic, organiser and participant
    category

     Training `sessions`, `participants`, `participant_hours` by topic, organiser and
    participant category; the `attendance_rate`; the mean pre/post `score_change`.

    Args:
        measure (TrainingMeasure | Unset):
        group_by (list[Dimension] | Unset): Dimensions to break the figure down by (repeat the
            parameter; at most 3); each measure lists those it has.
        from_ (datetime.date | None | Unset): First day of the period: the 1st of a month.
        to (datetime.date | None | Unset): Last day of the period: the last of a month.
        interval (Interval | None | Unset): `month`: a time series, one cell a month.
        format_ (StatsFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatsTable]
    """

    kwargs = _get_kwargs(
        measure=measure,
        group_by=group_by,
        from_=from_,
        to=to,
        interval=interval,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    measure: TrainingMeasure | Unset = UNSET,
    group_by: list[Dimension] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: Interval | None | Unset = UNSET,
    format_: StatsFormat | Unset = UNSET,
) -> Problem | StatsTable | None:
    """Training `sessions`, `participants`, `participant_hours` by topic, organiser and participant
    category

     Training `sessions`, `participants`, `participant_hours` by topic, organiser and
    participant category; the `attendance_rate`; the mean pre/post `score_change`.

    Args:
        measure (TrainingMeasure | Unset):
        group_by (list[Dimension] | Unset): Dimensions to break the figure down by (repeat the
            parameter; at most 3); each measure lists those it has.
        from_ (datetime.date | None | Unset): First day of the period: the 1st of a month.
        to (datetime.date | None | Unset): Last day of the period: the last of a month.
        interval (Interval | None | Unset): `month`: a time series, one cell a month.
        format_ (StatsFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatsTable
    """

    return (
        await asyncio_detailed(
            client=client,
            measure=measure,
            group_by=group_by,
            from_=from_,
            to=to,
            interval=interval,
            format_=format_,
        )
    ).parsed
