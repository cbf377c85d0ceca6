"""HTTP routes of synchronisation: partners' systems push records of many sessions at once;
tablets pull what changed since their last pull."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BeforeValidator

from app.db import SessionDep
from app.deps import Atomic, AttendanceSync, DryRun, InmatesRead, MetricsDep, model_response
from app.errors import problem_responses
from app.pagination import ChangesDep
from app.schemas.sync import ChangeFeed, SyncType
from app.schemas.training import SessionAttendanceBatch, SyncResult
from app.services import attendance, changes


def _comma_separated(value: object) -> object:
    """`types=inmates,intake` as well as `types=inmates&types=intake`."""
    if isinstance(value, list):
        return [part.strip() for item in value for part in str(item).split(",") if part.strip()]
    return value


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
    metrics: MetricsDep,
    atomic: Atomic = False,
    dry_run: DryRun = False,
) -> Response:
    """Upsert up to 5,000 attendance records of several sessions, each naming its session
    by id or by your `session_external_id`. The same rules and outcomes as
    `PUT /training-sessions/{id}/attendance`; a record for a session you do not organise is
    `rejected` (`unknown_session`) and never written."""
    metrics.observe_sync_batch("attendance", len(body.records))
    result = await attendance.sync_many(
        session,
        actor,
        body.records,
        attendance.Options(body.create_participants, atomic=atomic, dry_run=dry_run),
    )
    return model_response(result)


@router.get(
    "/changes",
    name="changes",
    response_model=ChangeFeed,
    responses=problem_responses(400, 422),
)
async def pull_changes(
    actor: InmatesRead,
    session: SessionDep,
    request: ChangesDep,
    metrics: MetricsDep,
    types: Annotated[
        list[SyncType] | None,
        BeforeValidator(_comma_separated),
        Query(
            description="Kinds of records (repeat, or comma-separated); all you may read "
            "when absent. One your access does not cover is refused (403)."
        ),
    ] = None,
) -> ChangeFeed:
    """Every record created, changed or removed from your view since `since`, in commit
    order, among the facilities you work in: pull until `has_more` is false and keep
    `next_cursor` for the next pull. Paging never skips or repeats a change, whatever is
    written meanwhile. See docs/offline-sync.md."""
    feed = await changes.changes_since(session, actor, request, types)
    metrics.observe_sync_batch("changes", len(feed.entries))
    return ChangeFeed(items=feed.entries, next_cursor=feed.cursor, has_more=feed.has_more)
