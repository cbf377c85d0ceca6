"""HTTP routes partners' systems use to push records of many sessions at once."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import Atomic, AttendanceSync, DryRun, model_response
from app.errors import problem_responses
from app.schemas.training import SessionAttendanceBatch, SyncResult
from app.services import attendance

router = APIRouter(prefix="/sync", tags=["sync"], responses=problem_responses(401, 403))


@router.post(
    "/attendance",
    name="attendance",
    response_model=SyncResult,
    responses=problem_responses(413, 415, 422),
)
async def sync_attendance(
    actor: AttendanceSync,
    body: SessionAttendanceBatch,
    session: SessionDep,
    atomic: Atomic = False,
    dry_run: DryRun = False,
) -> Response:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written."""
    result = await attendance.sync_many(
        session,
        actor,
        body.records,
        attendance.Options(body.create_participants, atomic=atomic, dry_run=dry_run),
    )
    return model_response(result)
