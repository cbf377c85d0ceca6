from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_auth_token import BodyAuthToken
from ...models.problem import Problem
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BodyAuthToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthToken,
) -> Response[Problem | TokenResponse]:
    """Get an access token (OAuth2, form-encoded)

     Get an access token (OAuth2, form-encoded).

    * `password`: staff sign-in with `username` and `password`; on a registered tablet, also
      the device's client credentials. Answers a refresh token too.
    * `client_credentials`: partner systems, tablets and services, with `client_id` and
      `client_secret` (or HTTP Basic).
    * `refresh_token`: a new access token and a new refresh token for a used one.

    Failed sign-ins are throttled per account and per address (429 with `Retry-After`).

    Args:
        body (BodyAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
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
    client: AuthenticatedClient | Client,
    body: BodyAuthToken,
) -> Problem | TokenResponse | None:
    """Get an access token (OAuth2, form-encoded)

     Get an access token (OAuth2, form-encoded).

    * `password`: staff sign-in with `username` and `password`; on a registered tablet, also
      the device's client credentials. Answers a refresh token too.
    * `client_credentials`: partner systems, tablets and services, with `client_id` and
      `client_secret` (or HTTP Basic).
    * `refresh_token`: a new access token and a new refresh token for a used one.

    Failed sign-ins are throttled per account and per address (429 with `Retry-After`).

    Args:
        body (BodyAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthToken,
) -> Response[Problem | TokenResponse]:
    """Get an access token (OAuth2, form-encoded)

     Get an access token (OAuth2, form-encoded).

    * `password`: staff sign-in with `username` and `password`; on a registered tablet, also
      the device's client credentials. Answers a refresh token too.
    * `client_credentials`: partner systems, tablets and services, with `client_id` and
      `client_secret` (or HTTP Basic).
    * `refresh_token`: a new access token and a new refresh token for a used one.

    Failed sign-ins are throttled per account and per address (429 with `Retry-After`).

    Args:
        body (BodyAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthToken,
) -> Problem | TokenResponse | None:
    """Get an access token (OAuth2, form-encoded)

     Get an access token (OAuth2, form-encoded).

    * `password`: staff sign-in with `username` and `password`; on a registered tablet, also
      the device's client credentials. Answers a refresh token too.
    * `client_credentials`: partner systems, tablets and services, with `client_id` and
      `client_secret` (or HTTP Basic).
    * `refresh_token`: a new access token and a new refresh token for a used one.

    Failed sign-ins are throttled per account and per address (429 with `Retry-After`).

    Args:
        body (BodyAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
