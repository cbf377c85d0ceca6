from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialogue_session_partner_view import DialogueSessionPartnerView
from ...models.dialogue_session_public import DialogueSessionPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    dialogue_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/dialogue-sessions/{dialogue_id}".format(
            dialogue_id=quote(str(dialogue_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DialogueSessionPartnerView | DialogueSessionPublic:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DialogueSessionPublic.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = DialogueSessionPartnerView.from_dict(data)

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
) -> Response[Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem]:
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
) -> Response[Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem]:
    """One session with its line-up and its `ETag`

     One session with its line-up and its `ETag`.

    Args:
        dialogue_id (UUID): Dialogue session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem]
    """

    kwargs = _get_kwargs(
        dialogue_id=dialogue_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem | None:
    """One session with its line-up and its `ETag`

     One session with its line-up and its `ETag`.

    Args:
        dialogue_id (UUID): Dialogue session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem
    """

    return sync_detailed(
        dialogue_id=dialogue_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem]:
    """One session with its line-up and its `ETag`

     One session with its line-up and its `ETag`.

    Args:
        dialogue_id (UUID): Dialogue session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem]
    """

    kwargs = _get_kwargs(
        dialogue_id=dialogue_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dialogue_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem | None:
    """One session with its line-up and its `ETag`

     One session with its line-up and its `ETag`.

    Args:
        dialogue_id (UUID): Dialogue session id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DialogueSessionPartnerView | DialogueSessionPublic | Problem
    """

    return (
        await asyncio_detailed(
            dialogue_id=dialogue_id,
            client=client,
        )
    ).parsed
