from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intake_step_code import IntakeStepCode
from ...models.intake_step_public import IntakeStepPublic
from ...models.intake_step_write import IntakeStepWrite
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inmate_id: UUID,
    step: IntakeStepCode,
    *,
    body: IntakeStepWrite,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/inmates/{inmate_id}/intake/steps/{step}".format(
            inmate_id=quote(str(inmate_id), safe=""),
            step=quote(str(step), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntakeStepPublic | Problem | None:
    if response.status_code == 200:
        response_200 = IntakeStepPublic.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IntakeStepPublic.from_dict(response.json())

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
) -> Response[IntakeStepPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inmate_id: UUID,
    step: IntakeStepCode,
    *,
    client: AuthenticatedClient,
    body: IntakeStepWrite,
    if_match: None | str | Unset = UNSET,
) -> Response[IntakeStepPublic | Problem]:
    """Record a step, done by the caller at `completed_at`

     Record a step, done by the caller at `completed_at`. Sending the same step again is
    harmless (offline tablets); changing a recorded step needs `If-Match`.

    Args:
        inmate_id (UUID): Inmate id.
        step (IntakeStepCode):
        if_match (None | str | Unset): Required to change what is already recorded.
        body (IntakeStepWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeStepPublic | Problem]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        step=step,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inmate_id: UUID,
    step: IntakeStepCode,
    *,
    client: AuthenticatedClient,
    body: IntakeStepWrite,
    if_match: None | str | Unset = UNSET,
) -> IntakeStepPublic | Problem | None:
    """Record a step, done by the caller at `completed_at`

     Record a step, done by the caller at `completed_at`. Sending the same step again is
    harmless (offline tablets); changing a recorded step needs `If-Match`.

    Args:
        inmate_id (UUID): Inmate id.
        step (IntakeStepCode):
        if_match (None | str | Unset): Required to change what is already recorded.
        body (IntakeStepWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeStepPublic | Problem
    """

    return sync_detailed(
        inmate_id=inmate_id,
        step=step,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    inmate_id: UUID,
    step: IntakeStepCode,
    *,
    client: AuthenticatedClient,
    body: IntakeStepWrite,
    if_match: None | str | Unset = UNSET,
) -> Response[IntakeStepPublic | Problem]:
    """Record a step, done by the caller at `completed_at`

     Record a step, done by the caller at `completed_at`. Sending the same step again is
    harmless (offline tablets); changing a recorded step needs `If-Match`.

    Args:
        inmate_id (UUID): Inmate id.
        step (IntakeStepCode):
        if_match (None | str | Unset): Required to change what is already recorded.
        body (IntakeStepWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeStepPublic | Problem]
    """

    kwargs = _get_kwargs(
        inmate_id=inmate_id,
        step=step,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inmate_id: UUID,
    step: IntakeStepCode,
    *,
    client: AuthenticatedClient,
    body: IntakeStepWrite,
    if_match: None | str | Unset = UNSET,
) -> IntakeStepPublic | Problem | None:
    """Record a step, done by the caller at `completed_at`

     Record a step, done by the caller at `completed_at`. Sending the same step again is
    harmless (offline tablets); changing a recorded step needs `If-Match`.

    Args:
        inmate_id (UUID): Inmate id.
        step (IntakeStepCode):
        if_match (None | str | Unset): Required to change what is already recorded.
        body (IntakeStepWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeStepPublic | Problem
    """

    return (
        await asyncio_detailed(
            inmate_id=inmate_id,
            step=step,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
