"""HTTP routes of community dialogue sessions."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    DialogueRead,
    DialogueSessionID,
    ExpectedVersion,
    OptionalVersion,
    RetrySafeCreateDep,
    SettingsDep,
    VisitsWrite,
    record_response,
)
from app.errors import problem_responses
from app.models.visit import DialogueSession
from app.pagination import PageDep
from app.principal import Actor
from app.schemas.visit import (
    DialogueOutcome,
    DialogueSessionCreate,
    DialogueSessionPage,
    DialogueSessionPartnerView,
    DialogueSessionPublic,
    DialogueSessionUpdate,
    DialogueStatus,
    VisitReason,
)
from app.services import dialogue_sessions
from app.services.dialogue_sessions import session_views

router = APIRouter(
    prefix="/dialogue-sessions",
    tags=["dialogue sessions"],
    responses=problem_responses(401, 403),
)

# 428: If-Match missing where required, or `*` (refused even where If-Match is optional).
CHANGE_RESPONSES = problem_responses(404, 409, 412, 413, 415, 422, 428)
SessionView = DialogueSessionPublic | DialogueSessionPartnerView


async def _respond(
    session: SessionDep,
    actor: Actor,
    settings: SettingsDep,
    dialogue: DialogueSession,
    request: Request | None = None,
) -> Response:
    (view,) = await session_views(session, actor, settings, [dialogue])
    return record_response(view, version=dialogue.version, request=request)


@router.get(
    "",
    name="list",
    response_model=DialogueSessionPage,
    responses=problem_responses(400, 404, 422),
)
async def list_sessions(
    actor: DialogueRead,
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    facility_id: Annotated[uuid.UUID | None, Query(description="In this prison.")] = None,
    status: Annotated[DialogueStatus | None, Query(description="Only in this status.")] = None,
    inmate_id: Annotated[
        uuid.UUID | None, Query(description="Only those this inmate takes part in (staff).")
    ] = None,
) -> DialogueSessionPage:
    """Dialogue sessions in your facilities, oldest first; a partner sees those its
    organisation facilitates, each inmate only as its pseudonymous `subject_ref`."""
    rows, next_cursor = await dialogue_sessions.list_sessions(
        session, actor, page, facility_id=facility_id, status=status, inmate_id=inmate_id
    )
    views = await session_views(session, actor, settings, rows)
    return DialogueSessionPage(items=views, next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=DialogueSessionPublic,
    responses={
        200: {
            "model": DialogueSessionPublic,
            "description": "The record already existed with this id",
        },
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_session(
    actor: VisitsWrite,
    body: DialogueSessionCreate,
    settings: SettingsDep,
    retry_safe: RetrySafeCreateDep,
) -> Response:
    """Organise a dialogue session in one of your facilities, with inmates held there and
    community or religious leaders. Each person passes the rules of a visit (409
    `inmate_not_held`, `visit_restricted` for activity `dialogue`, `visitor_kind`,
    `visitor_banned`, `visitor_not_vetted`, `visit_overlap`), and no two inmates kept
    apart may take part (409 `keep_apart`); nothing is written on a refusal. Retry-safe
    with `Idempotency-Key` or a client-chosen `id`."""

    async def shape(dialogue: DialogueSession) -> SessionView:
        (view,) = await session_views(retry_safe.session, actor, settings, [dialogue])
        return view

    return await retry_safe.run(
        actor,
        lambda default_id: dialogue_sessions.create_session(
            retry_safe.session, actor, body, default_id
        ),
        shape,
    )


@router.get(
    "/{dialogue_id}",
    name="get",
    response_model=SessionView,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_session(
    actor: DialogueRead,
    dialogue_id: DialogueSessionID,
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
) -> Response:
    """One session with its line-up and its `ETag`."""
    dialogue = await dialogue_sessions.get_session(session, actor, dialogue_id)
    return await _respond(session, actor, settings, dialogue, request)


@router.patch(
    "/{dialogue_id}",
    name="update",
    response_model=DialogueSessionPublic,
    responses=CHANGE_RESPONSES,
)
async def update_session(
    actor: VisitsWrite,
    dialogue_id: DialogueSessionID,
    body: DialogueSessionUpdate,
    version: ExpectedVersion,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """Change a planned session: topic, time, facilitator, notes, or the line-up
    (`inmate_ids`, `leader_ids` replace the lists), with every rule checked again.
    Requires `If-Match`."""
    dialogue = await dialogue_sessions.update_session(session, actor, dialogue_id, body, version)
    return await _respond(session, actor, settings, dialogue)


@router.post(
    "/{dialogue_id}/outcome",
    name="record_outcome",
    response_model=DialogueSessionPublic,
    responses=CHANGE_RESPONSES,
)
async def record_outcome(
    actor: VisitsWrite,
    dialogue_id: DialogueSessionID,
    body: DialogueOutcome,
    version: OptionalVersion,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """The session was held: its outcome notes. It counts as a contact of every inmate in
    it (their `last_visit_on`). Not before it starts (409 `visit_state`)."""
    dialogue = await dialogue_sessions.record_outcome(
        session, actor, dialogue_id, body.outcome_notes, version
    )
    return await _respond(session, actor, settings, dialogue)


@router.post(
    "/{dialogue_id}/cancel",
    name="cancel",
    response_model=DialogueSessionPublic,
    responses=CHANGE_RESPONSES,
)
async def cancel_session(
    actor: VisitsWrite,
    dialogue_id: DialogueSessionID,
    body: VisitReason,
    version: OptionalVersion,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """Cancel a planned session, with the reason."""
    dialogue = await dialogue_sessions.cancel_session(
        session, actor, dialogue_id, body.reason, version
    )
    return await _respond(session, actor, settings, dialogue)
