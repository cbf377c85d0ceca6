from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_page import AuditPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    principal: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    record_type: None | str | Unset = UNSET,
    record_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_principal: None | str | Unset
    if isinstance(principal, Unset):
        json_principal = UNSET
    else:
        json_principal = principal
    params["principal"] = json_principal

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_record_type: None | str | Unset
    if isinstance(record_type, Unset):
        json_record_type = UNSET
    else:
        json_record_type = record_type
    params["record_type"] = json_record_type

    json_record_id: None | str | Unset
    if isinstance(record_id, Unset):
        json_record_id = UNSET
    else:
        json_record_id = record_id
    params["record_id"] = json_record_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    principal: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    record_type: None | str | Unset = UNSET,
    record_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditPage | Problem]:
    """Audit events in the order they were recorded, with filters

     Audit events in the order they were recorded, with filters.

    Args:
        principal (None | str | Unset):
        action (None | str | Unset):
        record_type (None | str | Unset):
        record_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
    """

    kwargs = _get_kwargs(
        principal=principal,
        action=action,
        record_type=record_type,
        record_id=record_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    principal: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    record_type: None | str | Unset = UNSET,
    record_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditPage | Problem | None:
    """Audit events in the order they were recorded, with filters

     Audit events in the order they were recorded, with filters.

    Args:
        principal (None | str | Unset):
        action (None | str | Unset):
        record_type (None | str | Unset):
        record_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
    """

    return sync_detailed(
        client=client,
        principal=principal,
        action=action,
        record_type=record_type,
        record_id=record_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    principal: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    record_type: None | str | Unset = UNSET,
    record_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditPage | Problem]:
    """Audit events in the order they were recorded, with filters

     Audit events in the order they were recorded, with filters.

    Args:
        principal (None | str | Unset):
        action (None | str | Unset):
        record_type (None | str | Unset):
        record_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
    """

    kwargs = _get_kwargs(
        principal=principal,
        action=action,
        record_type=record_type,
        record_id=record_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    principal: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    record_type: None | str | Unset = UNSET,
    record_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditPage | Problem | None:
    """Audit events in the order they were recorded, with filters

     Audit events in the order they were recorded, with filters.

    Args:
        principal (None | str | Unset):
        action (None | str | Unset):
        record_type (None | str | Unset):
        record_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            principal=principal,
            action=action,
            record_type=record_type,
            record_id=record_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
