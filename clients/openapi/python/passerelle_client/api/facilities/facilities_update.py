from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.facility_public import FacilityPublic
from ...models.facility_update import FacilityUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    facility_id: UUID,
    *,
    body: FacilityUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/facilities/{facility_id}".format(
            facility_id=quote(str(facility_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FacilityPublic | Problem | None:
    if response.status_code == 200:
        response_200 = FacilityPublic.from_dict(response.json())

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
) -> Response[FacilityPublic | Problem]:
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
    body: FacilityUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[FacilityPublic | Problem]:
    """Change or deactivate a facility (`active: false`)

     Change or deactivate a facility (`active: false`). Requires `If-Match`.

    Args:
        facility_id (UUID): Facility id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (FacilityUpdate): Fields to change; absent fields stay as they are. Deactivate with
            `active: false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacilityPublic | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FacilityUpdate,
    if_match: None | str | Unset = UNSET,
) -> FacilityPublic | Problem | None:
    """Change or deactivate a facility (`active: false`)

     Change or deactivate a facility (`active: false`). Requires `If-Match`.

    Args:
        facility_id (UUID): Facility id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (FacilityUpdate): Fields to change; absent fields stay as they are. Deactivate with
            `active: false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacilityPublic | Problem
    """

    return sync_detailed(
        facility_id=facility_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FacilityUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[FacilityPublic | Problem]:
    """Change or deactivate a facility (`active: false`)

     Change or deactivate a facility (`active: false`). Requires `If-Match`.

    Args:
        facility_id (UUID): Facility id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (FacilityUpdate): Fields to change; absent fields stay as they are. Deactivate with
            `active: false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacilityPublic | Problem]
    """

    kwargs = _get_kwargs(
        facility_id=facility_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facility_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FacilityUpdate,
    if_match: None | str | Unset = UNSET,
) -> FacilityPublic | Problem | None:
    """Change or deactivate a facility (`active: false`)

     Change or deactivate a facility (`active: false`). Requires `If-Match`.

    Args:
        facility_id (UUID): Facility id.
        if_match (None | str | Unset): The ETag of the version being changed (required): `"3"`.
        body (FacilityUpdate): Fields to change; absent fields stay as they are. Deactivate with
            `active: false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacilityPublic | Problem
    """

    return (
        await asyncio_detailed(
            facility_id=facility_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
