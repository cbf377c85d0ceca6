"""HTTP routes of enrolments in vocational programmes and their lifecycle."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    OptionalVersion,
    SettingsDep,
    VocationalEnrolmentID,
    VocationalRead,
    VocationalWrite,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.vocational import (
    EnrolmentCompletion,
    EnrolmentEnd,
    EnrolmentRequest,
    FollowUpCreate,
    FollowUpPublic,
    VocationalEnrolmentPage,
    VocationalEnrolmentPartnerView,
    VocationalEnrolmentPublic,
    VocationalEnrolmentStatus,
)
from app.services import vocational_enrolments

router = APIRouter(
    prefix="/vocational-enrolments",
    tags=["vocational enrolments"],
    responses=problem_responses(401, 403),
)

# 428: If-Match missing where required, or `*` (refused even where If-Match is optional).
CHANGE_RESPONSES = problem_responses(404, 409, 412, 413, 415, 422, 428)


def _shape(enrolment: object) -> VocationalEnrolmentPublic:
    return VocationalEnrolmentPublic.model_validate(enrolment)


@router.get(
    "",
    name="list",
    response_model=VocationalEnrolmentPage,
    responses=problem_responses(400, 422),
)
async def list_enrolments(
    actor: VocationalRead,
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    programme_id: Annotated[uuid.UUID | None, Query(description="Of this programme.")] = None,
    inmate_id: Annotated[uuid.UUID | None, Query(description="Of this inmate.")] = None,
    status: Annotated[
        VocationalEnrolmentStatus | None, Query(description="Only in this status.")
    ] = None,
) -> VocationalEnrolmentPage:
    """Enrolments in the programmes of your facilities, oldest first; a programme's waiting
    list is `status=waitlisted`, in `waitlisted_at` order. A provider sees the enrolments
    of the programmes it runs, each inmate only as its pseudonymous `subject_ref`."""
    rows, next_cursor = await vocational_enrolments.list_enrolments(
        session, actor, page, programme_id=programme_id, inmate_id=inmate_id, status=status
    )
    if actor.organisation_scoped:
        views = await vocational_enrolments.partner_views(session, actor, settings, rows)
        return VocationalEnrolmentPage(items=views, next_cursor=next_cursor)
    return VocationalEnrolmentPage(items=[_shape(row) for row in rows], next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=VocationalEnrolmentPublic,
    responses={
        200: {"model": VocationalEnrolmentPublic, "description": "The inmate was already there"},
        **problem_responses(404, 409, 413, 415, 422),
    },
)
async def request_place(
    actor: VocationalWrite, body: EnrolmentRequest, session: SessionDep, request: Request
) -> Response:
    """Register an inmate's interest, or ask for a place (`status: enrolled`). The inmate's
    *current* classification, legal status and skills profile must meet the programme's
    rules (409 `not_eligible`, naming each failed rule); nobody in the group may be someone
    they are kept apart from (409 `keep_apart`). A full programme puts them on its waiting
    list (`waitlisted`)."""
    enrolment, created = await vocational_enrolments.request_place(session, actor, body)
    return record_response(
        _shape(enrolment),
        version=enrolment.version,
        status_code=201 if created else 200,
        location=f"{request.url.path.rstrip('/')}/{enrolment.id}",
    )


@router.get(
    "/{enrolment_id}",
    name="get",
    response_model=VocationalEnrolmentPublic | VocationalEnrolmentPartnerView,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_enrolment(
    actor: VocationalRead,
    settings: SettingsDep,
    enrolment_id: VocationalEnrolmentID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One enrolment, with its `ETag` (a provider: its pseudonymous view)."""
    enrolment = await vocational_enrolments.get_enrolment(session, actor, enrolment_id)
    if actor.organisation_scoped:
        (view,) = await vocational_enrolments.partner_views(session, actor, settings, [enrolment])
        return record_response(view, version=enrolment.version, request=request)
    return record_response(_shape(enrolment), version=enrolment.version, request=request)


@router.post(
    "/{enrolment_id}/enrol",
    name="enrol",
    response_model=VocationalEnrolmentPublic,
    responses=CHANGE_RESPONSES,
)
async def enrol(
    actor: VocationalWrite,
    enrolment_id: VocationalEnrolmentID,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Ask for a place for an interested or suspended inmate, with the same rules as a new
    request (`If-Match` checked when sent)."""
    enrolment = await vocational_enrolments.enrol(session, actor, enrolment_id, version)
    return record_response(_shape(enrolment), version=enrolment.version)


@router.post(
    "/{enrolment_id}/complete",
    name="complete",
    response_model=VocationalEnrolmentPublic,
    responses=CHANGE_RESPONSES,
)
async def complete(
    actor: VocationalWrite,
    enrolment_id: VocationalEnrolmentID,
    version: OptionalVersion,
    session: SessionDep,
    body: EnrolmentCompletion | None = None,
) -> Response:
    """Mark an enrolled inmate's programme completed, with the trainer's `final_assessment`
    of the skills learnt; the enrolment gets a certificate number
    (`VOC-<programme id>-<rank>`), and the seat goes to the first eligible inmate on the
    waiting list."""
    enrolment = await vocational_enrolments.end(
        session,
        actor,
        enrolment_id,
        VocationalEnrolmentStatus.completed,
        None,
        version,
        final_assessment=body.final_assessment if body else None,
    )
    return record_response(_shape(enrolment), version=enrolment.version)


@router.post(
    "/{enrolment_id}/drop",
    name="drop",
    response_model=VocationalEnrolmentPublic,
    responses=CHANGE_RESPONSES,
)
async def drop(
    actor: VocationalWrite,
    enrolment_id: VocationalEnrolmentID,
    body: EnrolmentEnd,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Drop an enrolment, with the reason; a freed seat is given to the waiting list."""
    enrolment = await vocational_enrolments.end(
        session, actor, enrolment_id, VocationalEnrolmentStatus.dropped, body.reason, version
    )
    return record_response(_shape(enrolment), version=enrolment.version)


@router.post(
    "/{enrolment_id}/suspend",
    name="suspend",
    response_model=VocationalEnrolmentPublic,
    responses=CHANGE_RESPONSES,
)
async def suspend(
    actor: VocationalWrite,
    enrolment_id: VocationalEnrolmentID,
    body: EnrolmentEnd,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Suspend an enrolment, with the reason; a freed seat is given to the waiting list.
    A suspended inmate may ask for a place again (`/enrol`)."""
    enrolment = await vocational_enrolments.end(
        session, actor, enrolment_id, VocationalEnrolmentStatus.suspended, body.reason, version
    )
    return record_response(_shape(enrolment), version=enrolment.version)


@router.get(
    "/{enrolment_id}/follow-ups",
    name="list_follow_ups",
    response_model=list[FollowUpPublic],
    responses=problem_responses(404, 422),
)
async def list_follow_ups(
    actor: VocationalRead, enrolment_id: VocationalEnrolmentID, session: SessionDep
) -> list[FollowUpPublic]:
    """The contacts recorded after the person's release, 3, 6 and 12 months on."""
    rows = await vocational_enrolments.follow_ups(session, actor, enrolment_id)
    return [FollowUpPublic.model_validate(row) for row in rows]


@router.post(
    "/{enrolment_id}/follow-ups",
    name="create_follow_up",
    status_code=201,
    response_model=FollowUpPublic,
    responses=problem_responses(404, 409, 413, 415, 422),
)
async def create_follow_up(
    actor: VocationalWrite,
    enrolment_id: VocationalEnrolmentID,
    body: FollowUpCreate,
    session: SessionDep,
) -> FollowUpPublic:
    """Record a contact 3, 6 or 12 months after release: employment status, whether the
    person uses the trade, notes. Only once released (409 `not_released`); one record for
    each of the three (409 `duplicate_value`)."""
    follow_up = await vocational_enrolments.record_follow_up(session, actor, enrolment_id, body)
    return FollowUpPublic.model_validate(follow_up)
