from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_access_public import EmergencyAccessPublic
from ...models.emergency_access_request import EmergencyAccessRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    inmate_id: UUID,
    *,
    body: EmergencyAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inmates/{inmate_id}/emergency-access".format(
            inmate_id=quote(str(inmate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyAccessPublic | Problem | None:
    if response.status_code == 201:
        response_201 = EmergencyAccessPublic.from_dict(response.json())

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
) -> Response[EmergencyAccessPublic | Problem]:
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
    body: EmergencyAccessRequest,
) -> Response[EmergencyAccessPublic | Problem]:
    """Break the glass: read one record of another facility for three hours, with a written reason

     Break the glass: read one record of another facility for three hours, with a
    written reason. Audited, and listed for the facility's supervisor and the auditor.

    Args:
        inmate_id (UUID): Inmate id.
        body (EmergencyAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAccessPublic | Problem]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmergencyAccessRequest,
) -> EmergencyAccessPublic | Problem | None:
    """Break the glass: read one record of another facility for three hours, with a written reason

     Break the glass: read one record of another facility for three hours, with a
    written reason. Audited, and listed for the facility's supervisor and the auditor.

    Args:
        inmate_id (UUID): Inmate id.
        body (EmergencyAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAccessPublic | Problem
    """

    return sync_detailed(
        inmate_id=inmate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmergencyAccessRequest,
) -> Response[EmergencyAccessPublic | Problem]:
    """Break the glass: read one record of another facility for three hours, with a written reason

     Break the glass: read one record of another facility for three hours, with a
    written reason. Audited, and listed for the facility's supervisor and the auditor.

    Args:
        inmate_id (UUID): Inmate id.
        body (EmergencyAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAccessPublic | Problem]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inmate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmergencyAccessRequest,
) -> EmergencyAccessPublic | Problem | None:
    """Break the glass: read one record of another facility for three hours, with a written reason

     Break the glass: read one record of another facility for three hours, with a
    written reason. Audited, and listed for the facility's supervisor and the auditor.

    Args:
        inmate_id (UUID): Inmate id.
        body (EmergencyAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAccessPublic | Problem
    """

    return (
        await asyncio_detailed(
            inmate_id=inmate_id,
            client=client,
            body=body,
        )
    ).parsed
