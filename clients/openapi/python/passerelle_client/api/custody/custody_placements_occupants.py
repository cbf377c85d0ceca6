from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.occupant_public import OccupantPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    facility_id: UUID,
    unit: None | str | Unset = UNSET,
    cell: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_facility_id = str(facility_id)
    params["facility_id"] = json_facility_id

    json_unit: None | str | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_cell: None | str | Unset
    if isinstance(cell, Unset):
        json_cell = UNSET
    else:
        json_cell = cell
    params["cell"] = json_cell

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/placements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[OccupantPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OccupantPublic.from_dict(response_200_item_data)

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
) -> Response[Problem | list[OccupantPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: UUID,
    unit: None | str | Unset = UNSET,
    cell: None | str | Unset = UNSET,
) -> Response[Problem | list[OccupantPublic]]:
    """Who is housed where now in a facility, by unit and cell

     Who is housed where now in a facility, by unit and cell.

    Args:
        facility_id (UUID):
        unit (None | str | Unset):
        cell (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OccupantPublic]]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        unit=unit,
        cell=cell,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    facility_id: UUID,
    unit: None | str | Unset = UNSET,
    cell: None | str | Unset = UNSET,
) -> Problem | list[OccupantPublic] | None:
    """Who is housed where now in a facility, by unit and cell

     Who is housed where now in a facility, by unit and cell.

    Args:
        facility_id (UUID):
        unit (None | str | Unset):
        cell (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OccupantPublic]
    """

    return sync_detailed(
        client=client,
        facility_id=facility_id,
        unit=unit,
        cell=cell,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    facility_id: UUID,
    unit: None | str | Unset = UNSET,
    cell: None | str | Unset = UNSET,
) -> Response[Problem | list[OccupantPublic]]:
    """Who is housed where now in a facility, by unit and cell

     Who is housed where now in a facility, by unit and cell.

    Args:
        facility_id (UUID):
        unit (None | str | Unset):
        cell (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OccupantPublic]]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        unit=unit,
        cell=cell,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    facility_id: UUID,
    unit: None | str | Unset = UNSET,
    cell: None | str | Unset = UNSET,
) -> Problem | list[OccupantPublic] | None:
    """Who is housed where now in a facility, by unit and cell

     Who is housed where now in a facility, by unit and cell.

    Args:
        facility_id (UUID):
        unit (None | str | Unset):
        cell (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OccupantPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            facility_id=facility_id,
            unit=unit,
            cell=cell,
        )
    ).parsed
