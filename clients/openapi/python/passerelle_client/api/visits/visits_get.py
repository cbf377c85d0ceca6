from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_public import VisitPublic
from ...types import Response


def _get_kwargs(
    visit_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/visits/{visit_id}".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | VisitPublic | None:
    if response.status_code == 200:
        response_200 = VisitPublic.from_dict(response.json())

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
) -> Response[Any | Problem | VisitPublic]:
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
) -> Response[Any | Problem | VisitPublic]:
    """One visit, with its visitors and its `ETag`

     One visit, with its visitors and its `ETag`.

    Args:
        visit_id (UUID): Visit id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VisitPublic]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | VisitPublic | None:
    """One visit, with its visitors and its `ETag`

     One visit, with its visitors and its `ETag`.

    Args:
        visit_id (UUID): Visit id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VisitPublic
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem | VisitPublic]:
    """One visit, with its visitors and its `ETag`

     One visit, with its visitors and its `ETag`.

    Args:
        visit_id (UUID): Visit id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VisitPublic]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | VisitPublic | None:
    """One visit, with its visitors and its `ETag`

     One visit, with its visitors and its `ETag`.

    Args:
        visit_id (UUID): Visit id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VisitPublic
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
        )
    ).parsed
