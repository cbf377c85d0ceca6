from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocational_enrolment_page import VocationalEnrolmentPage
from ...models.vocational_enrolment_status import VocationalEnrolmentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    programme_id: None | Unset | UUID = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    status: None | Unset | VocationalEnrolmentStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_programme_id: None | str | Unset
    if isinstance(programme_id, Unset):
        json_programme_id = UNSET
    elif isinstance(programme_id, UUID):
        json_programme_id = str(programme_id)
    else:
        json_programme_id = programme_id
    params["programme_id"] = json_programme_id

    json_inmate_id: None | str | Unset
    if isinstance(inmate_id, Unset):
        json_inmate_id = UNSET
    elif isinstance(inmate_id, UUID):
        json_inmate_id = str(inmate_id)
    else:
        json_inmate_id = inmate_id
    params["inmate_id"] = json_inmate_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, VocationalEnrolmentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/vocational-enrolments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VocationalEnrolmentPage | None:
    if response.status_code == 200:
        response_200 = VocationalEnrolmentPage.from_dict(response.json())

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
) -> Response[Problem | VocationalEnrolmentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    status: None | Unset | VocationalEnrolmentStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VocationalEnrolmentPage]:
    """Enrolments in the programmes of your facilities, oldest first

     Enrolments in the programmes of your facilities, oldest first; a programme's waiting
    list is `status=waitlisted`, in `waitlisted_at` order. A provider sees the enrolments
    of the programmes it runs, each inmate only as its pseudonymous `subject_ref`.

    Args:
        programme_id (None | Unset | UUID): Of this programme.
        inmate_id (None | Unset | UUID): Of this inmate.
        status (None | Unset | VocationalEnrolmentStatus): Only in this status.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPage]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        inmate_id=inmate_id,
        status=status,
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
    programme_id: None | Unset | UUID = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    status: None | Unset | VocationalEnrolmentStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VocationalEnrolmentPage | None:
    """Enrolments in the programmes of your facilities, oldest first

     Enrolments in the programmes of your facilities, oldest first; a programme's waiting
    list is `status=waitlisted`, in `waitlisted_at` order. A provider sees the enrolments
    of the programmes it runs, each inmate only as its pseudonymous `subject_ref`.

    Args:
        programme_id (None | Unset | UUID): Of this programme.
        inmate_id (None | Unset | UUID): Of this inmate.
        status (None | Unset | VocationalEnrolmentStatus): Only in this status.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPage
    """

    return sync_detailed(
        client=client,
        programme_id=programme_id,
        inmate_id=inmate_id,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    status: None | Unset | VocationalEnrolmentStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VocationalEnrolmentPage]:
    """Enrolments in the programmes of your facilities, oldest first

     Enrolments in the programmes of your facilities, oldest first; a programme's waiting
    list is `status=waitlisted`, in `waitlisted_at` order. A provider sees the enrolments
    of the programmes it runs, each inmate only as its pseudonymous `subject_ref`.

    Args:
        programme_id (None | Unset | UUID): Of this programme.
        inmate_id (None | Unset | UUID): Of this inmate.
        status (None | Unset | VocationalEnrolmentStatus): Only in this status.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPage]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        inmate_id=inmate_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    status: None | Unset | VocationalEnrolmentStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VocationalEnrolmentPage | None:
    """Enrolments in the programmes of your facilities, oldest first

     Enrolments in the programmes of your facilities, oldest first; a programme's waiting
    list is `status=waitlisted`, in `waitlisted_at` order. A provider sees the enrolments
    of the programmes it runs, each inmate only as its pseudonymous `subject_ref`.

    Args:
        programme_id (None | Unset | UUID): Of this programme.
        inmate_id (None | Unset | UUID): Of this inmate.
        status (None | Unset | VocationalEnrolmentStatus): Only in this status.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPage
    """

    return (
        await asyncio_detailed(
            client=client,
            programme_id=programme_id,
            inmate_id=inmate_id,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
