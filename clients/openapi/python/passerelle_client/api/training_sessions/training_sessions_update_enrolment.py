from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_public import EnrolmentPublic
from ...models.enrolment_update import EnrolmentUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    participant_id: UUID,
    *,
    body: EnrolmentUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/training-sessions/{session_id}/participants/{participant_id}".format(
            session_id=quote(str(session_id), safe=""),
            participant_id=quote(str(participant_id), safe=""),
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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[EnrolmentPublic | Problem]:
    """Record pre- and post-test scores, or withdraw the participant

     Record pre- and post-test scores, or withdraw the participant. Requires `If-Match`.

    Args:
        session_id (UUID): Training session id.
        participant_id (UUID): Participant id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (EnrolmentUpdate): Test scores, or withdrawal (`status: withdrawn`); absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        participant_id=participant_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentUpdate,
    if_match: None | str | Unset = UNSET,
) -> EnrolmentPublic | Problem | None:
    """Record pre- and post-test scores, or withdraw the participant

     Record pre- and post-test scores, or withdraw the participant. Requires `If-Match`.

    Args:
        session_id (UUID): Training session id.
        participant_id (UUID): Participant id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (EnrolmentUpdate): Test scores, or withdrawal (`status: withdrawn`); absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
    """

    return sync_detailed(
        session_id=session_id,
        participant_id=participant_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[EnrolmentPublic | Problem]:
    """Record pre- and post-test scores, or withdraw the participant

     Record pre- and post-test scores, or withdraw the participant. Requires `If-Match`.

    Args:
        session_id (UUID): Training session id.
        participant_id (UUID): Participant id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (EnrolmentUpdate): Test scores, or withdrawal (`status: withdrawn`); absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        participant_id=participant_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentUpdate,
    if_match: None | str | Unset = UNSET,
) -> EnrolmentPublic | Problem | None:
    """Record pre- and post-test scores, or withdraw the participant

     Record pre- and post-test scores, or withdraw the participant. Requires `If-Match`.

    Args:
        session_id (UUID): Training session id.
        participant_id (UUID): Participant id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (EnrolmentUpdate): Test scores, or withdrawal (`status: withdrawn`); absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            participant_id=participant_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
