from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.programme_public import ProgrammePublic
from ...types import Response


def _get_kwargs(
    programme_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vocational-programmes/{programme_id}".format(
            programme_id=quote(str(programme_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | ProgrammePublic | None:
    if response.status_code == 200:
        response_200 = ProgrammePublic.from_dict(response.json())

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
) -> Response[Any | Problem | ProgrammePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem | ProgrammePublic]:
    """One programme, with its `ETag`

     One programme, with its `ETag`.

    Args:
        programme_id (UUID): Vocational programme id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProgrammePublic]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | ProgrammePublic | None:
    """One programme, with its `ETag`

     One programme, with its `ETag`.

    Args:
        programme_id (UUID): Vocational programme id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProgrammePublic
    """

    return sync_detailed(
        programme_id=programme_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem | ProgrammePublic]:
    """One programme, with its `ETag`

     One programme, with its `ETag`.

    Args:
        programme_id (UUID): Vocational programme id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProgrammePublic]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | ProgrammePublic | None:
    """One programme, with its `ETag`

     One programme, with its `ETag`.

    Args:
        programme_id (UUID): Vocational programme id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProgrammePublic
    """

    return (
        await asyncio_detailed(
            programme_id=programme_id,
            client=client,
        )
    ).parsed
