from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.version_content import VersionContent
from ...models.version_public import VersionPublic
from ...types import Response


def _get_kwargs(
    instrument_id: UUID,
    *,
    body: VersionContent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instruments/{instrument_id}/versions".format(
            instrument_id=quote(str(instrument_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VersionPublic | None:
    if response.status_code == 201:
        response_201 = VersionPublic.from_dict(response.json())

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
) -> Response[Problem | VersionPublic]:
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
    body: VersionContent,
) -> Response[Problem | VersionPublic]:
    """Draft a new version: domains and items with their scales

     Draft a new version: domains and items with their scales.

    Args:
        instrument_id (UUID): Instrument id.
        body (VersionContent): Domains and items of a version; every item names one of the
            domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionPublic]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionContent,
) -> Problem | VersionPublic | None:
    """Draft a new version: domains and items with their scales

     Draft a new version: domains and items with their scales.

    Args:
        instrument_id (UUID): Instrument id.
        body (VersionContent): Domains and items of a version; every item names one of the
            domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionPublic
    """

    return sync_detailed(
        instrument_id=instrument_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionContent,
) -> Response[Problem | VersionPublic]:
    """Draft a new version: domains and items with their scales

     Draft a new version: domains and items with their scales.

    Args:
        instrument_id (UUID): Instrument id.
        body (VersionContent): Domains and items of a version; every item names one of the
            domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionPublic]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instrument_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionContent,
) -> Problem | VersionPublic | None:
    """Draft a new version: domains and items with their scales

     Draft a new version: domains and items with their scales.

    Args:
        instrument_id (UUID): Instrument id.
        body (VersionContent): Domains and items of a version; every item names one of the
            domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionPublic
    """

    return (
        await asyncio_detailed(
            instrument_id=instrument_id,
            client=client,
            body=body,
        )
    ).parsed
