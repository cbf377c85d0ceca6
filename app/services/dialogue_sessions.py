"""Use cases on community dialogue sessions: organise one in a facility with inmates and
community or religious leaders, change its line-up while planned, record its outcome or
cancel it. Every inmate and every leader passes the rules of a visit, and no two inmates
kept apart may sit in one session."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import dialogue_condition, ensure_staff
from app.config import Settings
from app.errors import Forbidden, IdConflict, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.organisation import Organisation
from app.models.visit import DialogueInmate, DialogueLeader, DialogueSession, Visitor
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.visit import (
    MAX_SLOT,
    DialogueSessionCreate,
    DialogueSessionPartnerView,
    DialogueSessionPublic,
    DialogueSessionUpdate,
    DialogueStatus,
    VisitorSummary,
)
from app.security import subject_ref
from app.services.audit import record_event, record_list_read
from app.services.facilities import active_facility
from app.services.keep_apart import KeepApartViolation, keep_apart_within
from app.services.records import apply_changes, check_version
from app.services.visit_rules import (
    DIALOGUE,
    VisitState,
    check_held,
    check_no_overlap,
    check_restriction,
    check_visitors,
    load_visitors,
    note_contact,
)
from app.services.visits import CLOCK_SKEW

D = DialogueStatus


def _invalid(field: str, message: str, kind: str = "unknown") -> ValidationFailed:
    return ValidationFailed(
        "Invalid dialogue session.",
        errors=[FieldError(field=f"body.{field}", message=message, type=kind)],
    )


async def _locked_inmates(
    session: AsyncSession, actor: Actor, inmate_ids: Sequence[uuid.UUID]
) -> list[Inmate]:
    """The inmates named, locked in id order (so that concurrent line-ups never deadlock);
    one the caller may not see is unknown."""
    rows = (
        await session.exec(
            select(Inmate)
            .where(col(Inmate.id).in_(inmate_ids))
            .order_by(col(Inmate.id))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).all()
    by_id = {row.id: row for row in rows if actor.may_see_facility(row.facility_id)}
    for inmate_id in inmate_ids:
        if inmate_id not in by_id:
            raise _invalid("inmate_ids", f"unknown inmate {inmate_id}")
    return [by_id[inmate_id] for inmate_id in inmate_ids]


async def _organisation(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    organisation = await session.get(Organisation, organisation_id)
    if organisation is None or not organisation.active:
        raise _invalid("facilitator_organisation_id", "unknown or inactive organisation")


async def _check_line_up(
    session: AsyncSession,
    facility: Facility,
    inmates: Sequence[Inmate],
    leaders: Sequence[Visitor],
    dialogue: DialogueSession,
) -> None:
    """Every rule of the session: each inmate held here and not refused dialogue by their
    classification, no keep-apart pair among them, no other visit at the time; each leader
    a community or religious leader, not banned, vetted where needed."""
    for inmate in inmates:
        check_held(inmate, facility.id, dialogue.starts_at.date())
        check_restriction(facility, inmate, DIALOGUE)
    check_visitors(leaders, DIALOGUE, dialogue.starts_at, dialogue.ends_at)
    pairs = await keep_apart_within(session, [inmate.id for inmate in inmates])
    if pairs:
        first = pairs[0]
        raise KeepApartViolation(
            f"Keep-apart constraint ({first.reason}) between two inmates of the session.",
            extra={
                "rule": "keep_apart",
                "constraint_id": str(first.id),
                "reason": first.reason,
                "inmate_ids": [str(first.inmate_id), str(first.other_inmate_id)],
            },
        )
    await check_no_overlap(
        session,
        [inmate.id for inmate in inmates],
        dialogue.starts_at,
        dialogue.ends_at,
        dialogue_id=dialogue.id,
    )


async def _line_up(session: AsyncSession, dialogue_id: uuid.UUID) -> tuple[set[uuid.UUID], ...]:
    inmates = (
        await session.exec(
            select(DialogueInmate.inmate_id).where(DialogueInmate.session_id == dialogue_id)
        )
    ).all()
    leaders = (
        await session.exec(
            select(DialogueLeader.visitor_id).where(DialogueLeader.session_id == dialogue_id)
        )
    ).all()
    return set(inmates), set(leaders)


async def _replayed(
    session: AsyncSession, actor: Actor, record_id: uuid.UUID, data: DialogueSessionCreate
) -> DialogueSession | None:
    existing = await session.get(DialogueSession, record_id)
    if existing is None:
        return None
    inmates, leaders = await _line_up(session, existing.id)
    same = (
        actor.may_see_facility(existing.facility_id)
        and existing.facility_id == data.facility_id
        and existing.facilitator_organisation_id == data.facilitator_organisation_id
        and existing.topic == data.topic
        and existing.starts_at == data.starts_at
        and existing.ends_at == data.ends_at
        and existing.notes == data.notes
        and inmates == set(data.inmate_ids)
        and leaders == set(data.leader_ids)
    )
    if not same:
        raise IdConflict(f"A dialogue session with id {record_id} exists with other content.")
    return existing


async def create_session(
    session: AsyncSession,
    actor: Actor,
    data: DialogueSessionCreate,
    default_id: uuid.UUID | None = None,
) -> tuple[DialogueSession, bool]:
    ensure_staff(actor, "dialogue session")
    record_id = data.id or default_id or uuid.uuid4()
    if (existing := await _replayed(session, actor, record_id, data)) is not None:
        return existing, False
    facility = await active_facility(session, data.facility_id, "facility_id")
    if not actor.may_see_facility(facility.id):
        raise _invalid("facility_id", "not one of your facilities", "forbidden")
    await _organisation(session, data.facilitator_organisation_id)
    inmates = await _locked_inmates(session, actor, data.inmate_ids)
    leaders = await load_visitors(session, data.leader_ids, "leader_ids")
    dialogue = DialogueSession(
        id=record_id,
        facility_id=facility.id,
        facilitator_organisation_id=data.facilitator_organisation_id,
        topic=data.topic,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        status=D.planned.value,
        notes=data.notes,
        organised_by=actor.principal,
    )
    await _check_line_up(session, facility, inmates, leaders, dialogue)
    session.add(dialogue)
    record_event(
        session,
        actor,
        "dialogue_session.create",
        "dialogue_session",
        dialogue.id,
        {
            "inmate_ids": [str(inmate.id) for inmate in inmates],
            "leader_ids": [str(leader.id) for leader in leaders],
        },
    )
    try:
        await session.flush()
        session.add_all(DialogueInmate(session_id=dialogue.id, inmate_id=i.id) for i in inmates)
        session.add_all(DialogueLeader(session_id=dialogue.id, visitor_id=v.id) for v in leaders)
        await session.commit()
    except IntegrityError:
        await session.rollback()
        if (existing := await _replayed(session, actor, record_id, data)) is not None:
            return existing, False
        raise
    return dialogue, True


async def get_session(
    session: AsyncSession,
    actor: Actor,
    dialogue_id: uuid.UUID,
    *,
    audit: bool = True,
    for_update: bool = False,
) -> DialogueSession:
    statement = select(DialogueSession).where(
        DialogueSession.id == dialogue_id, dialogue_condition(actor)
    )
    if for_update:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    dialogue = (await session.exec(statement)).first()
    if dialogue is None:
        raise NotFound("No dialogue session with this id.")
    if audit:
        inmate_ids, _ = await _line_up(session, dialogue.id)
        record_event(
            session,
            actor,
            "dialogue_session.read",
            "dialogue_session",
            dialogue.id,
            {"inmate_ids": sorted(str(inmate_id) for inmate_id in inmate_ids)},
        )
        await session.commit()
    return dialogue


async def list_sessions(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    facility_id: uuid.UUID | None = None,
    status: DialogueStatus | None = None,
    inmate_id: uuid.UUID | None = None,
) -> tuple[Sequence[DialogueSession], str | None]:
    statement = select(DialogueSession).where(dialogue_condition(actor))
    if facility_id is not None:
        statement = statement.where(DialogueSession.facility_id == facility_id)
    if status is not None:
        statement = statement.where(DialogueSession.status == status.value)
    if inmate_id is not None:
        ensure_staff(actor, "inmate")
        statement = statement.where(
            col(DialogueSession.id).in_(
                select(DialogueInmate.session_id).where(DialogueInmate.inmate_id == inmate_id)
            )
        )
    rows, next_cursor = await keyset_page(
        session, statement, DialogueSession, page, kind="dialogue_session"
    )
    ids = [row.id for row in rows]
    inmate_ids = (
        (
            await session.exec(
                select(DialogueInmate.inmate_id).where(col(DialogueInmate.session_id).in_(ids))
            )
        ).all()
        if ids
        else []
    )
    await record_list_read(
        session,
        actor,
        "dialogue_session",
        ids,
        {"inmate_ids": sorted({str(inmate_id) for inmate_id in inmate_ids})},
    )
    return rows, next_cursor


async def session_views(
    session: AsyncSession, actor: Actor, settings: Settings, dialogues: Sequence[DialogueSession]
) -> list[DialogueSessionPublic | DialogueSessionPartnerView]:
    """The sessions with their line-ups, read in two queries: staff see the inmates' ids,
    the facilitating organisation their pseudonyms."""
    ids = [dialogue.id for dialogue in dialogues]
    inmates: dict[uuid.UUID, list[uuid.UUID]] = {dialogue_id: [] for dialogue_id in ids}
    leaders: dict[uuid.UUID, list[VisitorSummary]] = {dialogue_id: [] for dialogue_id in ids}
    if ids:
        for dialogue_id, inmate_id in (
            await session.exec(
                select(DialogueInmate.session_id, DialogueInmate.inmate_id)
                .where(col(DialogueInmate.session_id).in_(ids))
                .order_by(col(DialogueInmate.inmate_id))
            )
        ).all():
            inmates[dialogue_id].append(inmate_id)
        for dialogue_id, visitor in (
            await session.exec(
                select(DialogueLeader.session_id, Visitor)
                .join(Visitor, col(Visitor.id) == DialogueLeader.visitor_id)
                .where(col(DialogueLeader.session_id).in_(ids))
                .order_by(col(Visitor.family_name), col(Visitor.id))
            )
        ).all():
            leaders[dialogue_id].append(
                VisitorSummary.model_validate(visitor, from_attributes=True)
            )
    views: list[DialogueSessionPublic | DialogueSessionPartnerView] = []
    for dialogue in dialogues:
        values = {**dialogue.model_dump(), "leaders": leaders[dialogue.id]}
        if actor.organisation_scoped:
            organisation = dialogue.facilitator_organisation_id
            values["subject_refs"] = sorted(
                subject_ref(settings, organisation, inmate_id) for inmate_id in inmates[dialogue.id]
            )
            views.append(DialogueSessionPartnerView.model_validate(values))
        else:
            values["inmate_ids"] = inmates[dialogue.id]
            views.append(DialogueSessionPublic.model_validate(values))
    return views


async def _planned(
    session: AsyncSession,
    actor: Actor,
    dialogue_id: uuid.UUID,
    expected_version: int | None,
    *,
    lock_inmates: Sequence[uuid.UUID] | None = None,
) -> DialogueSession:
    """The planned session, locked. With ``lock_inmates``, its inmates and those named are
    locked first — inmates before the session, the order every writer follows — and a
    line-up changed meanwhile is refused."""
    if actor.organisation_scoped:
        raise Forbidden("Dialogue sessions are organised by the prison's staff.")
    if lock_inmates is not None:
        await get_session(session, actor, dialogue_id, audit=False)
        before, _ = await _line_up(session, dialogue_id)
        await session.exec(
            select(Inmate.id)
            .where(col(Inmate.id).in_(before | set(lock_inmates)))
            .order_by(col(Inmate.id))
            .with_for_update()
        )
    dialogue = await get_session(session, actor, dialogue_id, audit=False, for_update=True)
    if lock_inmates is not None and (await _line_up(session, dialogue_id))[0] != before:
        raise VisitState(
            "The session's inmates changed meanwhile; read it again.",
            extra={"current_status": dialogue.status},
        )
    if expected_version is not None:
        check_version(dialogue, expected_version)
    if dialogue.status != D.planned.value:
        raise VisitState(
            f"The session is {dialogue.status}.", extra={"current_status": dialogue.status}
        )
    return dialogue


async def update_session(
    session: AsyncSession,
    actor: Actor,
    dialogue_id: uuid.UUID,
    changes: DialogueSessionUpdate,
    expected_version: int,
) -> DialogueSession:
    """Change a planned session; the new line-up passes every rule again."""
    dialogue = await _planned(
        session, actor, dialogue_id, expected_version, lock_inmates=changes.inmate_ids or []
    )
    values = changes.model_dump(exclude_unset=True, exclude={"inmate_ids", "leader_ids"})
    starts_at = values.get("starts_at", dialogue.starts_at)
    ends_at = values.get("ends_at", dialogue.ends_at)
    if ends_at <= starts_at or ends_at - starts_at > MAX_SLOT:
        raise _invalid("ends_at", "after starts_at, at most 12 hours later", "value_error")
    if "facilitator_organisation_id" in values:
        await _organisation(session, values["facilitator_organisation_id"])
    current_inmates, current_leaders = await _line_up(session, dialogue.id)
    inmate_ids = changes.inmate_ids if changes.inmate_ids is not None else sorted(current_inmates)
    leader_ids = changes.leader_ids if changes.leader_ids is not None else sorted(current_leaders)
    facility = await session.get(Facility, dialogue.facility_id)
    assert facility is not None  # noqa: S101 (a foreign key)
    inmates = await _locked_inmates(session, actor, inmate_ids)
    leaders = await load_visitors(session, leader_ids, "leader_ids")
    changed = apply_changes(dialogue, values)
    await _check_line_up(session, facility, inmates, leaders, dialogue)
    new_inmates, new_leaders = set(inmate_ids), set(leader_ids)
    await session.exec(
        delete(DialogueInmate).where(
            col(DialogueInmate.session_id) == dialogue.id,
            col(DialogueInmate.inmate_id).not_in(new_inmates),
        )
    )
    await session.exec(
        delete(DialogueLeader).where(
            col(DialogueLeader.session_id) == dialogue.id,
            col(DialogueLeader.visitor_id).not_in(new_leaders),
        )
    )
    session.add_all(
        DialogueInmate(session_id=dialogue.id, inmate_id=inmate_id)
        for inmate_id in new_inmates - current_inmates
    )
    session.add_all(
        DialogueLeader(session_id=dialogue.id, visitor_id=visitor_id)
        for visitor_id in new_leaders - current_leaders
    )
    line_up = [
        name
        for name, moved in (
            ("inmate_ids", new_inmates != current_inmates),
            ("leader_ids", new_leaders != current_leaders),
        )
        if moved
    ]
    if line_up and not changed:
        dialogue.version += 1
        dialogue.updated_at = utcnow()
    changed += line_up
    if changed:
        record_event(
            session,
            actor,
            "dialogue_session.update",
            "dialogue_session",
            dialogue.id,
            {"fields": changed},
        )
    await session.commit()
    return dialogue


async def record_outcome(
    session: AsyncSession,
    actor: Actor,
    dialogue_id: uuid.UUID,
    outcome_notes: str,
    expected_version: int | None,
) -> DialogueSession:
    """The session took place: its outcome, and a contact for each inmate in it."""
    dialogue = await _planned(session, actor, dialogue_id, expected_version, lock_inmates=[])
    if dialogue.starts_at > utcnow() + CLOCK_SKEW:
        raise VisitState(
            "The session has not started yet.", extra={"current_status": dialogue.status}
        )
    inmate_ids, _ = await _line_up(session, dialogue.id)
    # Locked by _planned; one transferred since the session began still had it.
    inmates = (
        await session.exec(
            select(Inmate)
            .where(col(Inmate.id).in_(inmate_ids))
            .execution_options(populate_existing=True)
        )
    ).all()
    apply_changes(dialogue, {"status": D.held.value, "outcome_notes": outcome_notes})
    await note_contact(session, inmates, dialogue.starts_at.date())
    record_event(
        session,
        actor,
        "dialogue_session.held",
        "dialogue_session",
        dialogue.id,
        {"inmate_ids": sorted(str(inmate.id) for inmate in inmates)},
    )
    await session.commit()
    return dialogue


async def cancel_session(
    session: AsyncSession,
    actor: Actor,
    dialogue_id: uuid.UUID,
    reason: str,
    expected_version: int | None,
) -> DialogueSession:
    dialogue = await _planned(session, actor, dialogue_id, expected_version)
    apply_changes(dialogue, {"status": D.cancelled.value, "reason": reason})
    record_event(
        session,
        actor,
        "dialogue_session.cancel",
        "dialogue_session",
        dialogue.id,
        {"reason": reason},
    )
    await session.commit()
    return dialogue
