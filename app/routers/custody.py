"""HTTP routes of custody: legal status, transfers, placements and the intake checklist."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    EmergencyReview,
    InmateID,
    InmatesRead,
    InmatesWrite,
    IntakeWrite,
    OptionalVersion,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.custody import (
    INTAKE_ORDER,
    EpisodePublic,
    IntakePublic,
    IntakeStepCode,
    IntakeStepPublic,
    IntakeStepRecord,
    IntakeStepWrite,
    IntakeSummary,
    IntakeSummaryPage,
    LegalStatusCreate,
    LegalStatusPublic,
    OccupantPublic,
    PlacementCreate,
    PlacementPublic,
    ReadmissionCreate,
    SubjectFilePublic,
    TransferCreate,
    TransferPublic,
)
from app.schemas.emergency import EmergencyAccessPage, EmergencyAccessPublic, EmergencyAccessRequest
from app.schemas.inmate import InmatePublic
from app.services import custody, emergency
from app.services.subject_file import assemble_file

router = APIRouter(tags=["custody"], responses=problem_responses(401, 403))

WRITE_PROBLEMS = problem_responses(404, 409, 413, 415, 422)


@router.get(
    "/inmates/{inmate_id}/legal-statuses",
    name="legal_statuses_list",
    response_model=list[LegalStatusPublic],
    responses=problem_responses(404, 422),
)
async def legal_statuses(
    actor: InmatesRead, inmate_id: InmateID, session: SessionDep
) -> list[LegalStatusPublic]:
    """The legal status history, oldest first."""
    entries = await custody.legal_status_history(session, actor, inmate_id)
    return [LegalStatusPublic.model_validate(entry) for entry in entries]


@router.post(
    "/inmates/{inmate_id}/legal-statuses",
    name="legal_statuses_create",
    status_code=201,
    response_model=LegalStatusPublic,
    responses=WRITE_PROBLEMS,
)
async def add_legal_status(
    actor: InmatesWrite, inmate_id: InmateID, body: LegalStatusCreate, session: SessionDep
) -> LegalStatusPublic:
    """Record a change of legal status. Dates never go backwards; `released` (or
    `transferred` out of custody) ends the placement and the custody episode."""
    entry = await custody.add_legal_status(session, actor, inmate_id, body)
    return LegalStatusPublic.model_validate(entry)


@router.get(
    "/inmates/{inmate_id}/transfers",
    name="transfers_list",
    response_model=list[TransferPublic],
    responses=problem_responses(404, 422),
)
async def transfers(
    actor: InmatesRead, inmate_id: InmateID, session: SessionDep
) -> list[TransferPublic]:
    """Transfers between facilities, oldest first."""
    rows = await custody.transfer_history(session, actor, inmate_id)
    return [TransferPublic.model_validate(row) for row in rows]


@router.post(
    "/inmates/{inmate_id}/transfers",
    name="transfers_create",
    status_code=201,
    response_model=TransferPublic,
    responses=WRITE_PROBLEMS,
)
async def transfer(
    actor: InmatesWrite, inmate_id: InmateID, body: TransferCreate, session: SessionDep
) -> TransferPublic:
    """Move an inmate to another facility; from then on only that facility's staff see it."""
    row = await custody.transfer_inmate(session, actor, inmate_id, body)
    return TransferPublic.model_validate(row)


@router.get(
    "/inmates/{inmate_id}/placements",
    name="placements_history",
    response_model=list[PlacementPublic],
    responses=problem_responses(404, 422),
)
async def placements(
    actor: InmatesRead, inmate_id: InmateID, session: SessionDep
) -> list[PlacementPublic]:
    """Where the inmate was housed, oldest first; the open one has no `end_date`."""
    rows = await custody.placement_history(session, actor, inmate_id)
    return [PlacementPublic.model_validate(row) for row in rows]


@router.post(
    "/inmates/{inmate_id}/placements",
    name="placements_create",
    status_code=201,
    response_model=PlacementPublic,
    responses=WRITE_PROBLEMS,
)
async def place(
    actor: InmatesWrite, inmate_id: InmateID, body: PlacementCreate, session: SessionDep
) -> PlacementPublic:
    """House the inmate in a unit and cell, ending the current placement. Refused (409
    `keep_apart`) when someone in that cell must be kept apart from this inmate."""
    row = await custody.place_inmate(session, actor, inmate_id, body)
    return PlacementPublic.model_validate(row)


@router.get(
    "/placements",
    name="placements_occupants",
    response_model=list[OccupantPublic],
    responses=problem_responses(404, 422),
)
async def occupants(
    actor: InmatesRead,
    session: SessionDep,
    facility_id: Annotated[uuid.UUID, Query()],
    unit: Annotated[str | None, Query(max_length=50)] = None,
    cell: Annotated[str | None, Query(max_length=50)] = None,
) -> list[OccupantPublic]:
    """Who is housed where now in a facility, by unit and cell."""
    rows = await custody.cell_occupants(session, actor, facility_id, unit, cell)
    return [OccupantPublic.from_parts(row.placement, row.inmate) for row in rows]


@router.get(
    "/inmates/{inmate_id}/intake",
    name="intake_get",
    response_model=IntakePublic,
    responses=problem_responses(404, 422),
)
async def intake(actor: InmatesRead, inmate_id: InmateID, session: SessionDep) -> IntakePublic:
    """The intake checklist of the current custody episode: steps done and missing."""
    state = await custody.intake_state(session, actor, inmate_id)
    return IntakePublic(
        inmate_id=state.inmate.id,
        episode_id=state.episode.id,
        admission_date=state.episode.admission_date,
        steps=[IntakeStepPublic.model_validate(step) for step in state.steps],
        missing=state.missing,
        complete=not state.missing,
    )


@router.put(
    "/inmates/{inmate_id}/intake/steps/{step}",
    name="intake_steps_put",
    response_model=IntakeStepPublic,
    responses={
        201: {"model": IntakeStepPublic, "description": "Step recorded"},
        **problem_responses(404, 409, 412, 413, 415, 422, 428),
    },
)
async def record_step(
    actor: IntakeWrite,
    inmate_id: InmateID,
    step: Annotated[IntakeStepCode, Path()],
    body: IntakeStepWrite,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Record a step, done by the caller at `completed_at`. Sending the same step again is
    harmless (offline tablets); changing a recorded step needs `If-Match`."""
    row, created = await custody.record_intake_step(session, actor, inmate_id, step, body, version)
    return record_response(
        IntakeStepPublic.model_validate(row),
        version=row.version,
        status_code=201 if created else 200,
    )


@router.get(
    "/intakes",
    name="intakes_list",
    response_model=IntakeSummaryPage,
    responses=problem_responses(400, 404, 422),
)
async def intakes(
    actor: InmatesRead,
    session: SessionDep,
    page: PageDep,
    facility_id: Annotated[uuid.UUID | None, Query()] = None,
    incomplete: Annotated[bool, Query(description="Only intakes with steps missing.")] = False,
) -> IntakeSummaryPage:
    """Intakes of inmates in custody, oldest first."""
    rows, next_cursor = await custody.intakes(
        session, actor, page, facility_id=facility_id, incomplete=incomplete
    )
    return IntakeSummaryPage(
        items=[
            IntakeSummary(
                inmate_id=inmate.id,
                facility_id=inmate.facility_id,
                prison_number=inmate.prison_number,
                admission_date=episode.admission_date,
                done=len(INTAKE_ORDER) - len(missing),
                missing=missing,
            )
            for inmate, episode, missing in rows
        ],
        next_cursor=next_cursor,
    )


@router.get(
    "/inmates/{inmate_id}/episodes",
    name="episodes_list",
    response_model=list[EpisodePublic],
    responses=problem_responses(404, 422),
)
async def list_episodes(
    actor: InmatesRead, inmate_id: InmateID, session: SessionDep
) -> list[EpisodePublic]:
    """Custody episodes, first admission first."""
    rows = await custody.episodes(session, actor, inmate_id)
    return [EpisodePublic.model_validate(row) for row in rows]


@router.post(
    "/inmates/{inmate_id}/episodes",
    name="episodes_create",
    status_code=201,
    response_model=EpisodePublic,
    responses=WRITE_PROBLEMS,
)
async def readmit(
    actor: InmatesWrite, inmate_id: InmateID, body: ReadmissionCreate, session: SessionDep
) -> EpisodePublic:
    """Re-admit a released person: a new custody episode of the same inmate (found with
    `POST /inmates/match`), never a second record. 409 `in_custody` if not released."""
    episode = await custody.readmit(session, actor, inmate_id, body)
    return EpisodePublic.model_validate(episode)


@router.get(
    "/inmates/{inmate_id}/file",
    name="file",
    response_model=SubjectFilePublic,
    responses=problem_responses(404, 422),
)
async def subject_file(
    actor: InmatesWrite, inmate_id: InmateID, session: SessionDep
) -> SubjectFilePublic:
    """The person's whole file — identity, episodes, statuses, transfers, placements,
    intake — to hand to them on request or at release. Audited."""
    assembled = await assemble_file(session, actor, inmate_id)
    return SubjectFilePublic(
        generated_at=assembled.generated_at,
        inmate=InmatePublic.model_validate(assembled.inmate),
        episodes=[EpisodePublic.model_validate(row) for row in assembled.episodes],
        legal_statuses=[LegalStatusPublic.model_validate(r) for r in assembled.legal_statuses],
        transfers=[TransferPublic.model_validate(row) for row in assembled.transfers],
        placements=[PlacementPublic.model_validate(row) for row in assembled.placements],
        intake_steps=[IntakeStepRecord.model_validate(row) for row in assembled.intake_steps],
    )


@router.post(
    "/inmates/{inmate_id}/emergency-access",
    name="emergency_access_create",
    status_code=201,
    response_model=EmergencyAccessPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def emergency_access(
    actor: InmatesRead, inmate_id: InmateID, body: EmergencyAccessRequest, session: SessionDep
) -> EmergencyAccessPublic:
    """Break the glass: read one record of another facility for three hours, with a
    written reason. Audited, and listed for the facility's supervisor and the auditor."""
    grant = await emergency.grant_emergency_access(session, actor, inmate_id, body.reason)
    return EmergencyAccessPublic.model_validate(grant)


@router.get(
    "/emergency-access",
    name="emergency_access_list",
    response_model=EmergencyAccessPage,
    responses=problem_responses(400, 422),
)
async def emergency_access_list(
    actor: EmergencyReview,
    session: SessionDep,
    page: PageDep,
    facility_id: Annotated[uuid.UUID | None, Query()] = None,
) -> EmergencyAccessPage:
    """Break-the-glass grants on records of the reviewer's facilities, oldest first."""
    rows, next_cursor = await emergency.list_grants(session, actor, page, facility_id=facility_id)
    return EmergencyAccessPage(
        items=[EmergencyAccessPublic.model_validate(r) for r in rows], next_cursor=next_cursor
    )
