from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.facility_public import FacilityPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    facility_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/facilities/{facility_id}".format(
            facility_id=quote(str(facility_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FacilityPublic | Problem | None:
    if response.status_code == 200:
        response_200 = FacilityPublic.from_dict(response.json())

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
) -> Response[Any | FacilityPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | FacilityPublic | Problem]:
    """One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged

     One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged.

    Args:
        facility_id (UUID): Facility id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FacilityPublic | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | FacilityPublic | Problem | None:
    """One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged

     One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged.

    Args:
        facility_id (UUID): Facility id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FacilityPublic | Problem
    """

    return sync_detailed(
        facility_id=facility_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | FacilityPublic | Problem]:
    """One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged

     One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged.

    Args:
        facility_id (UUID): Facility id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FacilityPublic | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | FacilityPublic | Problem | None:
    """One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged

     One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged.

    Args:
        facility_id (UUID): Facility id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FacilityPublic | Problem
    """

    return (
        await asyncio_detailed(
            facility_id=facility_id,
            client=client,
        )
    ).parsed
