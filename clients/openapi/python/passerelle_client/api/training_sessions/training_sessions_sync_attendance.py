from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_batch import AttendanceBatch
from ...models.problem import Problem
from ...models.sync_result import SyncResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    *,
    body: AttendanceBatch,
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
        "url": "/api/v1/training-sessions/{session_id}/attendance".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SyncResult | None:
    if response.status_code == 200:
        response_200 = SyncResult.from_dict(response.json())

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
) -> Response[Problem | SyncResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | SyncResult]:
    """Upsert up to 5,000 attendance records of the session, keyed by participant and day

     Upsert up to 5,000 attendance records of the session, keyed by participant and day.
    Sending the same batch again changes nothing (every record `unchanged`). Each record gets
    its own outcome; a bad one is `rejected` with a reason and never spoils the others,
    unless `atomic=true`. Unknown participants named by your `participant_external_id` are
    registered from the record's `participant` when `create_participants` is true.

    Args:
        session_id (UUID): Training session id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (AttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncResult]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | SyncResult | None:
    """Upsert up to 5,000 attendance records of the session, keyed by participant and day

     Upsert up to 5,000 attendance records of the session, keyed by participant and day.
    Sending the same batch again changes nothing (every record `unchanged`). Each record gets
    its own outcome; a bad one is `rejected` with a reason and never spoils the others,
    unless `atomic=true`. Unknown participants named by your `participant_external_id` are
    registered from the record's `participant` when `create_participants` is true.

    Args:
        session_id (UUID): Training session id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (AttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncResult
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | SyncResult]:
    """Upsert up to 5,000 attendance records of the session, keyed by participant and day

     Upsert up to 5,000 attendance records of the session, keyed by participant and day.
    Sending the same batch again changes nothing (every record `unchanged`). Each record gets
    its own outcome; a bad one is `rejected` with a reason and never spoils the others,
    unless `atomic=true`. Unknown participants named by your `participant_external_id` are
    registered from the record's `participant` when `create_participants` is true.

    Args:
        session_id (UUID): Training session id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (AttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncResult]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | SyncResult | None:
    """Upsert up to 5,000 attendance records of the session, keyed by participant and day

     Upsert up to 5,000 attendance records of the session, keyed by participant and day.
    Sending the same batch again changes nothing (every record `unchanged`). Each record gets
    its own outcome; a bad one is `rejected` with a reason and never spoils the others,
    unless `atomic=true`. Unknown participants named by your `participant_external_id` are
    registered from the record's `participant` when `create_participants` is true.

    Args:
        session_id (UUID): Training session id.
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (AttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncResult
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            atomic=atomic,
            dry_run=dry_run,
        )
    ).parsed
