from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_decision import VisitDecision
from ...models.visit_public import VisitPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    visit_id: UUID,
    *,
    body: VisitDecision | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/visits/{visit_id}/approve".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitPublic | None:
    if response.status_code == 200:
        response_200 = VisitPublic.from_dict(response.json())

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
) -> Response[Problem | VisitPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VisitDecision | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VisitPublic]:
    """Approve a requested visit (supervisor)

     Approve a requested visit (supervisor). Every rule is checked again as it stands
    now, with the codes of a request: a ban, a lapsed vetting or a new classification
    since the request refuses it (409).

    Args:
        visit_id (UUID): Visit id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VisitDecision | Unset): A supervisor's decision; a denial gives its reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPublic]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VisitDecision | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | VisitPublic | None:
    """Approve a requested visit (supervisor)

     Approve a requested visit (supervisor). Every rule is checked again as it stands
    now, with the codes of a request: a ban, a lapsed vetting or a new classification
    since the request refuses it (409).

    Args:
        visit_id (UUID): Visit id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VisitDecision | Unset): A supervisor's decision; a denial gives its reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPublic
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VisitDecision | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VisitPublic]:
    """Approve a requested visit (supervisor)

     Approve a requested visit (supervisor). Every rule is checked again as it stands
    now, with the codes of a request: a ban, a lapsed vetting or a new classification
    since the request refuses it (409).

    Args:
        visit_id (UUID): Visit id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VisitDecision | Unset): A supervisor's decision; a denial gives its reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPublic]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VisitDecision | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | VisitPublic | None:
    """Approve a requested visit (supervisor)

     Approve a requested visit (supervisor). Every rule is checked again as it stands
    now, with the codes of a request: a ban, a lapsed vetting or a new classification
    since the request refuses it (409).

    Args:
        visit_id (UUID): Visit id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (VisitDecision | Unset): A supervisor's decision; a denial gives its reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPublic
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
