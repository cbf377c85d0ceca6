from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_completion import EnrolmentCompletion
from ...models.problem import Problem
from ...models.vocational_enrolment_public import VocationalEnrolmentPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enrolment_id: UUID,
    *,
    body: EnrolmentCompletion | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vocational-enrolments/{enrolment_id}/complete".format(
            enrolment_id=quote(str(enrolment_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VocationalEnrolmentPublic | None:
    if response.status_code == 200:
        response_200 = VocationalEnrolmentPublic.from_dict(response.json())

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
) -> Response[Problem | VocationalEnrolmentPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCompletion | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VocationalEnrolmentPublic]:
    """Mark an enrolled inmate's programme completed, with the trainer's `final_assessment` of the skills
    learnt

     Mark an enrolled inmate's programme completed, with the trainer's `final_assessment`
    of the skills learnt; the enrolment gets a certificate number
    (`VOC-<programme id>-<rank>`), and the seat goes to the first eligible inmate on the
    waiting list.

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (EnrolmentCompletion | Unset): The trainer's assessment of the skills learnt,
            recorded at completion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPublic]
    """

    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCompletion | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | VocationalEnrolmentPublic | None:
    """Mark an enrolled inmate's programme completed, with the trainer's `final_assessment` of the skills
    learnt

     Mark an enrolled inmate's programme completed, with the trainer's `final_assessment`
    of the skills learnt; the enrolment gets a certificate number
    (`VOC-<programme id>-<rank>`), and the seat goes to the first eligible inmate on the
    waiting list.

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (EnrolmentCompletion | Unset): The trainer's assessment of the skills learnt,
            recorded at completion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPublic
    """

    return sync_detailed(
        enrolment_id=enrolment_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCompletion | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VocationalEnrolmentPublic]:
    """Mark an enrolled inmate's programme completed, with the trainer's `final_assessment` of the skills
    learnt

     Mark an enrolled inmate's programme completed, with the trainer's `final_assessment`
    of the skills learnt; the enrolment gets a certificate number
    (`VOC-<programme id>-<rank>`), and the seat goes to the first eligible inmate on the
    waiting list.

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (EnrolmentCompletion | Unset): The trainer's assessment of the skills learnt,
            recorded at completion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VocationalEnrolmentPublic]
    """

    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentCompletion | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | VocationalEnrolmentPublic | None:
    """Mark an enrolled inmate's programme completed, with the trainer's `final_assessment` of the skills
    learnt

     Mark an enrolled inmate's programme completed, with the trainer's `final_assessment`
    of the skills learnt; the enrolment gets a certificate number
    (`VOC-<programme id>-<rank>`), and the seat goes to the first eligible inmate on the
    waiting list.

    Args:
        enrolment_id (UUID): Vocational enrolment id.
        if_match (None | str | Unset): Required to change what is already recorded.
        body (EnrolmentCompletion | Unset): The trainer's assessment of the skills learnt,
            recorded at completion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VocationalEnrolmentPublic
    """

    return (
        await asyncio_detailed(
            enrolment_id=enrolment_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
