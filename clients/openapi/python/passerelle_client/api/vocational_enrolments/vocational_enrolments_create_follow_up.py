from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follow_up_create import FollowUpCreate
from ...models.follow_up_public import FollowUpPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    enrolment_id: UUID,
    *,
    body: FollowUpCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vocational-enrolments/{enrolment_id}/follow-ups".format(
            enrolment_id=quote(str(enrolment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FollowUpPublic | Problem | None:
    if response.status_code == 201:
        response_201 = FollowUpPublic.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[FollowUpPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
) -> Response[FollowUpPublic | Problem]:
    """Record a contact 3, 6 or 12 months after release

     Record a contact 3, 6 or 12 months after release: employment status, whether the
    person uses the trade, notes. Only once released (409 `not_released`); one record for
    each of the three (409 `duplicate_value`).

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        body (FollowUpCreate): Contact with a former participant 3, 6 or 12 months after release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpPublic | Problem]
    """

    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
) -> FollowUpPublic | Problem | None:
    """Record a contact 3, 6 or 12 months after release

     Record a contact 3, 6 or 12 months after release: employment status, whether the
    person uses the trade, notes. Only once released (409 `not_released`); one record for
    each of the three (409 `duplicate_value`).

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        body (FollowUpCreate): Contact with a former participant 3, 6 or 12 months after release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpPublic | Problem
    """

    return sync_detailed(
        enrolment_id=enrolment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
) -> Response[FollowUpPublic | Problem]:
    """Record a contact 3, 6 or 12 months after release

     Record a contact 3, 6 or 12 months after release: employment status, whether the
    person uses the trade, notes. Only once released (409 `not_released`); one record for
    each of the three (409 `duplicate_value`).

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        body (FollowUpCreate): Contact with a former participant 3, 6 or 12 months after release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpPublic | Problem]
    """

    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
) -> FollowUpPublic | Problem | None:
    """Record a contact 3, 6 or 12 months after release

     Record a contact 3, 6 or 12 months after release: employment status, whether the
    person uses the trade, notes. Only once released (409 `not_released`); one record for
    each of the three (409 `duplicate_value`).

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        body (FollowUpCreate): Contact with a former participant 3, 6 or 12 months after release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpPublic | Problem
    """

    return (
        await asyncio_detailed(
            enrolment_id=enrolment_id,
            client=client,
            body=body,
        )
    ).parsed
