from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vetting_status import VettingStatus
from ...models.visitor_kind import VisitorKind
from ...models.visitor_page import VisitorPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    kind: None | Unset | VisitorKind = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    vetting_status: None | Unset | VettingStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, VisitorKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_inmate_id: None | str | Unset
    if isinstance(inmate_id, Unset):
        json_inmate_id = UNSET
    elif isinstance(inmate_id, UUID):
        json_inmate_id = str(inmate_id)
    else:
        json_inmate_id = inmate_id
    params["inmate_id"] = json_inmate_id

    json_vetting_status: None | str | Unset
    if isinstance(vetting_status, Unset):
        json_vetting_status = UNSET
    elif isinstance(vetting_status, VettingStatus):
        json_vetting_status = vetting_status.value
    else:
        json_vetting_status = vetting_status
    params["vetting_status"] = json_vetting_status

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
        "url": "/api/v1/visitors",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitorPage | None:
    if response.status_code == 200:
        response_200 = VisitorPage.from_dict(response.json())

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
) -> Response[Problem | VisitorPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | Unset | VisitorKind = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    vetting_status: None | Unset | VettingStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VisitorPage]:
    """The visitors register, oldest first

     The visitors register, oldest first. It is national, so that a ban holds in every
    prison; identity documents and contact show only to visits staff (`visits:write`) of
    a prison the visitor is linked to (registered there, related to an inmate held there,
    on a visit or leading a dialogue session there), and to national staff.

    Args:
        q (None | str | Unset): Words of the name, regardless of case and accents.
        kind (None | Unset | VisitorKind): Only of this kind.
        inmate_id (None | Unset | UUID): Only the family of this inmate.
        vetting_status (None | Unset | VettingStatus): Only with this vetting status as of today.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitorPage]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        inmate_id=inmate_id,
        vetting_status=vetting_status,
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
    q: None | str | Unset = UNSET,
    kind: None | Unset | VisitorKind = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    vetting_status: None | Unset | VettingStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VisitorPage | None:
    """The visitors register, oldest first

     The visitors register, oldest first. It is national, so that a ban holds in every
    prison; identity documents and contact show only to visits staff (`visits:write`) of
    a prison the visitor is linked to (registered there, related to an inmate held there,
    on a visit or leading a dialogue session there), and to national staff.

    Args:
        q (None | str | Unset): Words of the name, regardless of case and accents.
        kind (None | Unset | VisitorKind): Only of this kind.
        inmate_id (None | Unset | UUID): Only the family of this inmate.
        vetting_status (None | Unset | VettingStatus): Only with this vetting status as of today.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitorPage
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        inmate_id=inmate_id,
        vetting_status=vetting_status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | Unset | VisitorKind = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    vetting_status: None | Unset | VettingStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | VisitorPage]:
    """The visitors register, oldest first

     The visitors register, oldest first. It is national, so that a ban holds in every
    prison; identity documents and contact show only to visits staff (`visits:write`) of
    a prison the visitor is linked to (registered there, related to an inmate held there,
    on a visit or leading a dialogue session there), and to national staff.

    Args:
        q (None | str | Unset): Words of the name, regardless of case and accents.
        kind (None | Unset | VisitorKind): Only of this kind.
        inmate_id (None | Unset | UUID): Only the family of this inmate.
        vetting_status (None | Unset | VettingStatus): Only with this vetting status as of today.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitorPage]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        inmate_id=inmate_id,
        vetting_status=vetting_status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | Unset | VisitorKind = UNSET,
    inmate_id: None | Unset | UUID = UNSET,
    vetting_status: None | Unset | VettingStatus = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | VisitorPage | None:
    """The visitors register, oldest first

     The visitors register, oldest first. It is national, so that a ban holds in every
    prison; identity documents and contact show only to visits staff (`visits:write`) of
    a prison the visitor is linked to (registered there, related to an inmate held there,
    on a visit or leading a dialogue session there), and to national staff.

    Args:
        q (None | str | Unset): Words of the name, regardless of case and accents.
        kind (None | Unset | VisitorKind): Only of this kind.
        inmate_id (None | Unset | UUID): Only the family of this inmate.
        vetting_status (None | Unset | VettingStatus): Only with this vetting status as of today.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitorPage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            inmate_id=inmate_id,
            vetting_status=vetting_status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
