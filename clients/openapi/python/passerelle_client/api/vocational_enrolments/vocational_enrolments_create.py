from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_request import EnrolmentRequest
from ...models.problem import Problem
from ...models.vocational_enrolment_public import VocationalEnrolmentPublic
from ...types import Response


def _get_kwargs(
    *,
    body: EnrolmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vocational-enrolments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VocationalEnrolmentPublic | None:
    if response.status_code == 200:
        response_200 = VocationalEnrolmentPublic.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = VocationalEnrolmentPublic.from_dict(response.json())

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
) -> Response[Problem | VocationalEnrolmentPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrolmentRequest,
) -> Response[Problem | VocationalEnrolmentPublic]:
    """Register an inmate's interest, or ask for a place (`status: enrolled`)

     Register an inmate's interest, or ask for a place (`status: enrolled`). The inmate's
    *current* classification, legal status and skills profile must meet the programme's
    rules (409 `not_eligible`, naming each failed rule); nobody in the group may be someone
    they are kept apart from (409 `keep_apart`). A full programme puts them on its waiting
    list (`waitlisted`).

    Args:
        body (EnrolmentRequest): Register an inmate's interest, or ask for a place (`enrolled`): a
            full programme
            puts them on its waiting list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EnrolmentRequest,
) -> Problem | VocationalEnrolmentPublic | None:
    """Register an inmate's interest, or ask for a place (`status: enrolled`)

     Register an inmate's interest, or ask for a place (`status: enrolled`). The inmate's
    *current* classification, legal status and skills profile must meet the programme's
    rules (409 `not_eligible`, naming each failed rule); nobody in the group may be someone
    they are kept apart from (409 `keep_apart`). A full programme puts them on its waiting
    list (`waitlisted`).

    Args:
        body (EnrolmentRequest): Register an inmate's interest, or ask for a place (`enrolled`): a
            full programme
            puts them on its waiting list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrolmentRequest,
) -> Response[Problem | VocationalEnrolmentPublic]:
    """Register an inmate's interest, or ask for a place (`status: enrolled`)

     Register an inmate's interest, or ask for a place (`status: enrolled`). The inmate's
    *current* classification, legal status and skills profile must meet the programme's
    rules (409 `not_eligible`, naming each failed rule); nobody in the group may be someone
    they are kept apart from (409 `keep_apart`). A full programme puts them on its waiting
    list (`waitlisted`).

    Args:
        body (EnrolmentRequest): Register an inmate's interest, or ask for a place (`enrolled`): a
            full programme
            puts them on its waiting list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnrolmentRequest,
) -> Problem | VocationalEnrolmentPublic | None:
    """Register an inmate's interest, or ask for a place (`status: enrolled`)

     Register an inmate's interest, or ask for a place (`status: enrolled`). The inmate's
    *current* classification, legal status and skills profile must meet the programme's
    rules (409 `not_eligible`, naming each failed rule); nobody in the group may be someone
    they are kept apart from (409 `keep_apart`). A full programme puts them on its waiting
    list (`waitlisted`).

    Args:
        body (EnrolmentRequest): Register an inmate's interest, or ask for a place (`enrolled`): a
            full programme
            puts them on its waiting list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
