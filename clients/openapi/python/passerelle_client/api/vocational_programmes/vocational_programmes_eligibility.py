from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eligibility import Eligibility
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    programme_id: UUID,
    *,
    inmate_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_inmate_id = str(inmate_id)
    params["inmate_id"] = json_inmate_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vocational-programmes/{programme_id}/eligibility".format(
            programme_id=quote(str(programme_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Eligibility | Problem | None:
    if response.status_code == 200:
        response_200 = Eligibility.from_dict(response.json())

        return response_200

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
) -> Response[Eligibility | Problem]:
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
    inmate_id: UUID,
) -> Response[Eligibility | Problem]:
    """Whether an inmate may join the programme today, with every rule they fail

     Whether an inmate may join the programme today, with every rule they fail
    (facility, security level, legal status, literacy), judged on their current
    classification, status and skills profile. Staff of the inmate's facility only.

    Args:
        programme_id (UUID): Vocational programme id.
        inmate_id (UUID): The inmate to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Eligibility | Problem]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        inmate_id=inmate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    inmate_id: UUID,
) -> Eligibility | Problem | None:
    """Whether an inmate may join the programme today, with every rule they fail

     Whether an inmate may join the programme today, with every rule they fail
    (facility, security level, legal status, literacy), judged on their current
    classification, status and skills profile. Staff of the inmate's facility only.

    Args:
        programme_id (UUID): Vocational programme id.
        inmate_id (UUID): The inmate to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Eligibility | Problem
    """

    return sync_detailed(
        programme_id=programme_id,
        client=client,
        inmate_id=inmate_id,
    ).parsed


async def asyncio_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    inmate_id: UUID,
) -> Response[Eligibility | Problem]:
    """Whether an inmate may join the programme today, with every rule they fail

     Whether an inmate may join the programme today, with every rule they fail
    (facility, security level, legal status, literacy), judged on their current
    classification, status and skills profile. Staff of the inmate's facility only.

    Args:
        programme_id (UUID): Vocational programme id.
        inmate_id (UUID): The inmate to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Eligibility | Problem]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        inmate_id=inmate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    inmate_id: UUID,
) -> Eligibility | Problem | None:
    """Whether an inmate may join the programme today, with every rule they fail

     Whether an inmate may join the programme today, with every rule they fail
    (facility, security level, legal status, literacy), judged on their current
    classification, status and skills profile. Staff of the inmate's facility only.

    Args:
        programme_id (UUID): Vocational programme id.
        inmate_id (UUID): The inmate to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Eligibility | Problem
    """

    return (
        await asyncio_detailed(
            programme_id=programme_id,
            client=client,
            inmate_id=inmate_id,
        )
    ).parsed
