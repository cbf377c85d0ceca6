from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vetting_decision import VettingDecision
from ...models.visitor_public import VisitorPublic
from ...models.visitor_restricted import VisitorRestricted
from ...types import UNSET, Response, Unset


def _get_kwargs(
    visitor_id: UUID,
    *,
    body: VettingDecision,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/visitors/{visitor_id}/vetting".format(
            visitor_id=quote(str(visitor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VisitorPublic | VisitorRestricted | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> VisitorPublic | VisitorRestricted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VisitorPublic.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = VisitorRestricted.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Problem | VisitorPublic | VisitorRestricted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visitor_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VettingDecision,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VisitorPublic | VisitorRestricted]:
    """Record the vetting body's answer (e.g

     Record the vetting body's answer (e.g. the Ministry of Religious Affairs for a
    religious leader): `approved` until `expires_on`, `refused`, or `pending` again. A
    visitor whose vetting is not approved on a visit's day is refused (409
    `visitor_not_vetted`).

    Args:
        visitor_id (UUID): Visitor id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VettingDecision): The answer of the vetting body (e.g. the Ministry of Religious
            Affairs for religious
            leaders), as recorded by a supervisor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitorPublic | VisitorRestricted]
    """

    kwargs = _get_kwargs(
        visitor_id=visitor_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visitor_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VettingDecision,
    if_match: None | str | Unset = UNSET,
) -> Problem | VisitorPublic | VisitorRestricted | None:
    """Record the vetting body's answer (e.g

     Record the vetting body's answer (e.g. the Ministry of Religious Affairs for a
    religious leader): `approved` until `expires_on`, `refused`, or `pending` again. A
    visitor whose vetting is not approved on a visit's day is refused (409
    `visitor_not_vetted`).

    Args:
        visitor_id (UUID): Visitor id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VettingDecision): The answer of the vetting body (e.g. the Ministry of Religious
            Affairs for religious
            leaders), as recorded by a supervisor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitorPublic | VisitorRestricted
    """

    return sync_detailed(
        visitor_id=visitor_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    visitor_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VettingDecision,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VisitorPublic | VisitorRestricted]:
    """Record the vetting body's answer (e.g

     Record the vetting body's answer (e.g. the Ministry of Religious Affairs for a
    religious leader): `approved` until `expires_on`, `refused`, or `pending` again. A
    visitor whose vetting is not approved on a visit's day is refused (409
    `visitor_not_vetted`).

    Args:
        visitor_id (UUID): Visitor id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VettingDecision): The answer of the vetting body (e.g. the Ministry of Religious
            Affairs for religious
            leaders), as recorded by a supervisor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitorPublic | VisitorRestricted]
    """

    kwargs = _get_kwargs(
        visitor_id=visitor_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visitor_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VettingDecision,
    if_match: None | str | Unset = UNSET,
) -> Problem | VisitorPublic | VisitorRestricted | None:
    """Record the vetting body's answer (e.g

     Record the vetting body's answer (e.g. the Ministry of Religious Affairs for a
    religious leader): `approved` until `expires_on`, `refused`, or `pending` again. A
    visitor whose vetting is not approved on a visit's day is refused (409
    `visitor_not_vetted`).

    Args:
        visitor_id (UUID): Visitor id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VettingDecision): The answer of the vetting body (e.g. the Ministry of Religious
            Affairs for religious
            leaders), as recorded by a supervisor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitorPublic | VisitorRestricted
    """

    return (
        await asyncio_detailed(
            visitor_id=visitor_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
