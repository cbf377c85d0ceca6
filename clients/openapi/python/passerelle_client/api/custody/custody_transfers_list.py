from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.transfer_public import TransferPublic
from ...types import Response


def _get_kwargs(
    inmate_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inmates/{inmate_id}/transfers".format(
            inmate_id=quote(str(inmate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[TransferPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TransferPublic.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[Problem | list[TransferPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[TransferPublic]]:
    """Transfers between facilities, oldest first

     Transfers between facilities, oldest first.

    Args:
        inmate_id (UUID): Inmate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TransferPublic]]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[TransferPublic] | None:
    """Transfers between facilities, oldest first

     Transfers between facilities, oldest first.

    Args:
        inmate_id (UUID): Inmate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TransferPublic]
    """

    return sync_detailed(
        inmate_id=inmate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[TransferPublic]]:
    """Transfers between facilities, oldest first

     Transfers between facilities, oldest first.

    Args:
        inmate_id (UUID): Inmate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TransferPublic]]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[TransferPublic] | None:
    """Transfers between facilities, oldest first

     Transfers between facilities, oldest first.

    Args:
        inmate_id (UUID): Inmate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TransferPublic]
    """

    return (
        await asyncio_detailed(
            inmate_id=inmate_id,
            client=client,
        )
    ).parsed
