from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_feed import ChangeFeed
from ...models.problem import Problem
from ...models.sync_type import SyncType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    types: list[SyncType] | None | Unset = UNSET,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = []
        for types_type_0_item_data in types:
            types_type_0_item = types_type_0_item_data.value
            json_types.append(types_type_0_item)

    else:
        json_types = types
    params["types"] = json_types

    params["limit"] = limit

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sync/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangeFeed | Problem | None:
    if response.status_code == 200:
        response_200 = ChangeFeed.from_dict(response.json())

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
) -> Response[ChangeFeed | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    types: list[SyncType] | None | Unset = UNSET,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> Response[ChangeFeed | Problem]:
    """Every record created, changed or removed from your view since `since`, in commit order, among the
    facilities you work in

     Every record created, changed or removed from your view since `since`, in commit
    order, among the facilities you work in: pull until `has_more` is false and keep
    `next_cursor` for the next pull. Paging never skips or repeats a change, whatever is
    written meanwhile. See docs/offline-sync.md.

    Args:
        types (list[SyncType] | None | Unset): Kinds of records (repeat, or comma-separated); all
            you may read when absent. One your access does not cover is refused (403).
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeFeed | Problem]
    """

    kwargs = _get_kwargs(
        types=types,
        limit=limit,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    types: list[SyncType] | None | Unset = UNSET,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> ChangeFeed | Problem | None:
    """Every record created, changed or removed from your view since `since`, in commit order, among the
    facilities you work in

     Every record created, changed or removed from your view since `since`, in commit
    order, among the facilities you work in: pull until `has_more` is false and keep
    `next_cursor` for the next pull. Paging never skips or repeats a change, whatever is
    written meanwhile. See docs/offline-sync.md.

    Args:
        types (list[SyncType] | None | Unset): Kinds of records (repeat, or comma-separated); all
            you may read when absent. One your access does not cover is refused (403).
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeFeed | Problem
    """

    return sync_detailed(
        client=client,
        types=types,
        limit=limit,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    types: list[SyncType] | None | Unset = UNSET,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> Response[ChangeFeed | Problem]:
    """Every record created, changed or removed from your view since `since`, in commit order, among the
    facilities you work in

     Every record created, changed or removed from your view since `since`, in commit
    order, among the facilities you work in: pull until `has_more` is false and keep
    `next_cursor` for the next pull. Paging never skips or repeats a change, whatever is
    written meanwhile. See docs/offline-sync.md.

    Args:
        types (list[SyncType] | None | Unset): Kinds of records (repeat, or comma-separated); all
            you may read when absent. One your access does not cover is refused (403).
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeFeed | Problem]
    """

    kwargs = _get_kwargs(
        types=types,
        limit=limit,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    types: list[SyncType] | None | Unset = UNSET,
    limit: int | Unset = 50,
    since: None | str | Unset = UNSET,
) -> ChangeFeed | Problem | None:
    """Every record created, changed or removed from your view since `since`, in commit order, among the
    facilities you work in

     Every record created, changed or removed from your view since `since`, in commit
    order, among the facilities you work in: pull until `has_more` is false and keep
    `next_cursor` for the next pull. Paging never skips or repeats a change, whatever is
    written meanwhile. See docs/offline-sync.md.

    Args:
        types (list[SyncType] | None | Unset): Kinds of records (repeat, or comma-separated); all
            you may read when absent. One your access does not cover is refused (403).
        limit (int | Unset): Changes per page. Default: 50.
        since (None | str | Unset): `next_cursor` of your previous pull; omit to start from the
            beginning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeFeed | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            types=types,
            limit=limit,
            since=since,
        )
    ).parsed
