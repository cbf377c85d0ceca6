from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instrument_public import InstrumentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    instrument_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/instruments/{instrument_id}".format(
            instrument_id=quote(str(instrument_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstrumentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = InstrumentPublic.from_dict(response.json())

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
) -> Response[InstrumentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[InstrumentPublic | Problem]:
    """One instrument and its versions

     One instrument and its versions.

    Args:
        instrument_id (UUID): Instrument id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstrumentPublic | Problem]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
) -> InstrumentPublic | Problem | None:
    """One instrument and its versions

     One instrument and its versions.

    Args:
        instrument_id (UUID): Instrument id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstrumentPublic | Problem
    """

    return sync_detailed(
        instrument_id=instrument_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[InstrumentPublic | Problem]:
    """One instrument and its versions

     One instrument and its versions.

    Args:
        instrument_id (UUID): Instrument id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstrumentPublic | Problem]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
) -> InstrumentPublic | Problem | None:
    """One instrument and its versions

     One instrument and its versions.

    Args:
        instrument_id (UUID): Instrument id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstrumentPublic | Problem
    """

    return (
        await asyncio_detailed(
            instrument_id=instrument_id,
            client=client,
        )
    ).parsed
