from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_public import ParticipantPublic
from ...models.participant_restricted import ParticipantRestricted
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    participant_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/participants/{participant_id}".format(
            participant_id=quote(str(participant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ParticipantPublic | ParticipantRestricted | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ParticipantPublic | ParticipantRestricted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ParticipantPublic.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ParticipantRestricted.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | ParticipantPublic | ParticipantRestricted | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ParticipantPublic | ParticipantRestricted | Problem]:
    """One participant, with its `ETag`

     One participant, with its `ETag`. The read is audited.

    Args:
        participant_id (UUID): Participant id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParticipantPublic | ParticipantRestricted | Problem]
    """

    kwargs = _get_kwargs(
        participant_id=participant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ParticipantPublic | ParticipantRestricted | Problem | None:
    """One participant, with its `ETag`

     One participant, with its `ETag`. The read is audited.

    Args:
        participant_id (UUID): Participant id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParticipantPublic | ParticipantRestricted | Problem
    """

    return sync_detailed(
        participant_id=participant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ParticipantPublic | ParticipantRestricted | Problem]:
    """One participant, with its `ETag`

     One participant, with its `ETag`. The read is audited.

    Args:
        participant_id (UUID): Participant id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParticipantPublic | ParticipantRestricted | Problem]
    """

    kwargs = _get_kwargs(
        participant_id=participant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ParticipantPublic | ParticipantRestricted | Problem | None:
    """One participant, with its `ETag`

     One participant, with its `ETag`. The read is audited.

    Args:
        participant_id (UUID): Participant id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParticipantPublic | ParticipantRestricted | Problem
    """

    return (
        await asyncio_detailed(
            participant_id=participant_id,
            client=client,
        )
    ).parsed
