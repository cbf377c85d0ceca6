from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialogue_session_public import DialogueSessionPublic
from ...models.dialogue_session_update import DialogueSessionUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dialogue_id: UUID,
    *,
    body: DialogueSessionUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/dialogue-sessions/{dialogue_id}".format(
            dialogue_id=quote(str(dialogue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DialogueSessionPublic | Problem | None:
    if response.status_code == 200:
        response_200 = DialogueSessionPublic.from_dict(response.json())

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
) -> Response[DialogueSessionPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DialogueSessionUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[DialogueSessionPublic | Problem]:
    """Change a planned session

     Change a planned session: topic, time, facilitator, notes, or the line-up
    (`inmate_ids`, `leader_ids` replace the lists), with every rule checked again.
    Requires `If-Match`.

    Args:
        dialogue_id (UUID): Dialogue session id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (DialogueSessionUpdate): Changes to a planned session; the rules are checked again on
            the new line-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DialogueSessionPublic | Problem]
    """

    kwargs = _get_kwargs(
        dialogue_id=dialogue_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DialogueSessionUpdate,
    if_match: None | str | Unset = UNSET,
) -> DialogueSessionPublic | Problem | None:
    """Change a planned session

     Change a planned session: topic, time, facilitator, notes, or the line-up
    (`inmate_ids`, `leader_ids` replace the lists), with every rule checked again.
    Requires `If-Match`.

    Args:
        dialogue_id (UUID): Dialogue session id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (DialogueSessionUpdate): Changes to a planned session; the rules are checked again on
            the new line-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DialogueSessionPublic | Problem
    """

    return sync_detailed(
        dialogue_id=dialogue_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DialogueSessionUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[DialogueSessionPublic | Problem]:
    """Change a planned session

     Change a planned session: topic, time, facilitator, notes, or the line-up
    (`inmate_ids`, `leader_ids` replace the lists), with every rule checked again.
    Requires `If-Match`.

    Args:
        dialogue_id (UUID): Dialogue session id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (DialogueSessionUpdate): Changes to a planned session; the rules are checked again on
            the new line-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DialogueSessionPublic | Problem]
    """

    kwargs = _get_kwargs(
        dialogue_id=dialogue_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DialogueSessionUpdate,
    if_match: None | str | Unset = UNSET,
) -> DialogueSessionPublic | Problem | None:
    """Change a planned session

     Change a planned session: topic, time, facilitator, notes, or the line-up
    (`inmate_ids`, `leader_ids` replace the lists), with every rule checked again.
    Requires `If-Match`.

    Args:
        dialogue_id (UUID): Dialogue session id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (DialogueSessionUpdate): Changes to a planned session; the rules are checked again on
            the new line-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DialogueSessionPublic | Problem
    """

    return (
        await asyncio_detailed(
            dialogue_id=dialogue_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
