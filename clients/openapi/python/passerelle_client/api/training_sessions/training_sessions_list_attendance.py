from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_changes_page import AttendanceChangesPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    *,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-sessions/{session_id}/attendance".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttendanceChangesPage | Problem | None:
    if response.status_code == 200:
        response_200 = AttendanceChangesPage.from_dict(response.json())

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
) -> Response[AttendanceChangesPage | Problem]:
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
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> Response[AttendanceChangesPage | Problem]:
    """The session's attendance in the order it last changed

     The session's attendance in the order it last changed. A partner's system keeps
    `next_cursor` and passes it as `since` to pull back only what changed on the server;
    rows of people another partner registered are never included.

    Args:
        session_id (UUID): Training session id.
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceChangesPage | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> AttendanceChangesPage | Problem | None:
    """The session's attendance in the order it last changed

     The session's attendance in the order it last changed. A partner's system keeps
    `next_cursor` and passes it as `since` to pull back only what changed on the server;
    rows of people another partner registered are never included.

    Args:
        session_id (UUID): Training session id.
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceChangesPage | Problem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        limit=limit,
        since=since,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> Response[AttendanceChangesPage | Problem]:
    """The session's attendance in the order it last changed

     The session's attendance in the order it last changed. A partner's system keeps
    `next_cursor` and passes it as `since` to pull back only what changed on the server;
    rows of people another partner registered are never included.

    Args:
        session_id (UUID): Training session id.
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceChangesPage | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> AttendanceChangesPage | Problem | None:
    """The session's attendance in the order it last changed

     The session's attendance in the order it last changed. A partner's system keeps
    `next_cursor` and passes it as `since` to pull back only what changed on the server;
    rows of people another partner registered are never included.

    Args:
        session_id (UUID): Training session id.
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceChangesPage | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            limit=limit,
            since=since,
        )
    ).parsed
