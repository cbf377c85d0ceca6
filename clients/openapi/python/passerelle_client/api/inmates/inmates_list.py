import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inmate_page import InmatePage
from ...models.legal_status import LegalStatus
from ...models.problem import Problem
from ...models.sex import Sex
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    legal_status: LegalStatus | None | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    region: None | str | Unset = UNSET,
    age_min: int | None | Unset = UNSET,
    age_max: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
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

    json_facility_id: None | str | Unset
    if isinstance(facility_id, Unset):
        json_facility_id = UNSET
    elif isinstance(facility_id, UUID):
        json_facility_id = str(facility_id)
    else:
        json_facility_id = facility_id
    params["facility_id"] = json_facility_id

    json_legal_status: None | str | Unset
    if isinstance(legal_status, Unset):
        json_legal_status = UNSET
    elif isinstance(legal_status, LegalStatus):
        json_legal_status = legal_status.value
    else:
        json_legal_status = legal_status
    params["legal_status"] = json_legal_status

    json_sex: None | str | Unset
    if isinstance(sex, Unset):
        json_sex = UNSET
    elif isinstance(sex, Sex):
        json_sex = sex.value
    else:
        json_sex = sex
    params["sex"] = json_sex

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_age_min: int | None | Unset
    if isinstance(age_min, Unset):
        json_age_min = UNSET
    else:
        json_age_min = age_min
    params["age_min"] = json_age_min

    json_age_max: int | None | Unset
    if isinstance(age_max, Unset):
        json_age_max = UNSET
    else:
        json_age_max = age_max
    params["age_max"] = json_age_max

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

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
        "url": "/api/v1/inmates",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InmatePage | Problem | None:
    if response.status_code == 200:
        response_200 = InmatePage.from_dict(response.json())

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
) -> Response[InmatePage | Problem]:
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
    facility_id: None | Unset | UUID = UNSET,
    legal_status: LegalStatus | None | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    region: None | str | Unset = UNSET,
    age_min: int | None | Unset = UNSET,
    age_max: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[InmatePage | Problem]:
    """Find inmates of the caller's facilities, oldest registration first

     Find inmates of the caller's facilities, oldest registration first.

    Args:
        q (None | str | Unset): Names, aliases or prison number; accents and case do not matter.
        facility_id (None | Unset | UUID):
        legal_status (LegalStatus | None | Unset):
        sex (None | Sex | Unset):
        region (None | str | Unset): Region of origin.
        age_min (int | None | Unset):
        age_max (int | None | Unset):
        updated_since (datetime.datetime | None | Unset): With a time zone, e.g.
            2026-11-01T00:00:00Z.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InmatePage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        facility_id=facility_id,
        legal_status=legal_status,
        sex=sex,
        region=region,
        age_min=age_min,
        age_max=age_max,
        updated_since=updated_since,
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
    facility_id: None | Unset | UUID = UNSET,
    legal_status: LegalStatus | None | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    region: None | str | Unset = UNSET,
    age_min: int | None | Unset = UNSET,
    age_max: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> InmatePage | Problem | None:
    """Find inmates of the caller's facilities, oldest registration first

     Find inmates of the caller's facilities, oldest registration first.

    Args:
        q (None | str | Unset): Names, aliases or prison number; accents and case do not matter.
        facility_id (None | Unset | UUID):
        legal_status (LegalStatus | None | Unset):
        sex (None | Sex | Unset):
        region (None | str | Unset): Region of origin.
        age_min (int | None | Unset):
        age_max (int | None | Unset):
        updated_since (datetime.datetime | None | Unset): With a time zone, e.g.
            2026-11-01T00:00:00Z.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InmatePage | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        facility_id=facility_id,
        legal_status=legal_status,
        sex=sex,
        region=region,
        age_min=age_min,
        age_max=age_max,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    legal_status: LegalStatus | None | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    region: None | str | Unset = UNSET,
    age_min: int | None | Unset = UNSET,
    age_max: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[InmatePage | Problem]:
    """Find inmates of the caller's facilities, oldest registration first

     Find inmates of the caller's facilities, oldest registration first.

    Args:
        q (None | str | Unset): Names, aliases or prison number; accents and case do not matter.
        facility_id (None | Unset | UUID):
        legal_status (LegalStatus | None | Unset):
        sex (None | Sex | Unset):
        region (None | str | Unset): Region of origin.
        age_min (int | None | Unset):
        age_max (int | None | Unset):
        updated_since (datetime.datetime | None | Unset): With a time zone, e.g.
            2026-11-01T00:00:00Z.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InmatePage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        facility_id=facility_id,
        legal_status=legal_status,
        sex=sex,
        region=region,
        age_min=age_min,
        age_max=age_max,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    facility_id: None | Unset | UUID = UNSET,
    legal_status: LegalStatus | None | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    region: None | str | Unset = UNSET,
    age_min: int | None | Unset = UNSET,
    age_max: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> InmatePage | Problem | None:
    """Find inmates of the caller's facilities, oldest registration first

     Find inmates of the caller's facilities, oldest registration first.

    Args:
        q (None | str | Unset): Names, aliases or prison number; accents and case do not matter.
        facility_id (None | Unset | UUID):
        legal_status (LegalStatus | None | Unset):
        sex (None | Sex | Unset):
        region (None | str | Unset): Region of origin.
        age_min (int | None | Unset):
        age_max (int | None | Unset):
        updated_since (datetime.datetime | None | Unset): With a time zone, e.g.
            2026-11-01T00:00:00Z.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InmatePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            facility_id=facility_id,
            legal_status=legal_status,
            sex=sex,
            region=region,
            age_min=age_min,
            age_max=age_max,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
