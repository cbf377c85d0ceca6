from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocational_attendance_batch import VocationalAttendanceBatch
from ...models.vocational_sync_result import VocationalSyncResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme_id: UUID,
    *,
    body: VocationalAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["atomic"] = atomic

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/vocational-programmes/{programme_id}/attendance".format(
            programme_id=quote(str(programme_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VocationalSyncResult | None:
    if response.status_code == 200:
        response_200 = VocationalSyncResult.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | VocationalSyncResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VocationalAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | VocationalSyncResult]:
    """Upsert up to 5,000 attendance records of the programme

     Upsert up to 5,000 attendance records of the programme (staff of its facility, or
    its provider naming inmates by `subject_ref`), keyed by enrolment and day, with the
    rules and outcomes of the training attendance sync: a replay is all `unchanged`; a bad
    record is `rejected` with its reason (`unknown_enrolment`, `not_enrolled`,
    `day_outside_session`, `day_in_future`, hours rules…) unless `atomic=true`;
    `dry_run=true` writes nothing.

    Args:
        programme_id (UUID): Vocational programme id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (VocationalAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalSyncResult]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VocationalAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | VocationalSyncResult | None:
    """Upsert up to 5,000 attendance records of the programme

     Upsert up to 5,000 attendance records of the programme (staff of its facility, or
    its provider naming inmates by `subject_ref`), keyed by enrolment and day, with the
    rules and outcomes of the training attendance sync: a replay is all `unchanged`; a bad
    record is `rejected` with its reason (`unknown_enrolment`, `not_enrolled`,
    `day_outside_session`, `day_in_future`, hours rules…) unless `atomic=true`;
    `dry_run=true` writes nothing.

    Args:
        programme_id (UUID): Vocational programme id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (VocationalAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalSyncResult
    """

    return sync_detailed(
        programme_id=programme_id,
        client=client,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VocationalAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | VocationalSyncResult]:
    """Upsert up to 5,000 attendance records of the programme

     Upsert up to 5,000 attendance records of the programme (staff of its facility, or
    its provider naming inmates by `subject_ref`), keyed by enrolment and day, with the
    rules and outcomes of the training attendance sync: a replay is all `unchanged`; a bad
    record is `rejected` with its reason (`unknown_enrolment`, `not_enrolled`,
    `day_outside_session`, `day_in_future`, hours rules…) unless `atomic=true`;
    `dry_run=true` writes nothing.

    Args:
        programme_id (UUID): Vocational programme id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (VocationalAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalSyncResult]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VocationalAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | VocationalSyncResult | None:
    """Upsert up to 5,000 attendance records of the programme

     Upsert up to 5,000 attendance records of the programme (staff of its facility, or
    its provider naming inmates by `subject_ref`), keyed by enrolment and day, with the
    rules and outcomes of the training attendance sync: a replay is all `unchanged`; a bad
    record is `rejected` with its reason (`unknown_enrolment`, `not_enrolled`,
    `day_outside_session`, `day_in_future`, hours rules…) unless `atomic=true`;
    `dry_run=true` writes nothing.

    Args:
        programme_id (UUID): Vocational programme id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (VocationalAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalSyncResult
    """

    return (
        await asyncio_detailed(
            programme_id=programme_id,
            client=client,
            body=body,
            atomic=atomic,
            dry_run=dry_run,
        )
    ).parsed
