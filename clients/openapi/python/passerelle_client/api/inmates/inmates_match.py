from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inmate_identity import InmateIdentity
from ...models.inmate_matches import InmateMatches
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: InmateIdentity,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inmates/match",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InmateMatches | Problem | None:
    if response.status_code == 200:
        response_200 = InmateMatches.from_dict(response.json())

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
) -> Response[InmateMatches | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InmateIdentity,
) -> Response[InmateMatches | Problem]:
    """Records that may be the same person, so that a returning detainee is not registered twice

     Records that may be the same person, so that a returning detainee is not registered
    twice: same name (accents, case and order aside) and birth year, or an alias.

    Args:
        body (InmateIdentity): The fields that identify a person, as the duplicate check compares
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InmateMatches | Problem]
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
    body: InmateIdentity,
) -> InmateMatches | Problem | None:
    """Records that may be the same person, so that a returning detainee is not registered twice

     Records that may be the same person, so that a returning detainee is not registered
    twice: same name (accents, case and order aside) and birth year, or an alias.

    Args:
        body (InmateIdentity): The fields that identify a person, as the duplicate check compares
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InmateMatches | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InmateIdentity,
) -> Response[InmateMatches | Problem]:
    """Records that may be the same person, so that a returning detainee is not registered twice

     Records that may be the same person, so that a returning detainee is not registered
    twice: same name (accents, case and order aside) and birth year, or an alias.

    Args:
        body (InmateIdentity): The fields that identify a person, as the duplicate check compares
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InmateMatches | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InmateIdentity,
) -> InmateMatches | Problem | None:
    """Records that may be the same person, so that a returning detainee is not registered twice

     Records that may be the same person, so that a returning detainee is not registered
    twice: same name (accents, case and order aside) and birth year, or an alias.

    Args:
        body (InmateIdentity): The fields that identify a person, as the duplicate check compares
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InmateMatches | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
