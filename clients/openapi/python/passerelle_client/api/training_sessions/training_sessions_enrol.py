from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_create import EnrolmentCreate
from ...models.enrolment_public import EnrolmentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    session_id: UUID,
    *,
    body: EnrolmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-sessions/{session_id}/participants".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrolmentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = EnrolmentPublic.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EnrolmentPublic.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[EnrolmentPublic | Problem]:
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
    body: EnrolmentCreate,
) -> Response[EnrolmentPublic | Problem]:
    """Enrol a participant, by id or by your own external id (409 `session_full`, `session_cancelled`)

     Enrol a participant, by id or by your own external id (409 `session_full`,
    `session_cancelled`). Enrolling again answers the enrolment.

    Args:
        session_id (UUID): Training session id.
        body (EnrolmentCreate): Enrol a participant, by id or by the caller's own external id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
) -> EnrolmentPublic | Problem | None:
    """Enrol a participant, by id or by your own external id (409 `session_full`, `session_cancelled`)

     Enrol a participant, by id or by your own external id (409 `session_full`,
    `session_cancelled`). Enrolling again answers the enrolment.

    Args:
        session_id (UUID): Training session id.
        body (EnrolmentCreate): Enrol a participant, by id or by the caller's own external id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
) -> Response[EnrolmentPublic | Problem]:
    """Enrol a participant, by id or by your own external id (409 `session_full`, `session_cancelled`)

     Enrol a participant, by id or by your own external id (409 `session_full`,
    `session_cancelled`). Enrolling again answers the enrolment.

    Args:
        session_id (UUID): Training session id.
        body (EnrolmentCreate): Enrol a participant, by id or by the caller's own external id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCreate,
) -> EnrolmentPublic | Problem | None:
    """Enrol a participant, by id or by your own external id (409 `session_full`, `session_cancelled`)

     Enrol a participant, by id or by your own external id (409 `session_full`,
    `session_cancelled`). Enrolling again answers the enrolment.

    Args:
        session_id (UUID): Training session id.
        body (EnrolmentCreate): Enrol a participant, by id or by the caller's own external id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
