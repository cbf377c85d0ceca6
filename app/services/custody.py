"""Use cases of custody: legal status history, transfers, placements, the intake checklist."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_facility_visible, visible_inmate, within_facilities
from app.errors import Conflict, IdConflict, NotFound, PreconditionRequired, ValidationFailed
from app.models.base import utcnow
from app.models.custody import IntakeStep, LegalStatusEntry, Placement, Transfer
from app.models.inmate import CustodyEpisode, Inmate
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.custody import (
    INTAKE_ORDER,
    IntakeStepCode,
    IntakeStepWrite,
    LegalStatusCreate,
    PlacementCreate,
    ReadmissionCreate,
    TransferCreate,
)
from app.schemas.inmate import LegalStatus
from app.schemas.problem import FieldError
from app.services.audit import record_event, record_list_read
from app.services.facilities import active_facility
from app.services.inmates import ensure_prison_number_free, search_columns
from app.services.keep_apart import KeepApartViolation, keep_apart_conflicts
from app.services.records import check_version
from app.services.reviews import call_for_review
from app.services.visit_upkeep import recheck
from app.services.vocational_enrolments import end_on_departure

HistoryT = TypeVar("HistoryT", LegalStatusEntry, Transfer, Placement)

# Statuses that end a custody episode: the person leaves DNAPES custody.
ENDING_STATUSES = frozenset({LegalStatus.released, LegalStatus.transferred})
# Statuses after which the person no longer takes part in the facility's programmes.
LEAVING_STATUSES = ENDING_STATUSES | {LegalStatus.acquitted}


class CustodyEnded(Conflict):
    code = "custody_ended"


def _date_error(field: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        message, errors=[FieldError(field=f"body.{field}", message=message, type="date")]
    )


async def current_episode(session: AsyncSession, inmate: Inmate) -> CustodyEpisode:
    episode = await session.get(CustodyEpisode, inmate.current_episode_id)
    if episode is None:
        raise NotFound("This inmate has no custody episode.")
    return episode


def _touch(inmate: Inmate) -> None:
    inmate.version += 1
    inmate.updated_at = utcnow()


async def _last_transfer_date(session: AsyncSession, inmate_id: uuid.UUID) -> date | None:
    latest: date | None = (
        await session.exec(
            select(func.max(Transfer.effective_date)).where(Transfer.inmate_id == inmate_id)
        )
    ).one()
    return latest


async def _open_placement(session: AsyncSession, inmate_id: uuid.UUID) -> Placement | None:
    return (
        await session.exec(
            select(Placement).where(
                Placement.inmate_id == inmate_id, col(Placement.end_date).is_(None)
            )
        )
    ).first()


async def _close_placement(session: AsyncSession, inmate: Inmate, on: date, field: str) -> None:
    placement = await _open_placement(session, inmate.id)
    if placement is not None:
        if on < placement.start_date:
            raise _date_error(field, f"is before the current placement ({placement.start_date})")
        placement.end_date = on
    inmate.housing_unit = inmate.housing_cell = None


def _check_in_episode(episode: CustodyEpisode, on: date, field: str) -> None:
    if on > utcnow().date():
        raise _date_error(field, "is in the future")
    if on < episode.admission_date:
        raise _date_error(field, "is before the admission of this custody episode")
    if episode.release_date is not None:
        raise CustodyEnded("This custody episode has ended; record a re-admission first.")


# Legal status


async def add_legal_status(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, data: LegalStatusCreate
) -> LegalStatusEntry:
    """A new status; the current one follows it. Dates never go backwards; release (or a
    transfer out of custody) closes the placement and the custody episode."""
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    episode = await current_episode(session, inmate)
    _check_in_episode(episode, data.effective_date, "effective_date")
    latest = (
        await session.exec(
            select(func.max(LegalStatusEntry.effective_date)).where(
                LegalStatusEntry.episode_id == episode.id
            )
        )
    ).one()
    if latest is not None and data.effective_date < latest:
        raise _date_error("effective_date", f"is before the latest status ({latest})")
    entry = LegalStatusEntry(
        inmate_id=inmate.id,
        episode_id=episode.id,
        status=data.status.value,
        effective_date=data.effective_date,
        decision_reference=data.decision_reference,
        note=data.note,
        recorded_by=actor.principal,
    )
    session.add(entry)
    inmate.legal_status = data.status.value
    call_for_review(inmate, f"legal status changed to {data.status.value}")
    if data.status in ENDING_STATUSES:
        await _close_placement(session, inmate, data.effective_date, "effective_date")
        episode.release_date = data.effective_date
        episode.release_facility_id = inmate.facility_id
    if data.status in LEAVING_STATUSES:
        await end_on_departure(session, actor, inmate)
        await recheck(session, actor, inmate=inmate, departed=True)
    _touch(inmate)
    record_event(
        session, actor, "inmate.legal_status", "inmate", inmate.id, {"status": data.status.value}
    )
    await session.commit()
    return entry


async def legal_status_history(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> Sequence[LegalStatusEntry]:
    return await _history(
        session,
        actor,
        inmate_id,
        LegalStatusEntry,
        col(LegalStatusEntry.effective_date),
        "legal_statuses",
    )


async def _history(
    session: AsyncSession,
    actor: Actor,
    inmate_id: uuid.UUID,
    model: type[HistoryT],
    order: Any,
    part: str,
) -> Sequence[HistoryT]:
    """One part of an inmate's history, oldest first; an audited read of the record."""
    inmate = await visible_inmate(session, actor, inmate_id)
    rows = (
        await session.exec(
            select(model)
            .where(col(model.inmate_id) == inmate.id)
            .order_by(order, col(model.created_at))
        )
    ).all()
    await _audit_read(session, actor, inmate.id, part)
    return rows


async def _audit_read(session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, part: str) -> None:
    record_event(session, actor, "inmate.read", "inmate", inmate_id, {"part": part})
    await session.commit()


# Transfers


async def transfer_inmate(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, data: TransferCreate
) -> Transfer:
    """Move an inmate to another facility. From then on the record belongs to the new
    facility's staff; the old facility's staff no longer find it (404)."""
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    episode = await current_episode(session, inmate)
    _check_in_episode(episode, data.effective_date, "effective_date")
    target = await active_facility(session, data.to_facility_id, "to_facility_id")
    if target.id == inmate.facility_id:
        raise Conflict("The inmate is already held in this facility.")
    last_transfer = await _last_transfer_date(session, inmate.id)
    if last_transfer is not None and data.effective_date < last_transfer:
        raise _date_error("effective_date", f"is before the last transfer ({last_transfer})")
    transfer = Transfer(
        inmate_id=inmate.id,
        from_facility_id=inmate.facility_id,
        to_facility_id=target.id,
        effective_date=data.effective_date,
        reason=data.reason,
        decided_by=actor.principal,
    )
    session.add(transfer)
    await _close_placement(session, inmate, data.effective_date, "effective_date")
    await end_on_departure(session, actor, inmate)
    await recheck(session, actor, inmate=inmate, departed=True)
    inmate.facility_id = target.id
    call_for_review(inmate, f"transferred to {target.code}")
    _touch(inmate)
    record_event(
        session,
        actor,
        "inmate.transfer",
        "inmate",
        inmate.id,
        {"from": str(transfer.from_facility_id), "to": str(target.id)},
    )
    await session.commit()
    return transfer


async def transfer_history(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> Sequence[Transfer]:
    return await _history(
        session, actor, inmate_id, Transfer, col(Transfer.effective_date), "transfers"
    )


# Placements


async def place_inmate(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, data: PlacementCreate
) -> Placement:
    """House an inmate in a unit and cell, ending the previous placement. Refused when a
    keep-apart constraint names someone already in that cell."""
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    episode = await current_episode(session, inmate)
    _check_in_episode(episode, data.start_date, "start_date")
    last_transfer = await _last_transfer_date(session, inmate.id)
    if last_transfer is not None and data.start_date < last_transfer:
        raise _date_error("start_date", f"is before the transfer here ({last_transfer})")
    current = await _open_placement(session, inmate.id)
    if current is not None and data.start_date < current.start_date:
        raise _date_error("start_date", f"is before the current placement ({current.start_date})")
    occupants = (
        await session.exec(
            select(Placement.inmate_id).where(
                Placement.facility_id == inmate.facility_id,
                Placement.unit == data.unit,
                Placement.cell == data.cell,
                col(Placement.end_date).is_(None),
                Placement.inmate_id != inmate.id,
            )
        )
    ).all()
    conflicts = await keep_apart_conflicts(session, inmate.id, occupants)
    if conflicts:
        first = conflicts[0]
        other = first.other_inmate_id if first.inmate_id == inmate.id else first.inmate_id
        raise KeepApartViolation(
            f"Keep-apart constraint ({first.reason}) with an inmate already in this cell.",
            extra={
                "constraint_id": str(first.id),
                "reason": first.reason,
                "other_inmate_id": str(other),
            },
        )
    if current is not None:
        current.end_date = data.start_date
    placement = Placement(
        inmate_id=inmate.id,
        episode_id=episode.id,
        facility_id=inmate.facility_id,
        unit=data.unit,
        cell=data.cell,
        start_date=data.start_date,
        note=data.note,
        recorded_by=actor.principal,
    )
    session.add(placement)
    inmate.housing_unit, inmate.housing_cell = data.unit, data.cell
    _touch(inmate)
    record_event(
        session,
        actor,
        "inmate.placement",
        "inmate",
        inmate.id,
        {"unit": data.unit, "cell": data.cell},
    )
    await session.commit()
    return placement


async def placement_history(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> Sequence[Placement]:
    return await _history(
        session, actor, inmate_id, Placement, col(Placement.start_date), "placements"
    )


@dataclass(frozen=True)
class Occupant:
    placement: Placement
    inmate: Inmate


async def cell_occupants(
    session: AsyncSession,
    actor: Actor,
    facility_id: uuid.UUID,
    unit: str | None,
    cell: str | None,
) -> list[Occupant]:
    """Who is housed where now, in one facility."""
    ensure_facility_visible(actor, facility_id, "facility")
    statement = (
        select(Placement, Inmate)
        .join(Inmate, col(Inmate.id) == col(Placement.inmate_id))
        .where(Placement.facility_id == facility_id, col(Placement.end_date).is_(None))
        .order_by(col(Placement.unit), col(Placement.cell), col(Inmate.prison_number))
    )
    if unit is not None:
        statement = statement.where(Placement.unit == unit)
    if cell is not None:
        statement = statement.where(Placement.cell == cell)
    rows = (await session.exec(statement)).all()
    await record_list_read(
        session, actor, "inmate", (inmate.id for _, inmate in rows), {"part": "placements"}
    )
    return [Occupant(placement, inmate) for placement, inmate in rows]


# Intake checklist


@dataclass(frozen=True)
class IntakeState:
    inmate: Inmate
    episode: CustodyEpisode
    steps: Sequence[IntakeStep]

    @property
    def missing(self) -> list[IntakeStepCode]:
        done = {step.step for step in self.steps}
        return [code for code in INTAKE_ORDER if code.value not in done]


async def intake_state(session: AsyncSession, actor: Actor, inmate_id: uuid.UUID) -> IntakeState:
    inmate = await visible_inmate(session, actor, inmate_id)
    episode = await current_episode(session, inmate)
    steps = (
        await session.exec(select(IntakeStep).where(IntakeStep.episode_id == episode.id))
    ).all()
    ordered = sorted(steps, key=lambda step: INTAKE_ORDER.index(IntakeStepCode(step.step)))
    await _audit_read(session, actor, inmate.id, "intake")
    return IntakeState(inmate, episode, ordered)


async def record_intake_step(
    session: AsyncSession,
    actor: Actor,
    inmate_id: uuid.UUID,
    step: IntakeStepCode,
    data: IntakeStepWrite,
    expected_version: int | None,
) -> tuple[IntakeStep, bool]:
    """Record (or correct) one step of the checklist, by the caller, at the given time.

    The first write creates the step (a tablet may choose its id and send it again); a
    correction needs If-Match with the step's version.
    """
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    episode = await current_episode(session, inmate)
    if episode.release_date is not None:
        raise CustodyEnded("This custody episode has ended; record a re-admission first.")
    if data.completed_at > utcnow():
        raise _date_error("completed_at", "is in the future")
    if data.completed_at.date() < episode.admission_date:
        raise _date_error("completed_at", "is before the admission of this custody episode")
    existing = (
        await session.exec(
            select(IntakeStep)
            .where(IntakeStep.episode_id == episode.id, IntakeStep.step == step.value)
            .with_for_update()
        )
    ).first()
    fields: dict[str, Any] = {
        "completed_at": data.completed_at,
        "notes": data.notes,
        "answers": data.answers,
    }
    if existing is not None:
        unchanged = all(getattr(existing, name) == value for name, value in fields.items())
        if unchanged and (data.id is None or data.id == existing.id):
            await session.commit()
            return existing, False  # a tablet's replay of what it already sent
        if expected_version is None:
            raise PreconditionRequired("This step is recorded; send If-Match to change it.")
        check_version(existing, expected_version)
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.completed_by = actor.principal
        existing.version += 1
        existing.updated_at = utcnow()
        record_event(
            session, actor, "intake.step_update", "inmate", inmate.id, {"step": step.value}
        )
        await session.commit()
        return existing, False
    if data.id is not None and await session.get(IntakeStep, data.id) is not None:
        raise IdConflict("Another intake step has this id.")
    record = IntakeStep(
        id=data.id or uuid.uuid4(),
        inmate_id=inmate.id,
        episode_id=episode.id,
        step=step.value,
        completed_by=actor.principal,
        **fields,
    )
    session.add(record)
    record_event(session, actor, "intake.step", "inmate", inmate.id, {"step": step.value})
    await session.commit()
    return record, True


async def intakes(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    facility_id: uuid.UUID | None,
    incomplete: bool,
) -> tuple[list[tuple[Inmate, CustodyEpisode, list[IntakeStepCode]]], str | None]:
    """Intakes of inmates in custody, oldest registration first, optionally unfinished only."""
    done_count = (
        select(func.count())
        .select_from(IntakeStep)
        .where(IntakeStep.episode_id == Inmate.current_episode_id)
        .scalar_subquery()
    )
    statement = within_facilities(select(Inmate), actor, Inmate.facility_id).where(
        col(Inmate.legal_status).not_in([status.value for status in ENDING_STATUSES])
    )
    if facility_id is not None:
        statement = statement.where(Inmate.facility_id == facility_id)
    if incomplete:
        statement = statement.where(done_count < len(INTAKE_ORDER))
    rows, cursor = await keyset_page(session, statement, Inmate, page, kind="intake")
    episode_ids = [row.current_episode_id for row in rows if row.current_episode_id]
    episodes = {
        episode.id: episode
        for episode in (
            await session.exec(
                select(CustodyEpisode).where(col(CustodyEpisode.id).in_(episode_ids))
            )
        ).all()
    }
    done: dict[uuid.UUID, set[str]] = {}
    for episode_id, code in (
        await session.exec(
            select(IntakeStep.episode_id, IntakeStep.step).where(
                col(IntakeStep.episode_id).in_(episode_ids)
            )
        )
    ).all():
        done.setdefault(episode_id, set()).add(code)
    result = []
    for inmate in rows:
        episode = episodes[inmate.current_episode_id] if inmate.current_episode_id else None
        if episode is None:
            continue
        steps = done.get(episode.id, set())
        result.append((inmate, episode, [c for c in INTAKE_ORDER if c.value not in steps]))
    await record_list_read(session, actor, "inmate", (row.id for row in rows), {"part": "intakes"})
    return result, cursor


# Custody episodes


class InCustody(Conflict):
    code = "in_custody"


async def readmit(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, data: ReadmissionCreate
) -> CustodyEpisode:
    """Open a new custody episode for a released person: never a second inmate."""
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    ensure_facility_visible(actor, data.facility_id, "facility")
    await active_facility(session, data.facility_id, "facility_id")
    episode = await current_episode(session, inmate)
    if episode.release_date is None:
        raise InCustody("This person is in custody; a re-admission follows a release.")
    if data.admission_date > utcnow().date():
        raise _date_error("admission_date", "is in the future")
    if data.admission_date < episode.release_date:
        raise _date_error("admission_date", f"is before the last release ({episode.release_date})")
    await ensure_prison_number_free(session, data.facility_id, data.prison_number, inmate.id)
    new_episode = CustodyEpisode(
        inmate_id=inmate.id,
        number=episode.number + 1,
        facility_id=data.facility_id,
        admission_date=data.admission_date,
    )
    session.add(new_episode)
    await session.flush()
    session.add(
        LegalStatusEntry(
            inmate_id=inmate.id,
            episode_id=new_episode.id,
            status=LegalStatus.pre_trial.value,
            effective_date=data.admission_date,
            recorded_by=actor.principal,
            note="At re-admission",
        )
    )
    values = {**inmate.model_dump(), "prison_number": data.prison_number}
    for name, value in {
        "facility_id": data.facility_id,
        "prison_number": data.prison_number,
        "admission_date": data.admission_date,
        "legal_status": LegalStatus.pre_trial.value,
        "current_episode_id": new_episode.id,
        **search_columns(values),
    }.items():
        setattr(inmate, name, value)
    call_for_review(inmate, "re-admitted: a new custody episode")
    _touch(inmate)
    record_event(
        session, actor, "inmate.readmission", "inmate", inmate.id, {"episode": new_episode.number}
    )
    await session.commit()
    return new_episode


async def episodes(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> Sequence[CustodyEpisode]:
    inmate = await visible_inmate(session, actor, inmate_id)
    rows = (
        await session.exec(
            select(CustodyEpisode)
            .where(CustodyEpisode.inmate_id == inmate.id)
            .order_by(col(CustodyEpisode.number))
        )
    ).all()
    await _audit_read(session, actor, inmate.id, "episodes")
    return rows
