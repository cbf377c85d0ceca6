"""Attendance of vocational programmes, pushed in batches by staff or the provider's system:
the same idempotent upsert, rules and outcomes as the training attendance sync."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import programme_condition
from app.bulk import insert_rows
from app.config import Settings
from app.errors import NotFound
from app.models.base import utcnow
from app.models.vocational import VocationalAttendance, VocationalEnrolment, VocationalProgramme
from app.principal import Actor
from app.schemas.training import RejectionReason, SyncCounts, SyncOutcome
from app.schemas.vocational import (
    VocationalAttendanceRecord,
    VocationalEnrolmentStatus,
    VocationalRecordResult,
    VocationalSyncResult,
)
from app.security import subject_ref
from app.services.attendance import BatchRejected, Options
from app.services.attendance_rules import EPSILON, hours_attended, parse_records
from app.services.audit import event_values, record_events

# Enrolments whose attendance may be recorded: a completed one may still get its last days.
RECORDED = frozenset(
    {VocationalEnrolmentStatus.enrolled.value, VocationalEnrolmentStatus.completed.value}
)


class _Outcomes:
    def __init__(self) -> None:
        self.results: dict[int, VocationalRecordResult] = {}
        self.counts = SyncCounts()

    def reject(self, index: int, reason: RejectionReason, message: str) -> None:
        self.results[index] = VocationalRecordResult(
            index=index,
            outcome=SyncOutcome.rejected,
            reason=reason,
            message=message,
            enrolment_id=None,
            attendance_id=None,
        )
        self.counts.rejected += 1

    def accept(
        self, index: int, outcome: SyncOutcome, enrolment_id: uuid.UUID, attendance_id: uuid.UUID
    ) -> None:
        self.results[index] = VocationalRecordResult(
            index=index,
            outcome=outcome,
            reason=None,
            message=None,
            enrolment_id=enrolment_id,
            attendance_id=attendance_id,
        )
        setattr(self.counts, outcome.value, getattr(self.counts, outcome.value) + 1)

    def result(self, options: Options, written: bool) -> VocationalSyncResult:
        return VocationalSyncResult(
            dry_run=options.dry_run,
            atomic=options.atomic,
            written=written,
            counts=self.counts,
            results=[self.results[index] for index in sorted(self.results)],
        )


def _days(programme: VocationalProgramme) -> set[date]:
    count = (programme.end_date - programme.start_date).days + 1
    return {programme.start_date + timedelta(days=offset) for offset in range(count)}


async def sync_programme(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    programme_id: uuid.UUID,
    raw_records: Sequence[Any],
    options: Options,
) -> VocationalSyncResult:
    """Upsert up to 5,000 records of the programme, under its row lock: staff of its
    facility, or its provider (who names inmates by their `subject_ref`)."""
    programme = (
        await session.exec(
            select(VocationalProgramme)
            .where(VocationalProgramme.id == programme_id, programme_condition(actor))
            .with_for_update()
        )
    ).first()
    if programme is None:
        raise NotFound("No vocational programme with this id.")
    outcomes = _Outcomes()
    records = parse_records(VocationalAttendanceRecord, raw_records, outcomes.reject)
    enrolments = (
        await session.exec(
            select(VocationalEnrolment).where(VocationalEnrolment.programme_id == programme.id)
        )
    ).all()
    by_id = {enrolment.id: enrolment for enrolment in enrolments}
    by_ref = (
        {subject_ref(settings, actor.organisation_id, e.inmate_id): e for e in enrolments}
        if actor.organisation_scoped and actor.organisation_id is not None
        else {}
    )
    existing = {
        (row.enrolment_id, row.day): row
        for row in (
            await session.exec(
                select(VocationalAttendance).where(
                    VocationalAttendance.programme_id == programme.id
                )
            )
        ).all()
    }
    days = _days(programme)
    seen: set[tuple[uuid.UUID, date]] = set()
    now = utcnow()
    source = actor.partner_organisation_id
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for index, record in records:
        enrolment = (
            by_id.get(record.enrolment_id)
            if record.enrolment_id is not None
            else by_ref.get(record.subject_ref or "")
        )
        if enrolment is None:
            outcomes.reject(
                index, RejectionReason.unknown_enrolment, "No enrolment of this programme."
            )
            continue
        if enrolment.status not in RECORDED:
            outcomes.reject(
                index, RejectionReason.not_enrolled, f"The enrolment is {enrolment.status}."
            )
            continue
        counted = hours_attended(
            record.day, record.status, record.hours, days, programme.hours_per_session
        )
        if isinstance(counted, tuple):
            outcomes.reject(index, *counted)
            continue
        key = (enrolment.id, record.day)
        if key in seen:
            outcomes.reject(
                index,
                RejectionReason.duplicate_in_batch,
                "An earlier record of the batch is for the same enrolment and day.",
            )
            continue
        seen.add(key)
        current = existing.get(key)
        status = record.status.value
        if current is None:
            attendance_id = uuid.uuid4()
            new_rows.append(
                {
                    "id": attendance_id,
                    "programme_id": programme.id,
                    "enrolment_id": enrolment.id,
                    "day": record.day,
                    "status": status,
                    "hours": counted,
                    "source_organisation_id": source,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            outcome = SyncOutcome.created
        elif current.status == status and abs(current.hours - counted) < EPSILON:
            attendance_id, outcome = current.id, SyncOutcome.unchanged
        else:
            attendance_id, outcome = current.id, SyncOutcome.updated
            changed_rows.append(
                {
                    "id": current.id,
                    "status": status,
                    "hours": counted,
                    "source_organisation_id": source,
                    "version": current.version + 1,
                    "updated_at": now,
                }
            )
        if outcome is not SyncOutcome.unchanged:
            events.append(
                event_values(
                    actor,
                    f"vocational_attendance.{outcome.value.removesuffix('d')}",
                    "vocational_attendance",
                    attendance_id,
                    {
                        "programme_id": str(programme.id),
                        "enrolment_id": str(enrolment.id),
                        "day": record.day.isoformat(),
                        "status": status,
                        "hours": counted,
                    },
                    now,
                )
            )
        outcomes.accept(index, outcome, enrolment.id, attendance_id)
    if options.dry_run or (options.atomic and outcomes.counts.rejected):
        await session.rollback()
        if options.dry_run:
            return outcomes.result(options, written=False)
        rejected = [r for r in outcomes.result(options, False).results if r["reason"]]
        raise BatchRejected(
            f"{len(rejected)} record(s) rejected; nothing was written (atomic batch).",
            extra={
                "counts": outcomes.counts.model_dump(),
                "rejected": [
                    {"index": r["index"], "reason": r["reason"], "message": r["message"]}
                    for r in rejected
                ],
            },
        )
    await insert_rows(session, VocationalAttendance, new_rows)
    if changed_rows:
        await session.exec(update(VocationalAttendance), params=changed_rows)
    events.append(
        event_values(
            actor,
            "vocational_attendance.sync",
            "vocational_programme",
            programme.id,
            {"records": len(outcomes.results), **outcomes.counts.model_dump()},
            now,
        )
    )
    await record_events(session, events)
    await session.commit()
    return outcomes.result(options, written=bool(new_rows or changed_rows))
