"""HTTP routes of training participants."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.access import participant_view
from app.db import SessionDep
from app.deps import (
    ExpectedVersion,
    ParticipantID,
    RetrySafeCreateDep,
    TrainingRead,
    TrainingWrite,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.training import (
    ParticipantCategory,
    ParticipantCreate,
    ParticipantPage,
    ParticipantPublic,
    ParticipantRestricted,
    ParticipantUpdate,
)
from app.services import participants

router = APIRouter(
    prefix="/participants", tags=["participants"], responses=problem_responses(401, 403)
)

ParticipantView = ParticipantPublic | ParticipantRestricted


@router.get("", name="list", response_model=ParticipantPage, responses=problem_responses(400, 422))
async def list_participants(
    actor: TrainingRead,
    session: SessionDep,
    page: PageDep,
    category: Annotated[ParticipantCategory | None, Query(description="Only of this kind.")] = None,
    external_id: Annotated[
        str | None, Query(max_length=100, description="Only the one with this external id.")
    ] = None,
    facility_id: Annotated[
        uuid.UUID | None, Query(description="Only staff of this prison.")
    ] = None,
) -> ParticipantPage:
    """List participants, oldest first: a partner sees those it registered and those of the
    administration enrolled in its sessions. Contact details only for those who manage them."""
    rows, next_cursor = await participants.list_participants(
        session, actor, page, category=category, external_id=external_id, facility_id=facility_id
    )
    return ParticipantPage(
        items=[participant_view(actor, row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=ParticipantPublic,
    responses={
        200: {"model": ParticipantPublic, "description": "The record already existed with this id"},
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_participant(
    actor: TrainingWrite, body: ParticipantCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Register a participant. A partner's participants belong to it, and its `external_id`
    names them in attendance batches. Retry-safe with `Idempotency-Key` or a client-chosen `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: participants.create_participant(
            retry_safe.session, actor, body, default_id
        ),
        ParticipantPublic.model_validate,
    )


@router.get(
    "/{participant_id}",
    name="get",
    response_model=ParticipantView,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_participant(
    actor: TrainingRead, participant_id: ParticipantID, session: SessionDep, request: Request
) -> Response:
    """One participant, with its `ETag`. The read is audited."""
    participant = await participants.read_participant(session, actor, participant_id)
    return record_response(
        participant_view(actor, participant), version=participant.version, request=request
    )


@router.patch(
    "/{participant_id}",
    name="update",
    response_model=ParticipantPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_participant(
    actor: TrainingWrite,
    participant_id: ParticipantID,
    body: ParticipantUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change a participant: a partner those it registered, staff the administration's.
    Requires `If-Match`."""
    participant = await participants.update_participant(
        session, actor, participant_id, body, version
    )
    return record_response(
        ParticipantPublic.model_validate(participant), version=participant.version
    )
