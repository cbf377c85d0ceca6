from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.session_attendance_batch import SessionAttendanceBatch
from ...models.sync_result import SyncResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SessionAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["atomic"] = atomic

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sync/attendance",
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
    *,
    client: AuthenticatedClient,
    body: SessionAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | SyncResult]:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session by id or by your
    `session_external_id`

     Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written.

    Args:
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (SessionAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncResult]
    """

    kwargs = _get_kwargs(
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SessionAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | SyncResult | None:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session by id or by your
    `session_external_id`

     Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written.

    Args:
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (SessionAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncResult
    """

    return sync_detailed(
        client=client,
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Response[Problem | SyncResult]:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session by id or by your
    `session_external_id`

     Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written.

    Args:
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (SessionAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncResult]
    """

    kwargs = _get_kwargs(
        body=body,
        atomic=atomic,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionAttendanceBatch,
    atomic: bool | Unset = False,
    dry_run: bool | Unset = False,
) -> Problem | SyncResult | None:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session by id or by your
    `session_external_id`

     Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written.

    Args:
        atomic (bool | Unset): Write nothing unless every record is accepted (422 otherwise).
            Default: False.
        dry_run (bool | Unset): Check and report every record; write nothing. Default: False.
        body (SessionAttendanceBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            atomic=atomic,
            dry_run=dry_run,
        )
    ).parsed
