"""Attendance: the batches partners and staff push (the pulls of what changed are in
``enrolments``).

A batch is one idempotent upsert per session, worked out with a few set-based reads and
written with a few multi-row statements: never a query per record. Each session's row is
locked for the batch, so that two systems syncing overlapping batches queue instead of
duplicating or overwriting each other's rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import and_, or_, update
from sqlalchemy import select as select_columns
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import participant_condition, records_attendance, training_session_condition
from app.bulk import insert_rows
from app.errors import DomainError
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.training import (
    Participant,
    TrainingAttendance,
    TrainingEnrolment,
    TrainingSession,
)
from app.principal import Actor
from app.schemas.training import (
    AttendanceRecord,
    EnrolmentStatus,
    RecordResult,
    RejectionReason,
    SessionAttendanceRecord,
    SyncCounts,
    SyncOutcome,
    SyncResult,
    TrainingStatus,
    session_days,
)
from app.services.attendance_rules import EPSILON, hours_attended, parse_records
from app.services.audit import event_values, record_events
from app.services.participants import lock_registrations, owned_by, owner_of_new
from app.services.training_completion import (
    accreditation,
    certificate_number,
    completion_of,
    session_certifications,
)
from app.services.training_sessions import (
    organisers_of,
    seats_left,
    session_for_attendance,
)

RecordT = TypeVar("RecordT", bound=AttendanceRecord)
# The participant of a record not yet resolved.
_UNRESOLVED = uuid.UUID(int=0)


_results = TypeAdapter(list[RecordResult])


@dataclass
class Counters:
    """A session's change number and certificate count, counted in plain integers while a
    batch is worked out and written back to its locked row once."""

    training: TrainingSession
    change_seq: int
    certificates: int

    @classmethod
    def of(cls, training: TrainingSession) -> Counters:
        return cls(training, training.change_seq, training.certificates_issued)

    def next_seq(self) -> int:
        self.change_seq += 1
        return self.change_seq

    def next_certificate(self) -> str:
        self.certificates += 1
        return certificate_number(self.training, self.certificates)

    def save(self) -> None:
        if self.change_seq != self.training.change_seq:
            self.training.change_seq = self.change_seq
        if self.certificates != self.training.certificates_issued:
            self.training.certificates_issued = self.certificates


class BatchRejected(DomainError):
    status, code = 422, "batch_rejected"


@dataclass
class Options:
    create_participants: bool = False
    atomic: bool = False
    dry_run: bool = False


@dataclass
class Entry:
    """One accepted-so-far record of a batch, on its way to an outcome."""

    index: int
    record: AttendanceRecord
    hours: float = 0.0
    participant_id: uuid.UUID = _UNRESOLVED


@dataclass
class KnownParticipant:
    id: uuid.UUID
    user_id: uuid.UUID | None
    new: dict[str, Any] | None = None
    used: bool = False


@dataclass
class Batch:
    """What one sync works out before it writes anything."""

    actor: Actor
    options: Options
    results: dict[int, RecordResult] = field(default_factory=dict)
    counts: SyncCounts = field(default_factory=SyncCounts)
    participants: dict[tuple[str, object], KnownParticipant] = field(default_factory=dict)
    new_enrolments: list[dict[str, Any]] = field(default_factory=list)
    new_attendance: list[dict[str, Any]] = field(default_factory=list)
    changed_attendance: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # One moment for the whole batch's audit events.
    started: datetime = field(default_factory=utcnow)

    def reject(
        self,
        entry_index: int,
        reason: RejectionReason,
        message: str,
        session_id: uuid.UUID | None = None,
    ) -> None:
        self.results[entry_index] = RecordResult(
            index=entry_index,
            outcome=SyncOutcome.rejected,
            reason=reason,
            message=message,
            session_id=session_id,
            participant_id=None,
            attendance_id=None,
        )
        self.counts.rejected += 1

    def accept(
        self,
        entry: Entry,
        outcome: SyncOutcome,
        session_id: uuid.UUID,
        attendance_id: uuid.UUID,
    ) -> None:
        self.results[entry.index] = RecordResult(
            index=entry.index,
            outcome=outcome,
            reason=None,
            message=None,
            session_id=session_id,
            participant_id=entry.participant_id,
            attendance_id=attendance_id,
        )
        setattr(self.counts, outcome.value, getattr(self.counts, outcome.value) + 1)

    def event(
        self, action: str, record_type: str, record_id: object, detail: dict[str, Any]
    ) -> None:
        self.events.append(
            event_values(self.actor, action, record_type, record_id, detail, self.started)
        )

    def outcome(self, written: bool) -> SyncResult:
        return SyncResult(
            dry_run=self.options.dry_run,
            atomic=self.options.atomic,
            written=written,
            counts=self.counts,
            results=[self.results[index] for index in sorted(self.results)],
        )


async def sync_session(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    raw_records: Sequence[Any],
    options: Options,
) -> SyncResult:
    """Upsert one session's attendance."""
    training, _ = await session_for_attendance(session, actor, session_id)
    batch = Batch(actor, options)
    entries = [
        Entry(index, record)
        for index, record in parse_records(AttendanceRecord, raw_records, batch.reject)
    ]
    await _plan_session(session, batch, training, entries)
    return await _finish(session, batch, training.id)


async def sync_many(
    session: AsyncSession, actor: Actor, raw_records: Sequence[Any], options: Options
) -> SyncResult:
    """Upsert attendance of several sessions; records for a session the caller may not
    record attendance for are rejected and never written."""
    batch = Batch(actor, options)
    parsed = parse_records(SessionAttendanceRecord, raw_records, batch.reject)
    sessions = await _sessions_for(session, actor, [record for _, record in parsed])
    grouped: dict[uuid.UUID, list[Entry]] = defaultdict(list)
    for index, record in parsed:
        key = record.session_id or record.session_external_id
        training = sessions.get(key)
        if training is None:
            batch.reject(
                index,
                RejectionReason.unknown_session,
                "No session you record attendance for has this reference.",
            )
            continue
        grouped[training.id].append(Entry(index, record))
    trainings = sorted(
        {training.id: training for training in sessions.values()}.values(), key=lambda t: t.id
    )
    for training in trainings:
        if training.id in grouped:
            await _plan_session(session, batch, training, grouped[training.id])
    return await _finish(session, batch, None)


async def _sessions_for(
    session: AsyncSession, actor: Actor, records: Sequence[SessionAttendanceRecord]
) -> dict[object, TrainingSession]:
    """The sessions the records name that the caller records attendance for, locked in id
    order (so that concurrent batches never deadlock), keyed by id and external id."""
    ids = {record.session_id for record in records if record.session_id is not None}
    external_ids = {
        record.session_external_id for record in records if record.session_external_id is not None
    }
    if not ids and not external_ids:
        return {}
    named: ColumnElement[bool] = col(TrainingSession.id).in_(ids)
    organiser = actor.organisation_id
    if external_ids and organiser is not None:
        named = or_(
            named,
            and_(
                col(TrainingSession.organiser_organisation_id) == organiser,
                col(TrainingSession.external_id).in_(external_ids),
            ),
        )
    found = (
        await session.exec(
            select(TrainingSession)
            .where(named, training_session_condition(actor))
            .order_by(col(TrainingSession.id))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).all()
    organisers = await organisers_of(session, [training.id for training in found])
    keyed: dict[object, TrainingSession] = {}
    for training in found:
        if not records_attendance(actor, training, organisers[training.id].all):
            continue
        if training.id in ids:
            keyed[training.id] = training
        if training.external_id in external_ids and training.organiser_organisation_id == organiser:
            keyed[training.external_id] = training
    return keyed


async def _plan_session(
    session: AsyncSession, batch: Batch, training: TrainingSession, entries: list[Entry]
) -> None:
    if training.status == TrainingStatus.cancelled.value:
        for entry in entries:
            batch.reject(
                entry.index,
                RejectionReason.session_cancelled,
                "The session is cancelled.",
                training.id,
            )
        return
    entries = _check_days_and_hours(batch, training, entries)
    entries = await _resolve_participants(session, batch, training, entries)
    entries = _drop_duplicates(batch, training, entries)
    entries, scores = _scores(batch, training, entries)
    enrolments = await _enrolments(session, batch, training, entries)
    entries = [entry for entry in entries if entry.participant_id in enrolments]
    attendance = await _attendance_of(session, training, {e.participant_id for e in entries})
    counters = Counters.of(training)
    _plan_attendance(batch, counters, entries, attendance)
    await _plan_completion(session, batch, counters, entries, enrolments, attendance, scores)
    counters.save()


def _check_days_and_hours(
    batch: Batch, training: TrainingSession, entries: list[Entry]
) -> list[Entry]:
    days = set(session_days(training.start_date, training.end_date, training.excluded_days))
    kept = []
    for entry in entries:
        record = entry.record
        counted = hours_attended(
            record.day, record.status, record.hours, days, training.hours_per_day
        )
        if isinstance(counted, tuple):
            batch.reject(entry.index, *counted, training.id)
            continue
        entry.hours = counted
        kept.append(entry)
    return kept


async def _resolve_participants(
    session: AsyncSession, batch: Batch, training: TrainingSession, entries: list[Entry]
) -> list[Entry]:
    """Find each record's participant, registering unknown ones when asked."""
    actor = batch.actor
    owner = owner_of_new(actor)
    wanted_ids = {
        e.record.participant_id
        for e in entries
        if e.record.participant_id is not None
        and ("id", e.record.participant_id) not in batch.participants
    }
    wanted_external = {
        e.record.participant_external_id
        for e in entries
        if e.record.participant_external_id is not None
        and ("external", e.record.participant_external_id) not in batch.participants
    }
    if wanted_ids:
        rows = await session.exec(
            select(Participant.id, Participant.user_id).where(
                col(Participant.id).in_(wanted_ids), participant_condition(actor)
            )
        )
        for participant_id, user_id in rows:
            batch.participants[("id", participant_id)] = KnownParticipant(participant_id, user_id)
    await _find_external(session, batch, owner, wanted_external)
    unknown = {key for key in wanted_external if ("external", key) not in batch.participants}
    if unknown and batch.options.create_participants:
        # Batches of other sessions may register the same people: they queue, and look
        # again once their turn comes, so that an external id names one participant.
        await lock_registrations(session, owner)
        await _find_external(session, batch, owner, unknown)
    facilities = await _known_facilities(session, entries)
    kept = []
    now = utcnow()
    for entry in entries:
        record = entry.record
        key: tuple[str, object] = (
            ("id", record.participant_id)
            if record.participant_id is not None
            else ("external", record.participant_external_id)
        )
        known = batch.participants.get(key)
        if (
            known is None
            and key[0] == "external"
            and batch.options.create_participants
            and record.participant is not None
        ):
            details = record.participant
            if details.facility_id not in facilities:
                batch.reject(
                    entry.index,
                    RejectionReason.invalid_record,
                    "participant.facility_id: unknown facility",
                    training.id,
                )
                continue
            new_id = uuid.uuid4()
            known = KnownParticipant(
                new_id,
                None,
                new={
                    **details.model_dump(),
                    "id": new_id,
                    "category": details.category.value,
                    "sex": details.sex.value if details.sex else None,
                    "organisation_id": owner,
                    "external_id": record.participant_external_id,
                    "user_id": None,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            batch.participants[key] = known
        if known is None:
            batch.reject(
                entry.index,
                RejectionReason.unknown_participant,
                "No participant of yours has this reference"
                + ("" if key[0] == "id" else "; send `participant` and create_participants"),
                training.id,
            )
            continue
        entry.participant_id = known.id
        kept.append(entry)
    return kept


async def _find_external(
    session: AsyncSession, batch: Batch, owner: uuid.UUID | None, external_ids: set[str]
) -> None:
    if not external_ids:
        return
    rows = await session.exec(
        select(Participant.id, Participant.user_id, Participant.external_id).where(
            owned_by(owner), col(Participant.external_id).in_(external_ids)
        )
    )
    for participant_id, user_id, external_id in rows:
        batch.participants[("external", external_id)] = KnownParticipant(participant_id, user_id)


async def _known_facilities(session: AsyncSession, entries: list[Entry]) -> set[uuid.UUID | None]:
    """The facilities the records' new participants name that exist (and None: no facility)."""
    named = {
        entry.record.participant.facility_id
        for entry in entries
        if entry.record.participant is not None and entry.record.participant.facility_id
    }
    known: set[uuid.UUID | None] = {None}
    if named:
        known |= set(
            (await session.exec(select(Facility.id).where(col(Facility.id).in_(named)))).all()
        )
    return known


def _drop_duplicates(batch: Batch, training: TrainingSession, entries: list[Entry]) -> list[Entry]:
    seen: set[tuple[uuid.UUID | None, date]] = set()
    kept = []
    for entry in entries:
        key = (entry.participant_id, entry.record.day)
        if key in seen:
            batch.reject(
                entry.index,
                RejectionReason.duplicate_in_batch,
                "An earlier record of the batch is for the same participant and day.",
                training.id,
            )
            continue
        seen.add(key)
        kept.append(entry)
    return kept


def _scores(
    batch: Batch, training: TrainingSession, entries: list[Entry]
) -> tuple[list[Entry], dict[uuid.UUID, dict[str, int]]]:
    """The test scores the batch gives each participant; a record contradicting an earlier
    one of the same batch is rejected."""
    given: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    kept = []
    for entry in entries:
        mine = {
            name: value
            for name in ("pre_test_score", "post_test_score")
            if (value := getattr(entry.record, name)) is not None
        }
        earlier = given[entry.participant_id]
        if any(earlier.get(name, value) != value for name, value in mine.items()):
            batch.reject(
                entry.index,
                RejectionReason.conflicting_scores,
                "An earlier record of the batch gives this participant other scores.",
                training.id,
            )
            continue
        earlier.update(mine)
        kept.append(entry)
    return kept, {participant_id: scores for participant_id, scores in given.items() if scores}


async def _enrolments(
    session: AsyncSession, batch: Batch, training: TrainingSession, entries: list[Entry]
) -> dict[uuid.UUID, TrainingEnrolment | dict[str, Any]]:
    """Each participant's enrolment, enrolling those who are not yet while seats remain.
    Records of withdrawn participants, and of those beyond capacity, are rejected."""
    participant_ids = list(dict.fromkeys(e.participant_id for e in entries if e.participant_id))
    existing = {
        enrolment.participant_id: enrolment
        for enrolment in (
            await session.exec(
                select(TrainingEnrolment).where(
                    TrainingEnrolment.session_id == training.id,
                    col(TrainingEnrolment.participant_id).in_(participant_ids),
                )
            )
        ).all()
    }
    seats = await seats_left(session, training)
    enrolments: dict[uuid.UUID, TrainingEnrolment | dict[str, Any]] = {}
    refused: dict[uuid.UUID, RejectionReason] = {}
    now = utcnow()
    for participant_id in participant_ids:
        enrolment = existing.get(participant_id)
        if enrolment is not None:
            if enrolment.status == EnrolmentStatus.withdrawn.value:
                refused[participant_id] = RejectionReason.participant_withdrawn
            else:
                enrolments[participant_id] = enrolment
            continue
        if seats is not None and seats <= 0:
            refused[participant_id] = RejectionReason.session_full
            continue
        if seats is not None:
            seats -= 1
        enrolments[participant_id] = {
            "id": uuid.uuid4(),
            "session_id": training.id,
            "participant_id": participant_id,
            "status": EnrolmentStatus.enrolled.value,
            "pre_test_score": None,
            "post_test_score": None,
            "attended_hours": 0.0,
            "completed": False,
            "completed_on": None,
            "certificate_number": None,
            "version": 1,
            "change_seq": 0,
            "created_at": now,
            "updated_at": now,
        }
    messages = {
        RejectionReason.participant_withdrawn: "The participant has withdrawn from the session.",
        RejectionReason.session_full: "The session is full.",
    }
    for entry in entries:
        if (reason := refused.get(entry.participant_id)) is not None:
            batch.reject(entry.index, reason, messages[reason], training.id)
    return enrolments


async def _attendance_of(
    session: AsyncSession, training: TrainingSession, participant_ids: Iterable[uuid.UUID | None]
) -> dict[uuid.UUID, dict[date, list[Any]]]:
    """The participants' recorded days: participant → day → [id, status, hours, version]."""
    wanted = [participant_id for participant_id in participant_ids if participant_id]
    found: dict[uuid.UUID, dict[date, list[Any]]] = defaultdict(dict)
    if not wanted:
        return found
    connection = await session.connection()
    rows = await connection.execute(
        select_columns(
            col(TrainingAttendance.id),
            col(TrainingAttendance.participant_id),
            col(TrainingAttendance.day),
            col(TrainingAttendance.status),
            col(TrainingAttendance.hours),
            col(TrainingAttendance.version),
        ).where(
            col(TrainingAttendance.session_id) == training.id,
            col(TrainingAttendance.participant_id).in_(wanted),
        )
    )
    for attendance_id, participant_id, day, status, hours, version in rows:
        found[participant_id][day] = [attendance_id, status, hours, version]
    return found


def _plan_attendance(
    batch: Batch,
    counters: Counters,
    entries: list[Entry],
    attendance: dict[uuid.UUID, dict[date, list[Any]]],
) -> None:
    training = counters.training
    now = utcnow()
    source = batch.actor.partner_organisation_id
    for entry in entries:
        record = entry.record
        status = record.status.value
        days = attendance[entry.participant_id]
        current = days.get(record.day)
        if current is None:
            attendance_id = uuid.uuid4()
            days[record.day] = [attendance_id, status, entry.hours, 1]
            batch.new_attendance.append(
                {
                    "id": attendance_id,
                    "session_id": training.id,
                    "participant_id": entry.participant_id,
                    "day": record.day,
                    "status": status,
                    "hours": entry.hours,
                    "source_organisation_id": source,
                    "version": 1,
                    "change_seq": counters.next_seq(),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            outcome = SyncOutcome.created
        elif current[1] == status and abs(current[2] - entry.hours) < EPSILON:
            attendance_id = current[0]
            outcome = SyncOutcome.unchanged
        else:
            attendance_id = current[0]
            current[1:] = [status, entry.hours, current[3] + 1]
            batch.changed_attendance.append(
                {
                    "id": attendance_id,
                    "status": status,
                    "hours": entry.hours,
                    "source_organisation_id": source,
                    "version": current[3],
                    "change_seq": counters.next_seq(),
                    "updated_at": now,
                }
            )
            outcome = SyncOutcome.updated
        if outcome is not SyncOutcome.unchanged:
            batch.event(
                f"training_attendance.{'create' if outcome is SyncOutcome.created else 'update'}",
                "training_attendance",
                attendance_id,
                {
                    "session_id": str(training.id),
                    "participant_id": str(entry.participant_id),
                    "day": record.day.isoformat(),
                    "status": status,
                    "hours": entry.hours,
                },
            )
        batch.accept(entry, outcome, training.id, attendance_id)
    _mark_used(batch, {entry.participant_id for entry in entries})


def _mark_used(batch: Batch, participant_ids: set[uuid.UUID | None]) -> None:
    for known in batch.participants.values():
        if known.new is not None and known.id in participant_ids:
            known.used = True


async def _plan_completion(
    session: AsyncSession,
    batch: Batch,
    counters: Counters,
    entries: list[Entry],
    enrolments: dict[uuid.UUID, TrainingEnrolment | dict[str, Any]],
    attendance: dict[uuid.UUID, dict[date, list[Any]]],
    scores: dict[uuid.UUID, dict[str, int]],
) -> None:
    """Hours attended, completion and scores of every participant the batch touched."""
    training = counters.training
    touched = list(dict.fromkeys(entry.participant_id for entry in entries if entry.participant_id))
    user_of = {known.id: known.user_id for known in batch.participants.values()}
    # Users whose completion day moved (None: no longer complete), for their certification.
    accredited: dict[uuid.UUID, date | None] = {}
    now = utcnow()
    for participant_id in touched:
        enrolment = enrolments[participant_id]
        days = {day: (row[1], row[2]) for day, row in attendance[participant_id].items()}
        completion = completion_of(training, days)
        values: dict[str, Any] = {
            "attended_hours": completion.attended_hours,
            "completed": completion.completed,
            "completed_on": completion.completed_on,
            **scores.get(participant_id, {}),
        }
        was_completed, number, was_completed_on = (
            (enrolment["completed"], enrolment["certificate_number"], enrolment["completed_on"])
            if isinstance(enrolment, dict)
            else (enrolment.completed, enrolment.certificate_number, enrolment.completed_on)
        )
        user_id = user_of.get(participant_id)
        if user_id is not None and was_completed_on != completion.completed_on:
            accredited[user_id] = completion.completed_on
        if completion.completed and not was_completed:
            values["certificate_number"] = number or counters.next_certificate()
        elif was_completed and not completion.completed:
            values["certificate_number"] = None
        if isinstance(enrolment, dict):
            enrolment.update(values, change_seq=counters.next_seq())
            batch.new_enrolments.append(enrolment)
            batch.counts.enrolments_created += 1
            batch.event(
                "training_enrolment.create",
                "training_enrolment",
                enrolment["id"],
                {"session_id": str(training.id), "participant_id": str(participant_id)},
            )
            continue
        changed = [name for name, value in values.items() if getattr(enrolment, name) != value]
        if not changed:
            continue
        for name in changed:
            setattr(enrolment, name, values[name])
        enrolment.version += 1
        enrolment.updated_at = now
        enrolment.change_seq = counters.next_seq()
        batch.event(
            "training_enrolment.update",
            "training_enrolment",
            enrolment.id,
            {"session_id": str(training.id), "fields": sorted(changed)},
        )
        _mark_scores_as_update(batch, entries, participant_id, changed)
    await _plan_accreditation(session, batch, training, accredited)


def _mark_scores_as_update(
    batch: Batch, entries: list[Entry], participant_id: uuid.UUID, changed: list[str]
) -> None:
    """A record whose day is unchanged but whose scores changed the enrolment is an update."""
    if not {"pre_test_score", "post_test_score"} & set(changed):
        return
    for entry in entries:
        result = batch.results.get(entry.index)
        carries_scores = (
            entry.record.pre_test_score is not None or entry.record.post_test_score is not None
        )
        if entry.participant_id == participant_id and carries_scores and result is not None:
            if result["outcome"] is SyncOutcome.unchanged:
                result["outcome"] = SyncOutcome.updated
                batch.counts.unchanged -= 1
                batch.counts.updated += 1
            return


async def _plan_accreditation(
    session: AsyncSession,
    batch: Batch,
    training: TrainingSession,
    completions: dict[uuid.UUID, date | None],
) -> None:
    """Keep the certifications the session grants in step with completion: granted on the
    day a linked user completes it, moved if that day moves, withdrawn if completion is."""
    if training.accredits_instrument_code is None or not completions:
        return
    held = await session_certifications(session, training, set(completions))
    for user_id, completed_on in completions.items():
        current = held.get(user_id)
        granted = None if completed_on is None else accreditation(training, user_id, completed_on)
        detail = {
            "instrument_code": training.accredits_instrument_code,
            "source": "training",
            "session_id": str(training.id),
        }
        if current is not None and granted is None:
            await session.delete(current)
            batch.event("certification.withdraw", "app_user", user_id, detail)
        elif current is not None and granted is not None:
            current.issued_on, current.expires_on = granted.issued_on, granted.expires_on
            batch.event("certification.update", "app_user", user_id, detail)
        elif granted is not None:
            session.add(granted)
            batch.event("certification.grant", "app_user", user_id, detail)


async def _finish(session: AsyncSession, batch: Batch, session_id: uuid.UUID | None) -> SyncResult:
    """Write what the batch worked out, unless it is a dry run or an atomic batch with a
    rejected record; in both cases nothing at all is written."""
    new_participants = [
        known.new for known in batch.participants.values() if known.new is not None and known.used
    ]
    batch.counts.participants_created = len(new_participants)
    if batch.options.dry_run or (batch.options.atomic and batch.counts.rejected):
        await session.rollback()
        if batch.options.dry_run:
            return batch.outcome(written=False)
        rejected = [
            result
            for result in batch.outcome(written=False).results
            if result["outcome"] is SyncOutcome.rejected
        ]
        raise BatchRejected(
            f"{len(rejected)} record(s) rejected; nothing was written (atomic batch).",
            extra={
                "counts": batch.counts.model_dump(),
                "rejected": _results.dump_python(rejected, mode="json"),
            },
        )
    await insert_rows(session, Participant, new_participants)
    for participant in new_participants:
        batch.event(
            "participant.create",
            "participant",
            participant["id"],
            {"external_id": participant["external_id"]},
        )
    await insert_rows(session, TrainingEnrolment, batch.new_enrolments)
    await insert_rows(session, TrainingAttendance, batch.new_attendance)
    if batch.changed_attendance:
        await session.exec(update(TrainingAttendance), params=batch.changed_attendance)
    sessions = sorted(
        {str(result["session_id"]) for result in batch.results.values() if result["session_id"]}
    )
    batch.event(
        "training_attendance.sync",
        "training_session",
        session_id,
        {"records": len(batch.results), "sessions": sessions, **batch.counts.model_dump()},
    )
    await record_events(session, batch.events)
    await session.commit()
    counts = batch.counts
    return batch.outcome(
        written=bool(counts.created or counts.updated or counts.enrolments_created)
    )
